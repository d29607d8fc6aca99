"""Write an EIGHTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites8/generate.py /work/corpora/sites8-heldout [--seed 131]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites7/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). Unlike the earlier sets, the essays are NOT WCXB texts: every essay is written by this generator from
its own invented topic cards (ESSAY_CARDS) and sentence patterns, so no text here was ever seen by the code. One card
per page, never twice in the set (except the one deliberate duplicate). OUTDIR/SOURCES.tsv says which card went where.
Same seed, same bytes.

Sites (markup families):
  coppergate  ASP.NET Web Forms (4.x) essay mill: the whole page is one <form> with __VIEWSTATE, master-page ctl00 /
              MainContent_ ids, a DetailsView stats table, a SiteMapPath, a DataList of related papers with excerpts
              of OTHER papers, an UpdatePanel rating; the essay is pasted from Word (MsoNormal paragraphs, <o:p>, list
              bullets as text, MsoQuote); one paper is listed twice under two ids; canonical URL
  larkspur    Google Docs "Publish to the web" (a sixth-form faculty's exemplar essays, each made from one template
              doc): per-document class names c0..cN handed out in a different order on every page, every line a
              <p class="cN"><span class="cM">, the template's header table, a teacher's bracketed notes and a
              "Marker's feedback" section in the essay's own heading and paragraph markup, other exemplars as a Docs
              bullet list; links through google.com/url; no canonical
  wickmere    Webflow CMS item page of a young writers' prize: w-nav, w-richtext body with w-embed boxes inside it,
              hidden w-condition-invisible blocks and w-form-done / w-form-fail messages in the DOM, a w-dyn-list of
              other shortlisted essays with their opening lines; canonical + og:url
  fennick     Shopify (Dawn theme) blog article of a revision shop: announcement-bar carousel, cart drawer, the essay in
              the article's .rte with the staff's own typed-in lines around it (retyped, so they vary page by page),
              visitor comments, product cards with prices, "More model answers" cards with excerpts; canonical + og:url

The truth writing, folder layout and page bookkeeping are the earlier sets' (heldout/sites/generate.py,
heldout/sites2/generate.py and heldout/sites3/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote


def _load(name: str, folder: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
g3 = _load("sites3_generate", "sites3")
norm, block_text, slug, works_cited, person = g.norm, g.block_text, g.slug, g.works_cited, g.person
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------ the essays
# One card per essay: title | subject | x (a singular noun phrase) | actors (plural) | place | era |
# three factors (;-separated noun phrases) | claim (a clause) | counter-claim (a clause) | two facts (sentences).

ESSAY_CARDS = """
The Village Hall as a Public Institution | sociology | the village hall | parish councillors | rural Shropshire | the years after 1945 | volunteer fatigue; rising insurance costs; competition from online groups | the village hall survives because it belongs to no single group | village halls are relics kept going by nostalgia | Many village halls were built by public subscription as war memorials, and their deeds still say so. | A typical hall is run by a committee of six to ten volunteers, most of them over sixty.
Why Canal Restoration Divided Towns | history | canal restoration | lock keepers and boat owners | the West Midlands | the 1960s | the cost of dredging; arguments over towpath access; the arrival of holiday boats | canal restoration succeeded where it gave local people a stake in the result | restored canals serve visitors rather than the towns they pass through | By the early 1960s several hundred miles of canal had been formally abandoned. | Volunteer work parties cleared whole locks by hand over a single weekend.
The Economics of the Corner Shop | economics | the corner shop | independent shopkeepers | inner-city Leicester | the 1980s | extended opening hours; wholesale buying groups; supermarket convenience stores | the corner shop has survived by doing what large chains find unprofitable | the corner shop is a business model in terminal decline | Many corner shops open for more than ninety hours a week. | Buying groups allow small shops to buy stock at prices closer to those paid by the chains.
Light Pollution and Nocturnal Insects | biology | light pollution | moth researchers | lowland farmland | the 1990s | the spread of white LED street lighting; the loss of hedgerows; changes in flowering times | light pollution is a larger cause of insect decline than is usually admitted | insect decline is driven almost entirely by pesticides and habitat loss | Many moths navigate partly by moonlight and are drawn towards artificial sources. | Some councils now dim street lights after midnight, mainly to save money.
Should Exams Be Open Book? | education | the open-book exam | secondary teachers | schools in Scotland | 2020 | the fear of copying; the changing purpose of memorisation; the workload of marking | open-book exams test understanding better than closed ones when they are designed for it | open-book exams simply reward whoever has the tidiest notes | During the pandemic many universities moved their assessment online with books allowed. | Well-designed open-book papers ask questions that cannot be answered by looking things up.
The Symbolism of Weather in Wuthering Heights | English literature | the weather in Wuthering Heights | readers and critics | the Yorkshire moors | the 1840s | storms as turning points; the contrast between the two houses; the seasons of the second generation | the weather in the novel marks moral rather than merely emotional change | the storms are little more than Gothic stage scenery | Lockwood first arrives at the Heights in snow and is forced to stay the night. | The novel closes on a mild evening beside three headstones.
Commuter Towns and the Loss of Daytime Life | geography | the commuter town | long-distance commuters | the Home Counties | the 1970s | rising house prices; the closure of local employers; faster rail links | commuter towns lose their daytime life because they stop being places where anything is made | commuter towns are simply a rational response to where the jobs are | In some commuter towns more than half of working residents travel elsewhere each day. | Daytime footfall on many high streets fell as local factories closed.
Public Toilets and the Right to the City | politics | the provision of public toilets | local councils | British towns | the 2010s | budget cuts; worries about vandalism; the needs of older and disabled people | public toilets are a test of whether a town is built for everyone | public toilets are a luxury that councils can no longer afford | Public toilets are not a statutory service in England, so councils are not obliged to provide them. | Some towns now pay cafes to let passers-by use their facilities.
Waiting in Line: The Psychology of Queueing | psychology | the experience of queueing | shop managers | supermarkets and theme parks | the late twentieth century | the perception of fairness; uncertainty about waiting times; the shape of the queue | the experience of a queue depends more on fairness than on its length | waiting is simply lost time and the only cure is to shorten it | People tend to overestimate how long they have waited, especially when they have nothing to do. | A single snaking queue is often judged fairer than several parallel lines.
Tidal Power in Small Estuaries | environmental science | tidal power | estuary communities | the Severn and smaller estuaries | the 1980s | the effect on wading birds; the high cost of construction; the predictability of tides | small tidal schemes offer a better balance of benefit and harm than large barrages | tidal power will always be too expensive to compete with wind and solar | Unlike wind, tides can be predicted years in advance. | A barrage across the Severn was studied several times and never built.
Hill Forts and Iron Age Society | history | the Iron Age hill fort | archaeologists | southern England | the first millennium BC | the scale of the ramparts; evidence of grain storage; the small number of weapons found | hill forts were as much about display and storage as about war | hill forts were simply military strongholds in a violent age | Some hill forts enclose areas large enough to hold a whole community and its animals. | Excavations have found pits that were probably used to store grain.
Repair Cafés and the Throwaway Economy | sociology | the repair café | volunteer fixers | Dutch and British towns | the late 2000s | the difficulty of finding spare parts; products designed to be replaced; the social side of mending | the repair café matters more as a social space than as a way to save objects | repair cafés are a pleasant hobby with no effect on consumption | The first repair café is usually said to have opened in Amsterdam in 2009. | Many of the fixers are retired engineers and electricians.
The Ethics of Keeping Orcas in Captivity | philosophy | keeping orcas in captivity | marine park visitors | theme parks in North America | the 1970s | the size of tanks; the social lives of orcas; the educational claims of the parks | keeping orcas in captivity cannot be justified by its educational value | captive orcas help conservation by raising public interest | Wild orcas can travel long distances in a single day. | Several parks have ended their breeding programmes under public pressure.
Free School Meals and Attainment | education | free school meals | headteachers | schools in England | the 2010s | the stigma of claiming; hunger in the afternoon; automatic enrolment | free school meals improve attainment mainly by making sure children can concentrate | free school meals are a welfare measure with no real educational effect | Eligibility for free school meals is widely used as a measure of disadvantage. | Some families who are eligible never claim, often out of embarrassment.
The Podcast as Journalism | media studies | the podcast | audio journalists | the United States and Britain | the mid-2010s | the freedom of long-form audio; advertising and subscriptions; the intimacy of the voice | the podcast has revived forms of journalism that newspapers abandoned | podcasts are mostly entertainment wearing the clothes of journalism | Serial, released in 2014, is often credited with bringing the form to a mass audience. | Many podcasts are heard through headphones while the listener does something else.
Badgers, Cattle and the Use of Evidence | politics | the badger cull | farmers and ecologists | south-west England | the 2010s | bovine tuberculosis; the movement of cattle; the disruption of badger territories | the badger cull shows how hard it is for policy to follow evidence that is itself disputed | the cull was a necessary response to a disease crippling farms | Bovine tuberculosis costs farmers and the taxpayer large sums each year. | Culling can make surviving badgers range more widely, which may spread infection.
Church Bells and Noise Complaints | sociology | the sound of church bells | bell ringers and newcomers | English villages | the 1990s | the arrival of new residents; changing attitudes to noise; the decline of churchgoing | disputes over church bells are really disputes about who belongs in a place | complaints about bells are about noise and nothing more | Change ringing is an English tradition that follows mathematical patterns. | Some towers have fitted sound control to quieten practice nights.
Why Sourdough Became Fashionable | sociology | the sourdough revival | home bakers | cities in the English-speaking world | the lockdown of 2020 | the appeal of slow processes; photographs on social media; the shortage of yeast | the sourdough revival reflects a desire for control rather than a love of bread | sourdough was a passing craze prompted by a yeast shortage | During the first lockdown, dried yeast briefly disappeared from many shop shelves. | A sourdough starter can be kept alive for years with regular feeding.
What Happened to the Local Paper? | media studies | the local newspaper | local reporters | market towns | the 2000s | the loss of classified advertising; the merger of titles; the move to online news | the decline of the local newspaper has left many councils unscrutinised | local newspapers failed because they refused to adapt | Classified advertising once made up a large share of a local paper's income. | Some towns now have no reporter at council meetings at all.
Sundials and the Measurement of Time | history | the sundial | clockmakers and astronomers | early modern Europe | the seventeenth century | the equation of time; the spread of mechanical clocks; the needs of navigation | the sundial remained useful long after clocks became common because it was used to check them | the sundial was made obsolete by the first reliable clocks | A sundial shows solar time, which differs from clock time by up to about a quarter of an hour over the year. | Many church walls still carry simple scratch dials.
Mosses, Lichens and Clean Air | biology | the use of mosses and lichens to monitor air | field ecologists | industrial cities | the 1970s | sulphur dioxide; nitrogen from traffic; the slow growth of lichens | mosses and lichens remain a cheap and reliable way to read the air | living monitors are too crude a tool now that electronic sensors exist | Many lichens vanished from city centres during the worst years of coal smoke. | Some species have returned as sulphur pollution has fallen.
The Four-Day School Week | education | the four-day school week | rural school districts | the American West | the 2000s | the cost of transport; teacher recruitment; childcare on the fifth day | the four-day school week works only where the fifth day is planned for | a shorter week inevitably means less learning | Some rural districts adopted the shorter week mainly to save money on buses and heating. | Several studies report small losses in attainment, though the results vary.
Emigration Songs in Irish Folk Music | music | the emigration song | singers and collectors | Ireland and its diaspora | the nineteenth century | the famine; the American wake; the return of songs through recordings | the emigration song turned private grief into shared memory | emigration songs are sentimental products of the music-hall trade | Before a departure, families sometimes held an American wake for the person leaving. | Many songs survived because collectors wrote them down from singers abroad.
Hedgerows and Farm Policy | environmental science | the hedgerow | farmers | lowland Britain | the decades after the war | grants for removal; mechanical flailing; new stewardship schemes | hedgerows recovered only when farmers were paid to see them as part of the farm | hedgerow loss was the unavoidable cost of feeding the country | Grants once paid farmers to grub out hedges to make larger fields. | A well-managed hedge supports insects, birds and small mammals.
The Language of Weather Forecasts | English language | the language of weather forecasts | forecasters | British radio and television | the 1950s | the shipping forecast; the problem of probability; the rise of weather warnings | the language of forecasts has become more honest about uncertainty | forecasts have been simplified too far for a general audience | The shipping forecast follows a fixed order and a strict word limit. | Percentage chances of rain are often misunderstood by listeners.
Guide Dogs and the Law | law | the right of access for guide dog users | guide dog owners | taxis and restaurants | the 1990s | refusals by drivers; the rules on assistance dogs; the difficulty of enforcement | access rights for guide dog users exist on paper far more than in practice | the law already gives guide dog users all the protection they need | Refusing a guide dog owner is unlawful for most service providers. | Owners report that refusals by taxi drivers are still common.
Coastal Erosion and Managed Retreat | geography | managed retreat | coastal residents | the East Anglian coast | the 1990s | the cost of sea defences; the loss of homes; the rules on compensation | managed retreat is fairer than defence only if people who lose their homes are compensated | the coastline should be defended wherever people live | Parts of this coast lose several metres of land in a single bad winter. | Some villages named in medieval records now lie entirely under the sea.
The Price of a School Uniform | economics | the cost of school uniform | parents | state schools in England | the 2010s | branded items; single suppliers; second-hand uniform schemes | the cost of uniform is set by supply rules rather than by the clothes themselves | uniform costs are a small price for the benefits uniforms bring | Schools have been told to keep branded items to a minimum. | Many schools now run second-hand uniform rails.
Superstition in Sport | psychology | superstition in sport | professional athletes | cricket and football | the 1970s | the role of uncertainty; team rituals; the sense of control | superstitions help athletes manage pressure even though they change nothing on the field | superstitions are irrational habits that coaches should discourage | Some players wear the same item of kit for every match of a good run. | Rituals are most common in the moments just before a performance.
The Women Who Ran the Wartime Post | history | the wartime postal service | postwomen | Britain | the First World War | the shortage of men; public suspicion; the question of equal pay | the wartime post showed that the work had never needed to be reserved for men | women were a temporary stopgap who made little lasting difference | Thousands of women were taken on as postal workers during the war. | Many were let go when men returned from the front.
Allotments and Urban Food | geography | the allotment | plot holders | English cities | the Second World War | long waiting lists; pressure from developers; the variety of growers | the allotment survives because it offers something no other urban space does | allotments are an inefficient use of valuable land | Wartime campaigns pushed the number of allotments to a peak. | In some cities people wait years for a plot.
Memory in The Remains of the Day | English literature | memory in The Remains of the Day | the novel's readers | an English country house | the 1950s | Stevens's unreliable narration; the idea of dignity; the journey to the West Country | the novel uses memory to show how a life can be wasted in the service of duty | Stevens is simply a comic figure whose self-deception is the novel's joke | Stevens, the butler, narrates the novel during a motoring trip in 1956. | His former colleague Miss Kenton has become Mrs Benn.
Why Night Trains Are Coming Back | economics | the night train | rail operators | Europe | the 2010s | worries about flying; the cost of sleeper carriages; cross-border track charges | the night train can compete with flying only with public support | night trains are a nostalgic idea that cannot pay its way | Several European sleeper routes closed in the 2010s and some have since reopened. | Sleeper carriages are expensive to build and are used only once a day.
Forest Schools and Risk | education | the forest school | early years practitioners | Scandinavia and Britain | the 1990s | managed risk; the weather; the training of leaders | forest schools teach children to judge risk rather than to avoid it | forest schools expose children to needless danger | Forest school sessions take place outside in almost any weather. | Children may use tools and light fires under supervision.
The Ethics of Citizen Science | philosophy | citizen science | volunteer recorders | wildlife surveys | the early 2000s | the question of credit; the quality of data; the use of unpaid labour | citizen science is fair only when volunteers share in the results | volunteers are happy to help and the ethics are a distraction | Volunteers count birds, butterflies and plants across the country every year. | Some projects now list contributors by name in published papers.
Market Charters and the Medieval Town | history | the market charter | merchants and lords | medieval England | the thirteenth century | tolls; the rivalry between neighbouring towns; the rhythm of the week | the market charter made towns as much as towns made markets | markets grew naturally and charters merely recognised them | Hundreds of market charters were granted in the thirteenth century. | Many towns still hold their market on the day named in the charter.
Giving Up the Car in Old Age | sociology | giving up driving in old age | older drivers | rural areas | the 2010s | the loss of bus routes; pressure from family; the fear of dependence | giving up the car is a social loss as much as a practical one | older drivers who stop are simply making a sensible safety decision | In many rural areas the nearest shop is several miles away. | Bus routes in some counties run only once or twice a week.
Rewilding and the Return of Beavers | environmental science | the return of beavers | landowners and river ecologists | Scotland and the English south-west | the 2000s | flooding downstream; damage to farmland; the growth of wetlands | the return of beavers brings more benefit than harm if landowners are supported | beavers are a nuisance that farmers should not have to tolerate | Beavers were hunted to extinction in Britain several centuries ago. | Their dams slow the flow of water and create ponds.
Translation and the Loss of Humour | English language | translating humour | literary translators | European fiction | the twentieth century | puns; cultural references; the rhythm of a joke | humour is the hardest part of a book to translate but not an impossible one | humour cannot be translated at all and should simply be explained | A pun usually depends on a coincidence of sound that exists in only one language. | Some translators add notes; others invent a new joke.
Pirate Radio in the 1960s | media studies | pirate radio | young listeners | the North Sea | the 1960s | the BBC's limited pop output; advertising income; the Marine Offences Act | pirate radio changed British broadcasting by proving there was an audience the BBC ignored | the pirates were commercial chancers with no lasting effect | Several stations broadcast from ships anchored outside territorial waters. | The Marine Offences Act of 1967 made it illegal to supply them or advertise on them.
Teenagers and Sleep | biology | teenage sleep | sleep researchers | secondary schools | the 1990s | the shift in body clocks; early school starts; the light of screens | teenage sleep is governed more by biology than by bad habits | teenagers are tired because they stay up late by choice | The timing of melatonin release shifts later during adolescence. | Some schools have experimented with later start times.
Street Names and Public Memory | history | the naming of streets | local historians | British and European cities | the twentieth century | the honouring of empire; renaming campaigns; the cost of changing addresses | street names are a record of who held power when the streets were built | street names are neutral labels and renaming them erases history | Many streets built in the nineteenth century were named after battles and statesmen. | Renaming a street means new signs, new maps and new letterheads for every business on it.
Homework in Primary Schools | education | homework in primary schools | primary teachers and parents | English primary schools | the 2000s | the gap between homes; reading at home; the pressure on family time | homework in primary schools helps little except where it means reading together | regular homework builds the habits children need later | Research on primary homework generally finds small effects on attainment. | Reading with an adult at home is widely recommended.
The Victorian Seaside Pier | history | the seaside pier | seaside resorts | the coasts of England and Wales | the Victorian period | the railway excursion; storms and fires; changing holidays | the pier was built to sell the sea to people who had never seen it | piers were engineering follies with little lasting importance | Many piers were built in the second half of the nineteenth century. | A number have been lost to storms, to fire or to ships striking them.
Children's Mental Maps | geography | children's mental maps | geography teachers | primary classrooms | the 1970s | the route to school; the loss of independent travel; the use of satnav | children's mental maps are shrinking because they travel less on their own | children simply learn places differently now, through screens | Researchers ask children to draw their neighbourhood from memory. | Fewer children walk to school alone than a generation ago.
The Tudor Kitchen Garden | history | the Tudor kitchen garden | gardeners and households | Tudor England | the sixteenth century | new plants from abroad; the household's medicine; the role of women | the Tudor kitchen garden was a pharmacy as much as a larder | kitchen gardens were purely practical and tell us little about ideas | Herbals of the period describe the uses of hundreds of plants. | Many households grew herbs for remedies as well as for food.
Trust in Local Government | politics | trust in local government | local councillors | English counties | the early 2000s | visible services; low turnout in local elections; press coverage | people trust local government more because they can see what it does | trust in local government is merely an absence of attention | Turnout in local elections is often around a third. | Complaints about bins and potholes reach councillors directly.
The Cult of the Lawn | sociology | the suburban lawn | homeowners | suburbs in Britain and America | the 1950s | the petrol mower; water use; the rise of artificial grass | the lawn is a display of order more than a garden | the lawn is simply the easiest way to keep a garden tidy | The mechanical lawnmower was invented in the nineteenth century. | Some councils now leave verges unmown until late summer.
Chess After the Computer | philosophy | computer chess | chess players | international tournaments | the 1990s | the defeat of Kasparov; opening preparation; cheating | computers changed chess without making it pointless | once machines won, human chess lost its meaning | In 1997 a reigning world champion lost a match to a computer for the first time. | Top players now prepare their openings with engines.
The Bicycle and Women's Freedom | history | the safety bicycle | women cyclists | Britain and America | the 1890s | rational dress; chaperones; the cost of machines | the bicycle gave women a freedom of movement that politics had not | the bicycle was a fashionable toy for wealthy women only | The safety bicycle, with two wheels of equal size, became popular in the 1890s. | Critics complained that cycling encouraged unsuitable clothing.
Living with Volcanoes | geography | settlement on volcanic soils | farmers | southern Italy and Indonesia | the Roman period | fertile soils; the memory of past eruptions; monitoring | people settle near volcanoes because the benefits are certain and the risks feel distant | people near volcanoes are simply ignorant of the danger | Volcanic ash weathers into some of the most fertile soils in the world. | Many eruptions are preceded by warning signs that can be monitored.
Museums and Free Admission | economics | free museum admission | museum directors | national museums in Britain | 2001 | visitor numbers; the cost to government; who actually visits | free admission widened access less than its supporters hoped but more than its critics claim | free admission mainly subsidises tourists and the middle class | Charges at the national museums in England were dropped in 2001. | Visitor numbers rose sharply in the following years.
Why We Keep Dogs | psychology | the bond between people and dogs | dog owners | households across the world | the Stone Age | domestication; companionship; the work dogs once did | people keep dogs mainly for the relationship rather than for any practical purpose | the bond with dogs is a side-effect of their usefulness | Dogs were the first animal to be domesticated. | Many modern breeds were developed only in the nineteenth century.
Broadside Ballads in Early Modern London | history | the broadside ballad | printers and singers | early modern London | the seventeenth century | cheap paper; the appetite for murder stories; the reuse of familiar tunes | the broadside ballad was the first mass medium of news for ordinary people | ballads were entertainment with no serious role in spreading news | Ballads were printed on single sheets and sold for a penny. | Many were set to well-known tunes so that buyers could sing them at once.
Speed Bumps and Residential Streets | politics | traffic calming | residents and drivers | residential streets | the 1990s | vehicle speeds; the needs of emergency services; noise | traffic calming works best when residents choose it | speed bumps punish every driver for the behaviour of a few | Speed bumps were widely installed on residential streets from the 1990s onwards. | Some ambulance services have complained about delays.
Coral Bleaching as a Warning | biology | coral bleaching | marine biologists | the tropics | the 1980s | warming seas; acidification; local pollution | coral bleaching is the clearest early warning of ocean warming | reefs have recovered before and will do so again | Corals bleach when, under stress, they expel the algae that live in their tissue. | Mass bleaching events have become more frequent.
What School Trips Teach | education | the school trip | teachers | secondary schools | the 1990s | risk assessment; the cost to families; learning outside the classroom | school trips are remembered, and therefore learned from, more than most lessons | school trips are a day off dressed up as education | Many adults can describe a school trip decades later. | The paperwork for a single trip can run to many pages.
Smallpox and the Idea of Vaccination | history | smallpox inoculation | physicians and parents | eighteenth-century Britain | the eighteenth century | the risk of inoculation; religious objections; Jenner's cowpox | vaccination succeeded because inoculation had already taught people to accept a small risk | vaccination was a sudden breakthrough owed to one man | Inoculation with smallpox matter was practised before Jenner's work with cowpox. | Smallpox was declared eradicated in 1980.
The Folk Horror Revival | media studies | folk horror | film makers and audiences | British cinema and television | the 1970s | the fear of the countryside; pagan survivals; nostalgia for old television | folk horror returns whenever people feel cut off from the land | folk horror is merely a style that critics have turned into a genre | The term is often linked to a small group of films from around 1970. | Recent films have borrowed the same rural settings.
Fair Trade and Coffee Growers | economics | fair trade certification | coffee growers | Central America and East Africa | the 1990s | minimum prices; the cost of certification; the power of buyers | fair trade helps growers most when it strengthens cooperatives rather than just prices | fair trade is a marketing label that does little for farmers | Fair trade schemes guarantee a minimum price and pay a premium on top. | Certification has costs that small farmers must meet themselves.
Grammar Schools and Social Mobility | education | the grammar school | parents and teachers | England | the 1950s and 1960s | the eleven-plus; private tutoring; the effect on neighbouring schools | grammar schools now help mobility less than they are remembered as doing | grammar schools remain the best ladder for bright children from poor homes | The eleven-plus decided which school a child would attend. | Children from wealthier homes are more likely to be tutored for the test.
Wind Farms and the Landscape | environmental science | onshore wind | rural residents | upland Wales | the 2000s | visual impact; community benefit funds; planning rules | onshore wind is accepted where communities share in the profits | wind farms spoil landscapes that should be protected | Some wind farms pay into funds for the villages near them. | Planning rules for onshore turbines in England were tightened in 2015.
The Art of the Railway Poster | art history | the railway poster | commercial artists | interwar Britain | the 1920s and 1930s | the holiday market; modern design; rivalry between the railway companies | the railway poster brought modern art to people who never entered a gallery | railway posters were advertising, not art | Railway companies commissioned well-known artists to design their posters. | Many posters showed resorts in bright, flat colours.
Why Bees Dance | biology | the honeybee dance | bee researchers | hives in Europe | the twentieth century | distance and direction; the sun as a compass; disputes over smell | the waggle dance is a genuine language of position | bees find food mainly by smell and the dance is secondary | The waggle dance was described by Karl von Frisch. | The angle of the dance relates to the direction of the sun.
Lotteries and Good Causes | economics | the National Lottery | players and charities | the United Kingdom | 1994 | who buys tickets; which causes benefit; the idea of additionality | the lottery takes most from poorer players and gives most to wealthier areas | the lottery is a voluntary tax that funds much good | The National Lottery began in 1994. | A share of every ticket sold goes to good causes.
Street Art and Ownership | art history | street art | artists and property owners | Bristol and London | the 2000s | consent; removal and sale; tourism | street art belongs to the place where it is made | street art is vandalism unless the owner agreed to it | Some pieces have been cut from walls and sold at auction. | Councils sometimes protect popular works behind clear screens.
Water Meters and Fairness | economics | household water metering | water companies | south-east England | the 1990s | large families; leaks; drought | metering is fair only if large and low-income households are protected | everyone should pay for exactly what they use | Most homes in some regions of England now have a meter. | Metered households tend to use less water.
The Draining of the Fens | history | the draining of the Fens | fen dwellers and investors | eastern England | the seventeenth century | Dutch engineering; the loss of fishing and fowling; riots | the draining of the Fens was a transfer of wealth as well as a feat of engineering | the drainage turned useless marsh into productive farmland for everyone | Dutch engineers were employed to cut new channels. | Fen dwellers sometimes broke the new banks in protest.
Children's Television and Advertising | media studies | advertising to children | broadcasters and parents | British television | the 1980s | food advertising; the rise of online video; regulation | rules on advertising to children work only if they follow children online | children understand advertising and need no special protection | Advertising of foods high in fat, salt and sugar around children's programmes was restricted. | Much of children's viewing has moved to online platforms.
Snow Days and School Closures | education | closing schools for snow | headteachers | northern Britain | the winter of 2010 | the safety of journeys; pressure from parents; remote lessons | decisions on snow closures should rest on journeys rather than on buildings | schools should stay open whenever staff can reach them | Many closures happen because staff cannot travel. | Some schools now switch to remote lessons instead of closing.
Marriage and Money in Pride and Prejudice | English literature | money in Pride and Prejudice | readers | Regency England | the 1810s | the entail; the incomes of suitors; Charlotte's choice | the novel treats money as a moral test rather than a vulgar subject | the novel is a romance in which money is only background | The Bennet estate is entailed away from the daughters. | Mr Darcy's income is known to be ten thousand a year.
The Long Summer Holiday | education | the long summer holiday | families and teachers | schools in England | the nineteenth century | learning loss; the cost of childcare; the farming calendar | the long summer holiday harms poorer children most | the summer break is a needed rest for pupils and staff | The summer break is often said to date from the farming year, though the story is disputed. | Studies of summer learning loss have produced mixed results.
"""

SCHOLARS = ["Halloran", "Pryce", "Okonkwo", "Marchetti", "Lindgren", "Asante", "Whitcombe", "Fairbairn", "Ncube",
            "Tennant", "Rasmussen", "Kavanagh", "Achterberg", "Sorell", "Breckon", "Imrie", "Vasquez", "Dunmore",
            "Eriksen", "Ogilvie", "Mistry", "Caradoc", "Hellyer", "Bakshi"]

INTRO_OPEN = [
    "Few people give much thought to {x}, yet it shapes more of daily life than most of us notice.",
    "Ask {actors} about {x} and you will get a dozen different answers, most of them delivered with some feeling.",
    "{X} is one of those subjects that looks simple until you try to explain it to someone else.",
    "It is easy to treat {x} as a settled question, but the evidence suggests otherwise.",
    "Over the last few decades {x} has moved from the margins of public debate to somewhere near its centre.",
    "When I began reading for this essay, I assumed that {x} was a minor matter; I no longer think so.",
    "Most accounts of {x} begin with {place}, and for good reason.",
    "Discussions of {x} tend to generate more heat than light.",
    "There is a familiar story about {x}, and like most familiar stories it is only partly true.",
    "{X} rarely makes the headlines, but {actors} have argued about it for years.",
    "Any honest account of {x} has to start by admitting how little agreement there is.",
    "The question of {x} sits awkwardly between several disciplines, and none of them owns it.",
]
INTRO_MID = [
    "The subject matters because the choices made about it affect {actors} directly.",
    "Part of the difficulty is that the words involved mean different things to different people.",
    "What follows draws on published research, on local records and, where they exist, on the voices of {actors} themselves.",
    "The debate also matters beyond {place}, since similar patterns appear almost everywhere.",
    "Much of the writing on the topic is either celebratory or dismissive, and neither tone helps.",
    "It is also a subject on which almost everyone has an opinion and very few have looked at the evidence.",
]
INTRO_THESIS = [
    "This essay argues that {claim}.",
    "My argument is that {claim}, and that the usual explanations miss this.",
    "In what follows I will suggest that {claim}.",
    "I want to show that {claim}, even if the picture is messier than either side admits.",
    "The central claim of this essay is simple: {claim}.",
    "Looking at {f1}, {f2} and {f3} in turn, I will argue that {claim}.",
    "By the end I hope to have shown that {claim}.",
    "The case made here is that {claim}, though not for the reasons usually given.",
]
CONTEXT = [
    "To understand the present, it helps to go back to {era}.",
    "In {era}, {x} looked very different from the way it looks now.",
    "At that time {actors} had little say in how things were arranged.",
    "The change did not happen all at once; it came in fits and starts over several years.",
    "Historians such as {scholar} have described this period as a turning point, although the label is disputed.",
    "Records from {place} give a useful picture of how things worked in practice.",
    "What is striking is how quickly the old arrangements were forgotten.",
    "Contemporary accounts are patchy, and many of them were written by people with an interest in the outcome.",
    "By the end of the period, few would have recognised the situation that existed at its start.",
    "It would be a mistake, though, to imagine a golden age before the change.",
]
FACTOR_OPEN = [
    "The question of {f} deserves particular attention.",
    "A good deal depends on {f}.",
    "Then there is {f}, which is often overlooked.",
    "It is hard to overstate the importance of {f}.",
    "It is with {f} that the argument becomes more interesting.",
    "Consider {f}.",
    "Another part of the picture is {f}.",
    "Much of the recent debate has focused on {f}.",
    "Most writers mention {f} only in passing, but the subject deserves more than that.",
    "No account of {x} would be complete without {f}.",
]
FACTOR_BODY = [
    "For {actors}, the matter of {f} is not abstract but practical, something that turns up every week.",
    "Its effects are uneven: some places have felt them sharply, others hardly at all.",
    "In {place}, the consequences of {f} were not what anyone predicted.",
    "The difficulty is that the effect of {f} rarely comes alone; it tends to amplify whatever else is going on.",
    "Critics sometimes dismiss {f} as a side issue, but the numbers suggest otherwise.",
    "What makes {f} hard to study is that its effects take years to show.",
    "There is good evidence that the influence of {f} is greater now than it was in {era}.",
    "Even supporters of the current arrangement concede that on {f} they have no easy answer.",
    "It is also the factor over which {actors} have the least control.",
    "The link between {f} and {x} is not always direct, but it is consistent.",
    "Seen from close up, the whole business of {f} looks less like a grand question and more like a daily nuisance.",
    "Where people have tackled {f} head on, the results have generally been encouraging.",
    "None of this is new, but it has become harder to ignore.",
    "Older accounts barely mention {f}, which tells us something about who was writing them.",
    "The pattern holds, with small variations, across most of the cases that have been studied.",
    "Those closest to the problem are often the least surprised by it.",
    "It is worth asking who benefits from keeping {f} out of the discussion.",
]
EXAMPLE = [
    "A single example makes the point: in {place}, {actors} were dealing with {f} long before anyone in authority noticed.",
    "One case, described by {scholar}, involved a group of {actors} who had to rethink their plans entirely because of {f}.",
    "The same story could be told from almost any corner of {place}.",
    "It is easy to find examples; it is much harder to find counter-examples.",
    "Letters to the press at the time return to the subject again and again, many of them angry.",
    "Interviews with {actors} tend to come back to this point without being prompted.",
    "Even a short walk through the records turns up case after case.",
]
EVIDENCE = [
    "{Scholar}'s study of {place}, published in {year}, found that differences in {f} explained more of the variation than any other single factor.",
    "A survey discussed by {scholar} ({year}) suggests that roughly {pct} per cent of {actors} see {f} as a serious problem.",
    "According to {scholar}, writing in {year}, the pattern is clearest in smaller communities.",
    "{Scholar} ({year}) makes a similar point, though with more caution about the evidence.",
    "Figures gathered in {year} show a rise of about {pct} per cent over the previous decade.",
    "One local study from {year} followed {num} cases and found the same pattern in almost all of them.",
    "As {scholar} points out, the data are incomplete, but they all point in the same direction.",
    "{Scholar} has argued that this is the most neglected part of the whole story.",
]
LINK = [
    "This supports the view that {claim}.",
    "That alone does not settle the question, but it shifts the burden of proof.",
    "The implication is that {f} cannot be treated separately from the wider picture.",
    "In short, looking at {f} helps to explain why {claim}.",
    "It is a small detail, but small details are where arguments about {x} are usually won or lost.",
    "This is worth bearing in mind when we turn to the objections.",
    "Whatever else is true, any answer has to include {f}.",
]
QUOTE_LEAD = [
    "{Scholar}, writing about {place}, puts the matter more sharply than most:",
    "One of the {actors} interviewed for a local history project described it like this:",
    "The point was made memorably in a lecture on {x} given in {year}:",
    "A passage from {scholar} captures the tension over {f} well:",
    "On {f}, it is worth quoting {scholar} at some length:",
]
QUOTES = [
    "We talk about {x} as if it were a single thing. It never was. It was always a bargain struck between {actors} and whoever held the purse strings.",
    "Nobody planned any of this. It crept up on us, and by the time anyone thought to measure {f}, everything had already changed.",
    "The mistake is to look for one cause. In {place}, at least, there were always three or four pulling in different directions.",
    "If you want to understand {x}, stop reading the reports and go and talk to {actors}. They have known the answer for years.",
    "Every generation thinks it was the first to notice {f}. Every generation is wrong about that, and right to care.",
    "When it comes to {x}, what looks like decline from a distance often looks like adaptation close up.",
]
QUOTE_AFTER_2 = [
    "Anyone who has spent time with {actors} will recognise the description.",
    "It also suggests that {f} was noticed earlier than the official record implies.",
    "Whether the same is true outside {place} is another matter.",
    "For the purposes of this essay, its value lies in what it says about {f}.",
    "It is, at the very least, a useful corrective to the tidier accounts of {x}.",
]
QUOTE_AFTER = [
    "The remark is deliberately provocative, but its central point stands.",
    "This may overstate the case, yet it names something the official accounts leave out.",
    "It is worth taking seriously, not least because it comes from someone with no obvious axe to grind.",
    "Not everyone would agree, of course, and the evidence is thinner than the confidence of the quotation suggests.",
]
LIST_LEAD = [
    "The evidence on {x} reviewed so far points to several practical lessons:",
    "In practice, the changes to {x} that seem to help most are these:",
    "A few features recur wherever {actors} got this right:",
    "Put simply, anyone trying to improve matters in {place} would need:",
]
LIST_ITEMS = [
    "dealing with {f} first, because the other problems follow from it",
    "decisions about {f} that involve {actors} from the start",
    "early action on {f}, which costs less than repair later",
    "local, public records of {f}",
    "small trials of any change to {f} before anything is rolled out",
    "an honest account of who gains and who loses from {f}",
]
LIST_EXTRA = ["a clearer sense of who is responsible for {x}", "realistic budgets for {actors} that allow for the unexpected",
              "honest reporting when things go wrong in {place}", "patience, since no change to {x} works in a single year"]
COUNTER_OPEN = [
    "It would be unfair to ignore the opposing view, which holds that {counter}.",
    "Not everyone accepts this. A significant body of opinion maintains that {counter}.",
    "The strongest objection is that {counter}.",
    "Some readers will object that {counter}.",
    "There is, admittedly, a respectable case for thinking that {counter}.",
]
COUNTER_BODY = [
    "This view has some support, particularly among older {actors}.",
    "It is not a foolish position, and it is held by people who know the subject well.",
    "{Scholar2} ({year2}) makes this argument with real force.",
    "At its best, the objection reminds us that change always has costs.",
]
REBUTTAL = [
    "Yet the evidence from {place} does not fit this account very well.",
    "The problem is that it explains the past better than the present.",
    "Even if it were true, it would not account for {f2}.",
    "On closer inspection the argument depends on assumptions that are hard to defend.",
    "Its weakness is that it treats {x} as fixed, when the record shows constant change.",
    "Taken on its own terms, then, the objection is weaker than it first appears.",
]
CONCL_OPEN = [
    "In conclusion, {claim}.",
    "Taken together, the evidence suggests that {claim}.",
    "None of this means that the debate is over.",
    "What, then, can be said with confidence?",
    "The argument of this essay has been that {claim}.",
    "Looking back over the evidence, one thing stands out.",
    "It is tempting to end on a neat verdict, but {x} resists neat verdicts.",
]
CONCL_BODY = [
    "{F1}, {f2} and {f3} each play a part, but none of them works alone.",
    "The objection that {counter} has some force, but it cannot carry the weight placed on it.",
    "What is needed is not a grand plan but patient attention to detail.",
    "{Actors} are likely to keep arguing about this for some time, and that is probably healthy.",
    "Future research could usefully look beyond {place}.",
    "If there is a lesson here, it is that {x} is shaped by ordinary decisions made by ordinary people.",
    "The question is no longer whether things will change, but who will get to decide how.",
    "For now, the most useful thing anyone can do is to look closely and resist easy answers.",
]
HEAD_CONTEXT = ["{Place} in {era}", "How we got here", "Where {x} came from", "Some background", "{Era}: a starting point",
                "Before {f1}"]
HEAD_FACTOR = ["{F}", "{F} in practice", "The question of {f}", "The limits of {f}", "On {f}", "Looking again at {f}"]
HEAD_COUNTER = ["Objections", "The case against", "Another view", "What the critics say", "A fair objection",
                "Weighing the other side"]
HEAD_CONCL = ["Conclusion", "Concluding remarks", "Where this leaves us", "Final thoughts", "Looking ahead"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, actors, place, era, factors, claim, counter, fact1, fact2 = f
        cards.append(dict(id=f"card{n:02d}", title=title, subject=subject, x=x, actors=actors, place=place, era=era,
                          factors=[s.strip() for s in factors.split(";")], claim=claim, counter=counter,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """An essay from a card: intro, background, two or three factors, maybe a quotation and a list, an objection and a
    conclusion, with or without headings. No sentence pattern is used twice in one essay."""
    pools: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        left = pools.setdefault(id(pool), rng.sample(pool, len(pool)))
        return left.pop() if left else rng.choice(pool)

    f1, f2, f3 = card["factors"]
    scholars = rng.sample(SCHOLARS, 3)
    slots = dict(x=card["x"], X=cap(card["x"]), actors=card["actors"], Actors=cap(card["actors"]), place=card["place"],
                 Place=cap(card["place"]), era=card["era"], Era=cap(card["era"]), f1=f1, f2=f2, f3=f3, F1=cap(f1),
                 claim=card["claim"], counter=card["counter"], scholar=scholars[0], Scholar=scholars[0],
                 Scholar2=scholars[1])

    def fill(t: str, f: str | None = None) -> str:
        extra = dict(f=f or f1, F=cap(f or f1), s="" if (f or f1).endswith("s") else "s", year=rng.randint(1986, 2022), year2=rng.randint(1990, 2023),
                     pct=rng.choice([12, 18, 23, 27, 31, 36, 40, 44, 57, 62]), num=rng.choice([48, 64, 112, 150, 236, 310]))
        return t.format(**slots, **extra)

    def para(*parts) -> tuple[str, str]:
        return ("paragraph", " ".join(parts))

    headed = rng.random() < 0.62
    blocks: list[tuple] = []
    intro = [fill(pick(INTRO_OPEN))]
    if rng.random() < 0.6:
        intro.append(fill(pick(INTRO_MID)))
    intro.append(fill(pick(INTRO_THESIS)))
    blocks.append(para(*intro))
    if headed:
        blocks.append(("heading", fill(pick(HEAD_CONTEXT))))
    ctx = [fill(pick(CONTEXT)), card["facts"][0]]
    ctx += [fill(pick(CONTEXT)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.5:
        ctx.append(card["facts"][1])
        facts_left = []
    else:
        facts_left = [card["facts"][1]]
    blocks.append(para(*ctx))
    factors = [f1, f2, f3] if rng.random() < 0.7 else [f1, f2]
    quote_after = rng.randrange(len(factors)) if rng.random() < 0.5 else None
    list_after = rng.randrange(len(factors)) if rng.random() < 0.4 else None
    for i, f in enumerate(factors):
        if headed:
            blocks.append(("heading", fill(pick(HEAD_FACTOR), f)))
        body = [fill(pick(FACTOR_OPEN), f), fill(pick(FACTOR_BODY), f), fill(pick(EVIDENCE), f)]
        if rng.random() < 0.75:
            body.insert(2, fill(pick(FACTOR_BODY), f))
        if rng.random() < 0.6:
            body.insert(rng.randint(2, len(body)), fill(pick(EXAMPLE), f))
        if facts_left and i == 1:
            body.insert(1, facts_left.pop())
        if rng.random() < 0.35 and len(body) > 3:  # a long factor runs over two paragraphs
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(pick(LINK), f)))
        else:
            blocks.append(para(*body, fill(pick(LINK), f)))
        if quote_after == i:
            blocks.append(para(fill(pick(QUOTE_LEAD), f)))
            blocks.append(("quote", fill(pick(QUOTES), f)))
            blocks.append(para(fill(pick(QUOTE_AFTER), f), fill(pick(QUOTE_AFTER_2), f)))
        if list_after == i:
            blocks.append(para(fill(pick(LIST_LEAD))))
            items = [fill(pick(LIST_ITEMS), ff) for ff in factors] + [fill(t) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            items = [cap(it) for it in items]
            blocks.append(("list", (rng.random() < 0.3, items)))
    if headed:
        blocks.append(("heading", fill(pick(HEAD_COUNTER))))
    counter = [fill(pick(COUNTER_OPEN)), fill(pick(COUNTER_BODY)), fill(pick(REBUTTAL)), fill(pick(REBUTTAL))]
    if rng.random() < 0.5:
        counter.insert(2, fill(pick(COUNTER_BODY)))
    blocks.append(para(*counter))
    if headed:
        blocks.append(("heading", fill(pick(HEAD_CONCL))))
    concl = [fill(pick(CONCL_OPEN))] + [fill(pick(CONCL_BODY)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.4:
        blocks.append(para(*concl[:2]))
        blocks.append(para(*concl[2:], fill(pick(CONCL_BODY))))
    else:
        blocks.append(para(*concl))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Weathervanes and Village Identity", "The Long Decline of the Telegram", "Why Towns Twin with Other Towns",
    "The Science of Frost Fairs", "Cathedral Choirs and Child Labour Law", "How Bus Timetables Shape Lives",
    "The Ethics of Ghost Writing", "Milk Rounds and the Doorstep Economy", "The Return of the Tram",
    "Should Libraries Lend Tools?", "Flood Plains and New Housing", "The Meaning of the Maypole",
    "Football Grounds as Civic Buildings", "Radio Plays in the Age of Television", "Why Pigeons Were Decorated in War",
    "Salt Marshes as Carbon Stores", "The Economics of the Jumble Sale", "Public Clocks and Railway Time",
]
LEVELS = ["Year 12", "Year 13", "AS level", "A level", "BTEC National", "First-year undergraduate", "IB Diploma"]
GRADES = ["A*", "A", "B", "Distinction*", "Distinction", "Merit", "7", "6"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets' excerpts


def excerpt(title: str, rng: random.Random, lo: int = 18, hi: int = 30) -> str:
    """The opening words of another essay of the set (as a related-essays widget shows them), without the ellipsis."""
    words = block_text(ESSAYS_BY_TITLE[title]["blocks"][0]).split()
    return " ".join(words[: rng.randint(lo, hi)]).rstrip(",;:")


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles and per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(self.others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.sample_id = rng.randint(10000, 99999)
        self.stamp = datetime(self.date.year, self.date.month, self.date.day, rng.randint(7, 22), rng.randint(0, 59))


SEED = 131  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return page.index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """True on exactly `first` of the 18 pages (drawn once per site): where a moving element sits."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, rng: random.Random | None = None) -> str:
    return (rng or p.rng).choice(notes).format(topic=p.topic, writer=p.author.split()[0])


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def b64blob(*parts, n: int = 600) -> str:
    raw = b"".join(hashlib.sha256(f"{':'.join(map(str, parts))}:{i}".encode()).digest() for i in range(n // 32 + 1))
    return base64.b64encode(raw[:n]).decode()


def italic_refs(markup: str, tag: str = "i") -> str:
    return markup.replace("<i>", f"<{tag}>").replace("</i>", f"</{tag}>")


# ---- 1. coppergate: ASP.NET Web Forms essay mill; the essay pasted from Word --------------------------------------

CG_ROOT = "https://www.coppergatepapers.com"
CG_CHECKS = [
    "scanned for matching text when it was uploaded; no overlap above 4% was found.",
    "converted from the writer's own Word file, so spacing and fonts may differ slightly from the original.",
    "this paper was submitted for a {topic} course and is shown exactly as it was handed in.",
    "two readers have rated this paper as a good model of a clear thesis and a fair counter-argument.",
    "quotations in this paper were checked against their sources by our staff where the sources were available.",
    "the writer asked us to keep their name off the listing; the author shown is the name on the upload form.",
    "our reviewers marked this as one of the better {topic} papers submitted this year.",
]
CG_GUIDES = [
    ("Writing Guide", "Argument papers in six steps: thesis, reasons, evidence, the other side, reply, close. Free for "
     "everyone, no account needed."),
    ("Writing Guide", "How long should a {topic} paper be? Our length calculator turns a word count into pages for any "
     "font and spacing."),
]
CG_ALERTS = [
    "Scheduled maintenance: CopperGate will be offline on Sunday from 2:00 to 4:00 AM Eastern.",
    "Member logins were reset after a security update. Use 'Forgot password' to set a new one.",
    "New: papers can now be sorted by grade. Look for the Grade column on the Browse page.",
]
CG_HONOR = ("Every paper on CopperGate was sent in by a student and is shown as an example of how others have written. "
            "Handing in any part of it as your own is academic dishonesty, and your school's checker will likely find it.")
CG_SUBJECTS = [("Education", 6210), ("History", 9874), ("Sociology", 7431), ("Economics", 5120), ("Biology", 4388),
               ("English Literature", 8802), ("Geography", 3016), ("Politics", 4470), ("Psychology", 6645),
               ("Media Studies", 2214)]
CG_SPAN = '<span style=\'font-size:12.0pt;line-height:200%;font-family:"Times New Roman",serif\'>'


def word_paste(blocks) -> list[str]:
    """The essay as Word's 'paste into the editor' HTML: MsoNormal paragraphs with <o:p>, headings with mso spans,
    MsoQuote quotations, list items as MsoListParagraph paragraphs with the bullet or number as text."""
    out = []
    for n_list, (kind, value) in enumerate(blocks, 1):
        if kind == "heading":
            out.append(f'<h2><span style=\'font-size:13.0pt;line-height:200%;font-family:"Times New Roman",serif;'
                       f'mso-fareast-font-family:"Times New Roman"\'>{esc(value)}<o:p></o:p></span></h2>')
        elif kind == "paragraph":
            out.append(f'<p class="MsoNormal" style="line-height:200%;text-indent:.5in">{CG_SPAN}{esc(value)}<o:p></o:p>'
                       '</span></p>')
        elif kind == "quote":
            out.append(f'<p class="MsoQuote" style="margin-left:1.0in;line-height:200%">{CG_SPAN}{esc(value)}<o:p></o:p>'
                       '</span></p>')
        else:
            ordered, items = value
            for i, item in enumerate(items):
                part = "First" if i == 0 else ("Last" if i == len(items) - 1 else "Middle")
                mark = (f'{i + 1}.<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>' if ordered else
                        '<span style=\'font-family:Symbol\'>&middot;</span><span style=\'font:7.0pt "Times New Roman"\'>'
                        '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>')
                out.append(f'<p class="MsoListParagraphCxSp{part}" style="margin-left:.5in;text-indent:-.25in;line-height:200%;'
                           f'mso-list:l{n_list} level1 lfo{n_list}"><!--[if !supportLists]-->{CG_SPAN}<span style=\'mso-list:Ignore\'>'
                           f'{mark}</span></span><!--[endif]-->{CG_SPAN}{esc(item)}<o:p></o:p></span></p>')
    return out


def coppergate(p: Page) -> str:
    rng = p.rng
    site = "coppergate"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pid = p.sample_id
    url = f"{CG_ROOT}/Papers/Essay.aspx?id={pid}"
    body = word_paste(p.visible())
    n_essay = len(body)
    if shown_on(site, "check", 13, p):  # the staff's check note, pasted in the same Word markup as the essay
        note = note_for(CG_CHECKS, p)
        body.insert(spot(n_essay, rng, 2, 6), f'<p class="MsoNormal" style="line-height:200%"><b>{CG_SPAN}Staff check:</span></b>'
                                              f'{CG_SPAN} {esc(note)}<o:p></o:p></span></p>')
        p.clutter += ["Staff check:", note]
    turn = rank_on(site, "guide", 4, p)
    if turn is not None:  # a writing-guide box inside the essay, on 4 of 18 pages
        ghead, gtext = CG_GUIDES[turn % 2]
        gtext = gtext.format(topic=p.topic)
        body.insert(rng.randint(2, len(body) - 1),
                    f'<div id="MainContent_pnlGuide" class="inline-guide">\n\t<span class="guide-label">{ghead}</span>\n\t'
                    f'<a id="MainContent_hlGuide" href="../Guides/Guide.aspx?id={71 + turn % 2}">{esc(gtext)}</a>\n</div>')
        p.clutter += [gtext]
    if p.cut is None and p.refs:
        body.append('<p class="MsoNormal" align="center" style="text-align:center;line-height:200%">'
                    f'{CG_SPAN}Works Cited<o:p></o:p></span></p>')
        body += [f'<p class="MsoNormal" style="margin-left:.5in;text-indent:-.5in;line-height:200%">{CG_SPAN}{mk}<o:p></o:p>'
                 '</span></p>' for _, mk in p.refs]
    locked = ""
    if p.cut is not None:
        more = p.rest_words()
        locked = (f'<div id="MainContent_pnlLocked" class="locked">\n\t<p class="locked-head">End of the free preview</p>\n\t'
                  f'<p>The other {fmt_int(more)} words of this paper are open to members only.</p>\n\t'
                  f'<a id="MainContent_lnkUnlock" class="btn-gold" href="javascript:__doPostBack(&#39;ctl00$MainContent$lnkUnlock&#39;,&#39;&#39;)">'
                  'Unlock the full paper</a>\n\t<p class="small">Membership is $9.95 a month and opens every paper on the site. '
                  'Cancel any time.</p>\n</div>')
        p.clutter += ["End of the free preview", f"The other {fmt_int(more)} words of this paper are open to members only",
                      "Unlock the full paper", "Membership is $9.95 a month and opens every paper on the site"]
    # The order box sits above the paper on some pages, under it on the others (a template change mid-crawl).
    order = (f'<div id="MainContent_pnlOrder" class="orderbox">\n\t<span class="order-head">Short on time?</span>\n\t'
             f'<span>A CopperGate writer can start a brand-new {esc(p.topic)} paper for you in 15 minutes.</span>\n\t'
             f'<a id="MainContent_hlOrder" class="btn-gold" href="../Order/Start.aspx?subject={quote(p.topic)}">Order a custom paper</a>\n</div>')
    p.clutter += ["Short on time?", f"A CopperGate writer can start a brand-new {p.topic} paper for you in 15 minutes",
                  "Order a custom paper"]
    order_top = half_and_half(site, "order", p)
    views = p.views
    votes = rng.randint(3, 140)
    rating = rng.choice(["3.6", "3.9", "4.1", "4.2", "4.4", "4.5", "4.7"])
    submitted = f"{p.date.month}/{p.date.day}/{p.date.year}"
    info_rows = [("Paper ID", str(pid)), ("Subject", p.category), ("Length", f"{fmt_int(p.words)} words &middot; "
                 f"{plural(p.pages, 'double-spaced page')}"), ("Level", p.level), ("Uploaded", submitted),
                 ("Times viewed", fmt_int(views)), ("Reader score", f"{rating} of 5 ({votes} votes)")]
    info = "".join(f'<tr>\n\t\t<td class="label">{k}</td><td>{v}</td>\n\t</tr>' for k, v in info_rows)
    p.clutter += ["Paper ID", "Times viewed", "Reader score", f"{rating} of 5 ({votes} votes)", "Uploaded",
                  f"{fmt_int(p.words)} words · {plural(p.pages, 'double-spaced page')}"]
    # Related papers: other papers of the site with their opening words.
    rel_titles = rng.sample(p.others, 4)
    rel = ""
    for i, t in enumerate(rel_titles):
        ex = excerpt(t, rng)
        words_t = ESSAYS_BY_TITLE[t]["words"]
        rel += (f'<tr>\n\t\t<td>\n                <a id="MainContent_dlRelated_hlRelTitle_{i}" class="rel-title" href="Essay.aspx?id='
                f'{10000 + sum(map(ord, t)) * 7 % 89999}">{esc(t)}</a><br />\n                <span id="MainContent_dlRelated_lblRelExcerpt_{i}" '
                f'class="excerpt">{esc(ex)}...</span><br />\n                <span id="MainContent_dlRelated_lblRelWords_{i}" class="small">'
                f'{fmt_int(words_t)} words</span>\n            </td>\n\t</tr>')
        p.clutter += [t, ex]
    top_week = rng.sample([t for t in p.others if t not in rel_titles], 5)
    top_list = "".join(f'<li><a href="Essay.aspx?id={10000 + sum(map(ord, t)) * 7 % 89999}">{esc(t)}</a></li>' for t in top_week)
    p.clutter += top_week
    total = 61_000 + (p.date - date(2017, 1, 1)).days * 3 + rng.randint(0, 40)
    slogan = f"{fmt_int(total)} free papers and counting"
    subjects = "".join(f'<li><a href="Browse.aspx?subject={quote(s)}">{s}</a> <span class="count">({fmt_int(c + (p.date - date(2017, 1, 1)).days // 3)})</span></li>'
                       for s, c in CG_SUBJECTS)
    yes, no = rng.randint(4, 90), rng.randint(0, 15)
    last, first_name = p.author.split()[-1], p.author.split()[0]
    credit = f"{last}, {first_name[0]}. ({p.date.year}). {p.title}. CopperGate Papers. {url}"
    p.clutter += [slogan, "Browse Papers", "Writing Guides", "Order Custom Paper", "Join Free",
                  "Was this paper useful?", f"Yes ({yes})", f"No ({no})", "Papers like this one", "Popular subjects",
                  "Top papers this week", "Honor code", CG_HONOR, "Quoting this paper? Credit it (APA):", credit,
                  "Get one free paper a week by email", "Sign me up", "About Us", "Terms of Use", "Privacy Policy",
                  "Contact", "© 2008–2024 CopperGate Papers. All rights reserved.", "Advertisement"]
    alert = ""
    turn = rank_on(site, "alert", 3, p)
    if turn is not None:
        alert = f'<div id="pnlSiteAlert" class="site-alert">\n\t<span id="lblSiteAlert">{esc(CG_ALERTS[turn])}</span>\n</div>'
        p.clutter.append(CG_ALERTS[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="cookieConsent" class="cookie-bar">CopperGate keeps two small files on your device: one keeps you '
                  'logged in, one counts page views. <a href="javascript:void(0)" onclick="acceptCookies()">Fine by me</a></div>')
        p.clutter += ["CopperGate keeps two small files on your device", "one keeps you logged in, one counts page views",
                      "Fine by me"]
    vs = b64blob(site, "viewstate", p.index, n=rng.randint(900, 1500))
    ev = b64blob(site, "eventvalidation", p.index, n=rng.randint(120, 200))
    ms = rng.randint(80, 420) / 1000
    return f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(p.title)} - Free Paper #{pid} | CopperGate Papers
</title><meta http-equiv="X-UA-Compatible" content="IE=edge" /><link href="../Styles/Site.css?v=20190412" rel="stylesheet" type="text/css" /><link href="../Styles/Paper.css?v=20190412" rel="stylesheet" type="text/css" />
    <link rel="canonical" href="{url}" />
<meta name="description" content="{html.escape(p.category)} paper: {html.escape(p.title)}. {fmt_int(p.words)} words, {p.pages} pages. Read it free at CopperGate." /><meta name="keywords" content="{html.escape(p.topic)}, free papers, {html.escape(p.topic)} paper examples" /></head>
<body>
    <form method="post" action="./Essay.aspx?id={pid}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDsQ7aNnTmR6Jv4L3Gvj5m0TsV-TQwHzYUl9l8bDGFoVlM7oUbqTq3PxDn0Z1&amp;t=638459136744533502" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvhYpIS2w6N1FSeCwH1Bvdkj8WrPj3R1Qq0YlH9RWyC3yA1hK0&amp;t=13798092" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if (typeof(Sys) === 'undefined') throw new Error('ASP.NET Ajax client-side framework failed to load.');
//]]>
</script>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hexid(site, 'gen', n=8).upper()}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'form1', ['tctl00$MainContent$upRating','MainContent_upRating'], [], [], 90, 'ctl00');
//]]>
</script>

        <div class="page">
            <div id="header">
                <div class="title">
                    <a id="hlLogo" href="../Default.aspx"><img id="imgLogo" src="../Images/coppergate-logo.png" alt="CopperGate Papers" style="border-width:0px;" /></a>
                    <span id="lblSlogan" class="slogan">{slogan}</span>
                </div>
                <div class="loginDisplay">
                    <a href="../Account/Login.aspx" id="HeadLoginView_HeadLoginStatus">Log In</a> | <a id="hlJoin" href="../Account/Register.aspx">Join Free</a>
                </div>
                <div class="searchbar">
                    <input name="ctl00$txtSearch" type="text" id="txtSearch" class="searchbox" placeholder="Search papers by title or subject" />
                    <input type="submit" name="ctl00$btnSearch" value="Search" id="btnSearch" class="searchbtn" />
                </div>
                <div class="clear hideSkiplink">
                    <a href="#NavigationMenu_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=nP4BzX-ktCA5ekUrp5F8r3Rpc4qgEg2&amp;t=638459136744533502" width="0" height="0" style="border-width:0px;" /></a><div class="menu" id="NavigationMenu">
	<ul class="level1">
		<li><a class="level1" href="../Default.aspx">Home</a></li><li><a class="level1" href="Browse.aspx">Browse Papers</a></li><li><a class="level1" href="../Guides/Default.aspx">Writing Guides</a></li><li><a class="level1" href="../Order/Start.aspx">Order Custom Paper</a></li>
	</ul>
</div><a id="NavigationMenu_SkipLink"></a>
                </div>
            </div>
            {alert}
            <div class="main">
                
    <span id="MainContent_SiteMapPath1" class="crumbs"><a href="#MainContent_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=nP4BzX-ktCA5ekUrp5F8r3Rpc4qgEg2&amp;t=638459136744533502" width="0" height="0" style="border-width:0px;" /></a><span><a href="/Default.aspx">Home</a></span><span> &gt; </span><span><a href="/Papers/Browse.aspx?subject={quote(p.category)}">{esc(p.category)}</a></span><span> &gt; </span><span>{esc(p.title)}</span><a id="MainContent_SiteMapPath1_SkipLink"></a></span>

    <div id="MainContent_pnlPaper" class="paper">
	
        <h1><span id="MainContent_lblTitle">{esc(p.title)}</span></h1>
        <div>
		<table class="paperinfo" cellspacing="0" rules="all" border="1" id="MainContent_dvPaperInfo" style="border-collapse:collapse;">
			{info}
		</table>
	</div>
        {order if order_top else ""}
        <div id="MainContent_divBody" class="paperbody">
{chr(10).join(body)}
        </div>
        {locked}
        {order if not order_top else ""}
        <div id="MainContent_upRating">
		
                <div class="rating">
                    <span class="rating-q">Was this paper useful?</span>
                    <a id="MainContent_lnkYes" href="javascript:__doPostBack(&#39;ctl00$MainContent$lnkYes&#39;,&#39;&#39;)">Yes ({yes})</a>
                    <a id="MainContent_lnkNo" href="javascript:__doPostBack(&#39;ctl00$MainContent$lnkNo&#39;,&#39;&#39;)">No ({no})</a>
                </div>
            
	</div>
        <div id="MainContent_pnlCredit" class="creditbox">
		
            <span id="MainContent_lblCreditHead" class="credit-head">Quoting this paper? Credit it (APA):</span>
            <textarea name="ctl00$MainContent$txtCredit" rows="3" cols="20" readonly="readonly" id="MainContent_txtCredit" class="credit-text">
{esc(credit)}</textarea>
        
	</div>
        <div class="related">
            <h3>Papers like this one</h3>
            <table id="MainContent_dlRelated" cellspacing="0" style="width:100%;border-collapse:collapse;">
	{rel}
</table>
        </div>
    
</div>

            </div>
            <div class="sidebar">
                <div class="box">
                    <h4>Popular subjects</h4>
                    <ul>{subjects}</ul>
                </div>
                <div class="box">
                    <h4>Top papers this week</h4>
                    <ol>{top_list}</ol>
                </div>
                <div class="box adslot"><span class="adlabel">Advertisement</span><div id="div-gpt-ad-1533205627401-0" style="width:300px;height:250px;"></div></div>
                <div class="box">
                    <h4>Get one free paper a week by email</h4>
                    <input name="ctl00$txtNewsletter" type="text" id="txtNewsletter" placeholder="you@example.com" />
                    <a id="lnkNewsletter" href="javascript:__doPostBack(&#39;ctl00$lnkNewsletter&#39;,&#39;&#39;)">Sign me up</a>
                </div>
            </div>
            <div class="clear">
            </div>
        </div>
        <div class="footer">
            <div class="honor"><b>Honor code</b> &mdash; {esc(CG_HONOR)}</div>
            <a href="../About.aspx">About Us</a> | <a href="../Terms.aspx">Terms of Use</a> | <a href="../Privacy.aspx">Privacy Policy</a> | <a href="../Contact.aspx">Contact</a>
            <br />
            &copy; 2008&ndash;2024 CopperGate Papers. All rights reserved.
        </div>
        {cookie}
    

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{ }});
//]]>
</script>
</form>
</body>
</html>
<!-- rendered in {ms:.3f}s on WEB0{1 + p.index % 3} -->
"""


# ---- 2. larkspur: Google Docs "Publish to the web"; one template doc, class names c0..cN per document -----------

LS_DOCS = "https://docs.google.com/document/d/e/"
LS_NOTES = [
    "AO1: a clear line of argument from the first paragraph; the reader always knows where this is going.",
    "AO2: good use of evidence here, though the source could be introduced more carefully.",
    "AO3: notice how {writer} weighs the other side instead of just dismissing it.",
    "this paragraph is the turning point of the essay. Compare it with the plan {writer} handed in.",
    "a model of how to bring a statistic into an argument on {topic} without letting it take over.",
    "Y12s: this is the kind of linking sentence we practised in class.",
    "the examiner's report singled out answers like this one for their control of structure.",
]
LS_WWW = [
    "The argument is sustained from start to finish and the conclusion follows from it.",
    "Confident use of evidence, always tied back to the question on {topic}.",
    "Paragraphs are well built: a clear point, support, and a link back to the thesis.",
    "The counter-argument is taken seriously and answered rather than waved away.",
    "A genuine personal voice, without losing the formal register.",
]
LS_EBI = [
    "Even better if the introduction named the three strands of the argument more directly.",
    "Even better if sources were introduced with a word on who they are and why they matter.",
    "Even better if the conclusion looked forward as well as back.",
    "Even better if the middle section on {topic} were trimmed by a paragraph.",
    "Even better if quotations were shorter and more closely analysed.",
]
LS_REMINDERS = [
    "Faculty reminder: extended essay drafts go to your supervisor by the last Friday before February half term.",
    "Faculty reminder: every essay you submit is checked against this collection. Read, learn, then write your own.",
]
LS_LEFTOVERS = [
    "[Delete this line before publishing: paste the essay below the title and keep the header table.]",
    "[Template v3 - remember to update the word count and remove the student's candidate number.]",
    "[Do not share the edit link. Publish to web only, and tick 'restrict to larkspur.sch.uk' for drafts.]",
]
LS_PERMISSION = ("Shared with the writer's permission for teaching within the Larkspur English and Humanities faculty. "
                 "Please do not copy from it: Turnitin checks every submission against this collection.")
LS_TEACHERS = ["Ms Adebayo", "Mr Thorne", "Dr Pennington", "Mrs Galloway", "Mr Iqbal"]
LS_ROLES = ["p", "span", "title", "title_span", "h2", "h2_span", "quote", "quote_span", "li", "ul", "table", "td_label",
            "td_value", "label_span", "small", "small_span", "note", "note_span", "bold", "link", "link_span", "ref",
            "center", "head_span", "box", "box_td", "box_span", "empty", "h3"]


class DocClasses:
    """Google Docs names a published document's styles c0, c1, ... in the order its exporter meets them, so the same
    template style has another name in every document (and a few spare names are always in the stylesheet)."""

    def __init__(self, rng: random.Random):
        order = LS_ROLES[:]
        rng.shuffle(order)
        self.names = {role: f"c{i}" for i, role in enumerate(order)}
        self.extra = len(order) + rng.randint(0, 9)

    def __getitem__(self, role: str) -> str:
        return self.names[role]


def larkspur(p: Page) -> str:
    rng = p.rng
    site = "larkspur"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    c = DocClasses(random.Random(f"{SEED}:{site}:classes:{p.index}"))
    doc_id = "2PACX-1v" + base64.urlsafe_b64encode(hashlib.sha256(f"{site}:{p.index}".encode()).digest() * 2).decode()[:78]
    pub = f"{LS_DOCS}{doc_id}/pub"

    def para(text: str, cls: str = "p", span: str = "span") -> str:
        return f'<p class="{c[cls]}"><span class="{c[span]}">{text}</span></p>'

    def hid() -> str:
        return "h." + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))

    def gurl(target: str) -> str:
        return (f"https://www.google.com/url?q={quote(target, safe='')}&amp;sa=D&amp;source=editors&amp;"
                f"ust={1700000000000000 + rng.randint(0, 10**13)}&amp;usg=AOvVaw{hexid(site, target, rng.random(), n=22)}")

    lst = f"lst-kix_{hexid(site, 'lst', p.index, n=12)}"
    body = []
    for kind, value in p.visible():
        if kind == "heading":
            body.append(f'<h2 class="{c["h2"]}" id="{hid()}"><span class="{c["h2_span"]}">{esc(value)}</span></h2>')
        elif kind == "paragraph":
            # Docs breaks a paragraph into runs where the text was edited; here at a sentence, now and then.
            parts = re.split(r"(?<=\.) ", value)
            if len(parts) > 2 and rng.random() < 0.3:
                k = rng.randint(1, len(parts) - 1)
                body.append(f'<p class="{c["p"]}"><span class="{c["span"]}">{esc(" ".join(parts[:k]))}&nbsp;</span>'
                            f'<span class="{c["span"]}">{esc(" ".join(parts[k:]))}</span></p>')
            else:
                body.append(para(esc(value)))
        elif kind == "quote":
            body.append(para(esc(value), "quote", "quote_span"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            name = f"{lst}-{len(body)}"
            body.append(f'<{tag} class="{c["ul"]} {name}-0 start"' + (' start="1"' if ordered else "") + ">"
                        + "".join(f'<li class="{c["li"]} li-bullet-0"><span class="{c["span"]}">{esc(i)}</span></li>' for i in items)
                        + f"</{tag}>")
    n_essay = len(body)
    if shown_on(site, "note", 13, p):  # the teacher's bracketed note, typed into the doc as a highlighted paragraph
        note = note_for(LS_NOTES, p)
        who = rng.choice(LS_TEACHERS)
        text = f"[{who}: {note}]"
        body.insert(spot(n_essay, rng, 2, 6), para(esc(text), "note", "note_span"))
        p.clutter += [text]
    turn = rank_on(site, "reminder", 4, p)
    if turn is not None:  # a one-cell shaded table inside the essay, on 4 of 18 pages
        text = LS_REMINDERS[turn % 2]
        body.insert(rng.randint(2, len(body) - 1),
                    f'<a id="t.{hexid(site, "box", p.index, n=40)}"></a><a id="t.0"></a><table class="{c["box"]}"><tr class="{c["empty"]}">'
                    f'<td class="{c["box_td"]}" colspan="1" rowspan="1"><p class="{c["small"]}"><span class="{c["box_span"]}">'
                    f'{esc(text)}</span></p></td></tr></table>')
        p.clutter.append(text)
    if p.cut is not None:
        more = p.rest_words()
        text = (f"[Extract only. The remaining {fmt_int(more)} words are in the Year 12 shared drive: sign in with your "
                "school account to read the whole essay.]")
        body.append(para(esc(text), "note", "note_span"))
        p.clutter.append(text)
    if p.cut is None and p.refs:
        body.append(f'<h2 class="{c["h2"]}" id="{hid()}"><span class="{c["h2_span"]}">Works Cited</span></h2>')
        runs = {"<i>": f'</span><span class="{c["quote_span"]}">', "</i>": f'</span><span class="{c["span"]}">'}
        body += [f'<p class="{c["ref"]}"><span class="{c["span"]}">{mk.replace("<i>", runs["<i>"]).replace("</i>", runs["</i>"])}</span></p>'
                 for _, mk in p.refs]
    permission = para(esc(LS_PERMISSION), "small", "small_span")
    p.clutter.append(LS_PERMISSION)
    perm_top = half_and_half(site, "permission", p)
    # The template's header table, the same rows in every doc.
    mark = rng.randint(27, 40)
    band = 5 if mark >= 33 else 4
    teacher = rng.choice(LS_TEACHERS)
    group = f"12{rng.choice('ABCDE')}/{rng.choice(['En', 'Hu', 'EH'])}{rng.randint(1, 4)}"
    rows = [("Candidate", p.author), ("Teaching group", group), ("Task", f"Extended essay ({p.topic})"),
            ("Word count", f"{fmt_int(p.words)} words, about {plural(p.pages, 'side')} of A4"),
            ("Mark", f"{mark}/40 (band {band})"), ("Moderated by", teacher)]
    table = (f'<a id="t.{hexid(site, "hdr", n=40)}"></a><a id="t.1"></a><table class="{c["table"]}">'
             + "".join(f'<tr class="{c["empty"]}"><td class="{c["td_label"]}" colspan="1" rowspan="1"><p class="{c["small"]}">'
                       f'<span class="{c["label_span"]}">{k}</span></p></td><td class="{c["td_value"]}" colspan="1" rowspan="1">'
                       f'<p class="{c["small"]}"><span class="{c["small_span"]}">{esc(v)}</span></p></td></tr>' for k, v in rows)
             + "</table>")
    p.clutter += ["Candidate", "Teaching group", f"Extended essay ({p.topic})", "Word count",
                  f"{fmt_int(p.words)} words, about {plural(p.pages, 'side')} of A4", f"{mark}/40 (band {band})",
                  "Moderated by"]
    leftover = ""
    turn = rank_on(site, "leftover", 3, p)
    if turn is not None:  # a line of the template the teacher forgot to delete, on 3 of 18 pages
        leftover = para(esc(LS_LEFTOVERS[turn]), "note", "note_span")
        p.clutter.append(LS_LEFTOVERS[turn])
    # After the essay: the marker's feedback, in the essay's own heading and paragraph styles.
    www = note_for(LS_WWW, p)
    ebi = note_for(LS_EBI, p)
    feedback = (f'<h2 class="{c["h2"]}" id="{hid()}"><span class="{c["h2_span"]}">Marker&rsquo;s feedback</span></h2>'
                f'<p class="{c["p"]}"><span class="{c["bold"]}">What went well: </span><span class="{c["span"]}">{esc(www)}</span></p>'
                f'<p class="{c["p"]}"><span class="{c["bold"]}">{esc(ebi.split(" if ")[0])} if: </span><span class="{c["span"]}">'
                f'{esc(ebi.split(" if ", 1)[1])}</span></p>'
                + para(f"Mark awarded: {mark}/40. Second-marked by {esc(teacher)}.", "p", "span"))
    p.clutter += ["Marker’s feedback", "What went well:", www, "Even better if:", ebi.split(" if ", 1)[1],
                  f"Mark awarded: {mark}/40. Second-marked by {teacher}."]
    others = rng.sample(p.others, rng.randint(3, 5))
    more = (para("Other exemplars in this unit:", "p", "bold")
            + f'<ul class="{c["ul"]} {lst}-9-0 start">'
            + "".join(f'<li class="{c["li"]} li-bullet-0"><span class="{c["link_span"]}"><a class="{c["link"]}" '
                      f'href="{gurl(LS_DOCS + "2PACX-1v" + hexid(site, t, n=40) + "/pub")}">{esc(t)}</a></span></li>' for t in others)
            + "</ul>")
    p.clutter += ["Other exemplars in this unit:", *others]
    back = (f'<p class="{c["center"]}"><span class="{c["link_span"]}"><a class="{c["link"]}" href="{gurl("https://sites.google.com/larkspur.sch.uk/exemplars/home")}">'
            f'Back to the exemplar collection</a></span><span class="{c["head_span"]}">&nbsp;&middot; Larkspur Sixth Form, English and Humanities</span></p>')
    p.clutter += ["Back to the exemplar collection", "Larkspur Sixth Form, English and Humanities"]
    title = f'<p class="{c["title"]} title" id="{hid()}"><span class="{c["title_span"]}">{esc(p.title)}</span></p>'
    empty = f'<p class="{c["p"]} {c["empty"]}"><span class="{c["span"]}"></span></p>'
    content = (back + leftover + title + table + empty + (permission if perm_top else "") + "".join(body)
               + (permission if not perm_top else "") + empty + feedback + more)
    p.clutter += ["Published using Google Docs", "Report abuse", "Learn more", "Updated automatically every 5 minutes"]
    css = "".join(f".{c[r]}{{{rule}}}" for r, rule in (
        ("p", "padding-top:0pt;padding-bottom:0pt;line-height:2.0;orphans:2;widows:2;text-align:left"),
        ("span", "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:12pt;font-family:\"Times New Roman\";font-style:normal"),
        ("title", "padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;text-align:center"),
        ("title_span", "color:#000000;font-weight:700;font-size:20pt;font-family:\"Georgia\""),
        ("h2", "padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left"),
        ("h2_span", "color:#000000;font-weight:700;font-size:14pt;font-family:\"Georgia\""),
        ("quote", "margin-left:36pt;margin-right:36pt;line-height:1.5;text-align:justify"),
        ("quote_span", "font-style:italic"),
        ("note_span", "background-color:#fff2cc;color:#7f6000;font-size:11pt;font-family:\"Arial\""),
        ("small_span", "font-size:10pt;font-family:\"Arial\";color:#434343"),
        ("label_span", "font-size:10pt;font-family:\"Arial\";font-weight:700"),
        ("bold", "font-weight:700"), ("link", "color:inherit;text-decoration:inherit"),
        ("link_span", "color:#1155cc;text-decoration:underline"),
        ("ref", "margin-left:36pt;padding-top:0pt;text-indent:-36pt;padding-bottom:0pt;line-height:2.0;text-align:left"),
        ("box", "margin-left:0pt;border-spacing:0;border-collapse:collapse;margin-right:auto"),
        ("box_td", "background-color:#d9ead3;padding:5pt 5pt 5pt 5pt;border:1pt solid #b6d7a8;width:451.3pt"),
        ("table", "border-spacing:0;border-collapse:collapse;margin-right:auto"),
        ("td_label", "background-color:#efefef;padding:5pt;border:1pt solid #999999;width:120pt"),
        ("td_value", "padding:5pt;border:1pt solid #999999;width:330pt")))
    css += "".join(f".c{i}{{height:{11 + i % 4}pt}}" for i in range(len(LS_ROLES), c.extra))
    name = f"Exemplar {p.sample_id % 90 + 10} - {p.author.split()[-1]} - {p.title}"
    return f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><title>{esc(name)}</title><meta property="og:title" content="{html.escape(name)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Google Docs"><meta property="og:description" content="{html.escape(p.title)}"><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico"><link href="/static/document/client/css/3334193564-PublishPageStyles.css" rel="stylesheet" nonce="{hexid(site, 'nonce', p.index, n=22)}"><script nonce="{hexid(site, 'nonce', p.index, n=22)}">_docs_flag_initialData={{"docs-ails":"docs_cold","docs-fwds":"docs_sdf","docs-crq":false,"docs-rlsrsd":false}};</script><style type="text/css" nonce="{hexid(site, 'nonce', p.index, n=22)}">body {{margin: 0;padding: 0;}} #banners {{position: sticky;top: 0;}} #footer {{border-top: 1px solid #ccc;}}</style></head><body><div id="banners"><div id="publish-banner"><div id="header"><div id="title-banner"><a href="https://docs.google.com/document/u/0/?usp=docs_web" id="header-logo" aria-label="Google Docs"></a><div id="title">{esc(name)}</div></div><div id="interval"><span>Updated automatically every 5 minutes</span></div></div></div></div><div id="contents"><style type="text/css">ul.{lst}-9-0{{list-style-type:none}}.{lst}-9-0>li:before{{content:"\\0025cf   "}}ol{{margin:0;padding:0}}table td,table th{{padding:0}}{css}.title{{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;text-align:left}}</style><div class="doc-content">{content}</div></div><div id="footer"><div id="publish-footer"><a href="https://docs.google.com/document/u/0/?usp=docs_web" class="publish-footer-link">Published using Google Docs</a><span class="dash">&ndash;</span><a href="https://docs.google.com/abuse?id={doc_id}" class="publish-footer-link">Report abuse</a><span class="dash">&ndash;</span><a href="https://support.google.com/docs/answer/183965" target="_blank" class="publish-footer-link">Learn more</a><span class="dash">&ndash;</span><span class="publish-footer-link">Updated automatically every 5 minutes</span></div></div><script nonce="{hexid(site, 'nonce', p.index, n=22)}">window.viewport_url="{pub}";</script></body></html>"""


# ---- 3. wickmere: Webflow CMS item page of a young writers' prize ------------------------------------------------

WM_ROOT = "https://www.wickmereprize.org"
WM_SITE_ID = "6512ab34c9f1d20012e4a77f"
WM_JUDGES = [
    "the best essays argue with themselves a little, and this one does it in the open.",
    "{writer} never lets the reader forget what the question was. That is rarer than it should be.",
    "we argued about this essay for longer than any other on the {topic} list.",
    "the paragraph that follows is where this essay won me over.",
    "a reminder that a plain sentence is usually the strongest one.",
    "one of two essays on {topic} that the whole panel wanted on the shortlist.",
    "look at how the evidence arrives exactly when the argument needs it.",
]
WM_CALLS = [
    ("Entries for the 2025 prize are open", "Essays of up to 2,000 words, on any subject, by anyone aged 16 to 19. "
     "Closing date 31 March."),
    ("Teachers: bring the shortlist into class", "Our free lesson packs pair each shortlisted essay with three "
     "discussion questions."),
]
WM_BANNERS = [
    "The 2024 anthology is back from the printer. Copies are posted to every shortlisted writer this week.",
    "Prize-giving moves to the Corn Exchange this year, on Saturday 14 September at 2pm.",
    "Our website is changing. Some older essays will be offline for a few days while we move them.",
]
WM_DISCLAIMER = ("Shortlisted essays appear as their writers sent them, apart from spelling. They are published so "
                 "that others can read them, not so that others can reuse them: please don't hand in any part as your own.")
WM_SCHOOLS = ["Brockhurst College", "St Aldhelm's School", "Harwood Sixth Form", "Millbrook Academy", "Queen Anne's Grammar",
              "Tanner's Lane School", "Eastfield Community College", "Home educated"]
WM_PLACES = ["Shortlisted", "Shortlisted", "Shortlisted", "Highly commended", "Runner-up", "Category winner"]


def wickmere(p: Page) -> str:
    rng = p.rng
    site = "wickmere"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)[:60]
    url = f"{WM_ROOT}/essays/{s}"
    year = 2019 + p.index % 6
    school = rng.choice(WM_SCHOOLS)
    placing = rng.choice(WM_PLACES)
    body = g2.pieces_for(p.visible(), heading="<h2>{}</h2>", quote="<blockquote>{}</blockquote>")
    n_essay = len(body)
    if shown_on(site, "judge", 13, p):  # a judge's note, a custom-code embed inside the rich text
        note = note_for(WM_JUDGES, p)
        body.insert(spot(n_essay, rng, 2, 6), f'<div class="w-embed"><aside class="judge-note"><p><strong>A judge writes:</strong> '
                                              f'{esc(note)}</p></aside></div>')
        p.clutter += ["A judge writes:", note]
    turn = rank_on(site, "call", 4, p)
    if turn is not None:  # an entries call inside the rich text, on 4 of 18 pages
        chead, ctext = WM_CALLS[turn % 2]
        body.insert(rng.randint(2, len(body) - 1),
                    f'<div class="w-embed"><div class="inline-cta"><div class="inline-cta-head">{esc(chead)}</div>'
                    f'<p class="inline-cta-text">{esc(ctext)}</p><a href="/enter" class="inline-cta-link">Find out more</a></div></div>')
        p.clutter += [chead, ctext, "Find out more"]
    if p.cut is None and p.refs:
        body.append("<h3>Works Cited</h3>" + "".join(f"<p>{italic_refs(mk, 'em')}</p>" for _, mk in p.refs))
    gate = ""
    if p.cut is not None:
        more = p.rest_words()
        gate = (f'<div class="anthology-gate"><div class="gate-fade"></div><div class="gate-head">The rest is in the {year} anthology'
                f'</div><p class="gate-text">{fmt_int(more)} more words of this essay are printed in the anthology, which '
                f'raises money for next year\'s prize.</p><a href="/shop/anthology-{year}" class="button w-button">Order the '
                f'anthology (£8)</a></div>')
        p.clutter += [f"The rest is in the {year} anthology", f"{fmt_int(more)} more words of this essay are printed in the anthology",
                      f"Order the anthology (£8)"]
    disclaimer = f'<p class="small-print">{esc(WM_DISCLAIMER)}</p>'
    p.clutter.append(WM_DISCLAIMER)
    disc_top = half_and_half(site, "disclaimer", p)
    # Conditional-visibility blocks Webflow writes for every item and hides with a class (all still in the page).
    winner = placing == "Category winner"
    audio = shown_on(site, "audio", 5, p)
    badges = (f'<div class="badge winner{"" if winner else " w-condition-invisible"}">Category winner {year}</div>'
              f'<div class="badge{" w-condition-invisible" if winner else ""}">{placing} {year}</div>')
    p.clutter += [f"Category winner {year}", f"{placing} {year}"]
    audio_block = (f'<div class="audio-block{"" if audio else " w-condition-invisible"}"><div class="audio-label">Hear {esc(p.author.split()[0])} '
                   f'read this essay</div><div class="audio-embed w-embed w-iframe"><iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/{rng.randint(10**8, 10**9)}" '
                   f'width="100%" height="120" frameborder="no" allow="autoplay"></iframe></div></div>')
    p.clutter += [f"Hear {p.author.split()[0]} read this essay"]
    minutes = max(1, round(p.words / 230))
    reads = rng.choice([rng.randint(40, 900), rng.randint(1000, 6000)])
    stats = (f'<div class="stat-row"><div class="stat"><div class="stat-number">{fmt_int(p.words)}</div><div class="stat-label">words</div></div>'
             f'<div class="stat"><div class="stat-number">{p.pages}</div><div class="stat-label">{"side" if p.pages == 1 else "sides"} of A4</div></div>'
             f'<div class="stat"><div class="stat-number">{minutes}</div><div class="stat-label">min to read</div></div>'
             f'<div class="stat"><div class="stat-number">{fmt_int(reads)}</div><div class="stat-label">readers so far</div></div></div>')
    p.clutter += ["sides of A4", "min to read", "readers so far"]
    last, first_name = p.author.split()[-1], p.author.split()[0]
    credit = f"{p.author}, \u2018{p.title}\u2019, The Wickmere Prize {year}, wickmereprize.org/essays/{s}"
    p.clutter += ["Teaching with this essay, or quoting it? Please credit:", credit]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = (f'<div class="announcement"><div class="container w-container"><div class="announcement-text">{esc(WM_BANNERS[turn])}'
                  '</div></div></div>')
        p.clutter.append(WM_BANNERS[turn])
    cards = ""
    rel = rng.sample(p.others, 3)
    for t in rel:
        ex = excerpt(t, rng, 14, 22)
        cat = ESSAYS_BY_TITLE[t]["tags"][0]
        cards += (f'<div role="listitem" class="related-item w-dyn-item"><a href="/essays/{slug(t)[:60]}" class="related-card w-inline-block">'
                  f'<div class="related-category">{esc(cat)}</div><h3 class="related-title">{esc(t)}</h3><p class="related-excerpt">'
                  f'{esc(ex)}…</p><div class="related-link">Read the essay →</div></a></div>')
        p.clutter += [t, ex]
    p.clutter += ["More from the shortlist", "Read the essay →", "See every shortlisted essay"]
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">'
                  'May we count your visit? One analytics cookie, nothing sold, nothing shared. <a href="/privacy" class="fs-cc-banner_text-link">'
                  'Privacy</a></div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="deny" href="#" class="fs-cc-banner_text-link">No thanks</a>'
                  '<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Count me</a></div></div></div>')
        p.clutter += ["May we count your visit?", "One analytics cookie, nothing sold, nothing shared", "No thanks", "Count me"]
    p.clutter += ["The Wickmere Prize", "Shortlist", "Past winners", "For teachers", "About the prize", f"Enter 2025",
                  "Hear when the next shortlist is out", "Thanks! You're on the list for next year's shortlist.",
                  "That didn't go through. Check the address and try again.",
                  "© 2024 The Wickmere Prize. Registered charity no. 1187734.", "Safeguarding", "Accessibility", "by"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": p.title,
                     "author": {"@type": "Person", "name": p.author}, "wordCount": p.words, "url": url})
    wf_page = hexid(site, "page", n=24)
    return f"""<!DOCTYPE html><!-- Last Published: {(p.stamp + timedelta(days=rng.randint(1, 200))).strftime("%a %b %d %Y %H:%M:%S")} GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.wickmereprize.org" data-wf-page="{wf_page}" data-wf-site="{WM_SITE_ID}" lang="en" data-wf-collection="{hexid(site, 'coll', n=24)}" data-wf-item-slug="{s}"><head><meta charset="utf-8"/><title>{esc(p.title)} | The Wickmere Prize</title><meta content="{html.escape(p.author)}, {html.escape(school)}. {html.escape(placing)}, {year}." name="description"/><meta content="{html.escape(p.title)}" property="og:title"/><meta content="{url}" property="og:url"/><meta content="{html.escape(p.title)}" property="twitter:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/{WM_SITE_ID}/css/wickmere.webflow.{hexid(site, 'css', n=9)}.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://cdn.prod.website-files.com/{WM_SITE_ID}/6512b0f4a1c2d3e4f5a6b7c8_favicon.png" rel="shortcut icon" type="image/x-icon"/><link href="{url}" rel="canonical"/><script type="application/ld+json">{ld}</script></head><body>{banner}<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/{WM_SITE_ID}/6512b0f4a1c2d3e4f5a6b7d9_wickmere-logo.svg" loading="lazy" alt="The Wickmere Prize" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/essays" class="nav-link w-nav-link">Shortlist</a><a href="/winners" class="nav-link w-nav-link">Past winners</a><a href="/teachers" class="nav-link w-nav-link">For teachers</a><a href="/about" class="nav-link w-nav-link">About the prize</a><a href="/enter" class="button nav-button w-button">Enter 2025</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div><section class="essay-hero"><div class="container narrow w-container"><div class="badge-row">{badges}<div class="essay-kicker">{esc(p.category)}</div></div><h1 class="essay-title">{esc(p.title)}</h1><div class="essay-meta-wrap"><div class="essay-meta">by</div><div class="essay-meta author">{esc(p.author)}</div><div class="essay-meta dot">·</div><div class="essay-meta">{esc(school)}</div></div>{stats}{disclaimer if disc_top else ""}</div></section><section class="essay-section"><div class="container narrow w-container">{audio_block}<div class="essay-body w-richtext">{"".join(body)}</div>{gate}{disclaimer if not disc_top else ""}<div class="credit-line"><div class="credit-label">Teaching with this essay, or quoting it? Please credit:</div><div class="credit-text">{esc(credit)}</div></div></div></section><section class="related-section"><div class="container w-container"><h2 class="section-heading">More from the shortlist</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">{cards}</div></div><a href="/essays" class="text-link">See every shortlisted essay</a></div></section><section class="signup-section"><div class="container narrow w-container"><h2 class="signup-heading">Hear when the next shortlist is out</h2><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="signup-form" data-wf-page-id="{wf_page}" data-wf-element-id="{hexid(site, 'form', n=8)}-{hexid(site, 'form2', n=4)}"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"/></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thanks! You&#x27;re on the list for next year&#x27;s shortlist.</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>That didn&#x27;t go through. Check the address and try again.</div></div></div></div></section><footer class="footer"><div class="container w-container"><div class="footer-row"><div class="footer-text">© 2024 The Wickmere Prize. Registered charity no. 1187734.</div><div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a><a href="/safeguarding" class="footer-link">Safeguarding</a><a href="/accessibility" class="footer-link">Accessibility</a></div></div></div></footer>{cookie}<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={WM_SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/{WM_SITE_ID}/js/webflow.{hexid(site, 'js', n=16)}.js" type="text/javascript"></script></body></html>"""


# ---- 4. fennick: Shopify (Dawn) blog article of a revision shop; staff-typed lines in the article body -----------

FN_ROOT = "https://fennickrevision.co.uk"
FN_SECTION = "template--17239842504937"
FN_STAFF = ["Rosa Fennick", "Tom Achterberg", "Priya Imrie"]
FN_TUTOR = [
    "this is how a top-band answer handles the counter-argument: it concedes a point, then takes it back.",
    "students often ask how much evidence is enough. This answer is a good guide.",
    "notice that {writer} never summarises the sources; every reference does a job in the argument.",
    "if you are revising {topic}, learn the structure of this answer, not its sentences.",
    "examiners reward exactly this kind of paragraph: one point, fully developed.",
    "the conclusion is short, and that is a strength, not a weakness.",
]
FN_CODES = [
    "Revising this week? Code MODEL10 takes 10% off any revision pack until Sunday.",
    "Buying for a class? Orders of five or more packs get a teacher's discount at checkout.",
]
FN_UPDATES = [
    "Update: this answer was re-marked against the 2024 specification. The grade did not change.",
    "Update: we've fixed two typos readers spotted in this answer. Thank you!",
    "Update: the printed version of this answer now comes with the examiner-style comments.",
]
FN_DISCLAIMER = ("Model answers are here to revise from. Handing in any part of one as your own work counts as "
                 "malpractice, and exam boards do check.")
FN_COMMENTS = [
    ("Ellie", "This helped me so much with my mock, thank you!! Do you have one for the other essay question?"),
    ("Jamal R.", "Really clear. I never understood how to bring in the other side until reading this."),
    ("Mrs H (teacher)", "Shared with my Year 12s. Would love a version with the plan included."),
    ("Sam", "Is this answer for the new spec or the old one?"),
    ("Fennick Revision", "Thanks Sam, it's marked against the current specification."),
    ("Olu", "Bought the pack after reading this, worth it."),
    ("Grace T", "The conclusion is so good. Short and it actually answers the question."),
    ("Dev", "How long did this take to write in timed conditions?"),
    ("Marta", "Used the structure of this for my {topic} essay and got my best mark yet."),
    ("Kieran", "Could you do one on a more recent case study?"),
]
FN_ANNOUNCE = ["Free UK delivery on printed packs over £25", "New: model answers for the 2025 exams",
               "Exam season sale: {days} days left"]
FN_PRODUCTS = [("{Topic} Revision Pack", "12.00", "9.00"), ("Essay Skills Workbook", "14.50", None),
               ("{Topic} Model Answers (Printed)", "18.00", "15.00"), ("Exam Technique Flashcards", "7.99", None),
               ("One-to-One Essay Feedback", "35.00", None)]


def fennick(p: Page) -> str:
    rng = p.rng
    site = "fennick"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)[:60]
    url = f"{FN_ROOT}/blogs/model-answers/{s}"
    staff = rng.choice(FN_STAFF)
    Topic = p.topic.title()
    body = g2.pieces_for(p.visible(), heading="<h2>{}</h2>", quote="<blockquote>\n<p>{}</p>\n</blockquote>")
    n_essay = len(body)
    # The staff type a line of details above every answer, in their own words each time.
    wording = rng.randrange(3)
    if wording == 0:
        details = (f"<p><em>Length: {fmt_int(p.words)} words (about {plural(p.pages, 'side')} of A4). Grade: {p.grade}. "
                   f"Level: {p.level}. Written by {p.author}.</em></p>")
        dtext = f"Length: {fmt_int(p.words)} words (about {plural(p.pages, 'side')} of A4). Grade: {p.grade}. Level: {p.level}. Written by {p.author}."
    elif wording == 1:
        details = (f"<p><strong>{p.level} model answer, graded {p.grade}</strong> &middot; {fmt_int(p.words)} words &middot; "
                   f"{plural(p.pages, 'side')} &middot; by {p.author}</p>")
        dtext = f"{p.level} model answer, graded {p.grade} · {fmt_int(p.words)} words · {plural(p.pages, 'side')} · by {p.author}"
    else:
        details = (f"<p>Word count: {fmt_int(p.words)}. That's roughly {plural(p.pages, 'side')} handwritten. "
                   f"This answer by {p.author} ({p.level}) was graded {p.grade}.</p>")
        dtext = f"Word count: {fmt_int(p.words)}. That's roughly {plural(p.pages, 'side')} handwritten. This answer by {p.author} ({p.level}) was graded {p.grade}."
    p.clutter.append(dtext)
    lead = [details]
    if shown_on(site, "tutor", 13, p):  # a tutor's comment typed into the body, bold label
        note = note_for(FN_TUTOR, p)
        body.insert(spot(n_essay, rng, 2, 6), f"<p><strong>Tutor's comment:</strong> {esc(note)}</p>")
        p.clutter += ["Tutor's comment:", note]
    turn = rank_on(site, "code", 4, p)
    if turn is not None:  # a discount line in the body, on 4 of 18 pages
        text = FN_CODES[turn % 2]
        body.insert(rng.randint(2, len(body) - 1), f'<p style="text-align: center;"><strong>{esc(text)}</strong></p>')
        p.clutter.append(text)
    turn = rank_on(site, "update", 3, p)
    if turn is not None:  # an update line at the top of the body, on 3 of 18 pages
        lead.insert(0, f"<p><em>{esc(FN_UPDATES[turn])}</em></p>")
        p.clutter.append(FN_UPDATES[turn])
    disclaimer = f"<p><em>{esc(FN_DISCLAIMER)}</em></p>"
    p.clutter.append(FN_DISCLAIMER)
    if half_and_half(site, "disclaimer", p):
        lead.append(disclaimer)
        tail = []
    else:
        tail = [disclaimer]
    if p.cut is None and p.refs:
        body.append("<h3>Works Cited</h3>\n" + "\n".join(f"<p>{italic_refs(mk, 'em')}</p>" for _, mk in p.refs))
    preview = ""
    if p.cut is not None:
        more = p.rest_words()
        preview = (f'<div class="article-preview-gate"><p>That\'s the end of the free preview. The full answer ({fmt_int(more)} more '
                   f'words) comes with the {esc(Topic)} Revision Pack.</p><a href="/products/{slug(Topic)}-revision-pack" class="button">'
                   'Add the pack to your cart</a></div>')
        p.clutter += ["That's the end of the free preview", f"The full answer ({fmt_int(more)} more words) comes with the {Topic} Revision Pack",
                      "Add the pack to your cart"]
    credit = f"{p.author}, \"{p.title}\", Fennick Revision model answers, {p.date.year}. {url}"
    tail.append(f"<p><strong>Using this answer in a lesson?</strong> Credit it as: {esc(credit)}</p>")
    p.clutter += ["Using this answer in a lesson?", f"Credit it as: {credit}"]
    # Comments: 0-3 approved visitor comments.
    k = rng.choice([0, 0, 1, 2, 2, 3])
    comments = ""
    for name, text in rng.sample(FN_COMMENTS, k):
        text = text.format(topic=p.topic)
        when = (p.date + timedelta(days=rng.randint(3, 400))).strftime("%B %-d, %Y")
        comments += (f'<article id="{rng.randint(10**11, 10**12)}" class="article-template__comments-comment"><div class="rte">'
                     f'<p>{esc(text)}</p></div><footer class="right"><span class="circle-divider caption-with-letter-spacing">'
                     f'{esc(name)}</span><span class="caption-with-letter-spacing">{when}</span></footer></article>')
        p.clutter += [text, when]
    heading = {0: "0 comments", 1: "1 comment"}.get(k, f"{k} comments")
    p.clutter += [heading] if k else []
    # Products (prices) and other model answers (with their opening lines).
    prods = ""
    for name, reg, sale in rng.sample(FN_PRODUCTS, 3):
        name = name.format(Topic=Topic)
        price = (f'<div class="price price--on-sale"><div class="price__container"><div class="price__sale"><span class="visually-hidden '
                 f'visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular">£{reg} GBP</s></span>'
                 f'<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale '
                 f'price-item--last">£{sale} GBP</span></div></div><span class="badge price__badge-sale color-scheme-4">Sale</span></div>'
                 if sale else
                 f'<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden '
                 f'visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£{reg} GBP</span></div></div></div>')
        prods += (f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__content">'
                  f'<div class="card__information"><h3 class="card__heading h5"><a href="/products/{slug(name)}" class="full-unstyled-link">'
                  f'{esc(name)}</a></h3><div class="card-information">{price}</div></div></div></div></div></li>')
        p.clutter += [name, f"£{reg} GBP"] + ([f"£{sale} GBP", "Sale price"] if sale else [])
    arts = ""
    for t in rng.sample(p.others, 3):
        ex = excerpt(t, rng, 20, 32)
        when = (p.date - timedelta(days=rng.randint(10, 600))).strftime("%B %-d, %Y")
        arts += (f'<li class="blog__post grid__item article slider__slide"><div class="article-card-wrapper card-wrapper underline-links-hover">'
                 f'<div class="card article-card card--standard"><div class="card__content"><div class="card__information"><h3 class="card__heading h2">'
                 f'<a href="/blogs/model-answers/{slug(t)[:60]}" class="full-unstyled-link">{esc(t)}</a></h3><div class="article-card__info '
                 f'caption-with-letter-spacing h5"><span class="circle-divider"><time datetime="2023-01-01T09:00:00Z">{when}</time></span></div>'
                 f'<p class="article-card__excerpt rte-width">{esc(ex)} &hellip;</p><div class="article-card__footer"></div></div></div></div></div></li>')
        p.clutter += [t, ex]
    days = rng.randint(2, 21)
    announce = [a.format(days=days) for a in FN_ANNOUNCE]
    slides = "".join(f'<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-sections--1723984250__announcement-bar-{i + 1}" '
                     f'role="group" aria-roledescription="Announcement" aria-label="{i + 1} of 3" tabindex="-1"><div class="announcement-bar__announcement" '
                     f'role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>{esc(a)}</span></p></div></div>'
                     for i, a in enumerate(announce))
    p.clutter += announce
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title">'
                  '<div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Your privacy, your call</h2><p>Fennick uses a '
                  'few small files to keep your basket and to count visits. Nothing is sold on.</p></div><div class="shopify-pc__banner__btns">'
                  '<button type="button" id="shopify-pc__banner__btn-manage-prefs">Choose what to allow</button><button type="button" '
                  'id="shopify-pc__banner__btn-decline">Decline</button><button type="button" id="shopify-pc__banner__btn-accept">Accept all</button></div></div>')
        p.clutter += ["Your privacy, your call", "Fennick uses a few small files to keep your basket and to count visits",
                      "Nothing is sold on", "Choose what to allow", "Accept all"]
    day = p.date.strftime("%B %-d, %Y")
    p.clutter += ["Skip to content", "Fennick Revision", "Revision packs", "Model answers", "Tutoring", "Your cart is empty",
                  "Continue shopping", "Have an account?", "to check out faster", "Share", "Copy link", "Link copied to clipboard.",
                  "Back to Model answers", "Leave a comment", "Please note, comments need to be approved before they are published.",
                  "Shop the revision packs", "View all", "More model answers", "Read more", "Regular price", "One free model answer every Friday", "Country/region", "United Kingdom | GBP £",
                  "Payment methods", "© 2024, Fennick Revision", "Powered by Shopify", "Refund policy", "Privacy policy",
                  "Terms of service", "Contact information", day, staff]
    pay = "".join(f'<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" '
                  f'width="38" height="24" aria-labelledby="pi-{slug(n)}"><title id="pi-{slug(n)}">{n}</title><path opacity=".07" d="M35 0H3C1.3 0 0 1.3 0 3v18c0 1.7 1.4 3 3 3h32c1.7 0 3-1.3 3-3V3c0-1.7-1.4-3-3-3z"/></svg></li>'
                  for n in ("American Express", "Apple Pay", "Google Pay", "Maestro", "Mastercard", "PayPal", "Visa"))
    article_id = 550000000000 + p.sample_id * 97
    meta = json.dumps({"page": {"pageType": "article", "resourceType": "article", "resourceId": article_id}})
    return f"""<!doctype html>
<html class="js" lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{url}">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <title>
      {esc(p.title)}
 &ndash; Fennick Revision</title>
    <meta name="description" content="{html.escape(p.level)} model answer, graded {html.escape(p.grade)}.">

<meta property="og:site_name" content="Fennick Revision">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{html.escape(p.level)} model answer, graded {html.escape(p.grade)}.">
<meta name="twitter:card" content="summary_large_image">
    <script src="//fennickrevision.co.uk/cdn/shop/t/9/assets/constants.js?v=132983761750457495441718031244" defer="defer"></script>
    <script src="//fennickrevision.co.uk/cdn/shop/t/9/assets/global.js?v=37284204640041572741718031245" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/62817718345/digital_wallets/dialog">
<script id="shopify-features" type="application/json">{{"accessToken":"{hexid(site, 'token', n=32)}","betas":["rich-media-storefront-analytics"],"domain":"fennickrevision.co.uk","predictiveSearch":true,"shopId":62817718345,"locale":"en"}}</script>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "fennick-revision.myshopify.com";
Shopify.locale = "en";
Shopify.currency = {{"active":"GBP","rate":"1.0"}};
Shopify.country = "GB";
Shopify.theme = {{"name":"Dawn","id":139012456713,"schema_name":"Dawn","schema_version":"15.0.0","theme_store_id":887,"role":"main"}};
Shopify.cdnHost = "fennickrevision.co.uk/cdn";</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
window.ShopifyAnalytics.meta = {meta};</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
    <link href="//fennickrevision.co.uk/cdn/shop/t/9/assets/base.css?v=144968985024194912401718031244" rel="stylesheet" type="text/css" media="all" />
  </head>

  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      Skip to content
    </a>
<cart-drawer class="drawer is-empty">
  <div id="CartDrawer" class="cart-drawer">
    <div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
    <div class="drawer__inner gradient color-scheme-1" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty">
          <div class="cart-drawer__warnings center">
            <div class="cart-drawer__empty-content">
              <h2 class="cart__empty-text">Your cart is empty</h2>
              <button class="drawer__close" type="button" onclick="this.closest('cart-drawer').close()" aria-label="Close"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-close" viewBox="0 0 18 17"><path fill="currentColor" d="M.865 15.978a.5.5 0 0 0 .707.707l7.433-7.431 7.579 7.282a.501.501 0 0 0 .846-.37.5.5 0 0 0-.153-.351L9.712 8.546l7.417-7.416a.5.5 0 1 0-.707-.708L8.991 7.853 1.413.573a.5.5 0 1 0-.693.72l7.563 7.268z"/></svg></span></button>
              <a href="/collections/all" class="button">
                Continue shopping
              </a><p class="cart__login-title h3">Have an account?</p>
                <p class="cart__login-paragraph">
                  <a href="/account/login" class="link underlined-link">Log in</a> to check out faster.
                </p></div>
          </div></div>
    </div>
  </div>
</cart-drawer>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--1723984250__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
  <div class="page-width utility-bar__grid"><slideshow-component class="announcement-bar" role="region" aria-roledescription="Carousel" aria-label="Announcement bar">
        <div class="announcement-bar-slider slider" id="Slider-sections--1723984250__announcement-bar">{slides}</div>
      </slideshow-component></div>
</div>
</div><div id="shopify-section-sections--1723984250__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fennick Revision</span></a>
<nav class="header__inline-menu">
  <ul class="list-menu list-menu--inline" role="list"><li><a id="HeaderMenu-revision-packs" href="/collections/revision-packs" class="header__menu-item list-menu__item link link--text focus-inset"><span>Revision packs</span></a></li><li><a id="HeaderMenu-model-answers" href="/blogs/model-answers" class="header__menu-item list-menu__item link link--text focus-inset" aria-current="page"><span class="header__active-menu-item">Model answers</span></a></li><li><a id="HeaderMenu-tutoring" href="/pages/tutoring" class="header__menu-item list-menu__item link link--text focus-inset"><span>Tutoring</span></a></li><li><a id="HeaderMenu-about" href="/pages/about" class="header__menu-item list-menu__item link link--text focus-inset"><span>About</span></a></li></ul>
</nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div><div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading..."><form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search" role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-controls="predictive-search-results" aria-haspopup="listbox" aria-autocomplete="list" autocorrect="off" autocomplete="off" autocapitalize="off" spellcheck="false"><label class="field__label" for="Search-In-Modal">Search</label><input type="hidden" name="options[prefix]" value="last"></div></form></predictive-search></div></div></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <section id="shopify-section-{FN_SECTION}__main" class="shopify-section section"><article class="article-template">
<header class="page-width page-width--narrow">
  <h1 class="article-template__title">{esc(p.title)}</h1><span class="circle-divider caption-with-letter-spacing"><time datetime="{p.date.isoformat()}T09:{rng.randint(10, 59)}:00Z">{day}</time></span><span class="caption-with-letter-spacing">{esc(staff)}</span></header>
<div class="article-template__content page-width page-width--narrow rte">
{chr(10).join(lead)}
{chr(10).join(body)}
{preview}
{chr(10).join(tail)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-{FN_SECTION}__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button><details id="Details-{FN_SECTION}__main"><summary class="share-button__button"><span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-{FN_SECTION}__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-{FN_SECTION}__main" value="{url}" placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-{FN_SECTION}__main">Link</label></div><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button><span class="share-button__message visually-hidden">Link copied to clipboard.</span></div>
<div class="element-margin-top center"><a href="/blogs/model-answers" class="article-template__link link"><span class="icon-wrap">&larr;</span>Back to Model answers</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">{f'<h2 id="Comments-{article_id}">{heading}</h2>' if k else ""}
{comments}
<form method="post" action="/blogs/model-answers/{s}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" /><h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" aria-required="true" required placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" autocorrect="off" autocapitalize="off" aria-required="true" required placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" aria-required="true" required placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div>
</article></section><section id="shopify-section-{FN_SECTION}__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient"><div class="collection page-width"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2">Shop the revision packs</h2></div><slider-component class="slider-mobile-gutter"><ul id="Slider-{FN_SECTION}__featured_collection" class="grid product-grid contains-card--product grid--3-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">{prods}</ul></slider-component><div class="center collection__view-all"><a href="/collections/revision-packs" class="button">View all</a></div></div></div></section><section id="shopify-section-{FN_SECTION}__featured_blog" class="shopify-section section"><div class="color-scheme-1 gradient"><div class="blog page-width"><div class="title-wrapper-with-link title-wrapper--self-padded-mobile title-wrapper--no-top-margin"><h2 class="blog__title inline-richtext h2">More model answers</h2><a href="/blogs/model-answers" class="link underlined-link large-up-hide">View all</a></div><slider-component class="slider-mobile-gutter"><ul id="Slider-{FN_SECTION}__featured_blog" class="blog__posts articles-wrapper contains-card grid grid--3-col-desktop grid--2-col-tablet-down slider slider--tablet" role="list">{arts}</ul></slider-component><div class="blog__button center"><a href="/blogs/model-answers" class="button">Read more</a></div></div></div></section>
    </main>

<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--1723984251__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--1723984251__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">One free model answer every Friday</h2><form method="post" action="/contact#contact_form" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1723984251__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--sections--1723984251__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe"><span class="svg-wrapper"><svg class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546"/></svg></span></button></div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"><localization-form><form method="post" action="/localization" id="FooterCountryForm" accept-charset="UTF-8" class="localization-form"><div><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false" aria-controls="FooterCountryList" aria-describedby="FooterCountryLabel"><span>United Kingdom | GBP £</span></button></div></div></form></localization-form></div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">{pay}</ul></div></div></div><div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2024, <a href="/" title="">Fennick Revision</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small><ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Refund policy</a></small></li><li><small class="copyright__content"><a href="/policies/privacy-policy">Privacy policy</a></small></li><li><small class="copyright__content"><a href="/policies/terms-of-service">Terms of service</a></small></li><li><small class="copyright__content"><a href="/policies/contact-information">Contact information</a></small></li></ul></div></div></div></footer></div>
<!-- END sections: footer-group -->
{cookie}
  </body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "coppergate": (coppergate, 3, 4, (5, 14)),  # ASP.NET Web Forms mill; Word paste; one paper listed under two ids
    "larkspur": (larkspur, 2, 3, None),         # Google Docs published; per-document class names; feedback in doc markup
    "wickmere": (wickmere, 2, 3, None),         # Webflow CMS; hidden condition blocks; related cards with opening lines
    "fennick": (fennick, 3, 3, None),           # Shopify Dawn; staff lines retyped per page; comments; products
}
DUP_SECOND = {name: (dup[1],) for name, (*_, dup) in SITES.items() if dup}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=131)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = [make_essay(card, random.Random(f"{args.seed}:essay:{card['id']}")) for card in cards[:need]]
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.author, page.level, page.grade = twin.author, twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays written from {len(cards)} cards)")


if __name__ == "__main__":
    main()

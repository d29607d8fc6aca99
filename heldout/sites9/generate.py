"""Write a NINTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites9/generate.py /work/corpora/sites9-heldout [--seed 149]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites8/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). As in the eighth set, the essays are written by this generator from its own invented topic cards
(ESSAY_CARDS) and sentence patterns -- new cards and new patterns, none of the eighth set's -- so no text here was ever
seen by the code. One card per page, never twice in the set. OUTDIR/SOURCES.tsv says which card went where.
Same seed, same bytes.

Sites (markup families):
  burnside    Weebly blog post of a small essay-writing service: wsite-* elements, the essay split over several
              div.paragraph text elements (paragraphs inside one element split by <br /><br />), headings as
              h2.wsite-content-title -- the same markup as the service's own in-body sales boxes --, a wsite-multicol
              "paper details" table, wsite-button CTAs, a promo code that changes with the season, an audio element,
              "More free samples" with the opening words of OTHER samples, blog comments, blog sidebar; og:url only
  sedgefield  Canvas LMS course Page (Instructure) of a college composition course, built with the DesignPLUS
              toolkit: ic-app header and global nav with counters, course nav with badges, breadcrumbs, the essay in
              div.show-content.user_content, the instructor's info table, dp-callout cards whose h3.card-title is the
              same tag as the essay's headings, "How other writers opened" (the full first sentences of OTHER essays)
              as a plain <ul>, the module sequence footer with hidden "Previous: / Next:" titles; no canonical
  tarnbeck    Jekyll (minima) on GitHub Pages, a school class blog: Jekyll SEO tag, site-header / post-header /
              post-content e-content, kramdown output (h2 with ids), a <dl> of details, the teacher's notes as
              <blockquote class="teacher-note"> -- the same tag as the essay's quotations --, an <audio> element,
              "Read next": the two most recent OTHER posts with their whole first paragraph (Jekyll's post.excerpt),
              so the newest essays' openings recur on almost every page; Disqus noscript; canonical + og:url
  moorhen     Tumblr custom theme, a studyblr's essay archive: the post's own lowercase typed-in lines (word count,
              "pls don't copy", "note from future me"), a music embed, #tags, a notes list where reblogs "added:"
              prose in <blockquote>s, "you might also like" with the opening words of OTHER posts, ask / submit /
              Ko-fi sidebar, permalink pagination; canonical + og:url

The truth writing, folder layout and page bookkeeping are the earlier sets' (heldout/sites/generate.py,
heldout/sites2/generate.py and heldout/sites3/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, timedelta
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
# One card per essay: title | subject | x (a singular noun phrase) | people (plural) | setting | period |
# three strands (;-separated noun phrases) | thesis (a clause) | rival view (a clause) | two facts (sentences) |
# the essay's question (ending in '?').

ESSAY_CARDS = """
The Ice Trade Before Refrigeration | history | the natural ice trade | ice merchants | New England and its ports | the nineteenth century | the cutting of lake ice; insulated ships and ice houses; the arrival of machine-made ice | the ice trade changed eating habits long before the refrigerator did | the ice trade was a curiosity with little lasting effect | Blocks of lake ice were once shipped from Massachusetts as far as India. | Ice houses were packed with sawdust so that ice could last through the summer. | How much did frozen water really change what people ate?
Bilingual Road Signs in Wales | politics | the bilingual road sign | Welsh speakers and highway engineers | Wales | the 1960s and 1970s | campaigns of civil disobedience; the cost of new signs; worries about road safety | bilingual signs mattered more as a statement of equal status than as a practical aid | bilingual signs are an expensive gesture that confuses drivers | Campaigners in the 1960s painted over English-only signs in protest. | Most road signs in Wales now show both languages.
Why Fewer Teenagers Learn to Drive | sociology | learning to drive | young adults | British and American suburbs | the 2000s | the cost of lessons and insurance; online social life; better public transport in cities | the fall in young drivers reflects cost more than any change in values | young people have simply lost interest in cars | Insurance for new drivers under twenty-five is often the largest single cost of driving. | The share of teenagers holding a licence has fallen in several rich countries. | Is the car losing its hold on the young, or just becoming too expensive?
Work Songs at Sea | music | the sea shanty | sailors | merchant ships of the Atlantic | the age of sail | the rhythm of hauling ropes; the shantyman's role; the coming of steam | the shanty was a working tool first and a song second | shanties were entertainment sung to pass the time | A shantyman led the verses while the crew joined in the chorus as they pulled. | Steamships needed far fewer hands hauling together, and shanties faded with sail.
Pigeon Racing and Working-Class Leisure | history | pigeon racing | miners and mill workers | the coalfields of northern England | the late nineteenth century | the pigeon loft as a private space; betting and prize money; the railways that carried the birds | pigeon racing gave working men a kind of expertise their jobs denied them | pigeon racing was a cheap hobby with no wider meaning | Racing birds were sent by train to release points hundreds of miles from home. | Many lofts were built on allotments or in back yards.
School Libraries Without Librarians | education | the school library | teachers and pupils | state secondary schools | the 2010s | budget pressure; the move to online reading; the loss of trained staff | a school library without a librarian soon stops working as a library at all | a room of books serves pupils well enough without paid staff | School libraries are not a statutory requirement in English schools. | Surveys of librarians report many posts being cut or merged with other roles.
The Ethics of Lab-Grown Meat | philosophy | cultivated meat | consumers and farmers | research laboratories in Europe and Asia | the 2010s | animal welfare; the energy cost of production; the meaning of natural food | cultivated meat is ethically preferable even if it is not yet practical | cultivated meat is an unnatural product that solves the wrong problem | The first cultivated beef burger was cooked and eaten in London in 2013. | Cells are grown in a nutrient broth inside steel vessels called bioreactors.
Lighthouses and the End of the Keeper | history | the lighthouse keeper | keepers and their families | the coasts of Britain and Ireland | the twentieth century | isolation on rock stations; the cost of staffing; automatic lamps and remote monitoring | automation removed a way of life but made the lights themselves more reliable | automation was a cost-cutting exercise that made the coast less safe | The last keepers in England and Wales left their lighthouse in 1998. | Rock lighthouses were often staffed by three keepers working in turns.
The Grey Squirrel Problem | biology | the grey squirrel | foresters and conservationists | British woodland | the twentieth century | competition with red squirrels; damage to young trees; the squirrelpox virus | the spread of the grey squirrel shows how a single introduction can reshape a whole woodland | the grey squirrel is now part of British wildlife and should be left alone | Grey squirrels were brought to Britain from North America in the nineteenth century. | Squirrelpox kills red squirrels but rarely harms the greys that carry it.
Fog and the Victorian City | geography | the London fog | Londoners | Victorian and Edwardian London | the 1880s | coal fires in every house; the river valley's still air; the slow pace of reform | the London fog was a man-made disaster that the city chose to tolerate | fog was a natural feature of the Thames valley that smoke only thickened | Novelists of the period often used fog to stand for confusion and moral blindness. | A severe smog in December 1952 led to the Clean Air Act of 1956.
Self-Checkout Machines and Shop Work | economics | the self-checkout | supermarket staff | large supermarkets | the 2010s | the cost of wages; shoplifting losses; customers who dislike machines | the self-checkout shifts work onto customers rather than removing it | self-checkouts are simple labour-saving technology like any other | One member of staff can supervise several self-checkout machines at once. | Some supermarkets have removed machines after rising losses from theft.
The Gothic Cathedral as Engineering | art history | the Gothic cathedral | master masons | northern France and England | the twelfth and thirteenth centuries | the pointed arch; flying buttresses; the demand for light | the Gothic cathedral was as much an engineering experiment as a work of faith | Gothic builders followed a style rather than solving structural problems | Flying buttresses carry the outward thrust of the vault away from the walls. | Several cathedral vaults collapsed during or soon after building.
Tipping and Fair Pay | economics | tipping | restaurant workers | the United States and Britain | the twentieth century | low base wages; the customer's judgement of service; how tips are shared | tipping moves the responsibility for fair pay from employers to customers | tipping rewards good service and keeps standards high | In many American states tipped workers may be paid a lower minimum wage. | A law in England now requires employers to pass on tips to staff in full.
Mobile Phones in the Classroom | education | the classroom phone ban | teachers and parents | secondary schools | the 2010s | distraction during lessons; online bullying; the use of phones as learning tools | a phone ban helps most where it is part of a wider policy on attention | banning phones removes a useful tool and teaches pupils nothing | Several countries have introduced national guidance limiting phones in schools. | Many schools ask pupils to keep phones switched off in lockers or pouches.
Jellyfish Blooms and Warming Seas | biology | the jellyfish bloom | fishermen and marine biologists | the Mediterranean and the North Sea | the 1990s | warmer water; overfishing of predators; coastal building that offers new surfaces | jellyfish blooms are a symptom of seas that have been changed by people | jellyfish numbers rise and fall naturally and we simply notice them more | Some jellyfish can survive for long periods as tiny polyps attached to hard surfaces. | Blooms have blocked the cooling water intakes of coastal power stations.
Urban Heat Islands | geography | the urban heat island | city planners | large cities in temperate climates | the late twentieth century | dark roofs and roads; the loss of trees; waste heat from traffic and buildings | the heat island is the part of climate change that cities can most easily reduce | city heat is a minor effect compared with global warming | City centres can be several degrees warmer than the countryside on still nights. | Trees cool streets both by shade and by releasing water vapour.
The Myth of the Blitz Spirit | history | the Blitz spirit | Londoners and government officials | British cities | 1940 and 1941 | propaganda and censorship; crime and looting; the experience of shelterers | the Blitz spirit was real but also partly manufactured | the people of Britain's cities simply showed unbroken courage | Thousands of Londoners sheltered in Underground stations during the raids. | Reports on public morale were gathered for the government by observers.
Subtitles and Film Audiences | media studies | subtitled film | cinema audiences | Britain and the United States | the 2010s | streaming services; habits of watching on phones; the quality of translation | subtitles have become normal because viewers now watch alone and on small screens | most viewers still avoid foreign-language films because of subtitles | Many viewers now switch subtitles on even for films in their own language. | A South Korean film won the Academy Award for Best Picture in 2020.
Why Board Games Came Back | sociology | the board game revival | players and designers | cafes and homes in Europe and North America | the 2000s | a wish to meet face to face; crowdfunding; new designs from Germany | board games returned because people wanted shared time away from screens | the revival is a niche hobby that the media has exaggerated | Board game cafes charge a cover fee and lend games from a library on the wall. | Crowdfunding has let small designers publish games that shops would not stock.
Opt-Out Organ Donation | philosophy | opt-out organ donation | patients and families | Wales, Spain and England | the 2010s | the meaning of consent; the role of the family; the supply of organs | presumed consent is justified only if families are still listened to | treating silence as consent takes away a person's right to decide | Wales moved to an opt-out system for organ donation in 2015. | Spain has one of the highest donation rates in the world.
Desire Lines and the Planned City | geography | the desire line | pedestrians and park managers | parks and campuses | the twentieth century | the shortest route; the cost of paths; the wish to control movement | desire lines show where planners have failed to listen to the people who walk | desire lines are damage that tidy design should prevent | A desire line is the worn track across grass where people walk instead of using the path. | Some campuses have waited to see where people walk before laying new paths.
Island Ferries and Lifeline Services | geography | the island ferry | islanders | the Hebrides and the Norwegian coast | the 1970s | ageing vessels; the cost of fares; tourist traffic in summer | a reliable ferry matters more to an island than any other public service | island ferries should pay their way like any other transport | Many small islands have no doctor and rely on the ferry to reach hospital. | Road equivalent tariff set some ferry fares close to the cost of driving the same distance.
Debt and Prison in Little Dorrit | English literature | the debtors' prison in Little Dorrit | readers | Dickens's London | the 1820s and 1850s | the Marshalsea; William Dorrit's pride; the Circumlocution Office | the novel treats the whole of society as a kind of prison | the Marshalsea is simply a realistic setting drawn from Dickens's childhood | Dickens's own father was held in the Marshalsea for debt when Dickens was a boy. | Amy Dorrit is born inside the prison walls.
Sleep and Guilt in Macbeth | English literature | sleep in Macbeth | audiences and critics | Shakespeare's Scotland | the early 1600s | the murder of Duncan; Lady Macbeth's sleepwalking; the loss of peace | sleep is the play's clearest measure of innocence lost | sleep is a minor image among many in the play | Macbeth hears a voice cry that he has murdered sleep. | Lady Macbeth walks and talks in her sleep late in the play.
Sugar Taxes and Soft Drinks | economics | the sugar tax | drinks makers and health campaigners | the United Kingdom and Mexico | the 2010s | changes to recipes; prices in shops; the habits of heavy drinkers | the sugar tax worked mainly by changing what manufacturers made | sugar taxes punish poorer households without changing what they eat | A tiered levy on sugary drinks began in the United Kingdom in 2018. | Many brands cut the sugar in their drinks before the levy started.
Dialect in the Playground | English language | regional dialect among children | children and teachers | cities in northern England | the 2000s | the influence of television; teachers' correction; friendship groups | children keep their dialect when it marks who they belong with | regional dialects are dying out under the pressure of standard English | Some dialect words survive among children even when their parents rarely use them. | Researchers record how speech changes by asking children to describe pictures.
Emoji as Punctuation | English language | the emoji | young writers | text messages and social media | the 2010s | tone in written messages; politeness; differences between generations | emoji work more like punctuation than like words | emoji are a decline in the standard of written language | Emoji were first designed for Japanese mobile phones in the late 1990s. | A single emoji at the end of a message can change how friendly it seems.
How the Weekend Was Invented | history | the weekend | factory workers and employers | industrial Britain | the nineteenth century | Saint Monday; the Saturday half-holiday; the rise of organised sport | the weekend was won by workers but shaped by employers | the weekend was a gift from reforming employers | Workers who took Monday off unofficially were said to be keeping Saint Monday. | Football matches on Saturday afternoons grew with the half-holiday.
Kelp Farming | environmental science | seaweed farming | coastal farmers | the coasts of Maine, Norway and South Korea | the 2010s | the uptake of carbon and nutrients; markets for food and fertiliser; storms and licensing | kelp farming is worth doing for the water it cleans even if the carbon gains are modest | kelp farming is a climate fashion that cannot grow large enough to matter | Kelp can grow by many centimetres in a single day. | Seaweed farms need no fresh water, feed or fertiliser.
Nuclear Power After Fukushima | politics | nuclear power | governments and voters | Japan and Germany | 2011 | the memory of accidents; the cost of new plants; the need to cut carbon | the reaction to Fukushima was driven more by fear than by the evidence of harm | closing nuclear plants was a sensible response to an unmanageable risk | Germany decided to close all its nuclear plants after the Fukushima accident. | Many of those who died after the disaster died during the evacuation itself.
Jury Service and Public Trust | law | the jury | jurors and judges | English criminal courts | the twentieth century | the randomness of selection; complex fraud trials; research on the internet | the jury matters more as a check on power than as a way of finding facts | juries are an unreliable way to decide complex cases | Jurors in England may not research their case online. | Jury members are chosen at random from the electoral register.
Body Cameras for Police | law | the body-worn camera | police officers and the public | forces in Britain and the United States | the 2010s | evidence in court; the behaviour of officers; the privacy of bystanders | body cameras help most when officers cannot choose when to switch them off | body cameras are an expensive tool that changes little | Many forces now issue cameras to officers on patrol. | Footage must be stored securely and deleted after a set period.
The Placebo Effect | psychology | the placebo effect | doctors and patients | clinical trials | the twentieth century | expectation; the ritual of treatment; the ethics of deception | the placebo effect shows how much care itself can heal | the placebo effect is a statistical trick with no real effect | Some patients report feeling better even when told they are taking a placebo. | Drug trials compare a new medicine with a dummy treatment.
Birth Order and Personality | psychology | birth order | psychologists and parents | families in Europe and America | the twentieth century | parental attention; rivalry between siblings; the size of the family | birth order has far less effect on personality than popular belief suggests | first-born children are plainly more responsible than their siblings | Large studies have found only very small differences between first-born and later children. | Popular books on birth order have sold widely for decades.
Classroom Walls and Attention | psychology | the decorated classroom | teachers | primary schools | the 2010s | the amount of display; the age of the pupils; what displays are for | busy walls distract young pupils more than teachers realise | colourful displays make classrooms welcoming and help learning | One laboratory study found children learned more in a bare room than a busy one. | Many teachers spend hours each term putting up displays.
The Motorway Service Station | sociology | the motorway service station | drivers and travellers | Britain's motorways | the 1960s | the captive market; the design of the buildings; the long-distance lorry driver | the service station is one of the few places where every kind of traveller meets | service stations are placeless spaces of no interest | The first motorway service station opened on the M1 in 1959. | Some early service stations had restaurants with views over the traffic.
Roman Roads and Later Towns | history | the Roman road | travellers and settlers | Roman Britain | the first to fourth centuries | military planning; river crossings; the survival of routes after Rome | Roman roads shaped where English towns grew long after the Romans left | later towns grew for their own reasons and the roads were incidental | Many Roman roads run in long straight lines between high points. | Several modern main roads still follow Roman routes.
Medieval Pilgrimage as Tourism | history | the medieval pilgrimage | pilgrims | Canterbury, Santiago and Rome | the twelfth to fifteenth centuries | souvenirs and badges; inns along the routes; the promise of healing | medieval pilgrimage was an early form of tourism as well as an act of faith | pilgrimage was a purely religious act that modern comparisons cheapen | Pilgrims bought small metal badges to show where they had been. | Chaucer's Canterbury Tales follows a group of pilgrims on the road.
The Rise of the Charity Shop | economics | the charity shop | volunteers and shoppers | British high streets | the 1990s | empty shop units; the supply of donated goods; business rate relief | charity shops fill gaps that the high street would otherwise leave empty | charity shops hollow out high streets by undercutting real businesses | Charity shops in England receive relief on their business rates. | Most charity shop staff are unpaid volunteers.
Beach Huts and Property Prices | economics | the beach hut | owners and councils | the south coast of England | the 2000s | scarcity of sites; rules against sleeping overnight; rising demand | the price of beach huts shows how scarcity can turn a shed into an asset | beach hut prices are a harmless seaside curiosity | Some beach huts have sold for more than a small flat. | Most councils forbid owners from sleeping in their huts.
Urban Foxes | biology | the urban fox | residents and ecologists | British cities | the 1930s | food left by people; gardens and railway banks; disease | urban foxes are a success story that tells us how cities work for wildlife | urban foxes are pests that should be controlled | Foxes are thought to have moved into suburbs as they spread in the 1930s. | Mange can spread quickly through a city's fox population.
Alpine Glaciers in Retreat | geography | glacier retreat | mountain villagers and scientists | the European Alps | the twentieth century | rising summer temperatures; water supply in the valleys; tourism on the ice | the retreat of Alpine glaciers is the most visible evidence of warming in Europe | glaciers have always advanced and retreated and the present loss is no exception | Some Alpine ski resorts cover parts of their glaciers with sheets in summer. | Old photographs show how far many glaciers have shrunk.
The Marshall Plan | history | the Marshall Plan | European governments | Western Europe | 1948 to 1952 | aid for food and machinery; the politics of the Cold War; European cooperation | the Marshall Plan mattered more for the cooperation it demanded than for the money itself | the Marshall Plan rebuilt Europe almost on its own | The plan was named after the American Secretary of State George Marshall. | Countries receiving aid had to plan its use together.
Rationing and the Wartime Diet | history | food rationing | housewives and the Ministry of Food | Britain | 1940 to 1954 | points and coupons; the Dig for Victory campaign; the black market | rationing improved the diet of the poorest even as it narrowed everyone's meals | rationing was a hardship remembered kindly only through nostalgia | Rationing in Britain did not fully end until 1954. | Recipes for carrot cake and other substitutes were widely published.
Women's Football in the 1920s | history | women's football | factory teams | British towns | the 1920s | munitions works; charity matches; the ban by the Football Association | women's football was stopped because it was popular, not because it failed | the women's game was a wartime novelty that faded naturally | A match on Boxing Day 1920 drew a crowd of more than fifty thousand. | The Football Association banned women's teams from its grounds in 1921.
Why Esperanto Never Caught On | English language | Esperanto | language enthusiasts | Europe | the twentieth century | the ease of learning; political suspicion; the spread of English | Esperanto failed because languages spread with power, not with logic | Esperanto was simply too artificial to ever succeed | Esperanto was published by Ludwik Zamenhof in 1887. | A small number of children have grown up speaking it at home.
The Vinyl Revival | media studies | the vinyl record | music buyers | Britain and the United States | the 2010s | the record as an object; record shop days; the limits of streaming | vinyl has returned as something to own rather than something to listen to | the vinyl revival is a passing fashion driven by marketing | Vinyl sales in Britain have risen every year for much of the last decade. | Some buyers of records do not own a record player.
Reality Television and Fame | media studies | reality television | contestants and viewers | British and American television | the 2000s | the casting of ordinary people; editing; the aftercare of contestants | reality television made fame seem available while making it less secure | reality shows simply give the public what it wants to watch | Early reality shows built their appeal on filming ordinary people around the clock. | Broadcasters now publish aftercare rules for contestants.
Tattoos and the Workplace | sociology | the visible tattoo | employers and job seekers | offices and shops | the 2000s | dress codes; changing attitudes among the young; customer expectations | rules against tattoos now say more about employers than about the people they judge | employers are right to ask staff to look conventional | Many large employers have relaxed their rules on visible tattoos. | Surveys suggest around a quarter of younger adults have at least one tattoo.
Working From Home and the City Centre | economics | working from home | office workers and city businesses | British city centres | 2020 | fewer commuters; empty offices; the rise of suburban high streets | remote work has moved spending out of city centres rather than removing it | city centres will recover fully once habits return to normal | Many offices now expect staff in on only a few days a week. | Sandwich shops near offices were among the first businesses to feel the change.
The Open-Plan Office | psychology | the open-plan office | office workers | offices in Europe and North America | the 1960s | noise and interruption; the wish to encourage teamwork; the cost of space | open-plan offices save money more reliably than they improve collaboration | open-plan offices break down barriers and help people work together | Some studies found that face-to-face conversation fell after moves to open-plan space. | Many open-plan offices now add quiet rooms and booths.
Pets in Care Homes | psychology | animals in care homes | residents and care staff | care homes in Britain | the 1990s | loneliness; hygiene rules; the work of looking after animals | a resident animal does more for wellbeing than occasional visits | animals in care homes bring more risk and work than benefit | Some care homes keep a resident cat or dog. | Charities arrange visits from trained dogs to hospitals and care homes.
Hospital Food and Recovery | biology | hospital food | patients and nurses | National Health Service hospitals | the 2000s | cost per meal; protected mealtimes; the needs of older patients | hospital food is part of treatment and should be judged as such | hospital food is a hotel service that matters little to recovery | Protected mealtimes stop ward rounds from interrupting meals. | Many older patients leave hospital weaker because they have eaten too little.
Should Every Child Learn to Swim? | education | school swimming lessons | pupils and teachers | primary schools | the 1990s | the cost of pool time; children who cannot swim at eleven; water safety | swimming lessons are a safety duty, not an optional extra | swimming is a private skill best left to families | Swimming is part of the national curriculum for primary schools in England. | Many children leave primary school unable to swim a short distance.
Single-Sex Schools | education | the single-sex school | parents and pupils | Britain and Australia | the late twentieth century | subject choice; confidence in class; the social effects of separation | single-sex schooling matters less than the quality of teaching | girls and boys learn better when taught apart | Some studies find girls in single-sex schools more likely to take physics. | The number of single-sex state schools has fallen over recent decades.
Latin in State Schools | education | teaching Latin | teachers and pupils | state schools in England | the 2010s | grammar and vocabulary; the subject's reputation; the shortage of teachers | Latin is worth teaching for the habits of reading it builds | Latin is an elite subject with no place in a modern curriculum | Many English words have Latin roots. | Few state schools now offer Latin as an exam subject.
Florence Nightingale's Statistics | history | Nightingale's use of statistics | nurses and army doctors | the Crimean War | the 1850s | the hospital at Scutari; the rose diagram; the reform of army medicine | Nightingale's lasting achievement was statistical rather than nursing | Nightingale is remembered rightly as a caring nurse rather than a reformer | Nightingale drew diagrams showing that most soldiers died of disease rather than wounds. | She was the first woman elected to the Royal Statistical Society.
The Great Stink and London's Sewers | history | London's sewer system | engineers and members of parliament | Victorian London | 1858 | cholera; the smell of the river; Bazalgette's plans | the sewers were built to stop a smell but ended up saving lives | the sewers were a planned response to the science of cholera | In the hot summer of 1858 the smell from the Thames reached the Houses of Parliament. | Bazalgette built his sewers wider than needed to allow for growth.
Reservoirs and Drowned Villages | geography | the valley reservoir | villagers and water boards | Wales and the north of England | the 1950s and 1960s | the thirst of growing cities; compensation; the loss of community | drowned villages show how the needs of cities overruled rural people | reservoirs were a fair price for clean water for millions | The village of Capel Celyn was flooded to make a reservoir for Liverpool in the 1960s. | In dry summers the ruins of some drowned villages reappear.
Airport Expansion | politics | airport expansion | residents and airlines | south-east England | the 2000s | noise; jobs and trade; carbon emissions | airport expansion cannot be squared with climate targets without limits on flying | more runways are needed to keep the country connected | Plans for a third runway at Heathrow have been debated for decades. | Night flights are restricted at several major airports.
Votes at Sixteen | politics | votes at sixteen | young people and politicians | Scotland and Austria | the 2010s | political education; turnout; the age of other rights | votes at sixteen work best when they come with citizenship teaching | sixteen-year-olds are too young to vote wisely | Sixteen-year-olds could vote in the Scottish independence referendum of 2014. | Austria lowered its voting age to sixteen in 2007.
Citizens' Assemblies | politics | the citizens' assembly | randomly chosen citizens | Ireland and France | the 2010s | random selection; expert evidence; what happens to the recommendations | citizens' assemblies work when governments promise in advance to respond | assemblies of ordinary people cannot deal with complex policy | An Irish citizens' assembly discussed abortion before the 2018 referendum. | Members are chosen by lot to reflect the population.
Tool Use in Crows | biology | tool use by crows | crows and researchers | New Caledonia and laboratories in Britain | the 1990s | the shaping of hooks; learning from others; problem-solving tests | crows show that complex tool use does not need a primate brain | crow behaviour can be explained by simple trial and error | New Caledonian crows shape twigs and leaves into hooks. | In tests crows have solved puzzles that need several steps.
The Decline of the House Sparrow | biology | the house sparrow | birdwatchers and scientists | British towns and cities | the 1970s | the loss of nesting holes; fewer insects for chicks; tidier gardens | the house sparrow declined because towns stopped providing what it needs | sparrow numbers go up and down and the fall is nothing unusual | House sparrows nest in holes in roofs and walls. | Sparrow chicks need insects rather than seeds in their first days.
Noise and Young People's Hearing | biology | noise-induced hearing loss | teenagers and audiologists | Europe and North America | the 2000s | personal music players; concerts and clubs; the lack of warning signs | hearing damage from loud music is preventable but rarely taken seriously | worries about young people's hearing are exaggerated | Damage to the hair cells of the inner ear cannot be repaired. | Many phones can warn users when their volume has been high for long periods.
Is It Wrong to Lie to Children? | philosophy | lying to children | parents | families across the world | the present day | comforting lies; stories such as Father Christmas; the trust between parent and child | small lies to children are defensible only when the truth is later told | lying to children is always wrong because it damages trust | Many parents tell children a shop will not sell them sweets today. | Most children stop believing in Father Christmas by about eight.
Free Will and Punishment | philosophy | punishment without free will | philosophers and judges | modern criminal law | the twentieth century | the findings of neuroscience; the idea of desert; the protection of the public | punishment can be justified even if free will is doubted | without free will no one can deserve punishment | Criminal law usually requires both a guilty act and a guilty mind. | Some experiments suggest the brain prepares actions before we feel we have chosen them.
Returning Museum Objects | art history | the return of museum objects | museums and claimant nations | British and French museums | the 2010s | how objects were acquired; the law governing collections; care and access | objects taken by force should be returned whatever the law now says | great museums should keep their collections together for everyone | Some bronzes taken from Benin in 1897 have been returned to Nigeria. | Some national museums in Britain are barred by law from giving up objects.
Photography and Truth in War | media studies | war photography | photographers and newspaper editors | conflicts since the Crimean War | the twentieth century | staged pictures; censorship; the limits of what can be shown | war photographs are truthful in what they show but partial in what they leave out | photographs simply record war as it is | Some early war photographs are thought to have been arranged before they were taken. | Editors often decide which images are too shocking to print.
Stained Glass and Medieval Readers | art history | medieval stained glass | churchgoers | English and French churches | the twelfth to fifteenth centuries | the telling of stories in pictures; the cost of glass; the patrons who paid | stained glass was designed to impress as much as to instruct | stained glass was the Bible of the poor, a picture book for those who could not read | Donors were sometimes shown kneeling in the windows they paid for. | Much medieval glass in England was smashed during the Reformation.
Childhood in Great Expectations | English literature | childhood in Great Expectations | readers | Dickens's Kent and London | the early nineteenth century | Pip's guilt; the marshes; Miss Havisham's influence on Estella | the novel shows childhood fears shaping a whole adult life | the childhood chapters are a vivid opening with little bearing on the rest | The novel opens with Pip meeting a convict among the graves. | Miss Havisham stopped all the clocks at the moment she was jilted.
Landscape in Tess of the d'Urbervilles | English literature | landscape in Tess of the d'Urbervilles | readers and critics | Hardy's Wessex | the 1890s | the fertile valley; the barren upland farm; Stonehenge | Hardy's landscapes carry the moral weight of the novel | the landscapes are beautiful scenery that the plot merely passes through | Tess works at a dairy in a rich valley and later on a bleak upland farm. | The novel ends with Tess arrested at Stonehenge.
The Chorus in Greek Tragedy | classics | the tragic chorus | Athenian audiences | Athens | the fifth century BC | song and dance; the voice of the community; the chorus's limited power | the chorus gave the audience a way to think about the action as a community | the chorus was an old-fashioned feature that playwrights gradually cut back | The chorus sang and danced in the circular orchestra in front of the stage. | Later tragedies gave the chorus a smaller share of the lines.
Wild Swimming and River Quality | environmental science | wild swimming | swimmers and water companies | English rivers | the 2010s | sewage overflows; farm run-off; bathing water status | wild swimmers have done more to expose river pollution than official monitoring | swimmers are a small group whose demands cannot drive policy | Sewage can be released into rivers after heavy rain through storm overflows. | A stretch of river can be given bathing water status after a public application.
Peat-Free Compost | environmental science | peat-free compost | gardeners and growers | British garden centres | the 2000s | the carbon stored in bogs; the performance of alternatives; price | ending peat in compost is a small change with a large effect on stored carbon | gardeners should be free to use what works best for their plants | Peat bogs store large amounts of carbon built up over thousands of years. | Peat-free composts are often made from bark, wood fibre and green waste.
The Public Drinking Fountain | history | the public drinking fountain | temperance reformers and town councils | Victorian cities | the 1850s and 1860s | dirty water from private pumps; the temperance movement; the return of free water in the age of plastic bottles | the drinking fountain was a moral project as much as a health measure | drinking fountains were simple public health works with no deeper message | The first free public drinking fountain in London opened in 1859 beside a churchyard. | Many Victorian fountains carry carved messages urging passers-by to avoid strong drink.
Mapping the London Underground | art history | the Underground diagram | passengers and designers | London | the 1930s | the straight lines and angles; the loss of true distance; copies around the world | the diagram succeeded because it showed connections rather than places | the diagram misleads passengers about the real city | The diagram was designed by Harry Beck, an engineering draughtsman. | Some stations are quicker to walk between than the map suggests.
Ghost Signs on Old Walls | art history | the painted ghost sign | sign writers and local historians | British and American towns | the early twentieth century | lead paint that lasted; the decline of hand lettering; efforts to preserve them | ghost signs are worth keeping as a record of ordinary commerce | old adverts are faded clutter that should be painted over | Ghost signs are faded painted adverts on the sides of buildings. | Sign writers often painted directly onto brick from ladders or platforms.
"""

RESEARCHERS = ["Aldred", "Benbow", "Chaudhry", "Delacroix", "Eastwood", "Fitzgerald", "Grimshaw", "Hartigan", "Iwasaki",
               "Jarrold", "Kettering", "Lamont", "Mbatha", "Norcross", "Oduya", "Pemberton", "Quintero", "Ridley",
               "Sandoval", "Thackray", "Ustinov", "Waddell", "Yardley", "Zielinski"]

HOOK = [
    "Most of us meet {x} without ever stopping to think about it.",
    "At first sight {x} seems too ordinary to deserve an essay of its own.",
    "Arguments about {x} have a habit of flaring up, dying down and flaring up again.",
    "{X} has been praised, blamed and misunderstood in roughly equal measure.",
    "It is surprisingly hard to find a neutral account of {x}.",
    "Say the words '{x}' to {people} and you will rarely get a short answer.",
    "The story of {x} is usually told as a simple one, which is the first reason to distrust it.",
    "Anyone who looks closely at {x} soon finds that the obvious explanations do not quite fit.",
    "For something so often taken for granted, {x} raises some awkward questions.",
    "{X} sits at the point where private habits meet public decisions.",
    "Much of what is said about {x} is said with confidence and very little evidence.",
    "There are two common ways of talking about {x}, and both of them leave something out.",
]
FRAME = [
    "The setting for most of what follows is {setting}, although the argument reaches further.",
    "The topic deserves attention because the people most affected, {people}, are rarely the ones asked.",
    "Part of the problem is that the same evidence is read in opposite ways by different camps.",
    "Popular accounts tend to flatten a history that was untidy and contested.",
    "It is also a topic where the details matter far more than the slogans.",
    "This is not a new debate, but it has taken new forms.",
]
ASK = [
    "The question this essay sets out to answer is a plain one: {question}",
    "That leaves an obvious question: {question}",
    "So the question is worth asking directly: {question}",
    "Put simply, the question is this: {question}",
]
THESIS = [
    "I shall argue that {thesis}.",
    "The answer offered here is that {thesis}.",
    "This essay makes the case that {thesis}.",
    "My own view, set out below, is that {thesis}.",
    "Having weighed {s1}, {s2} and {s3}, I conclude that {thesis}.",
    "The evidence, I think, shows that {thesis}.",
    "What follows is an argument that {thesis}.",
    "In brief, {thesis}; the rest of this essay explains why.",
]
QUESTIONS = ["why has {x} attracted so much argument?", "who gains from {x}, and who pays for it?",
             "what does {x} reveal about the choices made by {people}?", "how far do the usual explanations of {x} hold up?"]
BACKGROUND = [
    "Some history is needed first.",
    "The starting point is {period}.",
    "The arrangements of {period} now seem strange, but they made sense at the time.",
    "Before {period}, few people would have thought of {x} as a problem at all.",
    "Change came slowly, then suddenly, as it often does.",
    "The surviving sources are uneven, and most were written by people who stood to gain or lose.",
    "{Researcher} calls this period a hinge, and the description is a fair one.",
    "Local evidence from {setting} fills in much of the detail.",
    "What matters most is not the exact sequence of events but the direction they took.",
    "It would be wrong to picture a calm age before the arguments began.",
    "By the close of the period, the old habits had mostly disappeared from view.",
]
STRAND_OPEN = [
    "The first thing to look at is {s}.",
    "{S} is where much of the argument starts.",
    "Turning now to {s}, the picture becomes more complicated.",
    "Less often discussed, but just as important, is {s}.",
    "{S} deserves a closer look than it usually gets.",
    "A second strand of the story concerns {s}.",
    "Perhaps the most revealing part of the story is {s}.",
    "Any serious account must also deal with {s}.",
    "We should now consider {s}.",
    "The role of {s} is easily underestimated.",
]
STRAND_DEV = [
    "For {people}, {s} is a matter of daily experience rather than theory.",
    "Its effects have not fallen evenly; some groups have felt them far more than others.",
    "In {setting} the effects of {s} turned out rather differently from what was expected.",
    "The trouble is that {s} interacts with almost everything else in the picture.",
    "Those who wave {s} away as a detail tend not to have looked at the figures.",
    "Because its effects build up slowly, {s} is easy to miss in any single year.",
    "It seems likely that {s} matters more now than it did in {period}.",
    "Defenders of the present arrangements admit privately that {s} is their weakest point.",
    "It is also the part of the problem that {people} can do least about on their own.",
    "The connection between {s} and {x} is indirect, but it keeps turning up.",
    "Up close, {s} looks less like a policy question and more like a set of small frustrations.",
    "Where {s} has been tackled directly, the results have mostly been good.",
    "Older writing on the subject hardly mentions {s}, which says something about its authors.",
    "The same pattern appears, with local differences, wherever anyone has looked.",
    "It is often the people nearest to {s} who saw it coming first.",
    "One has to ask whose interests are served by leaving {s} out of the account.",
]
PROOF = [
    "A study by {Researcher} ({year}) found that {s} accounted for more of the difference between cases than any other factor.",
    "When {Researcher} surveyed {people} in {year}, about {pct} per cent named {s} as a serious concern.",
    "{Researcher}, writing in {year}, found the pattern strongest in smaller places.",
    "Work by {Researcher} ({year}) reaches a similar conclusion, though more cautiously.",
    "Figures collected in {year} point to a change of roughly {pct} per cent within ten years.",
    "A regional study published in {year} looked at {num} cases and found the same thing in nearly all of them.",
    "{Researcher} admits that the records are patchy, but notes that they all lean the same way.",
    "In {Researcher}'s view, this is the most neglected part of the whole subject.",
]
CASE = [
    "One example shows this clearly: in {setting}, {people} were coping with {s} long before officials took notice.",
    "{Researcher} describes a case in which a group of {people} had to change course entirely because of {s}.",
    "Similar stories could be collected from almost anywhere in {setting}.",
    "Examples are easy to find; counter-examples are not.",
    "Newspaper letters from the period keep returning to the point, often with real anger.",
    "In interviews, {people} tend to raise this without being asked.",
    "Even a brief look at the records produces one case after another.",
]
STRAND_CLOSE = [
    "All of this supports the view that {thesis}.",
    "This does not settle the matter, but it moves the burden of proof.",
    "It follows that {s} cannot be separated from the larger picture.",
    "Seen this way, {s} goes a long way towards explaining why {thesis}.",
    "Small as it seems, this is the kind of detail on which arguments about {x} turn.",
    "This point will matter again when we come to the objections.",
    "Whatever the final verdict, {s} has to be part of it.",
]
Q_LEAD = [
    "{Researcher}, discussing {setting}, states the problem with unusual bluntness:",
    "One of the {people} who spoke to a local oral history project put it this way:",
    "The point was made forcefully in a public talk on {x} in {year}:",
    "A passage in {Researcher}'s work catches the tension around {s}:",
    "On {s}, {Researcher} is worth quoting in full:",
]
Q_TEXT = [
    "People speak of {x} as though it were one thing. It has always been a compromise, and compromises can be reopened.",
    "No one decided any of this. It happened a little at a time, and by the time anyone measured {s}, the change was complete.",
    "Look for a single cause and you will be disappointed. In {setting} there were always several, and they pulled against each other.",
    "If you want to understand {x}, put down the official reports and listen to {people}. They worked it out long ago.",
    "Each generation believes it discovered {s}. Each is mistaken about that, and right to be worried.",
    "From far away, {x} looks like a decline. From close by, it looks like people making the best of things.",
]
Q_REACT = [
    "The remark is meant to provoke, but its central point survives scrutiny.",
    "It may go too far, yet it names something the official record passes over.",
    "It deserves attention, not least because the speaker had nothing to gain from saying it.",
    "Not everyone would accept it, and the evidence is thinner than the tone suggests.",
]
Q_REACT_2 = [
    "Anyone who knows {people} will recognise the picture.",
    "It also suggests that {s} was noticed well before the official sources admit.",
    "Whether it holds beyond {setting} is a separate question.",
    "Here its value lies in what it says about {s}.",
    "At the least, it corrects the neater versions of the story of {x}.",
]
L_LEAD = [
    "Several practical lessons about {x} follow from the evidence so far:",
    "What seems to help most with {x} can be put in a short list:",
    "Where {people} have got this right, the same features keep appearing:",
    "Anyone hoping to improve matters in {setting} would need, at the least:",
]
L_ITEM = [
    "tackling {s} first, since the other difficulties follow from it",
    "decisions about {s} that include {people} from the outset",
    "acting early on {s}, which is cheaper than repairing the damage",
    "open, local records of {s}",
    "small trials of any change to {s} before it is applied everywhere",
    "a frank account of who gains and who loses from {s}",
]
L_EXTRA = ["clear responsibility for {x}", "budgets for {people} that leave room for surprises",
           "honest reporting of failures in {setting}", "patience, because no change to {x} works within a year"]
COMPARE = [
    "It helps to compare {setting} with places where things went differently.",
    "Elsewhere, similar pressures on {x} produced quite different results.",
    "Where {people} had more say, the changes were slower but lasted longer.",
    "The comparison is not exact, since no two places came to {s2} from the same starting point.",
    "Still, the contrast is instructive, and writers on {x} seldom make it.",
    "It suggests that what happened to {x} was a matter of choices, not of fate.",
]
RIVAL_OPEN = [
    "The opposite view deserves a fair hearing: it holds that {rival}.",
    "Plenty of people disagree, arguing that {rival}.",
    "The most serious objection is that {rival}.",
    "A sceptical reader might reply that {rival}.",
    "There is, to be fair, a respectable case for believing that {rival}.",
]
RIVAL_DEV = [
    "This view is common, especially among older {people}.",
    "It is a serious position, held by people who know the subject well.",
    "{Researcher2} ({year2}) puts this case with some force.",
    "At its best, the objection is a reminder that every change has a price.",
]
REPLY = [
    "But the record from {setting} fits this view poorly.",
    "The difficulty is that it explains the past better than the present.",
    "Even if it were correct, it would leave {s2} unexplained.",
    "Looked at closely, the argument rests on assumptions that are hard to defend.",
    "It treats {x} as fixed, when the record shows constant change.",
    "On its own terms, then, the objection is weaker than it first seems.",
]
END_OPEN = [
    "To conclude, {thesis}.",
    "Taken as a whole, the evidence indicates that {thesis}.",
    "None of this means the argument is over.",
    "What can be said with some confidence?",
    "This essay has argued that {thesis}.",
    "Looking back across the evidence, one point stands out.",
    "A tidy verdict would be convenient, but {x} does not allow one.",
]
END_BODY = [
    "{S1}, {s2} and {s3} all play a part, but none of them acts alone.",
    "The claim that {rival} has some force, but it cannot bear the weight put on it.",
    "What is needed is careful attention to detail rather than a grand scheme.",
    "{People} will probably go on arguing about this for years, and that is no bad thing.",
    "Further research could usefully look beyond {setting}.",
    "If there is a lesson, it is that {x} is shaped by ordinary decisions made by ordinary people.",
    "The real question is no longer whether things will change, but who will decide how.",
    "For now, the most useful thing is to look closely and to distrust easy answers.",
]
H_BACK = ["{Setting} in {period}", "The background", "Origins", "A short history", "{Period}: where the story begins",
          "Before {s1}"]
H_STRAND = ["{S}", "{S} in practice", "The matter of {s}", "The limits of {s}", "Thinking about {s}", "Why {s} matters"]
H_COMPARE = ["A comparison", "Elsewhere", "The view from other places"]
H_RIVAL = ["Objections", "The opposing case", "A different view", "What sceptics say", "A reasonable objection",
           "The other side of the argument"]
H_END = ["Conclusion", "In conclusion", "Summing up", "Final reflections", "What remains"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"card{n:02d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2], question=f[11] if len(f) > 11 else None))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """An essay from a card: an opening with a question and a thesis, background, two or three strands, maybe a
    quotation, a list or a comparison, an objection and a conclusion, with or without headings. No sentence pattern
    is used twice in one essay."""
    pools: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        left = pools.setdefault(id(pool), rng.sample(pool, len(pool)))
        return left.pop() if left else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    names = rng.sample(RESEARCHERS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"],
                 Period=cap(card["period"]), s1=s1, s2=s2, s3=s3, S1=cap(s1), thesis=card["thesis"],
                 rival=card["rival"], Researcher=names[0], Researcher2=names[1])

    def fill(t: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1984, 2023), year2=rng.randint(1988, 2023),
                     pct=rng.choice([11, 16, 22, 29, 34, 38, 43, 48, 53, 61]), num=rng.choice([52, 75, 96, 140, 212, 288]))
        return t.format(**slots, **extra)

    def para(*parts) -> tuple[str, str]:
        return ("paragraph", " ".join(parts))

    slots["question"] = card["question"] or cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.6
    blocks: list[tuple] = []
    opening = [fill(pick(HOOK))]
    if rng.random() < 0.55:
        opening.append(fill(pick(FRAME)))
    if rng.random() < 0.5:
        opening.append(fill(pick(ASK)))
    opening.append(fill(pick(THESIS)))
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(pick(H_BACK))))
    back = [fill(pick(BACKGROUND)), card["facts"][0]] + [fill(pick(BACKGROUND)) for _ in range(rng.randint(2, 3))]
    spare = [card["facts"][1]]
    if rng.random() < 0.5:
        back.append(spare.pop())
    blocks.append(para(*back))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.45 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    for i, s in enumerate(strands):
        if headed:
            blocks.append(("heading", fill(pick(H_STRAND), s)))
        body = [fill(pick(STRAND_OPEN), s), fill(pick(STRAND_DEV), s), fill(pick(PROOF), s)]
        if rng.random() < 0.7:
            body.insert(2, fill(pick(STRAND_DEV), s))
        if rng.random() < 0.55:
            body.insert(rng.randint(2, len(body)), fill(pick(CASE), s))
        if spare and i == 1:
            body.insert(1, spare.pop())
        if rng.random() < 0.35 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(pick(STRAND_CLOSE), s)))
        else:
            blocks.append(para(*body, fill(pick(STRAND_CLOSE), s)))
        if quote_at == i:
            blocks.append(para(fill(pick(Q_LEAD), s)))
            blocks.append(("quote", fill(pick(Q_TEXT), s)))
            blocks.append(para(fill(pick(Q_REACT), s), fill(pick(Q_REACT_2), s)))
        if list_at == i:
            blocks.append(para(fill(pick(L_LEAD))))
            items = [cap(fill(pick(L_ITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(L_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.35, items)))
    if rng.random() < 0.3:
        if headed:
            blocks.append(("heading", fill(pick(H_COMPARE))))
        blocks.append(para(*[fill(pick(COMPARE)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(pick(H_RIVAL))))
    rival = [fill(pick(RIVAL_OPEN)), fill(pick(RIVAL_DEV)), fill(pick(REPLY), s2), fill(pick(REPLY), s2)]
    if rng.random() < 0.5:
        rival.insert(2, fill(pick(RIVAL_DEV)))
    blocks.append(para(*rival))
    if headed:
        blocks.append(("heading", fill(pick(H_END))))
    end = [fill(pick(END_OPEN))] + [fill(pick(END_BODY)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.4:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(pick(END_BODY))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Lido Culture and the Outdoor Pool", "The Shipping Forecast as Poetry", "Why Schools Abandoned Handwriting Lessons",
    "Canal Boats as Homes", "The Politics of the School Run", "Tree Preservation Orders and Neighbours",
    "The Great Exhibition of 1851", "Why Cities Paint Bike Lanes Green", "Bus Shelters as Public Art",
    "The Ethics of Restoring Old Films", "Dry Stone Walls and Field Patterns", "The Decline of the Pub Quiz",
    "Hedge Schools in Ireland", "Why Teenagers Keep Diaries", "The Slow Death of the Payphone",
    "Marathon Running and Mass Participation", "Zoos and Seed Banks Compared", "The Return of the Rag-and-Bone Trade",
]
LEVELS = ["Year 11", "Year 12", "Year 13", "A level", "AS level", "College freshman", "First year", "BTEC Level 3"]
GRADES = ["A*", "A", "A-", "B+", "B", "Distinction", "Merit", "8", "7"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets' excerpts


def excerpt(title: str, rng: random.Random, lo: int = 14, hi: int = 26) -> str:
    """The opening words of another essay of the set (as a related widget shows them), without the ellipsis."""
    words = block_text(ESSAYS_BY_TITLE[title]["blocks"][0]).split()
    return " ".join(words[: rng.randint(lo, hi)]).rstrip(",;:.")


def first_paragraph(title: str) -> str:
    return block_text(ESSAYS_BY_TITLE[title]["blocks"][0])


def first_sentence(title: str) -> str:
    text = first_paragraph(title)
    m = re.match(r"(.+?[.?!])(?:\s|$)", text)
    return m.group(1) if m else text


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
        self.post_id = rng.randint(10 ** 17, 10 ** 18 - 1)


SEED = 149  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page | int) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    index = page if isinstance(page, int) else page.index
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """True on exactly `first` of the 18 pages (drawn once per site): where a moving element sits."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, rng: random.Random | None = None, **more) -> str:
    return (rng or p.rng).choice(notes).format(**{"topic": p.topic, "writer": p.author.split()[0], **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


HEADING_PIECE = re.compile(r"^<h[1-6][^>]*>[^<]*</h[1-6]>$")


def put(body: list[str], pos: int, piece: str) -> None:
    """Insert a template piece into the essay at `pos`, but never straight after one of the essay's headings (it
    goes before the heading instead)."""
    while pos > 0 and HEADING_PIECE.match(body[pos - 1]):
        pos -= 1
    body.insert(max(pos, 1), piece)


def us_date(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


# ---- 1. burnside: Weebly blog post of a small essay-writing service ------------------------------------------------

BS_ROOT = "https://www.burnsideessayhelp.com"
ACTIVE = ' id="active"'
BS_SALES = [
    ("Need a {topic} essay by Friday?", "Tell us the question and the deadline. A Burnside writer with a {topic} degree "
     "will send a plan within a day.", "Get a price"),
    ("Stuck on your own essay?", "Our writers have helped more than 3,000 students since 2015. Send us your brief and "
     "we will reply with a quote in under an hour.", "Send my brief"),
    ("Like the way this one reads?", "Every Burnside paper is written from scratch to your own question and checked "
     "by a second editor before it goes out.", "Start an order"),
    ("Writing about {topic} this term?", "Book a 30-minute call with one of our subject writers and leave with an "
     "outline you can work from.", "Book a call"),
    ("Short of time before the deadline?", "Express orders are ready in 24 hours, with free edits for a week after "
     "delivery.", "See express prices"),
    ("Want your essay checked instead?", "Send us your draft and get line-by-line comments on argument, evidence and "
     "style, usually the same day.", "Check my draft"),
]
BS_AUDIO = ["Listen: this sample read aloud by one of our editors", "Audio version - play it while you travel"]
BS_NOTICES = [
    "Holiday hours: we are closed 24-26 December. Orders placed now will be delivered from the 27th.",
    "Our phone line is down for repairs this week. Please use the order form or email us instead.",
    "Exam season: express orders are filling up fast. Book by Thursday to be sure of a writer.",
]
BS_DISCLAIMER = ("Sample only. A Burnside writer produced this paper to show our standard of work. It has already been "
                 "published online, so handing it in would get it flagged. If you want one of your own, order below.")
BS_WRITERS = [("Fiona Laird", "Fiona has an MA in history from St Andrews and has written for Burnside since 2016."),
              ("Callum Reid", "Callum taught English for eight years before joining Burnside as an editor."),
              ("Ngozi Adeyemi", "Ngozi holds a PhD in sociology and looks after our social science orders."),
              ("Tom Bexley", "Tom studied economics at Edinburgh and specialises in essays with data.")]
BS_COMMENTS = [
    "This helped me see how to structure my own counter-argument paragraph. Thank you!",
    "Do you have anything similar on a different period? My question is almost the same.",
    "Ordered after reading this and the paper came back two days early. Very happy.",
    "Is the reference list in Harvard or MLA? My tutor wants Harvard.",
    "Really clear writing. The conclusion is better than the one in my textbook.",
    "Would you do a shorter version of this for a 500 word limit?",
]
BS_SEASONS = {12: ("Winter", 15), 1: ("Winter", 15), 2: ("Winter", 15), 3: ("Spring", 10), 4: ("Spring", 10),
              5: ("Spring", 10), 6: ("Summer", 20), 7: ("Summer", 20), 8: ("Summer", 20), 9: ("Autumn", 12),
              10: ("Autumn", 12), 11: ("Autumn", 12)}
BS_CATEGORIES = ["All", "Art History", "Biology", "Classics", "Economics", "Education", "English Language",
                 "English Literature", "Environmental Science", "Geography", "History", "Law", "Media Studies",
                 "Music", "Philosophy", "Politics", "Psychology", "Sociology"]


def weebly_elements(blocks, rng: random.Random) -> list[str]:
    """The essay as Weebly elements: a title element per heading, and text elements that hold one to three
    paragraphs each, split by <br /><br /> (as pasted into the editor); quotes and lists in their own text element."""
    out, run = [], []

    def flush():
        if run:
            out.append('<div class="paragraph">' + "<br /><br />".join(run) + "</div>")
            run.clear()

    for kind, value in blocks:
        if kind == "heading":
            flush()
            out.append(f'<h2 class="wsite-content-title">{esc(value)}</h2>')
        elif kind == "paragraph":
            run.append(esc(value))
            if len(run) >= rng.choice([1, 2, 2, 3]):
                flush()
        elif kind == "quote":
            flush()
            out.append(f'<div class="paragraph"><blockquote>{esc(value)}</blockquote></div>')
        else:
            flush()
            ordered, items = value
            tag = "ol" if ordered else "ul"
            out.append(f'<div class="paragraph"><{tag}>' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}></div>")
    flush()
    return out


def wbutton(text: str, href: str) -> str:
    return ('<div style="text-align:center;"><div style="height: 10px; overflow: hidden;"></div>'
            f'<a class="wsite-button wsite-button-small wsite-button-highlight" href="{href}">'
            f'<span class="wsite-button-inner">{esc(text)}</span></a><div style="height: 10px; overflow: hidden;"></div></div>')


def burnside(p: Page) -> str:
    rng = p.rng
    site = "burnside"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{BS_ROOT}/free-samples/{s}"
    post_id = str(p.post_id)[:18]
    writer, bio = BS_WRITERS[rng.randrange(len(BS_WRITERS))]
    body = weebly_elements(p.visible(), rng)
    n_essay = len(body)
    if shown_on(site, "sales", 13, p):  # the service's sales box, in the same title + text markup as the essay
        head, text, btn = rng.choice(BS_SALES)
        head, text = head.format(topic=p.topic), text.format(topic=p.topic)
        put(body, spot(n_essay, rng, 2, 6), f'<h2 class="wsite-content-title">{esc(head)}</h2>\n'
                    f'<div class="paragraph">{esc(text)}</div>\n{wbutton(btn, "/order-now.html")}')
        p.clutter += [head, text, btn]
    turn = rank_on(site, "audio", 4, p)
    if turn is not None:  # the audio element, on 4 of 18 pages, two captions in turn
        cap_ = BS_AUDIO[turn % 2]
        secs = rng.randint(150, 330)
        put(body, rng.randint(1, len(body) - 1),
                    f'<div class="wsite-audio-wrap"><div class="wsite-audio-title">{esc(cap_)}</div>'
                    f'<audio controls="controls" preload="none" src="/uploads/1/4/2/7/142790311/{s[:40]}.mp3"></audio>'
                    f'<div class="wsite-audio-duration">{secs // 60}:{secs % 60:02d}</div></div>')
        p.clutter += [cap_]
    tail = []
    if p.cut is not None:
        more = p.rest_words()
        tail.append(f'<div class="paragraph" style="text-align:center;"><strong>End of the free preview.</strong><br />'
                    f'The remaining {fmt_int(more)} words and the reference list come free with any order over $30, or '
                    'email us and ask for the complete sample.</div>')
        tail.append(wbutton("Ask for the full paper", "/contact.html"))
        p.clutter += ["End of the free preview.", f"The remaining {fmt_int(more)} words and the reference list come free "
                      "with any order over $30", "email us and ask for the complete sample", "Ask for the full paper"]
    if p.cut is None and p.refs:
        tail.append('<h2 class="wsite-content-title">Works Cited</h2>')
        tail.append('<div class="paragraph">' + "<br />".join(mk for _, mk in p.refs) + "</div>")
    disclaimer = f'<div class="paragraph"><em>{esc(BS_DISCLAIMER)}</em></div>'
    p.clutter += [BS_DISCLAIMER]
    first = half_and_half(site, "disclaimer", p)
    # the paper details, as a two-column multicol of text elements
    n_sources = len(p.refs) if p.refs else rng.randint(3, 6)
    hours = rng.choice([6, 9, 12, 18, 24, 36, 48])
    left = (f"<strong>Paper type:</strong> Argumentative essay<br /><strong>Subject:</strong> {esc(p.category)}<br />"
            f"<strong>Academic level:</strong> {esc(p.level)}")
    right = (f"<strong>Length:</strong> {fmt_int(p.words)} words, which is {plural(p.pages, 'page')} double-spaced<br />"
             f"<strong>Sources used:</strong> {n_sources}<br /><strong>Turnaround:</strong> {hours} hours")
    details = ('<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0 -15px;">'
               '<table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">'
               f'<td class="wsite-multicol-col" style="width:50%; padding:0 15px;"><div class="paragraph">{left}</div></td>'
               f'<td class="wsite-multicol-col" style="width:50%; padding:0 15px;"><div class="paragraph">{right}</div></td>'
               '</tr></tbody></table></div></div></div>')
    p.clutter += ["Paper type:", "Argumentative essay", "Academic level:", "Sources used:", "Turnaround:",
                  f"{hours} hours", f"{fmt_int(p.words)} words, which is {plural(p.pages, 'page')} double-spaced"]
    # more free samples: three other samples with their opening words
    rel_titles = rng.sample(p.others, 3)
    cols = ""
    for t in rel_titles:
        ex = excerpt(t, rng, 16, 26)
        cols += (f'<td class="wsite-multicol-col" style="width:33.33%; padding:0 15px;"><div class="paragraph">'
                 f'<strong><a href="/free-samples/{slug(t)}">{esc(t)}</a></strong><br />{esc(ex)}...<br />'
                 f'<a href="/free-samples/{slug(t)}">Read the sample &raquo;</a></div></td>')
        p.clutter += [t, ex]
    related = ('<h2 class="wsite-content-title">More free samples</h2>\n<div><div class="wsite-multicol">'
               '<div class="wsite-multicol-table-wrap" style="margin:0 -15px;"><table class="wsite-multicol-table">'
               f'<tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">{cols}</tr></tbody></table></div></div></div>')
    credit = f"Burnside Essay Help ({p.date.year}). {p.title}. Free sample paper. {url}"
    season, pct = BS_SEASONS[p.date.month]
    code = f"{season.upper()}{p.date.year % 100:02d}"
    promo = f"{season} offer: {pct}% off your first order with code {code}"
    p.clutter += ["More free samples", "Read the sample", "If you quote from this sample, please credit it:", credit,
                  "Need something like this by next week?", "Order now", promo, "Burnside Essay Help"]
    ncom = rng.choice([0, 0, 1, 1, 2, 3])
    coms = ""
    for i, text in enumerate(rng.sample(BS_COMMENTS, ncom)):
        who = person(rng)
        when = p.date + timedelta(days=rng.randint(2, 300))
        coms += (f'<div id="{int(post_id) % 10 ** 9 + i}" class="blog-comment"><div class="blog-comment-area">'
                 f'<span class="blog-comment-author">{esc(who)}</span> <span class="blog-comment-date">{us_date(when)}</span>'
                 f'<div class="blog-comment-text">{esc(text)}</div><a class="blog-link blog-comment-reply">Reply</a></div></div>')
        p.clutter += [text, who]
    count_text = f"{ncom} Comment{'' if ncom == 1 else 's'}"
    p.clutter += [count_text, "Leave a Reply.", "Name (required)", "Email (not published)",
                  "Notify me of new comments to this thread", "About the writer", writer, bio,
                  "RSS Feed", "Free samples", "How it works",
                  "3 Tay Street, Perth PH1 5LQ", "Orders answered 8am-10pm, seven days a week",
                  "Create your own unique website with customizable templates.", "Get Started"]
    visitors = 48_000 + (p.date - date(2017, 1, 1)).days * 61 + rng.randint(0, 60)
    counter = f"You are visitor number {fmt_int(visitors)}"
    p.clutter.append(counter)
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:
        notice = f'<div class="site-notice"><div class="container"><div class="paragraph">{esc(BS_NOTICES[turn])}</div></div></div>'
        p.clutter.append(BS_NOTICES[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="wsite-cookie-notice" class="cookie-notice"><span>Burnside keeps a few cookies for the order form '
                  'and our visitor counter. Carry on browsing if that is fine with you.</span> '
                  '<a class="wsite-button" href="#" onclick="hideCookieNotice();return false;"><span class="wsite-button-inner">'
                  'Okay</span></a></div>')
        p.clutter += ["Burnside keeps a few cookies for the order form and our visitor counter",
                      "Carry on browsing if that is fine with you"]
    months = []
    d = date(2024, 6, 1)
    for _ in range(12):
        months.append(f'<a href="/free-samples/archives/{d.month:02d}-{d.year}">{d.strftime("%B")} {d.year}</a><br />')
        d = (d - timedelta(days=1)).replace(day=1)
    cats = "".join(f'<li><a href="/free-samples/category/{slug(c)}">{c}</a></li>' for c in BS_CATEGORIES)
    essay_parts = ([disclaimer] if first else []) + body + ([] if first else [disclaimer])
    menu = "".join(f'<li id="pg{880112340 + i * 7}" class="wsite-menu-item-wrap"><a href="{h}" class="wsite-menu-item"'
                   f'{ACTIVE if t == "Free samples" else ""}>{t}</a></li>'
                   for i, (t, h) in enumerate([("Home", "/"), ("Free samples", "/free-samples.html"), ("Prices", "/prices.html"),
                                               ("How it works", "/how-it-works.html"), ("Reviews", "/reviews.html"),
                                               ("Order now", "/order-now.html")]))
    w = json.dumps({"siteId": "142790311", "userId": 139812345, "pageId": 880112347, "blogId": "880112347",
                    "postId": post_id, "configDomain": "www.weebly.com"}, separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>{esc(p.title)} - Burnside Essay Help</title><meta property="og:site_name" content="Burnside Essay Help" />
<meta property="og:title" content="{html.escape(p.title)}" />
<meta property="og:description" content="{html.escape(excerpt(p.title, random.Random(p.index), 20, 20))}..." />
<meta property="og:image" content="https://www.burnsideessayhelp.com/uploads/1/4/2/7/142790311/published/og-default.png" />
<meta property="og:url" content="{url}" />

<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />

<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712069912" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1712069912" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/social-icons.css?buildtime=1712069912" media="screen,projection" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712070433" title="wsite-theme-css" />
<link href="//fonts.googleapis.com/css?family=Lato:400,300,300italic,700,400italic,700italic&subset=latin,latin-ext" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{BS_ROOT}/1/feed" />
<script>
var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';
</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/en/stl.js?buildTime=1712069912&"></script>
<script src="//cdn2.editmysite.com/js/site/main.js?buildTime=1712069912"></script><script type="text/javascript">
_W = _W || {{}};
_W.securePrefix='www.burnsideessayhelp.com';
_W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/Commerce\\/","actions":{{"Cart":[{{"name":"addProduct","len":2}}]}},"namespace":"_W.Commerce.RPC"}});
_W.site = {w};
</script>
<script type="text/javascript">_W.Blog.initComments("{post_id}", "blog-post-{post_id}");</script>
</head>
<body class="no-header-page  wsite-page-free-samples wsite-blog-post wsite-theme-light">
<div class="wrapper">
  <div class="birdseye-header">
    <div class="nav-wrap">
      <div class="container">
        <a class="hamburger" aria-label="Menu" href="#"><span></span></a>
        <div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Burnside Essay Help</span></a></span></div>
        <div class="nav desktop-nav"><ul class="wsite-menu-default">{menu}</ul></div>
      </div>
    </div>
    <div class="banner-promo"><div class="container"><div class="paragraph" style="text-align:center;"><strong>{esc(promo)}</strong></div></div></div>
  </div>
  {notice}
  <div class="main-wrap">
    <div id="wsite-content" class="wsite-elements wsite-not-footer">
      <div class="blog-sidebar-separator"><div class="column-blog"><div id="blogTable" class="blog-table">
<div id="blog-post-{post_id}" class="blog-post">
  <div class="blog-header">
    <h2 class="blog-title"><a class="blog-title-link blog-link" href="{url}">{esc(p.title)}</a></h2>
    <p class="blog-date"><span class="date-text">{us_date(p.date)}</span></p>
    <div class="blog-comments-top"><a class="blog-link" href="{url}#comments">{count_text}</a> </div>
  </div>
  <div class="blog-separator">&nbsp;</div>
  <div class="blog-content">
{details}
{chr(10).join(essay_parts)}
{chr(10).join(tail)}
<div><div style="height: 20px; overflow: hidden; width: 100%;"></div><hr class="styled-hr" style="width:100%;"></hr><div style="height: 20px; overflow: hidden; width: 100%;"></div></div>
<div class="paragraph"><em>If you quote from this sample, please credit it:</em><br />{esc(credit)}</div>
{related}
<h2 class="wsite-content-title" style="text-align:center;">Need something like this by next week?</h2>
{wbutton("Order now", "/order-now.html")}
  </div>
  <div class="blog-footer"><p class="blog-category">Categories: <a href="/free-samples/category/{slug(p.category)}">{esc(p.category)}</a></p>
    <div class="blog-comments"><a class="blog-link" href="{url}#comments">{count_text}</a></div>
  </div>
</div>
<div id="comments"><div class="blog-comments-bottom">{coms}</div>
<div id="commentArea"><h2 class="blog-comments-heading"><span>Leave a Reply.</span></h2>
<form id="commentForm" class="blog-comment-form" action="/ajax/apps/postComment.php" method="post">
<input type="hidden" name="postId" value="{post_id}" />
<div class="blog-comment-field"><input id="comment-name" type="text" name="name" /><label for="comment-name">Name (required)</label></div>
<div class="blog-comment-field"><input id="comment-email" type="text" name="email" /><label for="comment-email">Email (not published)</label></div>
<div class="blog-comment-field"><input id="comment-url" type="text" name="website" /><label for="comment-url">Website</label></div>
<div class="blog-comment-field"><label for="comment-body">Comment</label><textarea id="comment-body" name="comment"></textarea></div>
<div class="blog-comment-field"><input id="comment-notify" type="checkbox" name="notify" /><label for="comment-notify">Notify me of new comments to this thread</label></div>
<input class="submit-input" type="submit" value="Submit" />
</form></div></div>
      </div></div></div>
      <div class="blog-sidebar"><div class="column-blog">
        <h2 class="wsite-content-title">About the writer</h2>
        <div class="paragraph"><strong>{esc(writer)}</strong><br />{esc(bio)}</div>
        <div class="wcustomhtml"><div class="hit-counter" style="text-align:center;font-size:12px;">{counter}</div></div>
        <h2 class="wsite-content-title">Archives</h2>
        <div class="paragraph">{"".join(months)}</div>
        <h2 class="wsite-content-title">Categories</h2>
        <div class="blog-category-list"><ul>{cats}</ul></div>
        <a class="blog-rss-link" href="/free-samples/feed">RSS Feed</a>
      </div></div>
    </div>
  </div>
  <div class="footer-wrap"><div class="container"><div class="footer">
    <div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">Burnside Essay Help &middot; 3 Tay Street, Perth PH1 5LQ<br />Orders answered 8am-10pm, seven days a week</div></div>
  </div></div></div>
</div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3__text">Powered by <a href="https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer" target="_blank" class="link weebly-icon">Weebly</a> <span>Create your own unique website with customizable templates.</span> <a class="weebly-footer-signup-container-v3__button" href="https://www.weebly.com/signup" target="_blank">Get Started</a></div></div>
{cookie}
<script type="text/javascript" src="/files/theme/plugins.js?1557246354"></script>
<script type="text/javascript" src="/files/theme/custom.js?1557246354"></script>
</body>
</html>
"""


# ---- 2. sedgefield: Canvas LMS course Page built with DesignPLUS -------------------------------------------------

SF_HOST = "https://sedgefield.instructure.com"
SF_COURSE = 48213
SF_LABELS = ["Notice this", "Writer's move", "Look at this", "Why this works"]
SF_NOTES = [
    "Here the writer turns a general claim into something you could check. Try the same move in your own draft.",
    "This paragraph opens with its point and then earns it. Compare it with the way you open your body paragraphs.",
    "See how the evidence is introduced with the researcher's name before the figure appears.",
    "{writer} asked for feedback on this section in conference; the revision added the second example.",
    "A transition like this one carries the reader from one reason to the next without announcing it.",
    "Many {topic} essays skip this step. Naming the stakes here is what lifts the argument.",
    "The writer concedes a point before answering it, which makes the reply more convincing.",
]
SF_HELP = [
    ("Writing Center", "Want a second reader before you submit? The Writing Center on the second floor of the Library "
     "takes walk-ins Monday to Thursday, 9 to 7."),
    ("Tutoring online", "NetTutor is open around the clock from the course menu. Upload a draft and get written "
     "comments within 24 hours."),
]
SF_ALERTS = [
    "Canvas will be unavailable for scheduled maintenance this Saturday from 2:00 to 6:00 a.m.",
    "Campus is closed Monday for the holiday. Due dates this week have moved back by one day.",
    "Reminder: the last day to withdraw from a course with a W is this Friday.",
]
SF_MOVING = ("This essay is posted with the writer's permission so you can see how a finished argument fits together. "
             "Do not borrow its sentences or its outline: Turnitin checks every ENGL 1302 submission against past "
             "essays, including this one.")
SF_UNITS = {1: "Rhetorical analysis", 2: "Comparative essay", 3: "Argument essay", 4: "Researched argument"}
SF_ITEMS = ["Peer review workshop", "Unit quiz: evidence and reasoning", "Discussion: choosing a thesis",
            "Rough draft due", "Reading: the shape of an argument"]


def canvas_body(blocks, styled: bool) -> list[str]:
    """The essay as Canvas's rich content editor keeps it: h3 headings, plain or span-wrapped paragraphs (pasted from
    Google Docs on some pages), blockquotes with a paragraph inside, plain lists."""
    para = '<p><span style="font-weight: 400;">{}</span></p>' if styled else "<p>{}</p>"
    return g2.pieces_for(blocks, para=para, heading="<h3>{}</h3>", quote="<blockquote><p>{}</p></blockquote>")


def callout(kind: str, color: str, title: str, text: str) -> str:
    return (f'<div class="dp-callout dp-callout-placeholder card card-body dp-callout-position-default '
            f'dp-callout-type-{kind} dp-callout-color-{color}">\n<h3 class="card-title">{esc(title)}</h3>\n'
            f'<p class="card-text">{esc(text)}</p>\n</div>')


def sedgefield(p: Page) -> str:
    rng = p.rng
    site = "sedgefield"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    unit = rng.randint(1, 4)
    number = p.index + 2
    page_id = 300100 + p.index * 37
    writer = f"{p.author.split()[0]} {p.author.split()[-1][0]}."
    score = rng.randint(86, 99)
    body = canvas_body(p.visible(), styled=rng.random() < 0.45)
    n_essay = len(body)
    if shown_on(site, "annotation", 13, p):  # the instructor's annotation card, its title an h3 like the essay's
        label = rng.choice(SF_LABELS)
        note = note_for(SF_NOTES, p, writer=p.author.split()[0])
        put(body, spot(n_essay, rng, 2, 6), callout("info", "dp-secondary", label, note))
        p.clutter += [label, note]
    turn = rank_on(site, "help", 4, p)
    if turn is not None:  # a help card in the essay, two wordings in turn
        head, text = SF_HELP[turn % 2]
        put(body, rng.randint(2, len(body) - 1), callout("success", "dp-primary", head, text))
        p.clutter += [head, text]
    tail = []
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"Only the first part of this essay is posted here. The full essay ({fmt_int(more)} more words) is in "
                f"Files, Model Essays, Unit {unit}, as a PDF.")
        tail.append(f"<p><strong>{esc(wall)}</strong></p>")
        p.clutter += [wall]
    if p.cut is None and p.refs:
        tail.append("<h3>Works Cited</h3>")
        tail += [f'<p style="padding-left: 40px; text-indent: -40px;">{mk}</p>' for _, mk in p.refs]
    moving_first = half_and_half(site, "moving", p)
    moving = callout("warning", "dp-primary", "Before you read" if moving_first else "One more thing", SF_MOVING)
    p.clutter += [SF_MOVING, "Before you read" if moving_first else "One more thing"]
    rows = [("Writer", writer), ("Assignment", f"Unit {unit}: {SF_UNITS[unit]}"),
            ("Length", f"{fmt_int(p.words)} words (roughly {plural(p.pages, 'page')} in MLA format)"),
            ("Score", f"{score} / 100"), ("Shared", long_date(p.date))]
    table = ('<table class="ic-Table ic-Table--condensed" style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
             + "".join(f'<tr>\n<th style="width: 25%;" scope="row">{k}</th>\n<td>{esc(v)}</td>\n</tr>\n' for k, v in rows)
             + "</tbody>\n</table>")
    p.clutter += [f"Unit {unit}: {SF_UNITS[unit]}", writer, f"{score} / 100", long_date(p.date),
                  f"{fmt_int(p.words)} words (roughly {plural(p.pages, 'page')} in MLA format)"]
    # "Compare the openings": the full first sentence of three other essays, as a plain list
    others = rng.sample(p.others, 3)
    items = ""
    for t in others:
        sent = first_sentence(t)
        items += f'<li><a title="{html.escape(t)}" href="/courses/{SF_COURSE}/pages/{slug(t)}" data-api-returntype="Page">{esc(t)}</a>: {esc(sent)}</li>\n'
        p.clutter += [t, sent]
    discuss = f"Reply in the Unit {unit} discussion: what is this writer's strongest piece of evidence, and why?"
    p.clutter += ["Compare the openings", "Three other model essays in this course begin like this:", discuss]
    # module sequence footer
    prev_t, next_t = rng.sample(p.others, 2)
    if rng.random() < 0.3:
        next_t = rng.choice(SF_ITEMS)
    p.clutter += [prev_t, next_t, f"Previous: {prev_t}", f"Next: {next_t}"]
    inbox = rng.randint(0, 9)
    news = rng.randint(0, 4)
    inbox_badge = (f'<span class="menu-item__badge">{inbox}<span class="screenreader-only"> unread messages</span></span>'
                   if inbox else "")
    news_badge = f'<b class="nav-badge">{news}</b><span class="screenreader-only">{news} new</span>' if news else ""
    p.clutter += ["Skip To Content", "My Dashboard", "Library Guides", "NetTutor", "Immersive Reader", "ENGL-1302",
                  "Composition II", f"Model Essay {number}", f"Unit {unit}"]  # one-word menu labels are left out
    if inbox:
        p.clutter.append("unread messages")
    done = rng.random() < 0.4
    p.clutter.append("Done" if done else "Mark as done")
    alert = ""
    turn = rank_on(site, "alert", 3, p)
    if turn is not None:
        alert = (f'<div class="ic-notification ic-notification--info account_notification" role="alert">'
                 f'<div class="ic-notification__icon" role="presentation"><i class="icon-info"></i></div>'
                 f'<div class="ic-notification__content"><div class="ic-notification__message notification_message">'
                 f'<h4 class="ic-notification__title">Sedgefield College</h4><span class="notification_message">'
                 f'{esc(SF_ALERTS[turn])}</span></div></div><div class="ic-notification__actions">'
                 f'<a href="#" class="Button Button--icon-action" data-url="/accounts/1/account_notifications/{410 + turn}">'
                 f'<i class="icon-x"></i><span class="screenreader-only">close</span></a></div></div>')
        p.clutter += [SF_ALERTS[turn], "Sedgefield College"]
    privacy = ""
    if shown_on(site, "privacy", 6, p):
        privacy = ('<div id="sfc-privacy-notice" class="sfc-privacy" role="dialog" aria-label="Privacy notice">'
                   'Sedgefield College uses cookies in Canvas to keep you signed in and remember your accessibility '
                   'settings. <a href="https://www.sedgefield.edu/privacy">Read the privacy statement</a> '
                   '<button type="button" class="Button Button--small" onclick="sfcHidePrivacy()">Got it</button></div>')
        p.clutter += ["Sedgefield College uses cookies in Canvas to keep you signed in",
                      "Read the privacy statement", "Got it"]
    env = {"ASSET_HOST": "https://du11hjcvx0uqb.cloudfront.net", "current_user_id": str(9000100 + p.index * 13),
           "current_user_roles": ["user", "student"], "COURSE_ID": str(SF_COURSE), "context_asset_string": f"course_{SF_COURSE}",
           "WIKI_PAGE": {"title": p.title, "url": s, "page_id": page_id, "editing_roles": "teachers",
                         "updated_at": f"{p.date.isoformat()}T15:{rng.randint(10, 59)}:0{rng.randint(0, 9)}Z", "published": True},
           "WIKI_RIGHTS": {"read": True}, "MODULES_PATH": f"/courses/{SF_COURSE}/modules", "TIMEZONE": "America/Chicago"}
    nav = [("Home", "home", ""), ("Announcements", "announcements", news_badge), ("Syllabus", "syllabus", ""),
           ("Modules", "modules", ""), ("Assignments", "assignments", ""), ("Discussions", "discussions", ""),
           ("Grades", "grades", ""), ("People", "people", ""), ("Pages", "pages active", ""), ("Files", "files", ""),
           ("Library Guides", "context_external_tool_118", ""), ("NetTutor", "context_external_tool_204", "")]
    navs = "".join(f'<li class="section"><a href="/courses/{SF_COURSE}/{c.split()[0]}" class="{c}" tabindex="0">{t}{b}</a></li>'
                   for t, c, b in nav)
    gnav = [("Account", "global_nav_profile_link", "/profile/settings", ""), ("Dashboard", "global_nav_dashboard_link", "/", ""),
            ("Courses", "global_nav_courses_link", "/courses", ""), ("Calendar", "global_nav_calendar_link", "/calendar", ""),
            ("Inbox", "global_nav_conversations_link", "/conversations", inbox_badge),
            ("History", "global_nav_history_link", "#", ""), ("Help", "global_nav_help_link", "https://help.instructure.com/", "")]
    gnavs = "".join(f'<li class="menu-item ic-app-header__menu-list-item"><a id="{i}" href="{h}" class="ic-app-header__menu-list-link">'
                    f'<div class="menu-item-icon-container" aria-hidden="true"><svg class="ic-icon-svg" viewBox="0 0 280 280"><use href="#icon-{i}"></use></svg>{b}</div>'
                    f'<div class="menu-item__text">{t}</div></a></li>' for t, i, h, b in gnav)
    parts = ([moving] if moving_first else []) + [table] + body + tail + ([] if moving_first else [moving])
    return f"""<!DOCTYPE html>
<html class="scroll-to-top" dir="ltr" lang="en">
<head>
  <meta charset="utf-8">
  <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin>
  <link rel="preconnect" href="https://du11hjcvx0uqb.cloudfront.net" crossorigin>
  <title>{esc(p.title)}: ENGL-1302 Composition II</title>
  <link rel="shortcut icon" type="image/x-icon" href="https://instructure-uploads.s3.amazonaws.com/account_1/attachments/2231/favicon.ico" />
  <link rel="stylesheet" href="https://du11hjcvx0uqb.cloudfront.net/dist/brandable_css/new_styles_normal_contrast/bundles/common-3f2c9a7e61.css" media="all" />
  <link rel="stylesheet" href="https://instructure-uploads.s3.amazonaws.com/account_1/attachments/5519/designplus.css" media="all" />
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="theme-color" content="#5a2d82">
  <script>
    INST = {{"environment":"production","allowMediaSourceExtensions":true,"logPageViews":true,"maxVisibleEditorButtons":3}};
    ENV = {json.dumps(env, separators=(",", ":"))};
    BRANDABLE_CSS_HANDLEBARS_INDEX = [["new_styles_normal_contrast","3f2c9a7e61"]];
  </script>
  <script src="https://du11hjcvx0uqb.cloudfront.net/dist/webpack-production/main-e-3b9e52c1a6.js" crossorigin="anonymous" defer></script>
  <script src="https://instructure-uploads.s3.amazonaws.com/account_1/attachments/5520/designplus.js" defer></script>
</head>
<body class="with-left-side course-menu-expanded padless-content pages show primary-nav-expanded context-course_{SF_COURSE} lato-font-not-loaded-yet">
<noscript>
  <div role="alert" class="ic-flash-static ic-flash-error">
    <div class="ic-flash__icon" aria-hidden="true"><i class="icon-warning"></i></div>
    <h1>You need to have JavaScript enabled in order to access this site.</h1>
  </div>
</noscript>
<ul id="flash_message_holder"></ul>
<div id="flash_screenreader_holder" role="alert" aria-live="assertive" data-chunks="[]" class="screenreader-only"></div>
<div id="application" class="ic-app">
<header id="header" class="ic-app-header no-print">
  <a href="#content" id="skip_navigation_link">Skip To Content</a>
  <div role="region" class="ic-app-header__main-navigation" aria-label="Global Navigation">
    <div class="ic-app-header__logomark-container"><a href="{SF_HOST}/" class="ic-app-header__logomark"><span class="screenreader-only">Dashboard</span></a></div>
    <ul id="menu" class="ic-app-header__menu-list">{gnavs}</ul>
  </div>
</header>
<div id="instructure_ajax_error_box"><div style="text-align: right; background-color: #fff;"><a href="#" class="close_instructure_ajax_error_box_link">Close</a></div><iframe id="instructure_ajax_error_result" src="about:blank" style="border: 0;" title="Error"></iframe></div>
<div id="wrapper" class="ic-Layout-wrapper">
  <div class="ic-app-nav-toggle-and-crumbs no-print">
    <button type="button" id="courseMenuToggle" class="Button Button--link ic-app-course-nav-toggle" aria-live="polite" aria-label="Hide Courses Navigation Menu"><i class="icon-hamburger" aria-hidden="true"></i></button>
    <div class="ic-app-crumbs">
      <nav id="breadcrumbs" role="navigation" aria-label="breadcrumbs"><ul><li class="home"><a href="/"><span class="ellipsible"><i class="icon-home" title="My Dashboard"><span class="screenreader-only">My Dashboard</span></i></span></a></li><li><a href="/courses/{SF_COURSE}"><span class="ellipsible">ENGL-1302</span></a></li><li><a href="/courses/{SF_COURSE}/pages"><span class="ellipsible">Pages</span></a></li><li><span class="ellipsible">{esc(p.title)}</span></li></ul></nav>
    </div>
    <div class="right-of-crumbs no-print"><div id="immersive_reader_mount_point"><button type="button" class="Button Button--small">Immersive Reader</button></div></div>
  </div>
  <div id="main" class="ic-Layout-columns">
    <div class="ic-Layout-watermark"></div>
    <div id="left-side" class="ic-app-course-menu ic-sticky-on list-view" style="display: block">
      <div id="sticky-container" class="ic-sticky-frame">
        <span id="section-tabs-header-subtitle" class="ellipsis">Composition II</span>
        <nav role="navigation" aria-label="Courses Navigation Menu"><ul id="section-tabs">{navs}</ul></nav>
      </div>
    </div>
    <div id="not_right_side" class="ic-app-main-content">
      <div id="content-wrapper" class="ic-Layout-contentWrapper">
        <div id="content" class="ic-Layout-contentMain" role="main">
          {alert}
          <div id="wiki_page_show">
            <div class="header-bar-outer-container"><div class="sticky-toolbar" data-sticky><div class="header-bar flex-container">
              <div class="header-bar-right header-right flex-column"><div class="page-toolbar-start"></div>
                <div id="mark-as-done-container"><button type="button" class="Button{' Button--success' if done else ''}" id="mark-as-done-checkbox" aria-pressed="{str(done).lower()}"><span>{'Done' if done else 'Mark as done'}</span></button></div>
              </div>
            </div></div></div>
            <div class="show-content user_content clearfix enhanced">
              <h1 class="page-title">{esc(p.title)}</h1>
<div id="dp-wrapper" class="dp-wrapper dp-flat-sections variation-2">
<header class="dp-header"><h2 class="dp-heading"><span class="dp-header-pre"><span class="dp-header-pre-1">Unit {unit}</span> <span class="dp-header-pre-2">Model Essay {number}</span></span></h2></header>
<div class="dp-content-block">
{chr(10).join(parts)}
</div>
<div class="dp-content-block">
<h3>Compare the openings</h3>
<p>Three other model essays in this course begin like this:</p>
<ul>
{items}</ul>
<p><strong>Discuss:</strong> {esc(discuss)}</p>
</div>
</div>
            </div>
            <div class="clearfix"></div>
          </div>
          <div id="module_sequence_footer" class="module-sequence-footer" role="navigation" aria-label="Module Navigation">
            <div class="module-sequence-padding"><div class="module-sequence-footer-content">
              <span class="module-sequence-footer-button--previous" data-tooltip="right" data-html-tooltip-title="&lt;i class='icon-document'&gt;&lt;/i&gt; {html.escape(prev_t)}"><a href="/courses/{SF_COURSE}/modules/items/{700200 + p.index * 3 - 1}" role="button" class="Button" aria-describedby="msf0-previous-desc" aria-label="Previous Module Item"><i class="icon-mini-arrow-left"></i>Previous<span id="msf0-previous-desc" class="hidden" hidden>Previous: {esc(prev_t)}</span></a></span>
              <span class="module-sequence-footer-button--next" data-tooltip="left" data-html-tooltip-title="&lt;i class='icon-document'&gt;&lt;/i&gt; {html.escape(next_t)}"><a href="/courses/{SF_COURSE}/modules/items/{700200 + p.index * 3 + 1}" role="button" class="Button" aria-describedby="msf0-next-desc" aria-label="Next Module Item">Next<span id="msf0-next-desc" class="hidden" hidden>Next: {esc(next_t)}</span><i class="icon-mini-arrow-right"></i></a></span>
            </div></div>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
</div>
{privacy}
<div id="aria_alerts" class="hide-text affix" role="alert" aria-live="assertive"></div>
<div id="StudentTray__Container"></div>
</body>
</html>
"""


# ---- 3. tarnbeck: Jekyll (minima) on GitHub Pages, a class blog ---------------------------------------------------

TB_ROOT = "https://tarnbeck-english.github.io/11e"
TB_TEACHERS = ["Mr Okoro", "Ms Varga"]
TB_NOTES = [
    "This is the paragraph I read out in class. Notice how every sentence pushes the argument on.",
    "{writer} redrafted this section three times. The first version had the evidence but no point.",
    "Good use of a named source here. Remember: who said it, when, and why it matters.",
    "If you are writing about {topic}, steal this structure, not these words.",
    "A few of you asked how long a paragraph should be. About this long.",
    "Look at the last sentence of this paragraph: it links back to the question without repeating it.",
    "This was the strongest part of the essay when we moderated the class set.",
]
TB_AUDIO = ["Listen to {writer} reading the opening ({dur})", "Audio: the whole essay read aloud by {writer}, {dur}"]
TB_EDITS = [
    "Edit: fixed two typos that {writer} spotted after we published this.",
    "Edit: the mark below was changed after moderation.",
    "Edit: added the audio link and the missing heading.",
]
TB_MOVING = ("Shared with {writer}'s permission. It is here to learn from: please do not copy it, and if you quote it "
             "in your own work, say where it came from.")


def tb_dates() -> dict[int, date]:
    """Every post's date (school days from autumn 2021 to summer 2024), drawn once for the site, so that a page
    knows its neighbours and the newest posts."""
    r = random.Random(f"{SEED}:tarnbeck:dates")
    days = sorted(r.sample(range(0, 1000), PAGES_PER_SITE))
    order = r.sample(range(1, PAGES_PER_SITE + 1), PAGES_PER_SITE)
    return {n: date(2021, 9, 6) + timedelta(days=days[i]) for i, n in enumerate(order)}


def tarnbeck(p: Page) -> str:
    rng = p.rng
    site = "tarnbeck"
    dates = tb_dates()
    p.date = dates[p.index]
    p.claimed_words, p.claimed_pages = p.words, p.pages
    first_name = p.author.split()[0]
    byline = f"{first_name} {p.author.split()[-1][0]}."
    s = slug(p.title)
    url = f"{TB_ROOT}/{p.date.year}/{p.date.month:02d}/{p.date.day:02d}/{s}.html"

    def kd(value: str) -> str:
        return re.sub(r"[^a-z0-9 -]", "", value.lower()).strip().replace(" ", "-")

    body = g2.pieces_for(p.visible(), heading="<h2 id=\"{}\">{}</h2>".replace("{}", "\0", 1), quote="<blockquote>\n  <p>{}</p>\n</blockquote>")
    body = [b.replace("\0", kd(html.unescape(re.sub("<[^>]+>", "", b))), 1) if b.startswith("<h2") else b for b in body]
    n_essay = len(body)
    teacher = TB_TEACHERS[p.index % 2]
    if shown_on(site, "teacher", 13, p):  # the teacher's note, a blockquote like the essay's quotations
        note = note_for(TB_NOTES, p)
        put(body, spot(n_essay, rng, 2, 6), f'<blockquote class="teacher-note">\n  <p><strong>{teacher}:</strong> {esc(note)}</p>\n</blockquote>')
        p.clutter += [f"{teacher}:", note]
    turn = rank_on(site, "audio", 4, p)
    if turn is not None:
        secs = rng.randint(70, 290)
        caption = TB_AUDIO[turn % 2].format(writer=first_name, dur=f"{secs // 60}:{secs % 60:02d}")
        put(body, rng.randint(1, len(body) - 1), f'<p><audio controls="" preload="none" src="/11e/assets/audio/{s[:48]}.mp3"></audio></p>\n'
                    f'<p class="audio-caption"><em>{esc(caption)}</em></p>')
        p.clutter += [caption]
    turn = rank_on(site, "edit", 3, p)
    if turn is not None:
        edit = TB_EDITS[turn].format(writer=first_name)
        body.insert(0, f"<p><em>{esc(edit)}</em></p>")
        p.clutter.append(edit)
    if p.cut is not None:
        cutoff = (f"That is the first half. The rest is on the 11E Google Classroom, because {first_name} asked us not "
                  "to put the whole essay online.")
        body.append(f'<p class="cutoff"><strong>{esc(cutoff)}</strong></p>')
        p.clutter.append(cutoff)
    if p.cut is None and p.refs:
        body.append('<h2 id="works-cited">Works Cited</h2>')
        body += [f"<p>{mk}</p>" for _, mk in p.refs]
    moving = TB_MOVING.format(writer=first_name)
    p.clutter.append(moving)
    moving_p = f'<p class="permission"><em>{esc(moving)}</em></p>'
    if half_and_half(site, "moving", p):
        body.insert(0, moving_p)
    else:
        body.append(moving_p)
    mark = rng.randint(19, 30)
    band = 5 if mark >= 26 else (4 if mark >= 22 else 3)
    minutes = max(2, round(p.words / 200))
    meta_line = f"{fmt_int(p.words)} words, roughly {plural(p.pages, 'side')} of A4, {minutes} min read"
    dl = ('<dl class="essay-details">\n'
          f"  <dt>Task</dt>\n  <dd>Coursework essay: {esc(p.category)}</dd>\n"
          f"  <dt>Draft</dt>\n  <dd>Final draft, handed in {p.date.strftime('%-d %B %Y')}</dd>\n"
          f"  <dt>Teacher's mark</dt>\n  <dd>{mark}/30 (band {band})</dd>\n</dl>")
    p.clutter += [meta_line, "Coursework essay", f"Final draft, handed in {p.date.strftime('%-d %B %Y')}",
                  "Teacher's mark", f"{mark}/30 (band {band})"]
    # neighbours by date, and Jekyll's related_posts: the newest posts other than this one, with post.excerpt
    ordered = sorted(dates, key=lambda n: dates[n])
    pos = ordered.index(p.index)
    titles = p.site_titles
    nav = ""
    if pos > 0:
        t = titles[ordered[pos - 1] - 1]
        nav += f'<a class="prev" href="/11e/{slug(t)}.html">&larr; {esc(t)}</a>'
        p.clutter.append(t)
    if pos < len(ordered) - 1:
        t = titles[ordered[pos + 1] - 1]
        nav += f'<a class="next" href="/11e/{slug(t)}.html">{esc(t)} &rarr;</a>'
        p.clutter.append(t)
    newest = [n for n in reversed(ordered) if n != p.index][:2]
    read_next = ""
    for n in newest:
        t = titles[n - 1]
        ex = first_paragraph(t)
        d = dates[n]
        read_next += (f'<li>\n<h3><a class="post-link" href="/11e/{d.year}/{d.month:02d}/{d.day:02d}/{slug(t)}.html">{esc(t)}</a></h3>\n'
                      f'<span class="post-meta">{d.strftime("%b %-d, %Y")}</span>\n<p>{esc(ex)}</p>\n</li>\n')
        p.clutter += [t, ex]
    tags = [p.topic, "coursework", "final draft"] + (["band " + str(band)] if band == 5 else [])
    taglinks = " ".join(f'<a href="/11e/tags/#{quote(t)}">#{esc(t)}</a>' for t in tags)
    p.clutter += ["Read next", "Please enable JavaScript to view the", "comments powered by Disqus.",
                  "11E Essays", "How we mark", "Mr D. Okoro", "d.okoro@tarnbeck.sch.uk", "tarnbeck-english",
                  "Essays by students in 11E at Tarnbeck High School, published with their permission.",
                  "Please don't copy them; do learn from them.", "#coursework", "#final draft"]
    counter = ""
    if shown_on(site, "counter", 6, p):
        counter = ('<p class="no-cookies"><small>No cookies here: page views are counted with GoatCounter, which stores '
                   'nothing on your device.</small></p>')
        p.clutter += ["No cookies here: page views are counted with GoatCounter, which stores nothing on your device."]
    seo = {"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": byline},
           "dateModified": f"{p.date.isoformat()}T00:00:00+00:00", "datePublished": f"{p.date.isoformat()}T00:00:00+00:00",
           "description": excerpt(p.title, random.Random(p.index), 30, 30), "headline": p.title,
           "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url}
    return f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(p.title)} | 11E Essays</title>
<meta name="generator" content="Jekyll v3.9.5" />
<meta property="og:title" content="{html.escape(p.title)}" />
<meta name="author" content="{html.escape(byline)}" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="{html.escape(seo['description'])}" />
<meta property="og:description" content="{html.escape(seo['description'])}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="11E Essays" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{p.date.isoformat()}T00:00:00+00:00" />
<meta name="twitter:card" content="summary" />
<meta property="twitter:title" content="{html.escape(p.title)}" />
<script type="application/ld+json">
{json.dumps(seo, separators=(",", ":"))}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/11e/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{TB_ROOT}/feed.xml" title="11E Essays" /><script data-goatcounter="https://tarnbeck11e.goatcounter.com/count" async src="//gc.zgo.at/count.js"></script></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/11e/">11E Essays</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/11e/about/">About</a><a class="page-link" href="/11e/how-we-mark/">How we mark</a><a class="page-link" href="/11e/tags/">Tags</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(p.title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{p.date.isoformat()}T00:00:00+00:00" itemprop="datePublished">{p.date.strftime("%b %-d, %Y")}
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(byline)}</span></span> • <span class="post-length">{meta_line}</span></p>
{dl}
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {(chr(10) + chr(10)).join(body)}

  </div>
  <p class="post-tags">Tagged: {taglinks}</p>
  <nav class="post-nav">{nav}</nav>
  <div class="related">
  <h2>Read next</h2>
  <ul class="related-posts">
{read_next}  </ul>
  </div><div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{
      this.page.url = '{url}';
      this.page.identifier = '{url}';
    }};
    (function() {{
      var d = document, s = d.createElement('script');
      s.src = 'https://tarnbeck-11e.disqus.com/embed.js';
      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    }})();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript><a class="u-url" href="/11e/{p.date.year}/{p.date.month:02d}/{p.date.day:02d}/{s}.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/11e/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">11E Essays</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Mr D. Okoro</li><li><a class="u-email" href="mailto:d.okoro@tarnbeck.sch.uk">d.okoro@tarnbeck.sch.uk</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/tarnbeck-english"><svg class="svg-icon"><use xlink:href="/11e/assets/minima-social-icons.svg#github"></use></svg> <span class="username">tarnbeck-english</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>Essays by students in 11E at Tarnbeck High School, published with their permission. Please don&#39;t copy them; do learn from them.</p>
        {counter}
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""


# ---- 4. moorhen: Tumblr custom theme, a studyblr's essay archive -------------------------------------------------

MH_ROOT = "https://moorhen-essays.tumblr.com"
MH_LINES = [
    "wc: {words} · ~{pages} pages double spaced · got {grade}",
    "({words} words, so {pages} pages if you double space it. {level}, marked {grade})",
    "length: {words} words / {pages} pages · mark: {grade} · level: {level}",
]
MH_FUTURE = [
    "i would cut half of this paragraph now, it says the same thing twice",
    "my teacher circled this sentence and wrote 'yes!!' next to it",
    "this is the bit everyone asks about in my inbox, so here you go",
    "i wrote this part at 1am and it shows",
    "if you're doing {topic} too, this is the paragraph to steal the shape of (not the words)",
    "apparently this counts as 'evaluation', who knew",
    "{writer} sent this in and honestly it's better than mine",
]
MH_MUSIC = ["the playlist i wrote this to", "what i had on repeat while writing this one"]
MH_PINNED = [
    "pinned: ask box is closed until my exams are over, sorry!!",
    "pinned: submissions are open again, send me your best essays",
    "pinned: new masterpost of every essay is up, link in the sidebar",
]
MH_COPY = ("reminder: this is here so you can see how an essay hangs together, not so you can hand it in. "
           "turnitin remembers everything")
MH_USERS = ["revisewithrae", "inkandoats", "studyingsaoirse", "quietlibrarycorner", "notesbyjun", "marginaliamoth",
            "thesis-and-tea", "pastelhighlighter", "essaycrisis", "bookishbeatrix", "owlnightrevision", "cosmicflashcards"]
MH_ADDED = [
    "this is so helpful, my teacher set almost the same question",
    "saving this for when mocks come round again",
    "the way this essay uses evidence is exactly what my teacher keeps asking for",
    "reblogging so i can find it later",
    "ok this made me feel better about my own draft",
    "the conclusion!! i never know how to end mine",
    "sending this to my whole class",
    "why did nobody show me this last year",
    "genuinely a better explanation than my textbook",
    "the structure of this is so clean, taking notes",
]


def moorhen(p: Page) -> str:
    rng = p.rng
    site = "moorhen"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    post_url = f"{MH_ROOT}/post/{p.post_id}/{s}"
    submitted = shown_on(site, "submitted", 5, p)
    sub_user = rng.choice(MH_USERS)
    body = g2.pieces_for(p.visible(), heading="<h2>{}</h2>", quote="<blockquote><p>{}</p></blockquote>")
    n_essay = len(body)
    if shown_on(site, "future", 13, p):  # the blogger's later aside, typed into the post as a paragraph
        text = note_for(MH_FUTURE, p, writer=sub_user)
        put(body, spot(n_essay, rng, 2, 6), f"<p>(<b>note from future me:</b> {esc(text)})</p>")
        p.clutter += ["note from future me:", text]
    turn = rank_on(site, "music", 4, p)
    if turn is not None:
        caption = MH_MUSIC[turn % 2]
        put(body, rng.randint(1, len(body) - 1),
                    f'<figure class="tmblr-embed tmblr-full" data-provider="spotify" data-orig-width="540" data-orig-height="152" '
                    f'data-url="https%3A%2F%2Fopen.spotify.com%2Fplaylist%2F{hexid(site, p.index, n=22)}"><iframe '
                    f'src="https://open.spotify.com/embed/playlist/{hexid(site, p.index, n=22)}" width="540" height="152" '
                    f'frameborder="0" allow="encrypted-media"></iframe></figure><p>&#127911; {esc(caption)} &darr;</p>')
        p.clutter += [caption]
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"that's where the free bit ends! the other {fmt_int(more)} words and my teacher's comments are on my "
                "ko-fi for £2")
        body.append(f'<p>&#9986; {esc(wall)} <a href="https://ko-fi.com/moorhenessays/shop">ko-fi.com/moorhenessays</a> &#9749;</p>')
        p.clutter += [wall, "ko-fi.com/moorhenessays"]
    if p.cut is None and p.refs:
        body.append("<p><b>Works Cited</b></p>")
        body += [f"<p>{mk}</p>" for _, mk in p.refs]
    line = rng.choice(MH_LINES).format(words=fmt_int(p.words), pages=p.pages, grade=p.grade, level=p.level.lower())
    top = [f"<p><small>{esc(line)}</small></p>"]
    p.clutter.append(line)
    if submitted:
        top.insert(0, f'<p><small>submitted by <a class="tumblelog" href="https://{sub_user}.tumblr.com/">{sub_user}</a>, '
                      'thank you!! &#9825;</small></p>')
        p.clutter += [f"submitted by {sub_user}, thank you!!"]
    copy = f"<p><i>{esc(MH_COPY)} &#9825;</i></p>"
    p.clutter.append(MH_COPY)
    if half_and_half(site, "copy", p):
        top.append(copy)
    else:
        body.append(copy)
    turn = rank_on(site, "pinned", 3, p)
    pinned = ""
    if turn is not None:
        pinned = f'<div class="pinned-note">&#128204; {esc(MH_PINNED[turn])}</div>'
        p.clutter.append(MH_PINNED[turn])
    # notes
    n_notes = rng.choice([rng.randint(3, 40), rng.randint(40, 400), rng.randint(400, 2600)])
    notes_label = f"{fmt_int(n_notes)} notes"
    users = rng.sample([u for u in MH_USERS if u != sub_user], rng.randint(4, 8))
    added = iter(rng.sample(MH_ADDED, 4))
    notes = ""
    for u in users:
        kind = rng.choice(["like", "like", "reblog", "reblog_added"])
        av = f'<a rel="nofollow" class="avatar_frame" href="https://{u}.tumblr.com/"><img src="https://64.media.tumblr.com/avatar_{hexid(u, n=12)}_16.pnj" class="avatar" alt="" /></a>'
        if kind == "like":
            notes += f'<li class="note like tumblelog_{u}">{av}<span class="action"><a class="tumblelog" href="https://{u}.tumblr.com/">{u}</a> liked this</span><div class="clear"></div></li>\n'
            p.clutter.append(f"{u} liked this")
        elif kind == "reblog":
            notes += (f'<li class="note reblog tumblelog_{u} without_commentary">{av}<span class="action"><a class="tumblelog" href="https://{u}.tumblr.com/">{u}</a> '
                      f'reblogged this from <a class="source_tumblelog" href="{MH_ROOT}/">moorhen-essays</a></span><div class="clear"></div></li>\n')
            p.clutter.append(f"{u} reblogged this from moorhen-essays")
        else:
            text = next(added)
            notes += (f'<li class="note reblog tumblelog_{u} with_commentary">{av}<span class="action"><a class="tumblelog" href="https://{u}.tumblr.com/">{u}</a> '
                      f'reblogged this from <a class="source_tumblelog" href="{MH_ROOT}/">moorhen-essays</a> and added:</span><div class="clear"></div>'
                      f'<blockquote><a href="https://{u}.tumblr.com/post/{p.post_id + 7919 * len(u)}" title="View post">{esc(text)}</a></blockquote></li>\n')
            p.clutter += [f"{u} reblogged this from moorhen-essays and added:", text]
    notes += (f'<li class="note original_post"><span class="action"><a class="tumblelog" href="{MH_ROOT}/">moorhen-essays</a> posted this</span></li>\n'
              if not submitted else
              f'<li class="note original_post"><span class="action"><a class="tumblelog" href="{MH_ROOT}/">moorhen-essays</a> posted this (submitted by {sub_user})</span></li>\n')
    p.clutter += ["moorhen-essays posted this", "Show more notes", notes_label]
    tags = [p.topic, "essay", "studyblr", f"{p.topic} essay", "studyspo", "essay writing", p.level.lower()]
    taglinks = " ".join(f'<a href="{MH_ROOT}/tagged/{quote(t)}">#{esc(t)}</a>' for t in tags)
    p.clutter += [f"#{p.topic} essay", "#studyblr", "#studyspo", "#essay writing"]
    # you might also like: three other posts with their opening words and note counts
    rel = ""
    for t in rng.sample(p.others, 3):
        ex = excerpt(t, rng, 12, 20)
        k = rng.randint(12, 1900)
        rel += (f'<li class="related-post"><a href="{MH_ROOT}/post/{10 ** 17 + sum(map(ord, t)) * 104729}/{slug(t)}">'
                f'<span class="related-title">{esc(t)}</span><span class="related-summary">{esc(ex)}...</span>'
                f'<span class="related-notes">{fmt_int(k)} notes</span></a></li>\n')
        p.clutter += [t, ex, f"{fmt_int(k)} notes"]
    day = f"{p.date.day} {p.date.strftime('%B %Y')}"
    p.clutter += ["you might also like", "moorhen essays", day, "← older post", "newer post →",
                  "a-level + uni essays i wrote, plus the odd one from followers. ask box open for feedback swaps.",
                  "masterpost", "support me on ko-fi", "theme by pixelwren", "powered by tumblr"]
    banner = ""
    if shown_on(site, "consent", 6, p):
        banner = ('<div class="tmblr-consent" role="dialog" aria-label="Privacy"><p>Tumblr and its partners store and read '
                  'cookies on your device to run this blog and measure visits.</p><button class="consent-accept">Accept all'
                  '</button> <button class="consent-manage">Manage choices</button></div>')
        p.clutter += ["Tumblr and its partners store and read cookies on your device to run this blog and measure visits.",
                      "Accept all", "Manage choices"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>moorhen essays — {esc(p.title)}</title>
<link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_7c1e0a9d2b44_128.pnj">
<link rel="alternate" type="application/rss+xml" href="{MH_ROOT}/rss">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{post_url}">
<meta property="og:type" content="tumblr-feed:entry">
<meta property="og:url" content="{post_url}">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:site_name" content="moorhen essays">
<meta name="twitter:site" content="tumblr">
<meta name="twitter:card" content="summary">
<style type="text/css">
body {{ background: #f4efe6; color: #3b3a36; font: 13px/1.6 Georgia, serif; }}
#container {{ width: 860px; margin: 40px auto; }} #sidebar {{ float: left; width: 220px; position: fixed; }}
#content {{ margin-left: 260px; width: 560px; }} .post {{ background: #fffdf8; padding: 24px; margin-bottom: 30px; }}
.post .title {{ font: italic 22px Georgia, serif; }} ol.notes {{ list-style: none; padding: 0; }}
.tags a {{ color: #9c8f7a; margin-right: 6px; }} .pinned-note {{ border: 1px dashed #c9b99a; padding: 8px; margin-bottom: 20px; }}
</style>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=5d28e5e7a1"></script>
</head>
<body>
<iframe id="tumblr_controls" name="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedin-controls" src="https://www.tumblr.com/assets/html/iframe/o.html?_v=1f2f7d3c&amp;src=https%3A%2F%2Fmoorhen-essays.tumblr.com%2Fpost%2F{p.post_id}&amp;pid={p.post_id}&amp;rk=x9Qm3Lp2&amp;lang=en_US&amp;name=moorhen-essays" scrolling="no" width="1" height="1" frameborder="0" style="position:absolute; z-index:2147483647; top:0; right:0; border:0; background-color:transparent; height:1px; width:1px;"></iframe>
<div id="container">
<div id="sidebar">
  <a href="/"><img class="avatar" src="https://64.media.tumblr.com/avatar_7c1e0a9d2b44_128.pnj" alt="moorhen essays"></a>
  <h1 class="blogtitle"><a href="/">moorhen essays</a></h1>
  <div class="description">a-level + uni essays i wrote, plus the odd one from followers. ask box open for feedback swaps. &#9998;</div>
  <div class="links"><a href="/">home</a> <a href="/ask">ask</a> <a href="/submit">submit</a> <a href="/archive">archive</a> <a href="/tagged/masterpost">masterpost</a></div>
  <a class="kofi" href="https://ko-fi.com/moorhenessays">support me on ko-fi &#9749;</a>
</div>
<div id="content">
{pinned}
<div class="post text" id="post-{p.post_id}">
  <h2 class="title"><a href="{post_url}">{esc(p.title)}</a></h2>
  <div class="body">
{chr(10).join(top)}
{chr(10).join(body)}
  </div>
  <div class="postinfo">
    <span class="date"><a href="{post_url}">{day}</a></span> &middot; <a href="{post_url}#notes">{notes_label}</a> &middot; <a href="https://www.tumblr.com/reblog/{p.post_id}/{hexid(site, 'rk', p.index, n=8)}">reblog</a>
    <div class="tags">{taglinks}</div>
  </div>
  <div id="notes"><ol class="notes">
{notes}<li class="note more_notes_link_container"><span class="notes_loading">Loading...</span><a class="more_notes_link" href="#" onclick="this.style.display='none';return false;">Show more notes</a></li>
  </ol></div>
</div>
<div id="related-posts"><h3>you might also like</h3><ul>
{rel}</ul></div>
<div id="permalink-pagination"><a class="older" href="{MH_ROOT}/post/{p.post_id - 911 * p.index}">&larr; older post</a> <a class="newer" href="{MH_ROOT}/post/{p.post_id + 733 * p.index}">newer post &rarr;</a></div>
<div id="footer">theme by <a href="https://pixelwren.tumblr.com/">pixelwren</a> &middot; <a href="https://www.tumblr.com/">powered by tumblr</a></div>
</div>
</div>
{banner}
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "burnside": (burnside, 3, 4, None),      # Weebly blog post; essay over div.paragraph elements; sales boxes in essay markup
    "sedgefield": (sedgefield, 2, 4, None),  # Canvas LMS page + DesignPLUS; h3 callouts; other essays' first sentences
    "tarnbeck": (tarnbeck, 2, 3, None),      # Jekyll minima; teacher notes as blockquotes; newest posts' whole first paragraphs
    "moorhen": (moorhen, 3, 2, None),        # Tumblr; typed-in lowercase lines; reblog commentary; music embed
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=149)
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

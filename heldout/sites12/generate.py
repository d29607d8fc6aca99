"""Write a TWELFTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites12/generate.py /work/corpora/sites12-heldout [--seed 307]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites11/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). As in the eighth to eleventh sets, the essays are written by this generator from its own invented
topic cards (ESSAY_CARDS) and sentence patterns -- new cards and new patterns, none of the eighth to eleventh sets' --
so no text here was ever seen by the code. One card per page, never twice in the set. OUTDIR/SOURCES.tsv says which
card went where. Same seed, same bytes.

Sites (markup families):
  brackenholt  Discourse forum topic, crawler view: #main-outlet, crawler-post / itemprop=text posts, the essay in
               the first post's cooked HTML with empty heading anchors, a markdown table (one label row, one value
               row) at its top, the poster's "EDIT:" / "ETA:" lines between paragraphs, a spoiler block, the
               poster's signature, replies in the same post markup (some quoting the essay), the topic map, and
               "Suggested topics" whose excerpts are the start of other essays' second paragraph
  wetherlam    Pressbooks chapter of an open reader of student essays: chapter-title-wrap, ugc chapter-ugc with
               Word-import classes on half the pages, textboxes (an "at a glance" list of label/value items in the
               essay's own <ul> markup, sidebar notes between paragraphs, exercises with an <ol>), "Compare with"
               (other essays' thesis sentences), licensing, contributor box, nav-reading
  lowick       Framer site of an essay-coaching studio: #main data-framer-hydrate-v2, framer-* hashed classes, every
               text a RichTextContainer with p.framer-text, stats as label/value stacks, coach notes and a video as
               framer-text-module components inside the essay's rich text, a free-preview gate, "Keep reading"
               cards whose descriptions are other essays' outlines (their headings), "Made in Framer" badge
  skelwith     Schoology course page (a school's exemplar essays): left-nav course profile, #center-top page title,
               s-page-body s-rte holding a pipe-separated label/value line, highlighted examiner commentary and a
               "Check your understanding" <ol> among the essay's blocks, "How other exemplars finish" (other
               essays' last sentences), comments, right-column "Upcoming"

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
# three strands (;-separated noun phrases) | thesis (a clause) | rival view (a clause) | two facts (sentences).

ESSAY_CARDS = """
The Cholera Map of Soho | history of science | John Snow's cholera map | doctors and Soho residents | Victorian London | 1854 | the Broad Street pump; the theory of bad air; the slow acceptance of the water explanation | Snow's map persuaded later generations more than it persuaded his own | Snow proved the water theory beyond doubt in a single summer | John Snow mapped the cholera deaths around Broad Street in Soho in 1854. | The handle of the Broad Street pump was removed on his advice.
Why Semmelweis Was Ignored | history of science | Ignaz Semmelweis's handwashing rule | obstetricians and midwives | the Vienna General Hospital | the 1840s | mothers dying of puerperal fever; washing hands in chlorinated lime; the hostility of senior doctors | Semmelweis was ignored because his rule implied that doctors themselves were to blame | Semmelweis failed only because he was a poor communicator | Semmelweis introduced handwashing with chlorinated lime in Vienna in 1847. | Death rates on his ward fell sharply after the rule was introduced.
The Discovery of Penicillin | history of science | the development of penicillin | laboratory scientists and manufacturers | London, Oxford and the United States | 1928 to 1945 | Fleming's mould plate; the Oxford team's purification work; factory output during the war | penicillin became a medicine because of teamwork and industry rather than a lucky accident | penicillin was the discovery of one man on one morning | Alexander Fleming noticed the effect of penicillin mould on bacteria in 1928. | Fleming, Florey and Chain shared the Nobel Prize in 1945.
Continental Drift and Its Critics | geography | continental drift | geologists | the scientific community of Europe and America | 1912 to the 1960s | matching coastlines and fossils; the missing mechanism; the evidence from the sea floor | the rejection of continental drift was a reasonable response to a theory without a mechanism | geologists rejected Wegener out of simple prejudice | Alfred Wegener set out his theory of continental drift in 1912. | Studies of the sea floor in the 1960s led to the theory of plate tectonics.
Edward Jenner and the First Vaccine | history of science | Jenner's smallpox vaccine | country doctors and patients | rural Gloucestershire | the 1790s | the milkmaids' cowpox; the test on James Phipps; fears about vaccination | Jenner's achievement lay as much in publicising vaccination as in inventing it | Jenner simply copied a folk remedy that farmers already used | Edward Jenner tested his cowpox method on a boy called James Phipps in 1796. | Smallpox was declared eradicated by the World Health Organization in 1980.
Measuring Longitude at Sea | history of science | the longitude problem | sailors, astronomers and clockmakers | the eighteenth-century Royal Navy | 1714 to 1773 | shipwrecks caused by bad navigation; Harrison's sea clocks; the rival method of lunar distances | the longitude problem was solved by two methods at once, and neither would have spread without the other | John Harrison alone solved the problem of longitude | Parliament passed the Longitude Act in 1714. | John Harrison's sea watch known as H4 was tested on a voyage to Jamaica in 1761.
Darwin and the Galapagos | biology | Darwin's Galapagos observations | naturalists | the Galapagos Islands | 1835 to 1859 | the finches and mockingbirds; the long delay before publication; Wallace's letter | Darwin's theory grew slowly from many sources and the islands were only one of them | Darwin understood evolution the moment he saw the finches | Darwin's ship the Beagle reached the Galapagos Islands in 1835. | On the Origin of Species was published in 1859.
The Photograph Called Photo 51 | biology | the discovery of DNA's structure | crystallographers and model builders | King's College London and Cambridge | 1951 to 1953 | X-ray images; building models; credit and recognition | the structure of DNA was found by combining two kinds of work, and the credit has never been fairly shared | Watson and Crick worked out the structure by themselves | Rosalind Franklin's team produced the X-ray image known as Photo 51. | Watson and Crick published their model of the double helix in 1953.
Antibiotic Resistance | biology | antibiotic resistance | doctors, farmers and patients | hospitals and farms worldwide | since the 1940s | overprescribing; antibiotics in animal feed; the shortage of new drugs | antibiotic resistance is an economic failure as much as a medical one | resistance is a purely scientific problem that new drugs will solve | Fleming warned in 1945 that misuse of penicillin could breed resistant bacteria. | Few new classes of antibiotics have been discovered since the 1980s.
The Fall of the Aral Sea | environmental studies | the shrinking of the Aral Sea | Soviet planners and fishing communities | Central Asia | the 1960s onwards | irrigation for cotton; the collapse of fishing; dust storms and health | the Aral Sea disaster was the predictable result of treating water as a free resource | the sea shrank mainly because of a drier climate | The rivers feeding the Aral Sea were diverted to irrigate cotton fields. | The sea has split into separate smaller lakes.
Lessons of the Great Smog | environmental studies | the London smog of 1952 | Londoners and ministers | London | December 1952 | domestic coal burning; the slow government response; the law passed four years later | the Great Smog led to reform because its death toll was counted rather than because it was seen | the Clean Air Act was passed as soon as the danger was understood | The Great Smog lasted for about five days in December 1952. | The Clean Air Act was passed in 1956.
Plastic in the Oceans | environmental studies | ocean plastic | consumers, manufacturers and councils | coastlines and open seas | since the 1950s | single-use packaging; waste exports; cleaning up what is already there | ocean plastic is a waste-management failure that consumer guilt cannot fix | individual shoppers are chiefly to blame for ocean plastic | England introduced a charge for single-use carrier bags in 2015. | Large areas of floating debris collect in the North Pacific.
Fracking and Local Consent | environmental studies | shale gas fracking | residents and energy companies | Lancashire | the 2010s | earth tremors; energy security; local planning decisions | the fracking dispute in Britain turned on trust rather than on geology | fracking was stopped by misinformation alone | Drilling near Blackpool was halted after earth tremors in 2011. | The government paused fracking in England in 2019.
Building the Panama Canal | geography | the Panama Canal | engineers and labourers | the Isthmus of Panama | 1904 to 1914 | disease and mosquito control; the locks; American control of the zone | the canal was completed because of public health work as much as engineering | the canal was a triumph of engineering alone | The Panama Canal opened in 1914. | An earlier French attempt to build a canal had failed in the 1880s.
The Dust Bowl Revisited | geography | the Dust Bowl | farmers and soil scientists | the southern Great Plains | the 1930s | ploughing the grasslands; drought; the Soil Conservation Service | the Dust Bowl was a human-made disaster that drought turned into a catastrophe | the Dust Bowl was caused by drought alone | Huge dust storms swept the southern plains in the 1930s. | The Soil Conservation Service was set up in 1935.
Venice and the Rising Water | geography | flooding in Venice | residents, engineers and tourists | Venice | since 1966 | the flood of 1966; the MOSE barrier; overtourism | Venice's flood defences treat the symptom while the city's population slowly leaves | the MOSE barrier has saved Venice | A severe flood struck Venice in November 1966. | The MOSE flood barriers were first raised in 2020.
Why Cities Sprawl | geography | urban sprawl | commuters, planners and developers | American and British cities | since 1945 | the car; cheap land at the edge; planning rules | sprawl is a product of policy rather than of simple consumer choice | sprawl happens because people simply prefer suburbs | Britain introduced green belts around cities in the decades after the Second World War. | Many American suburbs were built around new highways in the 1950s.
New Towns After the War | geography | the new towns | planners and families | postwar England | 1946 to 1970 | slum clearance; neighbourhood units; the arrival of industry | the new towns succeeded as places to live even where they failed as planned communities | the new towns were dull concrete failures | The New Towns Act was passed in 1946. | Stevenage was the first new town to be designated.
Tulip Mania Reconsidered | economics | tulip mania | merchants and growers | the Dutch Republic | 1636 and 1637 | rare bulbs; futures contracts; the story told afterwards | tulip mania was a small episode made large by later moralising | tulip mania was a national madness that ruined the Dutch economy | Prices of rare tulip bulbs rose steeply in the winter of 1636. | The market collapsed in February 1637.
The Price of Free Prescriptions | economics | free prescriptions | patients and health planners | the four nations of the UK | since 2007 | the cost to the health service; access for people on low incomes; differences between the nations | free prescriptions are a fair policy whose cost is smaller than it appears | free prescriptions waste money on people who could pay | Wales abolished prescription charges in 2007. | Prescription charges still apply to many adults in England.
Cash and the Cashless Society | economics | the decline of cash | shoppers, banks and shopkeepers | Sweden and Britain | the 2010s and 2020s | contactless cards; older and poorer customers; bank branch closures | a cashless society would be convenient for most people and costly for a vulnerable few | cash is an outdated habit that should be allowed to disappear | Contactless payment became widespread in Britain in the 2010s. | Many Swedish shops no longer accept cash.
Universal Basic Income | economics | universal basic income | economists and welfare claimants | Finland and elsewhere | the 2010s | simplifying welfare; the fear of idleness; cost | basic income is more useful as a test of welfare's assumptions than as a ready policy | a basic income would make people stop working | Finland ran a basic income trial from 2017 to 2018. | The trial paid unemployed people a monthly sum without conditions.
The Loss of the High Street | economics | the decline of the high street | shopkeepers and councils | British towns | the 2000s and 2010s | online shopping; business rates; out-of-town retail parks | the high street is changing its purpose rather than simply dying | online shopping alone has killed the high street | Several large retail chains closed in Britain in the 2010s. | Business rates are paid on the value of commercial property.
Conformity and the Asch Lines | psychology | the Asch conformity experiments | students and psychologists | American universities | the 1950s | the line-judging task; the size of the group; the effect of one dissenter | Asch's experiments show independence as often as conformity | the experiments prove that most people will follow the crowd | Solomon Asch published his conformity studies in the 1950s. | Participants judged the lengths of lines alongside actors who gave wrong answers.
Attachment and the Strange Situation | psychology | attachment theory | infants, mothers and psychologists | Britain and the United States | the 1950s to the 1970s | separation and reunion; secure and insecure types; culture | attachment theory is most convincing when it is least rigid | attachment in infancy fixes a person's relationships for life | John Bowlby developed attachment theory after the Second World War. | Mary Ainsworth devised the Strange Situation procedure.
Is Multitasking a Myth? | psychology | multitasking | students and office workers | classrooms and offices | the digital age | switching costs; phones during study; the feeling of productivity | what people call multitasking is fast switching, and it has a cost that users rarely notice | young people have learned to multitask well | Laboratory studies find that switching between tasks slows people down. | Many students keep their phones nearby while they study.
The Digital Divide in Schools | sociology | the digital divide | pupils, teachers and families | British schools | the 2020s | devices at home; broadband; teachers' skills | the digital divide is a divide in support as much as in devices | giving every pupil a laptop would close the gap | Schools in Britain moved to remote teaching during the lockdowns of 2020. | Many families lacked enough devices for every child.
Who Volunteers? | sociology | volunteering | volunteers and charities | British communities | since 2000 | time and money; age and retirement; formal and informal help | volunteering depends on spare time, which is unevenly shared | volunteering is simply a matter of goodwill | Surveys suggest that many people help neighbours informally without calling it volunteering. | Charities in Britain rely heavily on retired volunteers.
Trial by Jury | law | trial by jury | jurors, judges and defendants | England and Wales | since the Middle Ages | judgement by peers; complex fraud trials; jurors and the internet | the jury survives because it gives verdicts a legitimacy that judges alone could not | juries are amateurs who should be replaced by professionals | Most criminal cases in England and Wales are heard without a jury in magistrates' courts. | Jurors can be punished for researching their case online.
The Right to Be Forgotten | law | the right to be forgotten | citizens, search engines and journalists | the European Union | since 2014 | old news; search results; freedom of expression | the right to be forgotten is a reasonable limit on search rather than on publishing | the right to be forgotten is censorship | The European Court of Justice ruled on the right to be forgotten in 2014. | The ruling concerned search results rather than the original articles.
Voting Machines or Paper? | politics | electronic voting | voters and election officials | democracies around the world | since 2000 | speed of counting; hacking and trust; recounts | paper ballots remain valuable because anyone can understand how they are counted | electronic voting is simply more modern and should replace paper | Britain still uses paper ballots in general elections. | Some countries abandoned electronic voting over concerns about trust.
Who Owns a Footballer's Image? | law | image rights in football | players, clubs and sponsors | European football | since the 1990s | the Bosman ruling; sponsorship deals; tax | image rights turned footballers into businesses and clubs into brokers | image rights are a minor detail of football contracts | The Bosman ruling of 1995 changed transfer rules for players at the end of their contracts. | Top players often earn large sums from sponsorship.
Social Credit and Surveillance | politics | digital surveillance | citizens and governments | cities around the world | the 2010s | cameras and face recognition; data sharing; consent | surveillance technologies are dangerous less because they watch than because they sort | surveillance is harmless for people with nothing to hide | Face recognition cameras have been trialled by police in London. | Many cities use large networks of security cameras.
Is Chess a Sport? | sport | chess as a sport | players and sporting bodies | international competition | since the 1990s | physical strain in long games; the International Olympic Committee; the definition of sport | chess fits most definitions of sport except the one people use without thinking | chess is a game of the mind and cannot be a sport | The International Olympic Committee recognised chess as a sport in 1999. | Top chess players train for physical fitness.
Video Replays in Football | sport | the video assistant referee | players, referees and fans | professional football | since 2018 | fairness; the flow of the game; fans inside the stadium | VAR has made football fairer in the records and worse to watch in the stadium | VAR has removed all serious refereeing errors | VAR was used at the World Cup in 2018. | Decisions are reviewed by officials watching screens away from the pitch.
The Modern Olympics and Their Costs | sport | hosting the Olympic Games | host cities and taxpayers | Olympic cities | since 1976 | construction budgets; the legacy of venues; security | hosting the Olympics rarely pays for itself, although some cities gain in other ways | the Games always bring lasting economic benefits | Montreal took decades to pay off the debts from the 1976 Games. | London's Olympic Park was turned into a public park after 2012.
Photography and the Painter | art history | photography's effect on painting | painters and photographers | nineteenth-century France | the decades after 1839 | portrait painting; the Impressionists; the question of what art is for | photography freed painting from one task and pushed it towards others | photography killed painting as a serious art | The daguerreotype process was announced in 1839. | The first Impressionist exhibition was held in 1874.
The Rise of the Graphic Novel | English literature | the graphic novel | readers and critics | bookshops and libraries | since the 1980s | Maus; school reading lists; the line between comics and literature | the graphic novel gained respect by telling serious stories in a form that had been dismissed | graphic novels are comics with better marketing | Art Spiegelman's Maus won a special Pulitzer Prize in 1992. | Many libraries now keep graphic novels in their adult collections.
Dystopia in Nineteen Eighty-Four | English literature | Nineteen Eighty-Four | readers | Airstrip One | an imagined 1984 | Newspeak; the telescreens; Room 101 | Orwell's deepest fear was the destruction of memory rather than of freedom | the novel is only a satire of Soviet communism | Nineteen Eighty-Four was published in 1949. | Newspeak is designed to make certain thoughts impossible to express.
War Poetry and Its Readers | English literature | First World War poetry | soldiers and readers at home | the Western Front | 1914 to 1918 | patriotic verse; Owen and Sassoon; the poems in schools | the war poets we now read were a minority voice whose view later became the standard one | the war poets spoke for all soldiers | Wilfred Owen was killed a week before the Armistice in 1918. | Most of Owen's poems were published after his death.
Translation and Loss | modern languages | literary translation | translators and readers | world literature | the present day | sound and rhythm; cultural references; the translator's visibility | translation is a kind of rewriting in which something is always gained as well as lost | translations are poor copies of the original | Many famous works are read by most of their readers in translation. | Some publishers now print the translator's name on the cover.
The Decline of Language Learning | modern languages | foreign language learning | pupils and teachers | British schools | since 2004 | the end of compulsory languages; exam grading; English as a world language | the decline of languages in Britain is a problem of confidence as much as of policy | learning languages is pointless when everyone speaks English | Languages stopped being compulsory for older pupils in England in 2004. | Fewer pupils now take a language at GCSE than in the early 2000s.
Jazz and the Recording Studio | music | early jazz recording | musicians and record companies | New Orleans, Chicago and New York | the 1920s | the three-minute record; race records; improvisation captured on disc | recording spread jazz widely while also changing what jazz was | records simply captured jazz as it already was | The Original Dixieland Jass Band made one of the first jazz recordings in 1917. | Early records could hold only about three minutes of music.
The Protest Song | music | the protest song | singers and audiences | the United States and Britain | the 1960s | the civil rights movement; folk clubs; radio and charts | protest songs mattered most as ways for movements to recognise themselves | protest songs changed government policy | Many songs were sung at civil rights marches in the 1960s. | Folk clubs were important venues for protest songs.
The Printing of the King James Bible | English language | the King James Bible | translators and readers | Jacobean England | 1604 to 1611 | committees of translators; earlier English versions; its effect on everyday phrases | the King James Bible shaped English through repetition in churches more than through literary merit | the translation was an original masterpiece written from nothing | The King James Bible was published in 1611. | Much of its wording came from William Tyndale's earlier translation.
Lighthouses and the Coast | history | the lighthouse service | keepers and shipowners | the coasts of Britain | the nineteenth century | light dues paid by ships; isolated keepers; automation | lighthouses were paid for by shipping and run as a public service, an unusual mixture that worked | lighthouses show that private enterprise can supply any public good | Trinity House is responsible for lighthouses in England and Wales. | The last lighthouse keepers in Britain left their posts in 1998.
Canals Before the Railways | history | the canal age | engineers, mine owners and boatmen | industrial England | 1760 to 1840 | cheap coal; the Bridgewater Canal; competition from railways | the canals mattered because they cut the price of heavy goods, not because they were fast | the canals were a brief and unimportant stage before the railways | The Bridgewater Canal opened in 1761. | The canal carried coal from the Duke of Bridgewater's mines to Manchester.
The Humble Shipping Container | economics | the shipping container | dock workers, shippers and ports | ports around the world | since 1956 | standard sizes; the end of traditional dock work; cheaper global trade | the container changed the world economy by making transport cost almost irrelevant | the container was a minor improvement in packing | Malcom McLean's first container ship sailed in 1956. | Containers come in standard sizes so they can move between ships, trains and lorries.
The Census and Its Questions | sociology | the national census | households and statisticians | England and Wales | since 1801 | counting the population; the questions on religion and ethnicity; privacy | the census is a record of what a society thought worth counting | the census is a neutral headcount | The first census of England and Wales was taken in 1801. | Individual census returns are kept closed for a hundred years.
Museums and Free Entry | art history | free museum entry | visitors and museum directors | Britain | since 2001 | visitor numbers; who actually visits; funding | free entry raised visitor numbers without greatly changing who visits | free entry has made museums truly open to everyone | National museums in England dropped their entry charges in 2001. | Visitor numbers rose sharply in the years after.
The Garden City Idea | geography | the garden city | planners and residents | Hertfordshire | 1898 to the 1920s | the marriage of town and country; land owned in common; Letchworth and Welwyn | the garden city idea lived on in planning long after its social aims were dropped | the garden cities were a complete success | Ebenezer Howard published his ideas about garden cities in 1898. | Letchworth Garden City was founded in 1903.
The Tay Bridge Disaster | engineering | the Tay Bridge collapse | engineers, passengers and inspectors | Dundee | 1879 and 1880 | wind loads; the quality of the ironwork; the public inquiry | the Tay Bridge fell because of a chain of small economies rather than one great error | the bridge fell simply because its designer was careless | The Tay Bridge collapsed in a storm in December 1879 while a train was crossing. | The designer, Thomas Bouch, was blamed by the inquiry.
Reading the Lindow Bog Body | archaeology | the Lindow bog body | archaeologists and scientists | Lindow Moss in Cheshire | the first century AD | how the man died; the chemistry of the peat; what the find can tell us about belief | the Lindow body is most valuable as a record of an ordinary life, whatever the cause of death | the Lindow man was certainly a ritual sacrifice | Peat cutters found the Lindow body in 1984. | The acid peat preserved the man's skin and hair.
The Ship Burial at Sutton Hoo | archaeology | the Sutton Hoo ship burial | excavators and historians | Suffolk | the early seventh century | the buried ship; the helmet and treasure; the identity of the dead man | Sutton Hoo changed the picture of early English kingdoms as connected and wealthy | the burial tells us only about one rich king | The Sutton Hoo ship burial was excavated in 1939. | The ship had rotted away, leaving rows of iron rivets in the sand.
Raising the Mary Rose | archaeology | the Mary Rose | divers and conservators | the Solent | 1545 and 1982 | why the ship sank; the lifting operation; what the crew's belongings reveal | the Mary Rose matters less for its sinking than for the ordinary objects it preserved | the Mary Rose sank because its crew were incompetent | The Mary Rose sank during a battle with a French fleet in 1545. | The hull was raised from the seabed in 1982.
The Bristol Bus Boycott | history | the Bristol bus boycott | Caribbean residents and bus company managers | Bristol | 1963 | the colour bar on bus crews; the boycott itself; the link to national laws | the boycott succeeded because it turned a local dispute into a national embarrassment | the boycott changed little outside Bristol | The Bristol Omnibus Company refused to employ black or Asian bus crews. | The company ended the colour bar in August 1963.
The Cod Wars | history | the Cod Wars | trawlermen, navies and diplomats | the waters around Iceland | 1958 to 1976 | fishing limits; clashes at sea; NATO and the Cold War | Iceland won the Cod Wars because it mattered more to Iceland than it did to Britain | Britain lost only because its navy was held back | Iceland extended its fishing limit to two hundred miles in 1975. | The disputes ended with an agreement in 1976.
Aberfan and Its Inquiry | history | the Aberfan disaster | villagers and the National Coal Board | South Wales | 1966 | the spoil tip above the school; warnings that were ignored; the inquiry and its aftermath | Aberfan showed how far a public body could escape responsibility even after a finding of blame | the disaster was an unforeseeable accident | A colliery spoil tip slid onto the village of Aberfan in October 1966. | Most of the people who died were children at the village school.
Bazalgette's Sewers | history | the London sewer system | engineers and MPs | Victorian London | 1858 to 1875 | the smell of the Thames; cholera; the embankments | London's sewers were built because of a smell but justified by the deaths they prevented | the sewers were built as soon as doctors understood cholera | The hot summer of 1858 became known as the Great Stink. | Joseph Bazalgette designed the new system of sewers.
The Kindertransport | history | the Kindertransport | refugee children and British families | Britain | 1938 and 1939 | the rescue after Kristallnacht; the host families; the parents left behind | the Kindertransport was a real rescue that was also shaped by the limits of British generosity | the Kindertransport shows British policy at its most generous | Around ten thousand children reached Britain on the Kindertransport. | Most of the children's parents were not allowed to come with them.
The Highland Clearances | history | the Highland Clearances | tenants and landlords | the Scottish Highlands | the late eighteenth and nineteenth centuries | sheep farming; emigration; the memory of eviction | the Clearances were driven by economic change but remembered through particular acts of cruelty | the Clearances were simply the result of overpopulation | Many Highland tenants were removed to make way for large sheep farms. | Large numbers of Highlanders emigrated to Canada.
Wayfinding in the Pacific | geography | Polynesian wayfinding | navigators and islanders | the Pacific Ocean | over many centuries | stars and swells; the voyaging canoe; the revival of the craft | Polynesian navigation was a body of deliberate knowledge rather than a lucky drift | Pacific islands were settled by accidental drifting | The voyaging canoe Hokule'a sailed from Hawaii to Tahiti without instruments in 1976. | Navigators read ocean swells as well as the stars.
Ice Cores and Past Climates | geography | ice core research | glaciologists | Greenland and Antarctica | since the 1950s | trapped air bubbles; annual layers; what the cores say about the future | ice cores are persuasive because several independent measurements agree | ice cores are too uncertain to tell us anything about the future | Air bubbles in ice cores preserve samples of the ancient atmosphere. | Some Antarctic ice cores cover hundreds of thousands of years.
The Evacuation of Tristan da Cunha | geography | the Tristan da Cunha evacuation | islanders and officials | the South Atlantic | 1961 to 1963 | the volcanic eruption; life in England; the vote to return | the islanders' return shows how much a community depends on its own way of deciding things | the islanders would have been better off staying in England | A volcano erupted on Tristan da Cunha in 1961. | Most of the islanders returned home in 1963.
Mass Observation | sociology | Mass Observation | volunteer diarists and researchers | Britain | 1937 onwards | diaries; overheard conversation; the wartime work for the government | Mass Observation is valuable because it recorded what official surveys ignored | Mass Observation was an amateur project of little scientific value | Mass Observation was founded in 1937. | Hundreds of volunteers kept diaries for the project during the Second World War.
The Beeching Cuts | geography | the Beeching cuts | passengers and railway planners | Britain | the 1960s | loss-making branch lines; the rise of the car; reopening lines today | the Beeching cuts followed the logic of their time but underestimated what the lines did for places | the cuts were an act of vandalism with no justification | The Beeching report was published in 1963. | Thousands of miles of railway were closed in the years that followed.
The Millennium Bug | media studies | the millennium bug | programmers and the public | computer systems worldwide | the late 1990s | two-digit years; the cost of the fix; the quiet New Year | the millennium bug was a real problem whose solution made it look imaginary | the millennium bug was a scare invented to sell consultancy | Many older programs stored years as two digits. | Few serious failures were reported on 1 January 2000.
The Hubble Mirror | history of science | the Hubble mirror flaw | astronomers and engineers | space and the laboratory | 1990 to 1993 | the wrongly shaped mirror; the public embarrassment; the servicing mission | the Hubble repair shows that a public failure can be turned into lasting trust | the mirror flaw proved that big science projects waste money | The Hubble Space Telescope was launched in 1990. | Astronauts fitted corrective optics in 1993.
The First Public Libraries | sociology | the public library movement | readers, reformers and ratepayers | Victorian Britain | from 1850 | the Public Libraries Act; self-improvement; Carnegie's gifts | the public library was built on a hope of self-improvement that its readers often ignored | public libraries were mainly a way to keep workers out of pubs | The Public Libraries Act was passed in 1850. | Andrew Carnegie paid for many library buildings.
Dating the Past with Carbon | history of science | radiocarbon dating | chemists and archaeologists | laboratories in America and Europe | since 1949 | the decay of carbon-14; calibration with tree rings; famous dates that changed | radiocarbon dating changed archaeology most when its errors were understood | radiocarbon dates are exact and need no interpretation | Willard Libby developed radiocarbon dating in the late 1940s. | Tree-ring records are used to calibrate radiocarbon dates.
Blue Plaques | art history | the blue plaque scheme | residents and heritage officials | London | since 1866 | who is chosen; the few women commemorated; plaques as tourism | blue plaques tell us as much about who did the choosing as about who is remembered | blue plaques are a neutral record of famous residents | The first London plaques were put up in 1867. | A plaque needs the person to have been dead for at least twenty years.
The Lindisfarne Gospels | art history | the Lindisfarne Gospels | monks and scholars | Northumbria | around 700 AD | the decorated pages; the Latin text and its later English gloss; the question of where they should be kept | the Lindisfarne Gospels show Northumbria as a meeting point of many traditions | the Gospels are a purely local Northumbrian work | The Lindisfarne Gospels are thought to have been made by a monk called Eadfrith. | In the tenth century a priest added an English translation between the lines.
Dunwich and the Retreating Coast | geography | the loss of Dunwich | townspeople and coastal engineers | the Suffolk coast | the thirteenth century to today | great storms; the silting of the harbour; managed retreat | Dunwich declined because the sea took its harbour long before it took its houses | Dunwich was destroyed by a single great storm | Dunwich was one of the most important ports in medieval East Anglia. | Most of the medieval town now lies under the sea.
The Torrey Canyon Spill | environmental studies | the Torrey Canyon oil spill | coastal communities and ministers | Cornwall and Brittany | 1967 | the grounding of the tanker; bombing the wreck; detergents on the beaches | the Torrey Canyon taught governments more through its mistakes than through its successes | the spill was handled as well as anyone could have managed | The tanker Torrey Canyon ran aground off Cornwall in March 1967. | The wreck was bombed by aircraft to burn off the oil.
The Lewis Chessmen | art history | the Lewis chessmen | carvers, collectors and curators | the Isle of Lewis | the twelfth century | walrus ivory carving; the Norse world; where the pieces belong today | the Lewis chessmen are a reminder that the Hebrides once sat at the centre of a Norse world | the chessmen are an isolated curiosity | The Lewis chessmen were found on the Isle of Lewis in 1831. | Most of the pieces are carved from walrus ivory.
The Piltdown Forgery | history of science | the Piltdown Man hoax | scientists and collectors | Sussex and the Natural History Museum | 1912 to 1953 | the finds in the gravel pit; the wish for an English ancestor; the tests that exposed the fraud | the Piltdown hoax lasted because it told experts what they hoped to hear | the hoax shows that science cannot be trusted | The Piltdown skull was announced in 1912. | Tests in 1953 showed that the jaw came from an ape.
The Dancing Plague of 1518 | history | the dancing plague | townspeople and physicians | Strasbourg | 1518 | the first dancer; the authorities' decision to let people dance; explanations from ergot to stress | the dancing plague is best explained by fear and belief in a town under strain | the dancing was caused by poisoned bread | In July 1518 a woman began dancing in the streets of Strasbourg. | The town authorities at first provided space and musicians for the dancers.
"""

SCHOLARS = ["Abernethy", "Balogun", "Crossthwaite", "Delacourt", "Ekwueme", "Fairbairn", "Greenhalgh", "Holroyd",
            "Isherwood", "Jagger", "Kettlewell", "Littlewood", "Mottram", "Nuttall", "Ormerod", "Prendergast",
            "Quayle", "Ramsbottom", "Stansfield", "Tattersall", "Uttley", "Villiers", "Wadsworth", "Yeadon"]

OPENER = [
    "Ask ten people about {x} and you will hear at least three different stories.",
    "On the surface, {x} looks like a settled question.",
    "Textbooks tend to give {x} a paragraph and move on, which is a pity.",
    "{X} turns up in newspapers, exam papers and pub arguments alike, usually in the same simplified form.",
    "Hardly anyone stays neutral about {x} for long.",
    "A good test of any explanation is whether it survives contact with the details, and {x} is full of details.",
    "Much of what is commonly believed about {x} turns out to be half true.",
    "There are two ways of telling the story of {x}, and they rarely meet.",
    "The trouble with {x} is not a lack of evidence but too much of it, pulling in different directions.",
    "It would be easy to treat {x} as a closed case.",
    "People who have never studied {x} often have firm views about it.",
    "Few subjects reward a second look as generously as {x}.",
]
FRAMING = [
    "This essay draws chiefly on material from {setting}.",
    "The voices of {people} are unevenly preserved, and that shapes what can be said.",
    "Scholars working from the same sources have come to opposite views.",
    "Some of the confusion comes from arguments that began before the evidence was in.",
    "The focus below is on {period}.",
    "A good deal of the familiar picture was painted much later.",
]
PUZZLE = [
    "The puzzle, then, is simple to state: {question}",
    "So the question this essay asks is: {question}",
    "A single question sits under everything below: {question}",
    "Put as directly as possible: {question}",
]
CLAIM = [
    "My argument in what follows is that {thesis}.",
    "The essay's case is that {thesis}.",
    "I shall be suggesting that {thesis}.",
    "Looking at {s1}, {s2} and {s3} in turn, this essay concludes that {thesis}.",
    "On balance, the evidence supports the view that {thesis}.",
    "Briefly put, {thesis}.",
    "What follows defends the claim that {thesis}.",
    "The answer this essay gives is that {thesis}, though not without qualification.",
]
PUZZLE_GENERIC = ["why do accounts of {x} still differ so sharply?", "what part did {people} really play in {x}?",
                  "does the usual account of {x} hold up?", "who gained from {x}, and who lost?"]
CONTEXT = [
    "Some background is useful before the argument begins.",
    "Everything here starts from {period}.",
    "Conditions in {period} were very different from those of today.",
    "In its early stages, {x} attracted little notice outside a small circle.",
    "Change came at different speeds in different places.",
    "Many of the records that survive were written by interested parties.",
    "{Scholar} sees this period as the point where the real story starts.",
    "The clearest evidence comes from {setting}.",
    "Precise dates matter less than the general direction.",
    "What came before was hardly stable either.",
    "Within a few decades the old arrangements had largely gone.",
    "Contemporaries frequently misread what was happening around them.",
]
TOPIC = [
    "Begin with {s}.",
    "Central to the whole question is {s}.",
    "More difficult to assess is {s}.",
    "Equally important, if less often discussed, is {s}.",
    "Treating {s} as a detail would be an error.",
    "Next to this stands {s}.",
    "Some of the clearest evidence concerns {s}.",
    "No serious account can ignore {s}.",
    "A further consideration is {s}.",
    "It is worth examining {s} in some detail.",
]
EXPAND = [
    "For {people}, {s} was a practical matter rather than a theoretical one.",
    "Over time the question shifted from whether {s} mattered to how much.",
    "In {setting}, {s} produced effects that nobody had planned for.",
    "Accounts of {s} vary a great deal depending on who wrote them.",
    "Official summaries mention {s} surprisingly seldom.",
    "Those who paid the price of {s} were rarely those who decided on it.",
    "This is significant because {s} limited what could happen next.",
    "Both sides of the argument tended to underrate {s}.",
    "{People} grasped the importance of {s} well before the specialists did.",
    "Public debate largely passed over {s}.",
    "The more closely {s} is examined, the less it looks like chance.",
    "Modest changes in {s} had large consequences later.",
    "This is where the popular account of {x} is at its thinnest.",
    "When {s} happened matters as much as how far it went.",
    "Nothing made it certain that {s} would turn out as it did.",
    "Much turned on decisions taken locally, in {setting}.",
]
FIGURES = [
    "{Scholar} ({year}) puts roughly {pct} per cent of the effect down to {s}.",
    "When {people} were surveyed in {year}, {pct} per cent said that {s} had been mishandled.",
    "{Scholar} ({year}) finds the same pattern in {num} separate cases.",
    "The figures in {Scholar}'s {year} study are cautious, yet they lean the same way.",
    "Surviving records from {year} point to a rise of about {pct} per cent over the next few years.",
    "Out of {num} cases compared by {Scholar} ({year}), only a few break the pattern.",
    "{Scholar} admits that the numbers are patchy, but they are at least consistent.",
    "{Scholar} suggests that earlier researchers never asked the right questions about {s}.",
]
INSTANCE = [
    "Consider {setting}, where {people} had to cope with {s} largely on their own.",
    "{Scholar} describes one group of {people} whose plans were upset by {s}.",
    "Similar examples turn up well beyond {setting}.",
    "Examples are easy to find; exceptions are not.",
    "Sources from the time return to the point repeatedly.",
    "In their own accounts, {people} keep coming back to this.",
    "Even a brief look through the archives produces plenty of examples.",
]
LINK = [
    "This lends weight to the view that {thesis}.",
    "On its own it settles nothing, but it is difficult to dismiss.",
    "For that reason, {s} cannot be considered apart from the rest.",
    "Read this way, {s} helps explain why {thesis}.",
    "A small point, perhaps, but it alters the way {x} ought to be judged.",
    "The point will matter again when the counter-argument is considered.",
    "Any balanced verdict has to make room for {s}.",
]
QINTRO = [
    "Reflecting on {setting}, {Scholar} writes:",
    "One of the {people}, interviewed many years later, put it like this:",
    "Addressing a {year} conference on {x}, one speaker observed:",
    "On {s}, {Scholar} is especially direct:",
    "{Scholar}'s summary of {s} deserves to be quoted in full:",
]
QBODY = [
    "Everybody wanted {x} to have a single cause. It had dozens, and most of them were dull.",
    "Reports make {s} sound as if it simply happened. It was decided, by people, more than once.",
    "What strikes you now is how quiet it all was. {X} did not announce itself; it came in a pile of forms.",
    "We were sure the argument about {x} would be over within a decade. It is not over yet.",
    "Anyone walking past could see {s} long before the officials admitted it.",
    "The moral of {x} is not that people were stupid. They were overstretched, and the problem could wait.",
]
QRESPONSE = [
    "It is a vivid way of making the point, and largely a fair one.",
    "The claim may go a little too far, but its core is sound.",
    "From a witness with nothing to gain, the remark carries weight.",
    "It is a persuasive view, if harder to demonstrate than it first appears.",
]
QRESPONSE2 = [
    "Other evidence about {people} tends to bear it out.",
    "It suggests, too, that {s} was understood at the time.",
    "How far it applies beyond {setting} is another matter.",
    "The remark is most useful for the light it sheds on {s}.",
    "It is a helpful check on tidier accounts of {x}.",
]
LINTRO = [
    "Across the cases, a few things seem to decide how {x} turns out:",
    "Wherever {people} are involved, certain conditions recur:",
    "Anyone trying to do better in {setting} would have to think about the following:",
    "In short, where {x} went well, these features were present:",
]
LPOINT = [
    "a clear grasp of {s} before anything is changed",
    "genuine consultation with {people} about {s}",
    "an early signal when {s} begins to fail",
    "outside scrutiny of {s}",
    "small trials of {s} before any national scheme",
    "honesty about what {s} will cost",
]
LEXTRA = ["money promised for years rather than months", "a person with the power to stop things",
          "records that survive when staff change jobs", "a sensible timetable for judging {x}"]
CONTRAST = [
    "Looking beyond one country helps to put {x} in proportion.",
    "Elsewhere, the same pressures around {x} led to different choices.",
    "Where {people} were involved from the beginning, the disputes tended to be milder.",
    "The two cases are not identical, since {s2} did not work the same way everywhere.",
    "Still, it shows that events in {setting} were not the only way things could have gone.",
    "It hints, too, that agreement mattered more than speed.",
]
COUNTER = [
    "Set against this is the argument that {rival}.",
    "Critics will respond that {rival}.",
    "The strongest objection comes from those who believe that {rival}.",
    "A doubter might fairly say that {rival}.",
    "Some evidence appears at first to show that {rival}.",
]
COUNTER_MORE = [
    "Plenty of {people} would find that view familiar.",
    "Careful writers have made this case, and it deserves a hearing.",
    "{Scholar2} ({year2}) sets out the argument most fully.",
    "There is truth in it: every choice about {x} had a cost.",
]
ANSWER = [
    "Yet what happened in {setting} suggests otherwise.",
    "Nor does it explain why {s2} carried so much weight.",
    "More seriously, the objection takes for granted the very thing it needs to show.",
    "It depends on an idea of {x} that is now decades old.",
    "Were it correct, the outcome would have been the same everywhere, and it was not.",
    "In the end, the objection points to a real cost without showing that the cost decided anything.",
]
CLOSE_OPEN = [
    "In conclusion, {thesis}.",
    "All things considered, the evidence suggests that {thesis}.",
    "This does not close the debate.",
    "So where does that leave the argument?",
    "The aim throughout has been to show that {thesis}.",
    "Standing back from the detail, one point is clear.",
    "A neat answer would be welcome, but {x} does not offer one.",
]
CLOSE = [
    "{S1}, {s2} and {s3} each explain a part; together they explain the whole.",
    "The claim that {rival} has something to it, though not enough to win the argument.",
    "The small details have turned out to say more than the large theories.",
    "It remains a fair question for {people} to ask.",
    "The natural next step would be to compare {setting} with other places.",
    "Above all, {x} resulted from choices that might have gone another way.",
    "The more useful question now is what lessons it leaves.",
    "That is a quieter conclusion than the popular version, but an easier one to defend.",
]
H_CONTEXT = ["{Setting} in {period}", "Background", "How it began", "The context", "Before {s1}",
             "Starting in {period}"]
H_STRAND = ["{S}", "On {s}", "{S} and its effects", "Looking at {s}", "Why {s} mattered", "{S} in context"]
H_CONTRAST = ["A comparison", "Beyond one country", "Elsewhere"]
H_COUNTER = ["The counter-argument", "Objections", "The case against", "Answering the critics",
             "A fair objection?", "Another view"]
H_CLOSE = ["Conclusion", "Final thoughts", "Where things stand", "To conclude", "The verdict"]


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
    """An essay from a card: an opening that ends on its thesis, background, two or three points, maybe a quotation,
    a list or a comparison, an objection with a reply and a conclusion, with or without headings. No pattern is used
    twice in one essay."""
    pools: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        left = pools.setdefault(id(pool), rng.sample(pool, len(pool)))
        return left.pop() if left else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    names = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"],
                 Period=cap(card["period"]), s1=s1, s2=s2, s3=s3, S1=cap(s1), thesis=card["thesis"],
                 rival=card["rival"], Scholar=names[0], Scholar2=names[1])

    def fill(t: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1981, 2022), year2=rng.randint(1986, 2023),
                     pct=rng.choice([11, 16, 21, 24, 29, 34, 41, 47, 56, 63]), num=rng.choice([27, 49, 71, 94, 138, 215]))
        return t.format(**slots, **extra)

    def para(*parts) -> tuple[str, str]:
        return ("paragraph", " ".join(parts))

    slots["question"] = card["question"] or cap(fill(rng.choice(PUZZLE_GENERIC)))
    headed = rng.random() < 0.62
    blocks: list[tuple] = []
    opening = [fill(pick(OPENER))]
    if rng.random() < 0.5:
        opening.append(fill(pick(FRAMING)))
    if rng.random() < 0.45:
        opening.append(fill(pick(PUZZLE)))
    opening.append(fill(pick(CLAIM)))
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(pick(H_CONTEXT))))
    back = [fill(pick(CONTEXT)), card["facts"][0]] + [fill(pick(CONTEXT)) for _ in range(rng.randint(2, 3))]
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
        body = [fill(pick(TOPIC), s), fill(pick(EXPAND), s), fill(pick(FIGURES), s)]
        if rng.random() < 0.7:
            body.insert(2, fill(pick(EXPAND), s))
        if rng.random() < 0.55:
            body.insert(rng.randint(2, len(body)), fill(pick(INSTANCE), s))
        if spare and i == 1:
            body.insert(1, spare.pop())
        if rng.random() < 0.35 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(pick(LINK), s)))
        else:
            blocks.append(para(*body, fill(pick(LINK), s)))
        if quote_at == i:
            blocks.append(para(fill(pick(QINTRO), s)))
            blocks.append(("quote", fill(pick(QBODY), s)))
            blocks.append(para(fill(pick(QRESPONSE), s), fill(pick(QRESPONSE2), s)))
        if list_at == i:
            blocks.append(para(fill(pick(LINTRO))))
            items = [cap(fill(pick(LPOINT), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LEXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.35, items)))
    if rng.random() < 0.3:
        if headed:
            blocks.append(("heading", fill(pick(H_CONTRAST))))
        blocks.append(para(*[fill(pick(CONTRAST)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(pick(H_COUNTER))))
    rival = [fill(pick(COUNTER)), fill(pick(COUNTER_MORE)), fill(pick(ANSWER), s2), fill(pick(ANSWER), s2)]
    if rng.random() < 0.5:
        rival.insert(2, fill(pick(COUNTER_MORE)))
    blocks.append(para(*rival))
    if headed:
        blocks.append(("heading", fill(pick(H_CLOSE))))
    end = [fill(pick(CLOSE_OPEN))] + [fill(pick(CLOSE)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.4:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(pick(CLOSE))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = ["Why Piers Were Built at Seaside Towns", "The Milk Round and the Doorstep", "Allotments in Wartime",
                "Who Designed the Road Sign?", "The Rise and Fall of the Telephone Box", "Bandstands in Public Parks"]
LEVELS = ["Year 12", "Year 13", "AS level", "A level", "Level 3 Diploma", "First year (Level 4)", "IB Diploma",
          "Access course"]
GRADES = ["A*", "A", "B+", "Distinction", "Merit", "71%", "66%", "First (74)", "Upper second", "7 (IB)"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def opening_text(title: str) -> str:
    return block_text(ESSAYS_BY_TITLE[title]["blocks"][0])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def word_cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


def only_in(text: str, title: str) -> bool:
    """True if `text` occurs in the essay `title` and in no other chosen essay."""
    want = norm(text)
    return all((want in norm(" ".join(block_text(b) for b in e["blocks"]))) == (t == title)
               for t, e in ESSAYS_BY_TITLE.items())


def unique_cut(text: str, n: int, title: str) -> str:
    """The first n words of `text` (more if need be), so that no other essay holds the same words."""
    cut = word_cut(text, n)
    while not only_in(cut, title) and n < len(text.split()):
        n += 1
        cut = word_cut(text, n)
    return cut


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.post_id = rng.randint(10 ** 6, 10 ** 7 - 1)


SEED = 307  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


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
    return (rng or p.rng).choice(notes).format(**{"topic": p.topic, "writer": p.author.split()[0], "title": p.title,
                                                  **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece, is_heading) -> None:
    """Insert a template piece into the essay at `pos`, but never straight after one of the essay's headings (it
    goes before the heading instead)."""
    while pos > 0 and is_heading(body[pos - 1]):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_heading(piece) -> bool:
    return piece[0] == "heading"


def mon_date(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def k_count(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


# ---- 1. brackenholt: Discourse forum topic (crawler view) --------------------------------------------------------

BH_ROOT = "https://commons.brackenholt.org"
BH_NAME = "Brackenholt Writers' Commons"
BH_POSTERS = [
    ("fennelandfig", "Second-year history at Brackenholt. Happy to swap crit, just reply to one of mine."),
    ("harriet_w", "A-level student, hoping for English and history at uni. Will read anything you post."),
    ("oatcake_owen", "Mature student on the access course. Long essays, short sleep."),
    ("lindenquill", "First-year geography. Ask me about rivers, not about referencing."),
    ("tamsin.r", "Sixth former in Kendal. I crit in green ink."),
    ("moorland_mo", "Foundation year, science side. Essays are the hard bit."),
    ("jpk_writes", "Year 13, IB. Always looking for someone to read my TOK drafts."),
]
BH_REPLIERS = ["quietmarginalia", "sorrel_s", "beckside_ben", "cwtch_and_chalk", "ivy.elliott", "rowanberry",
               "the_slow_reader", "nettle_n", "adaeze_o", "perrin_h", "kittiwake_kate"]
BH_REPLIES = [
    "Really enjoyed this. The middle section is the strongest part for me.",
    "I'd tighten the opening a little, it takes two sentences too long to get to the point.",
    "Saving this for when we get to the same unit next term.",
    "The way you deal with the other side of the argument is what I always struggle with, so thanks.",
    "Some of the sentences run on, I had to read a couple twice.",
    "Honestly this reads like top band to me.",
    "Could you share the reading list you used? Some of those sources look useful.",
    "Your ending doesn't just repeat the start, which is exactly what our teacher keeps asking for.",
    "Not sure the background paragraph needs to be that long, but the rest flows well.",
    "This is the kind of structure I need to copy for my own plan (the structure, not the words!).",
]
BH_EDIT_LABELS = ["EDIT:", "ETA:", "Edit 2:", "Update:"]
BH_EDITS = [
    "a couple of people asked where the numbers in this bit come from, they are all from the module reading list",
    "yes I know this paragraph is long, my tutor said so too",
    "rewrote this paragraph after the first few replies, hopefully it reads better now",
    "fixed the typo here, thanks to whoever flagged it",
    "my {topic} teacher said this was the best section, which surprised me",
    "still not sure this paragraph earns its place, opinions welcome",
    "added where this came from after someone queried it",
]
BH_SPOILERS = ["My tutor's comments, blurred so they don't sway you:", "The mark breakdown (click to reveal):"]
BH_BANNERS = [
    "The Commons will be read-only on Sunday morning while we move to a new server.",
    "Exam season: feedback threads may be slower than usual. Please crit two topics for every one you post.",
    "New category: Personal Statements. Read the pinned guidance before posting.",
]
BH_PLEA = ("This one has already been submitted and marked, and it sits in the plagiarism database, so please don't "
           "borrow from it.")
BH_PROMOS = {1: "January crit swap: post a draft, read three", 2: "February workshop thread: writing introductions",
             3: "March challenge: cut your longest paragraph in half", 4: "Easter revision threads are now open",
             5: "May: timed essay practice every Wednesday evening", 6: "June: summer reading recommendations thread",
             7: "July: the Commons is quieter over summer, but still open", 8: "August: results day support thread",
             9: "September: welcome to new members, say hello in Introductions",
             10: "October: peer review pairs are being matched now", 11: "November: the long essay sprint starts on the 1st",
             12: "December: best crit of the year nominations"}


def bh_meta(user: str, when: str, iso: str, n: int) -> str:
    return (f"<div class='crawler-post-meta'><span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
            f"<a itemprop=\"url\" href='{BH_ROOT}/u/{user}'><span itemprop='name'>{user}</span></a></span>"
            f"<span class=\"crawler-post-infos\"><time itemprop='datePublished' datetime='{iso}' class='post-time'>{when}</time>"
            f"<meta itemprop='position' content='{n}'></span></div>")


def bh_likes(n: int) -> str:
    return (f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">'
            f'<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{n}" />'
            f"<span class='post-likes'>{n} Likes</span></div>")


def brackenholt(p: Page) -> str:
    rng = p.rng
    site = "brackenholt"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    topic_id = 4000 + p.post_id % 6000
    s = slug(p.title)
    url = f"{BH_ROOT}/t/{s}/{topic_id}"
    user, sig = BH_POSTERS[rng.randrange(len(BH_POSTERS))]
    posted = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1900))
    hour = rng.randint(1, 11)
    when = f"{posted.strftime('%B')} {posted.day}, {posted.year}, {hour}:{rng.randint(0, 59):02d}{rng.choice(['am', 'pm'])}"
    pieces: list[tuple[str, str]] = []
    n_head = 0
    for kind, value in p.visible():
        if kind == "heading":
            n_head += 1
            a = f"{anchor_id(value)[:40]}-{n_head}"
            pieces.append(("heading", f'<h2><a name="{a}" class="anchor" href="#{a}"></a>{esc(value)}</h2>'))
        elif kind == "paragraph":
            pieces.append(("text", f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "edit", 13, p):  # the poster's own edit line between paragraphs
        label = rng.choice(BH_EDIT_LABELS)
        text = note_for(BH_EDITS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p><strong>{esc(label)}</strong> {esc(text)}</p>"), kind_heading)
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "spoiler", 4, p)
    if turn is not None:  # a spoiler block, two wordings in turn
        lead = BH_SPOILERS[turn % 2]
        if turn % 2 == 0:
            inside = (f"{lead} Clear line of argument throughout. Use of evidence is {rng.choice(['secure', 'confident', 'thorough'])}. "
                      f"Watch the length of the second section. {p.grade}.")
        else:
            a, b, c = rng.randint(6, 10), rng.randint(6, 10), rng.randint(3, 5)
            inside = f"{lead} argument {a}/10, evidence {b}/10, style and accuracy {c}/5, total {a + b + c}/25."
        put(pieces, rng.randint(1, len(pieces) - 1), ("spoiler", f'<div class="spoiler"><p>{esc(inside)}</p></div>'), kind_heading)
        p.clutter.append(inside)
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Only signed-in members can see the remaining {fmt_int(more)} words of this post."
        pieces.append(("wall", f'<div class="hidden-for-guests"><p>\U0001F512 {esc(wall)}</p><p><a href="/login">Log In</a> or <a href="/signup">Sign Up</a> to keep reading.</p></div>'))
        p.clutter += [wall, "Log In or Sign Up to keep reading."]
    if p.cut is None and p.refs:
        a = f"works-cited-{n_head + 1}"
        pieces.append(("heading", f'<h2><a name="{a}" class="anchor" href="#{a}"></a>Works Cited</h2>'))
        pieces += [("text", f"<p>{mk}</p>") for _, mk in p.refs]
    plea = ("note", f"<p><em>{esc(BH_PLEA)}</em></p>")
    p.clutter.append(BH_PLEA)
    if half_and_half(site, "plea", p):
        pieces.insert(0, plea)
    else:
        pieces.append(plea)
    # the markdown table the poster fills in: one label row, one value row
    length = f"{fmt_int(p.words)} words, roughly {plural(p.pages, 'page')} typed"
    wants = rng.choice(["structure", "the conclusion", "whether it answers the question", "flow between paragraphs",
                        "use of sources", "anything at all"])
    module = f"{p.level} {p.category}"
    cols = [("Course", module), ("Length", length), ("Mark", p.grade), ("Feedback on", wants)]
    table = ('<div class="md-table"><table>\n<thead>\n<tr>\n' + "".join(f"<th>{k}</th>\n" for k, _ in cols)
             + "</tr>\n</thead>\n<tbody>\n<tr>\n" + "".join(f"<td>{esc(v)}</td>\n" for _, v in cols) + "</tr>\n</tbody>\n</table>\n</div>")
    p.clutter += [module, length, "Feedback on", wants]
    cooked = table + "\n" + "\n".join(h for _, h in pieces)
    likes1 = rng.randint(0, 24)
    p.clutter += [f"{likes1} Likes", sig, user]
    # the replies: same post markup; some quote a sentence of the essay
    replies = ""
    n_rep = rng.randint(2, 5)
    day = posted
    said = rng.sample(BH_REPLIES, n_rep)
    quotable = [sen for k, v in p.visible() if k == "paragraph" for sen in sentences_of(v) if len(sen.split()) >= 8]
    for n, (who, text) in enumerate(zip(rng.sample(BH_REPLIERS, n_rep), said), 2):
        day = day + timedelta(days=rng.randint(0, 5))
        w = f"{day.strftime('%B')} {day.day}, {day.year}, {rng.randint(1, 11)}:{rng.randint(0, 59):02d}{rng.choice(['am', 'pm'])}"
        quote_html = ""
        if n == 2 and quotable and rng.random() < 0.6:
            sen = rng.choice(quotable)
            quote_html = (f'<aside class="quote no-group" data-username="{user}" data-post="1" data-topic="{topic_id}"><div class="title">'
                          f'<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/{user}/48/{topic_id}_2.png" class="avatar"> {user}:</div>'
                          f"<blockquote><p>{esc(sen)}</p></blockquote></aside>\n")
        lk = rng.randint(0, 6)
        replies += (f"<div id='post_{n}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>"
                    + bh_meta(who, w, day.isoformat() + "T12:00:00Z", n)
                    + f"<div class='post' itemprop='text'>\n{quote_html}<p>{esc(text)}</p>\n</div>" + bh_likes(lk) + "</div>\n")
        p.clutter += [who, text, w]
    last = day
    views = rng.choice([rng.randint(40, 900), rng.randint(1000, 9000)])
    users = n_rep + 1 - rng.randint(0, 1)
    tmap = ('<div class="topic-map"><ul class="topic-map__stats">'
            f'<li><h4>created</h4><span class="relative-date">{posted.strftime("%b")} \u2019{posted.strftime("%y")}</span></li>'
            f'<li><h4>last reply</h4><span class="relative-date">{last.strftime("%b")} \u2019{last.strftime("%y")}</span></li>'
            f'<li><span class="number">{n_rep}</span><h4>replies</h4></li><li><span class="number">{k_count(views)}</span><h4>views</h4></li>'
            f'<li><span class="number">{users}</span><h4>users</h4></li></ul></div>')
    p.clutter += ["last reply", when]
    # suggested topics: the start of other essays' second paragraph
    rows = ""
    for t in rng.sample(p.others, 4):
        paras = paragraphs_of(t)
        ex = unique_cut(paras[1], rng.randint(25, 40), t)
        rep, vw = rng.randint(1, 14), rng.randint(30, 4000)
        act = date(2023, 1, 1) + timedelta(days=rng.randint(0, 500))
        subj = cap(ESSAYS_BY_TITLE[t]["tags"][0])
        rows += (f'<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="{BH_ROOT}/t/{slug(t)}/{4000 + int(hexid(t, n=4), 16) % 6000}" class="title raw-link raw-topic-link">{esc(t)}</a></span>'
                 f'<div class="link-bottom-line"><span class="badge-category__name">{esc(subj)}</span></div>'
                 f'<div class="topic-excerpt">{esc(ex)}\u2026</div></td>'
                 f'<td class="num posts"><span class="number">{rep}</span></td><td class="num views"><span class="number">{k_count(vw)}</span></td>'
                 f'<td class="num activity"><span class="relative-date">{act.strftime("%b")} \u2019{act.strftime("%y")}</span></td></tr>')
        p.clutter += [t, ex]
    suggested = ('<div id="suggested-topics" class="more-topics__list suggested-topics" role="complementary"><h3 class="suggested-topics-title">Suggested topics</h3>'
                 '<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead>'
                 f"<tbody>{rows}</tbody></table></div>")
    p.clutter.append("Suggested topics")
    ref = f"{user}. ({posted.year}, {posted.strftime('%B')} {posted.day}). {p.title} [Online forum post]. {BH_NAME}. {url}"
    ref_html = (f'<div class="topic-reference"><h3>Referencing this topic</h3><p>APA 7th edition, for a forum post:</p><p class="topic-reference__entry">{esc(ref)}</p></div>')
    p.clutter += ["Referencing this topic", "APA 7th edition, for a forum post:", ref]
    footer_btns = ('<div id="topic-footer-buttons"><button class="btn share">Share</button> <button class="btn bookmark">Bookmark</button> '
                   '<button class="btn flag-topic">Flag</button> <button class="btn create">Reply</button>'
                   '<p class="topic-footer-hint">Share a link to this topic, or bookmark it to find it again later.</p></div>')
    p.clutter += ["Bookmark", "Share a link to this topic, or bookmark it to find it again later."]
    promo = BH_PROMOS[posted.month]
    p.clutter += [promo, BH_NAME, "Essay Exchange", "feedback-wanted", "Community guidelines", "Terms of Service",
                  "Powered by Discourse, best viewed with JavaScript enabled"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="banner" class="banner"><div id="banner-content" class="cooked"><p>{esc(BH_BANNERS[turn])}</p></div></div>'
        p.clutter.append(BH_BANNERS[turn])
    cta = ""
    if shown_on(site, "cta", 6, p):
        cta = ('<div class="signup-cta alert alert-info"><h3>Reading a lot of essays?</h3><p>Make an account and you can post your own '
               'drafts for feedback, follow topics and get a note when someone replies.</p><button class="btn btn-primary">Sign Up</button> '
               '<button class="btn no-text">Remind me tomorrow</button></div>')
        p.clutter += ["Reading a lot of essays?", "Make an account and you can post your own drafts for feedback", "Remind me tomorrow"]
    subj = p.category
    tags = [slug(p.level), "feedback-wanted"]
    tag_html = "".join(f'<a href="{BH_ROOT}/tag/{t}" class="discourse-tag simple">{t}</a> ' for t in tags)
    desc = html.escape(word_cut(opening_text(p.title), 28))
    return f"""<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} - {esc(subj)} - {BH_NAME}</title>
<meta name="description" content="{desc}">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="{BH_ROOT}/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="color-scheme" content="light">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{url}" />
<link rel="search" type="application/opensearchdescription+xml" href="{BH_ROOT}/opensearch.xml" title="{BH_NAME} Search">
<link href="/stylesheets/color_definitions_base__1_{hexid(site, 'css', n=12)}.css?__ws=commons.brackenholt.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_{hexid(site, 'dt', n=12)}.css?__ws=commons.brackenholt.org" media="all" rel="stylesheet" data-target="desktop"  />
<meta property="og:site_name" content="{BH_NAME}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{html.escape(p.title)}" />
<meta property="og:description" content="{desc}" />
<meta property="article:published_time" content="{posted.isoformat()}T10:00:00+00:00" />
<meta property="discourse:tags" content="{','.join(tags)}" />
<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": p.title, "datePublished": posted.isoformat(), "author": {"@type": "Person", "name": user}, "url": url}, separators=(",", ":"))}</script>
</head>
<body class="crawler ">
<header><a href="/"><img src="{BH_ROOT}/uploads/default/original/1X/brackenholt-logo.png" alt="{BH_NAME}" id="site-logo" style="max-width: 150px;"></a>
<nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">Community guidelines</a></li><li><a href="/login">Log In</a></li></ul></nav>
<p class="header-promo"><a href="/t/whats-on/12">{esc(promo)}</a></p></header>
{banner}
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title">
<h1><a href="{url}">{esc(p.title)}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{BH_ROOT}/c/essay-exchange/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #3a6b4f'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Essay Exchange</span></span></a><meta itemprop="position" content="1" /></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{BH_ROOT}/c/essay-exchange/{slug(subj)}/{5 + len(subj)}" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #b5893a'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>{esc(subj)}</span></span></a><meta itemprop="position" content="2" /></span>
</div>
<div class="topic-list-tags">{tag_html}</div>
</div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
<meta itemprop='headline' content='{html.escape(p.title)}'>
<link itemprop='url' href='{url}'>
<meta itemprop='datePublished' content='{posted.isoformat()}T10:00:00Z'>
<div id='post_1' class='topic-body crawler-post'>
{bh_meta(user, when, posted.isoformat() + "T10:00:00Z", 1)}
<div class='post' itemprop='text'>
{cooked}
</div>
<div class="user-signature"><p>{esc(sig)}</p></div>
{bh_likes(likes1)}
</div>
{tmap}
{replies}
</div>
{footer_btns}
{ref_html}
{cta}
{suggested}
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Community guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li></ul></nav></footer>
<div class="buorg"><div>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div></div>
</body>
</html>
"""


# ---- 2. wetherlam: Pressbooks chapter of an open reader of student essays -----------------------------------------

WL_ROOT = "https://openbooks.wetherlam.ac.uk/makingthecase"
WL_BOOK = "Making the Case: An Open Reader of Student Essays"
WL_EDITOR = "Rhiannon Ashby"
WL_NOTE_LABELS = ["Stop and think:", "Craft note:", "Reading note:", "Look closer:"]
WL_NOTES = [
    "What job does the first sentence of this paragraph do? Could you predict the rest of the paragraph from it?",
    "Count the sources named so far. Each one arrives with a date and a reason to trust it.",
    "{writer} moves from reporting to evaluating here. Find the word where the shift happens.",
    "A list of causes would be easier to write. This paragraph ranks them instead.",
    "Notice how little of this paragraph is summary of the {topic} reading.",
    "Try rewriting the last sentence of this paragraph without the hedge. Is it still true?",
    "Here the writer concedes something. Conceding a point can make an argument stronger, not weaker.",
]
WL_EXERCISES = [("Discussion questions", ["Which paragraph would you cut first if the word limit were halved, and why?",
                                          "Where does the writer disagree with a source rather than report it?",
                                          "Is the counter-argument given a fair hearing?"]),
                ("Writing prompt", ["Write a one-paragraph reply to this essay that takes the opposite side.",
                                    "Then swap with a partner and mark each other's topic sentences."])]
WL_NOTICES = [
    "We are revising this book for the 2025 edition. Chapter numbers may change over the summer.",
    "Some chapters are temporarily unavailable while their permissions are renewed.",
    "Instructors: a question bank to accompany this reader is available on request.",
]
WL_HONESTY = ("These essays are shared so that you can study how they work. Submitting any part of them as your own "
              "work breaches Wetherlam College's academic conduct policy, and the whole book is registered with "
              "similarity-checking services.")
WL_PROMOS = {1: "Open Education Week is coming in March: nominate a favourite open textbook",
             2: "Open Education Week is coming in March: nominate a favourite open textbook",
             3: "Open Education Week: all chapters are free to adapt under CC BY",
             4: "Spring term: new chapters in the history section",
             5: "Exam season: the printable edition is in the library",
             6: "Call for contributors: submit your essay for the next edition by 30 June",
             7: "The reader is being updated over the summer", 8: "The reader is being updated over the summer",
             9: "New to Wetherlam? Start with the introduction for first-year students",
             10: "October: workshop on using this reader in seminars",
             11: "November: new chapters in the science section", 12: "Thank you to this year's contributors"}


def wl_textbox(kind: str, title: str, inner: str) -> str:
    return (f'<div class="textbox textbox--{kind}"><header class="textbox__header"><p class="textbox__title">{esc(title)}</p></header>'
            f'<div class="textbox__content">{inner}</div></div>')


def wl_chapter_url(title: str) -> str:
    return f"{WL_ROOT}/chapter/{slug(title)}/"


def wetherlam(p: Page) -> str:
    rng = p.rng
    site = "wetherlam"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = wl_chapter_url(p.title)
    student = p.author
    post_id = 200 + p.index * 7 + p.post_id % 5
    imported = rng.random() < 0.5  # pasted from a Word file: Pressbooks' import classes
    pc = ' class="import-Normal"' if imported else ""
    pieces: list[tuple[str, str]] = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            hc = ' class="import-Heading2"' if imported else ""
            pieces.append(("heading", f'<h2 id="chapter-{post_id}-section-{k}"{hc}>{esc(value)}</h2>'))
        elif kind == "paragraph":
            pieces.append(("text", f"<p{pc}>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote><p{pc}>{esc(value)}</p></blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # a sidebar textbox between the essay's paragraphs
        label = rng.choice(WL_NOTE_LABELS)
        text = note_for(WL_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6),
            ("note", f'<div class="textbox textbox--sidebar"><p><strong>{esc(label)}</strong> {esc(text)}</p></div>'), kind_heading)
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "exercise", 4, p)
    if turn is not None:  # an exercises textbox with a numbered list, two in turn
        title, qs = WL_EXERCISES[turn % 2]
        inner = "<ol>" + "".join(f"<li>{esc(q)}</li>" for q in qs) + "</ol>"
        put(pieces, rng.randint(2, len(pieces) - 1), ("box", wl_textbox("exercises", title, inner)), kind_heading)
        p.clutter += [title, *qs]
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"This chapter is restricted. The remaining {fmt_int(more)} words are available to Wetherlam College "
                "students and staff after signing in.")
        pieces.append(("wall", f'<div class="textbox textbox--private"><p>{esc(wall)}</p><p><a href="{WL_ROOT}/wp-login.php?redirect_to={quote(url, safe="")}">Sign in with your college account</a></p></div>'))
        p.clutter += [wall, "Sign in with your college account"]
    if p.cut is None and p.refs:
        hc = ' class="import-Heading2"' if imported else ""
        pieces.append(("heading", f'<h2 id="chapter-{post_id}-works-cited"{hc}>Works Cited</h2>'))
        pieces += [("text", f'<p class="hanging-indent">{mk}</p>') for _, mk in p.refs]
    honesty = ("box", wl_textbox("key-takeaways", "Using this chapter honestly", f"<p>{esc(WL_HONESTY)}</p>"))
    p.clutter += ["Using this chapter honestly", WL_HONESTY]
    if half_and_half(site, "honesty", p):
        pieces.insert(0, honesty)
    else:
        pieces.append(honesty)
    # "at a glance": label / value items in the same <ul> markup as the essay's lists
    length = f"{fmt_int(p.words)} words, which is {plural(p.pages, 'page')} in the PDF edition"
    term = f"{rng.choice(['Autumn', 'Spring', 'Summer'])} term {p.date.year}"
    course = f"{p.category.upper()[:3]} {rng.randint(100, 299)}: {p.category} ({p.level})"
    task = rng.choice(["Argumentative essay", "Discursive essay", "Timed essay", "Coursework essay", "Take-home essay"])
    reviewer = rng.choice(["Rhiannon Ashby", "Dev Chaudhry", "Morag Linklater", "Femi Adeyemi"])
    glance = [("Course", course), ("Task", task), ("Length", length), ("Grade", p.grade), ("Contributed", term),
              ("Peer reviewed by", reviewer)]
    glance_html = wl_textbox("learning-objectives", "This essay at a glance",
                             "<ul>" + "".join(f"<li><strong>{k}:</strong> {esc(v)}</li>" for k, v in glance) + "</ul>")
    p.clutter += ["This essay at a glance", course, length, term, f"Peer reviewed by: {reviewer}", f"Task: {task}"]
    # compare with: other essays' thesis sentences
    comp = ""
    for t in rng.sample(p.others, 3):
        thesis = sentences_of(opening_text(t))[-1]
        n = p.site_titles.index(t) + 1
        comp += f'<p><a href="{wl_chapter_url(t)}">{esc(t)}</a> (Chapter {n}): \u201c{esc(thesis)}\u201d</p>'
        p.clutter += [t, thesis]
    compare = wl_textbox("examples", "Compare with", f"<p>Three other chapters that take a clear position early:</p>{comp}")
    p.clutter += ["Compare with", "Three other chapters that take a clear position early:"]
    ugc = "\n".join([glance_html] + [h for _, h in pieces] + [compare])
    # after the chapter: reference, contributor, licence, sharing
    last, first = student.split()[1], student.split()[0]
    ref = (f"{last}, {first[0]}. ({p.date.year}). {p.title}. In {WL_EDITOR.split()[0][0]}. {WL_EDITOR.split()[1]} (Ed.), "
           f"Making the case: An open reader of student essays. Wetherlam College. {url}")
    bio = (f"{first} wrote this essay as a {p.level} student of {p.topic} at Wetherlam College and agreed to share it "
           f"in {p.date.year}.")
    lic = f"\u201c{p.title}\u201d by {student} is licensed under a Creative Commons Attribution 4.0 International License, except where otherwise noted."
    p.clutter += ["Referencing the chapter (APA)", ref, "About the contributor", bio, lic, "Share this chapter",
                  "Copy link"]
    reads = rng.choice([rng.randint(30, 900), rng.randint(901, 5000)])
    updated = p.date + timedelta(days=rng.randint(30, 400))
    meta = f"Last updated {uk_date(updated)} \u00b7 read {fmt_int(reads)} times this term"
    p.clutter.append(meta)
    # nav-reading and the book's contents
    titles = p.site_titles
    nav = '<nav class="nav-reading" role="navigation">'
    if p.index > 1:
        nav += f'<div class="nav-reading__previous js-nav-previous"><a href="{wl_chapter_url(titles[p.index - 2])}" title="Previous: {html.escape(titles[p.index - 2])}"><span class="screen-reader-text">Previous:</span> {esc(titles[p.index - 2])}</a></div>'
        p.clutter.append(titles[p.index - 2])
    if p.index < len(titles):
        nav += f'<div class="nav-reading__next js-nav-next"><a href="{wl_chapter_url(titles[p.index])}" title="Next: {html.escape(titles[p.index])}"><span class="screen-reader-text">Next:</span> {esc(titles[p.index])}</a></div>'
        p.clutter.append(titles[p.index])
    nav += '<button class="nav-reading__to-top">Back to top</button></nav>'
    subjects = sorted({ESSAYS_BY_TITLE[t]["tags"][0] for t in titles})
    toc = ""
    for part, subj in enumerate(subjects, 1):
        chaps = "".join(f'<li class="toc__chapter{" toc__chapter--current" if t == p.title else ""}"><a href="{wl_chapter_url(t)}">{esc(t)}</a></li>'
                        for t in titles if ESSAYS_BY_TITLE[t]["tags"][0] == subj)
        toc += f'<li class="toc__part"><p class="toc__part__title">Part {part}. {esc(cap(subj))}</p><ol class="toc__chapters">{chaps}</ol></li>'
    p.clutter += list(p.others)
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:
        notice = f'<div class="pb-notice pb-notice--book" role="status"><p>{esc(WL_NOTICES[turn])}</p></div>'
        p.clutter.append(WL_NOTICES[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="wl-consent" class="consent-banner" role="dialog"><p>This book stores a small cookie to remember your '
                  'reading position and text size, and counts visits anonymously.</p><button class="button button--primary">OK</button> '
                  '<a class="button button--text" href="/privacy/">Privacy settings</a></div>')
        p.clutter += ["This book stores a small cookie to remember your reading position and text size", "Privacy settings"]
    promo = WL_PROMOS[p.date.month]
    p.clutter += [promo, WL_BOOK, "Making the Case", "Powered by Pressbooks", "Pressbooks User Guide",
                  "Pressbooks Directory", "Wetherlam College Library", "Open textbooks at Wetherlam",
                  "Skip to content", "Back to top", "Sign in"]
    chapter_no = p.index
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} &#8211; {esc(WL_BOOK)}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="shortlink" href="{WL_ROOT}/?p={post_id}">
<meta property="og:type" content="book">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{html.escape(WL_BOOK)}">
<meta name="citation_title" content="{html.escape(p.title)}">
<meta name="citation_book_title" content="{html.escape(WL_BOOK)}">
<meta name="citation_author" content="{html.escape(student)}">
<meta name="citation_publisher" content="Wetherlam College">
<link rel="stylesheet" id="pressbooks-book-css" href="{WL_ROOT}/wp-content/uploads/sites/14/pressbooks/css/style.css?ver={hexid(site, 'v', n=8)}" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@type": "Chapter", "name": p.title, "isPartOf": WL_BOOK, "author": [{"@type": "Person", "name": student}], "license": "https://creativecommons.org/licenses/by/4.0/"}, separators=(",", ":"))}</script>
</head>
<body class="chapter-template-default single single-chapter postid-{post_id} theme-mcluhan">
<a class="screen-reader-text" href="#main">Skip to content</a>
<div class="nav-container"><nav><div class="header__brand"><a aria-label="{html.escape(WL_BOOK)}" href="{WL_ROOT}/"><img class="header__logo--svg" src="/wp-content/uploads/sites/14/wetherlam-mark.svg" alt=""> <span class="header__title">Making the Case</span></a></div>
<div class="header__nav"><ul id="nav-primary-menu" class="nav--primary"><li><a href="https://openbooks.wetherlam.ac.uk/">Open textbooks at Wetherlam</a></li><li><a href="https://library.wetherlam.ac.uk/">Wetherlam College Library</a></li><li><a href="{WL_ROOT}/wp-login.php">Sign in</a></li></ul></div></nav>
<p class="header__promo">{esc(promo)}</p>
<div class="reading-header"><nav class="reading-header__inside"><div class="reading-header__toc dropdown"><h3 class="reading-header__toc__title">Contents</h3><div class="block-reading-toc" id="block-reading-toc" hidden><ol class="toc">{toc}</ol></div></div>
<h2 class="reading-header__title"><a href="{WL_ROOT}/">{esc(WL_BOOK)}</a></h2></nav></div></div>
{notice}
<div id="content" role="main"><div id="main">
<section class="chapter standard post-{post_id}" id="post-{post_id}" data-type="chapter">
<div class="chapter-title-wrap"><p class="chapter-number">{chapter_no}</p><h1 class="chapter-title">{esc(p.title)}</h1><p class="chapter-author">{esc(student)}</p></div>
<p class="chapter-meta">{esc(meta)}</p>
<div class="ugc chapter-ugc">
{ugc}
</div>
<div class="chapter-reference"><h3>Referencing the chapter (APA)</h3><p class="hanging-indent">{esc(ref)}</p></div>
<div class="contributors"><h3 class="about-authors">About the contributor</h3><div class="contributor"><div class="contributor__name__and__links"><p class="contributor__name">{esc(student)}</p></div><div class="contributor__bio"><p>{esc(bio)}</p></div></div></div>
<div class="licensing"><div class="license-attribution"><p><img src="{WL_ROOT}/wp-content/plugins/pressbooks/assets/dist/images/cc-by.svg" alt="Icon for the Creative Commons Attribution 4.0 International License"></p><p>{esc(lic)}</p></div></div>
<div class="chapter-share"><span class="chapter-share__label">Share this chapter</span> <a href="https://mastodon.social/share?text={quote(url, safe='')}">Mastodon</a> <a href="mailto:?subject={quote(p.title)}&amp;body={quote(url, safe='')}">Email</a> <button class="chapter-share__copy">Copy link</button></div>
</section>
{nav}
</div></div>
<footer class="footer"><div class="footer__inner"><section class="footer__pressbooks"><a class="footer__pressbooks__icon" href="https://pressbooks.com" title="Pressbooks"><svg aria-hidden="true" width="45" height="44"><use href="#pressbooks-logo"></use></svg></a><div class="footer__pressbooks__links"><p class="footer__pressbooks__links__title"><a href="https://pressbooks.com"><span class="pb-link">Powered by Pressbooks</span></a></p><ul class="footer__pressbooks__links__list"><li><a href="https://pressbooks.org/user-guide/">Pressbooks User Guide</a></li><li><a href="https://pressbooks.directory">Pressbooks Directory</a></li></ul></div></section></div></footer>
{cookie}
<script src="{WL_ROOT}/wp-content/themes/pressbooks-book/dist/scripts/book.js?ver={hexid(site, 'js', n=8)}" id="pressbooks-book-script-js"></script>
</body>
</html>
"""


# ---- 3. lowick: Framer site of an essay-coaching studio ---------------------------------------------------------

LW_ROOT = "https://lowick.studio"
LW_COACHES = [("Esme Thwaite", "Esme coached sixth-form writers for nine years before starting Lowick."),
              ("Niall Quarmby", "Niall marks for an exam board every summer and coaches argument the rest of the year."),
              ("Yasmin Okoro", "Yasmin teaches essay structure to first-year undergraduates and Lowick members."),
              ("Hugo Brathay", "Hugo works with students who find the blank page the hardest part.")]
LW_NOTE_LABELS = ["Coach's note \u2014", "Why it works \u2014", "Steal this move \u2014", "Margin \u2014"]
LW_NOTES = [
    "the topic sentence makes a claim, not an announcement. Compare it with 'This paragraph will discuss'.",
    "the source arrives with a name, a date and a job to do.",
    "watch {writer} switch from describing to judging in the middle of this paragraph.",
    "a weaker {topic} essay would list these points; this one puts them in order of weight.",
    "the objection is put at full strength before it is answered.",
    "every verb here is careful: suggests, points to, leans. Never 'proves'.",
    "if your paragraphs run long, this is the length to aim for.",
]
LW_VIDEOS = ["Watch: {coach} talks through this paragraph ({m}:{s:02d})", "Listen: the writer reads the opening aloud ({m}:{s:02d})"]
LW_BANNERS = ["Summer cohort applications close on Friday. Six places left.",
              "New: one-to-one plan reviews on Sunday evenings.",
              "We're hiring coaches for history and geography. Apply by 12 May."]
LW_WARNING = "Read it, learn from it, don't hand it in. Every essay in the library is registered with plagiarism checkers."
LW_PROMOS = {1: "New term, new plan: 20% off coaching in January", 2: "February half-term intensive: three sessions, one essay",
             3: "Mock season: book a timed-essay review", 4: "Easter intensives: five mornings, five essays",
             5: "Exam countdown: daily essay drills", 6: "After exams: get ahead on next year's coursework",
             7: "Summer cohort starts 22 July", 8: "Results week: free call for anyone unsure what's next",
             9: "Back to school: first coaching session free", 10: "October: EPQ and extended essay clinics",
             11: "November: personal statement reviews", 12: "Gift a term of coaching"}


def lw_cls(*parts) -> str:
    return "framer-" + hexid(*parts, n=6)


def lw_text(text: str, preset: str = "body", tag: str = "p", inner_html: bool = False) -> str:
    body = text if inner_html else esc(text)
    return (f'<div class="{lw_cls("rt", preset)}" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">'
            f'<{tag} class="framer-text framer-styles-preset-{hexid("preset", preset, n=7)}" data-styles-preset="{hexid("sp", preset, n=9)}">{body}</{tag}></div>')


def lowick(p: Page) -> str:
    rng = p.rng
    site = "lowick"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{LW_ROOT}/library/{s}"
    coach, cbio = LW_COACHES[rng.randrange(len(LW_COACHES))]
    body_p = f'class="framer-text framer-styles-preset-{hexid("preset", "essay-p", n=7)}" data-styles-preset="{hexid("sp", "essay-p", n=9)}"'
    body_h = f'class="framer-text framer-styles-preset-{hexid("preset", "essay-h", n=7)}" data-styles-preset="{hexid("sp", "essay-h", n=9)}"'
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<h2 {body_h}>{esc(value)}</h2>"))
        elif kind == "paragraph":
            pieces.append(("text", f"<p {body_p}>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f'<blockquote class="framer-text"><p {body_p}>{esc(value)}</p></blockquote>'))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f'<{tag} class="framer-text">' + "".join(f'<li class="framer-text" data-preset-tag="p"><p {body_p}>{esc(i)}</p></li>' for i in items) + f"</{tag}>"))
    n_essay = len(pieces)

    def module(name: str, inner: str) -> str:
        return (f'<div class="framer-text-module" style="--width:100%;--aspect-ratio:auto"><div class="{lw_cls(site, name)}" data-framer-name="{name}">{inner}</div></div>')

    if shown_on(site, "note", 13, p):  # the coach's note: a component inside the essay's rich text
        label = rng.choice(LW_NOTE_LABELS)
        text = note_for(LW_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", module("Coach note", f'<p class="framer-text framer-styles-preset-{hexid("preset", "note", n=7)}"><strong class="framer-text">{esc(label)}</strong> {esc(text)}</p>')), kind_heading)
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "video", 4, p)
    if turn is not None:  # an embedded video, two captions in turn
        secs = rng.randint(75, 290)
        cap_text = LW_VIDEOS[turn % 2].format(coach=coach.split()[0], m=secs // 60, s=secs % 60)
        vid = hexid(site, p.index, "yt", n=11)
        put(pieces, rng.randint(2, len(pieces) - 1), ("video", module("Video", f'<iframe src="https://www.youtube.com/embed/{vid}?rel=0" title="YouTube video" frameborder="0" allowfullscreen style="width:100%;aspect-ratio:16/9"></iframe>'
                                                                          f'<p class="framer-text framer-styles-preset-{hexid("preset", "caption", n=7)}">{esc(cap_text)}</p>')), kind_heading)
        p.clutter.append(cap_text)
    gate = ""
    if p.cut is not None:
        more = p.rest_words()
        wall = f"That's the end of the free preview. {fmt_int(more)} more words are waiting for Lowick members."
        gate = (f'<div class="{lw_cls(site, "gate")}" data-framer-name="Preview Gate">{lw_text(wall, "gate")}'
                f'<a class="{lw_cls(site, "gatebtn")} framer-button" data-framer-name="Button" href="{LW_ROOT}/join">{lw_text("Start a free week", "btn")}</a></div>')
        p.clutter += [wall, "Start a free week"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f"<h2 {body_h}>Works Cited</h2>"))
        pieces += [("text", f"<p {body_p}>{mk}</p>") for _, mk in p.refs]
    warn = ("note", f"<p {body_p}><em class=\"framer-text\">{esc(LW_WARNING)}</em></p>")
    p.clutter.append(LW_WARNING)
    if half_and_half(site, "warning", p):
        pieces.insert(0, warn)
    else:
        pieces.append(warn)
    rich = "".join(h for _, h in pieces)
    essay_html = (f'<div class="{lw_cls(site, "essay")}" data-framer-name="Essay Body"><div class="{lw_cls(site, "essay-rt")}" data-framer-component-type="RichTextContainer" '
                  f'style="--framer-paragraph-spacing:24px;outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">{rich}</div></div>')
    # stats: label / value stacks
    reads = rng.choice([rng.randint(60, 950), rng.randint(1000, 12000)])
    updated = p.date + timedelta(days=rng.randint(10, 300))
    stats = [("Subject", p.category), ("Level", p.level), ("Length", f"{fmt_int(p.words)} words"),
             ("Pages", f"{p.pages} at 275 words a page"), ("Result", p.grade), ("Readers", f"{fmt_int(reads)} so far"),
             ("Updated", uk_date(updated))]
    stats_html = "".join(f'<div class="{lw_cls(site, "stat", k)}" data-framer-name="Stat">{lw_text(k, "label")}{lw_text(v, "value")}</div>' for k, v in stats)
    p.clutter += [f"{fmt_int(p.words)} words", f"{p.pages} at 275 words a page", f"{fmt_int(reads)} so far", uk_date(updated)]
    # after the essay: reference, writer, coach, share
    student = p.author
    ref = f"{student.split()[1]}, {student.split()[0][0]}. ({p.date.year}) '{p.title}'. Lowick essay library. Available at: {url} (Accessed: {uk_date(date(2024, 11, 4) + timedelta(days=p.index * 3))})."
    about = f"{student.split()[0]} wrote this as a {p.level} student and shared it with the Lowick library."
    share = "".join(f'<a class="{lw_cls(site, "share", n)} framer-share" href="{h}">{lw_text(n, "share")}</a>'
                    for n, h in [("X", f"https://x.com/intent/post?url={quote(url, safe='')}"),
                                 ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={quote(url, safe='')}"),
                                 ("WhatsApp", f"https://wa.me/?text={quote(url, safe='')}"), ("Copy link", "#copy")])
    after = (f'<div class="{lw_cls(site, "ref")}" data-framer-name="Reference">{lw_text("Referencing this essay (Harvard)", "h4")}{lw_text(ref, "small")}</div>'
             f'<div class="{lw_cls(site, "writer")}" data-framer-name="About Writer">{lw_text("About the writer", "h4")}{lw_text(about, "small")}</div>'
             f'<div class="{lw_cls(site, "coach")}" data-framer-name="Coach Card"><img src="https://framerusercontent.com/images/{hexid(coach, n=20)}.jpg" alt="">{lw_text("Coached by " + coach, "h4")}{lw_text(cbio, "small")}</div>'
             f'<div class="{lw_cls(site, "sharebar")}" data-framer-name="Share">{lw_text("Pass it on", "label")}{share}</div>')
    p.clutter += ["Referencing this essay (Harvard)", ref, "About the writer", about, f"Coached by {coach}", cbio, "Pass it on",
                  "LinkedIn", "WhatsApp", "Copy link"]
    # keep reading: other essays' outlines
    cards = ""
    for t in rng.sample(p.others, 3):
        heads = [v for k, v in ESSAYS_BY_TITLE[t]["blocks"] if k == "heading"]
        outline = ("Inside: " + " / ".join(heads)) if heads else f"Inside: {len(paragraphs_of(t))} paragraphs, no section headings"
        cards += (f'<a class="{lw_cls(site, "card", t)} framer-card" data-framer-name="Card" href="{LW_ROOT}/library/{slug(t)}">'
                  f'{lw_text(cap(ESSAYS_BY_TITLE[t]["tags"][0]), "label")}{lw_text(t, "h3", "h3")}{lw_text(outline, "small")}</a>')
        p.clutter += [t, outline]
    p.clutter.append("Keep reading")
    promo = LW_PROMOS[p.date.month]
    p.clutter += [promo, "Lowick", "Essay library", "How coaching works", "Book a call", "Lowick Essay Coaching Ltd",
                  "Made in Framer", "hello@lowick.studio"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="{lw_cls(site, "banner")}" data-framer-name="Banner">{lw_text(LW_BANNERS[turn], "banner")}</div>'
        p.clutter.append(LW_BANNERS[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = (f'<div class="{lw_cls(site, "cookie")}" data-framer-name="Cookie Banner" style="position:fixed;bottom:16px;left:16px">'
                  f'{lw_text("Lowick sets a few cookies to keep you signed in and to count visits.", "small")}{lw_text("Accept", "btn")}{lw_text("Only necessary", "btn")}</div>')
        p.clutter += ["Lowick sets a few cookies to keep you signed in and to count visits.", "Only necessary"]
    nav = (f'<nav class="{lw_cls(site, "nav")}" data-framer-name="Nav">{lw_text("Lowick", "logo")}'
           + "".join(f'<a class="{lw_cls(site, "navlink", n)}" href="{LW_ROOT}/{slug(n)}">{lw_text(n, "nav")}</a>' for n in ["Essay library", "How coaching works", "Book a call"])
           + "</nav>")
    hydrate = html.escape(json.dumps({"routeId": hexid(site, "route", n=9), "localeId": "default", "collectionItemId": hexid(site, p.index, n=9)}, separators=(",", ":")))
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 3a6c2b1">
<title>{esc(p.title)} \u2014 Lowick essay library</title>
<meta name="description" content="{html.escape(word_cut(opening_text(p.title), 22))}...">
<meta name="framer-search-index" content="https://framerusercontent.com/sites/{hexid(site, 'site', n=22)}/searchIndex-{hexid(site, 'si', n=12)}.json">
<link href="https://framerusercontent.com/images/{hexid(site, 'fav', n=20)}.png" rel="icon">
<meta property="og:type" content="website">
<meta property="og:title" content="{html.escape(p.title)} \u2014 Lowick essay library">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<style data-framer-breakpoint-css>@media(min-width: 1200px){{.hidden-72rtr7{{display:none!important}}}}</style>
<style data-framer-css-ssr-minified data-framer-components="framer-{hexid(site, 'c', n=5)} PropertyOverrides">html,body,#main{{margin:0;padding:0;box-sizing:border-box}}.framer-text{{font-family:"Fraunces",serif}}</style>
<script>try{{if(localStorage.get&&localStorage.__framer_force_showing_editorbar_since){{}}}}catch(e){{}}</script>
</head>
<body>
<script async src="https://events.framer.com/script?v=2" data-fid="{hexid(site, 'fid', n=40)}" data-no-nt></script>
<div id="main" data-framer-hydrate-v2="{hydrate}" data-framer-ssr-released-at="2024-06-11T09:14:22.101Z" data-framer-page-optimized-at="2024-06-12T16:40:03.512Z">
<!--$--><div class="framer-{hexid(site, 'root', n=5)} framer-72rtr7" style="min-height:100%;width:auto">
{banner}
{lw_text(promo, "promo")}
{nav}
<div class="{lw_cls(site, "hero")}" data-framer-name="Hero">{lw_text(p.category, "eyebrow")}{lw_text(p.title, "h1", "h1")}</div>
<div class="{lw_cls(site, "stats")}" data-framer-name="Stats">{stats_html}</div>
{essay_html}
{gate}
{after}
<div class="{lw_cls(site, "more")}" data-framer-name="Keep Reading">{lw_text("Keep reading", "h2", "h2")}<div class="{lw_cls(site, "cards")}">{cards}</div></div>
<footer class="{lw_cls(site, "footer")}" data-framer-name="Footer">{lw_text("Lowick Essay Coaching Ltd", "small")}{lw_text("hello@lowick.studio", "small")}</footer>
{cookie}
</div><!--/$-->
</div>
<div id="__framer-badge-container"><a class="__framer-badge" href="https://www.framer.com/" target="_blank" rel="noopener" data-framer-name="Badge"><div class="framer-badge-text">Made in Framer</div></a></div>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/{hexid(site, 'site', n=22)}/script_main.{hexid(site, 'main', n=8)}.mjs"></script>
</body>
</html>
"""


# ---- 4. skelwith: Schoology course page of a school's exemplar essays --------------------------------------------

SK_ROOT = "https://skelwith.schoology.com"
SK_TEACHERS = [("Mrs K. Ambrose", "Head of Humanities"), ("Mr D. Oyelowo", "Teacher of History and Politics"),
               ("Ms F. Cartmell", "Head of Sixth Form English"), ("Dr J. Pattinson", "Teacher of Science and EPQ lead")]
SK_NOTE_LABELS = ["Examiner commentary:", "Why this scores highly:", "Mark scheme link:", "Teacher:"]
SK_NOTES = [
    "sustained line of argument, credited at the top of the level.",
    "precise evidence, used to support a judgement rather than to tell a story.",
    "{writer} evaluates the interpretation instead of describing it. This is what moves an answer up a band.",
    "a less confident {topic} answer would stop at explanation; this one weighs.",
    "the counter-argument is genuinely considered, which the mark scheme rewards.",
    "notice the careful language of probability throughout.",
    "this paragraph alone would reach the middle of the top level.",
]
SK_CHECKS = [("Check your understanding", ["What is the writer's overall judgement, and where is it first stated?",
                                            "Which piece of evidence does the most work in the essay?",
                                            "How does the conclusion differ from the introduction?"]),
             ("Try it yourself", ["Rewrite the weakest topic sentence in this essay so that it makes a claim.",
                                  "Plan, in five bullet points, an answer that reaches the opposite judgement."])]
SK_SYSTEM = ["Schoology will be unavailable on Saturday between 06:00 and 08:00 for scheduled maintenance.",
             "Reminder: coursework deadlines for Year 13 are now listed under Upcoming.",
             "Parents' evening bookings close on Thursday. Students, please remind your parents."]
SK_MALPRACTICE = ("Shared with the writer's permission for revision only. Copying any part of an exemplar into your own "
                  "work is malpractice and will be reported to the exam board.")
SK_EVENTS = ["Year 13 mock essay due", "Coursework draft 2 deadline", "Revision session: essay planning",
             "Timed essay in class", "Reading for next week's seminar", "Peer marking lesson", "NEA final deadline"]
SK_COMMENTERS = ["Amelia Hodgson", "Zain Rafiq", "Lucy Brockbank", "Oliver Tyson", "Megan Sharples", "Jacob Rigg",
                 "Isla Bownass", "Kieran Walsh"]
SK_COMMENTS = ["Thank you Miss, this really helps with my plan.", "Is this the same question as our mock?",
               "Can we have one for the 25-mark question too?", "The examiner comments are really useful.",
               "Could we go through this in Thursday's lesson?", "I like how the conclusion actually answers the question."]


def skelwith(p: Page) -> str:
    rng = p.rng
    site = "skelwith"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    page_id = 7_100_000_000 + p.post_id
    url = f"{SK_ROOT}/page/{page_id}"
    teacher, role = SK_TEACHERS[rng.randrange(len(SK_TEACHERS))]
    student = p.author
    initials = "".join(w[0] for w in student.split())
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<h3><strong>{esc(value)}</strong></h3>"))
        elif kind == "paragraph":
            pieces.append(("text", f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote><p>{esc(value)}</p></blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # the examiner's commentary, highlighted, between the paragraphs
        label = rng.choice(SK_NOTE_LABELS)
        text = note_for(SK_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6),
            ("note", f'<p><span style="background-color: #fcf3cf;"><strong>{esc(label)}</strong> {esc(text)}</span></p>'), kind_heading)
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "check", 4, p)
    if turn is not None:  # a bold lead and a numbered list, two in turn
        title, qs = SK_CHECKS[turn % 2]
        put(pieces, rng.randint(2, len(pieces) - 1),
            ("check", f"<p><strong>{esc(title)}</strong></p><ol>" + "".join(f"<li>{esc(q)}</li>" for q in qs) + "</ol>"), kind_heading)
        p.clutter += [title, *qs]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Part of this page is visible to enrolled members only. Log in to see the remaining {fmt_int(more)} words."
        pieces.append(("wall", f'<div class="s-rte-restricted"><p><em>{esc(wall)}</em></p><p><a href="{SK_ROOT}/login?destination=page/{page_id}">Log in to Schoology</a></p></div>'))
        p.clutter += [wall, "Log in to Schoology"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3><strong>Works Cited</strong></h3>"))
        pieces += [("text", f"<p>{mk}</p>") for _, mk in p.refs]
    mal = ("note", f'<p><span style="color: #a93226;"><em>{esc(SK_MALPRACTICE)}</em></span></p>')
    p.clutter.append(SK_MALPRACTICE)
    if half_and_half(site, "malpractice", p):
        pieces.insert(0, mal)
    else:
        pieces.append(mal)
    # the label / value line typed by the teacher: one <p>, pipe-separated
    board = rng.choice(["AQA", "OCR", "Edexcel", "Eduqas", "WJEC", "IB"])
    mark = f"{rng.randint(20, 25)}/25 ({p.grade})"
    length = f"{fmt_int(p.words)} words, {plural(p.pages, 'page')} word-processed"
    written = rng.choice(["timed, 45 minutes", "timed, 1 hour", "coursework", "homework", "mock exam"])
    fields = [("Level", p.level), ("Board", board), ("Mark", mark), ("Length", length), ("Written", written)]
    meta = "<p>" + " | ".join(f"<strong>{k}:</strong> {esc(v)}" for k, v in fields) + "</p>"
    p.clutter += [mark, length, f"Written: {written}", f"Board: {board}"]
    # how other exemplars finish: their last sentences
    fin = ""
    for t in rng.sample(p.others, 3):
        last = sentences_of(paragraphs_of(t)[-1])[-1]
        fin += f'<li><a href="{SK_ROOT}/page/{7_100_000_000 + int(hexid(t, n=6), 16)}">{esc(t)}</a>: <em>{esc(last)}</em></li>'
        p.clutter.append(t)
        if only_in(last, t):
            p.clutter.append(last)
    finish = f"<p><strong>How other exemplars finish</strong></p><ul>{fin}</ul>"
    p.clutter.append("How other exemplars finish")
    body = "\n".join([meta] + [h for _, h in pieces] + [finish])
    # after the page body: quoting, the teacher, actions
    quoting = f"Exemplar {initials}, '{p.title}', {p.level} {p.category}, Skelwith Academy, {p.date.year}."
    p.clutter += ["If you quote this exemplar in your notes:", quoting, f"Posted by {teacher}", role]
    viewed = rng.randint(8, 60)
    enrolled = viewed + rng.randint(0, 25)
    views = f"Viewed by {viewed} of {enrolled} members"
    posted = p.date
    p.clutter += [views, f"Posted {uk_date(posted)}"]
    comments = ""
    ncom = rng.choice([0, 1, 2, 2, 3])
    for who, text in zip(rng.sample(SK_COMMENTERS, ncom), rng.sample(SK_COMMENTS, ncom)):
        d = posted + timedelta(days=rng.randint(1, 30))
        stamp = f"{d.strftime('%a')} {d.strftime('%b')} {d.day}, {d.year} at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} {rng.choice(['am', 'pm'])}"
        comments += (f'<div class="discussion-card comment" id="comment-{page_id % 100000 + len(comments)}"><div class="comment-author"><a href="{SK_ROOT}/user/{hexid(who, n=8)}">{esc(who)}</a></div>'
                     f'<div class="comment-body-wrapper"><span class="comment-body">{esc(text)}</span></div><div class="comment-footer"><span class="small gray">{stamp}</span> <a href="#" class="like-btn">Like</a></div></div>')
        p.clutter += [who, text, stamp]
    ctitle = f"{plural(ncom, 'Comment')}"
    p.clutter.append(ctitle)
    # left nav: the course and the folder, every exemplar listed
    course = f"{p.level} {p.category}: Exemplar Essays"
    folder = "".join(f'<li class="{"active" if t == p.title else ""}"><a href="{SK_ROOT}/page/{7_100_000_000 + int(hexid(t, n=6), 16)}">{esc(t)}</a></li>' for t in p.site_titles)
    p.clutter += list(p.others)
    p.clutter += [course, "Exemplar essays", "Materials", "Updates", "Members", "Skelwith Academy", "Upcoming",
                  "Course options", "Access code", "Add to Resources", "Copy link", "Print"]
    upcoming = ""
    for k in range(rng.randint(1, 3)):
        d = date(2024, 9, 2) + timedelta(days=p.index * 6 + k * 4 + rng.randint(0, 3))
        ev = rng.choice(SK_EVENTS)
        when = f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"
        upcoming += f'<div class="upcoming-event"><span class="event-title">{esc(ev)}</span><span class="upcoming-time">{when}</span></div>'
        p.clutter += [ev, when]
    system = ""
    turn = rank_on(site, "system", 3, p)
    if turn is not None:
        system = f'<div class="messages-system messages"><div class="message-text">{esc(SK_SYSTEM[turn])}</div></div>'
        p.clutter.append(SK_SYSTEM[turn])
    appbar = ""
    if shown_on(site, "app", 6, p):
        appbar = ('<div class="s-app-banner" role="complementary"><span>Get the Schoology app for iOS and Android to keep up with '
                  'your courses on the go.</span> <a href="https://www.schoology.com/mobile">Get the app</a> <button class="close">Not now</button></div>')
        p.clutter += ["Get the Schoology app for iOS and Android to keep up with your courses on the go.", "Get the app", "Not now"]
    section_code = f"{p.level[:6].replace(' ', '')}-{p.category[:4].upper()}-{rng.randint(1, 4)}"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" class="s-js-enabled">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} | Schoology</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="canonical" href="{url}" />
<link type="text/css" rel="stylesheet" media="all" href="https://asset-cdn.schoology.com/sites/all/themes/schoology_theme/css/theme.css?{hexid(site, 'css', n=6)}" />
<script type="text/javascript" src="https://asset-cdn.schoology.com/misc/jquery.js?{hexid(site, 'jq', n=6)}"></script>
<script type="text/javascript">var siteNavigationUiProps={json.dumps({"props": {"user": {"uid": 0, "name": "Guest"}, "school": "Skelwith Academy"}}, separators=(",", ":"))};</script>
</head>
<body class="s-page-type-page schoology-processed s-enable-react not-logged-in">
<div id="wrapper">
<div id="header"><header role="banner" class="s-header"><a class="s-header-logo" href="{SK_ROOT}/home" aria-label="Schoology home"></a>
<nav class="s-header-nav"><ul><li><a href="{SK_ROOT}/courses">Courses</a></li><li><a href="{SK_ROOT}/groups">Groups</a></li><li><a href="{SK_ROOT}/resources">Resources</a></li><li><a href="{SK_ROOT}/grades">Grades</a></li></ul></nav>
<a class="s-header-login" href="{SK_ROOT}/login">Log in</a></header></div>
{system}
{appbar}
<div id="main"><div id="main-inner" class="clearfix">
<div id="left-nav" class="course-left-nav"><div class="profile-picture-wrapper"><div class="profile-picture"><img src="https://asset-cdn.schoology.com/sites/all/themes/schoology_theme/images/course-default.svg" alt="Profile picture for {html.escape(course)}" /></div></div>
<h2 class="course-title"><a href="{SK_ROOT}/course/{page_id % 10 ** 9}/materials">{esc(course)}</a></h2><p class="course-school">Skelwith Academy</p>
<ul class="sidebar-nav"><li class="active"><a href="{SK_ROOT}/course/{page_id % 10 ** 9}/materials">Materials</a></li><li><a href="{SK_ROOT}/course/{page_id % 10 ** 9}/updates">Updates</a></li><li><a href="{SK_ROOT}/course/{page_id % 10 ** 9}/members">Members</a></li></ul>
<div class="folder-contents"><h4>Exemplar essays</h4><ul>{folder}</ul></div>
<div class="info-tab course-info"><span class="course-info-label">Access code</span> <span class="course-info-value">{section_code}</span> <a href="#">Course options</a></div></div>
<div id="center-wrapper"><div id="center-top"><h2 class="page-title">{esc(p.title)}</h2>
<div class="page-top-meta"><span class="posted-by">Posted by {esc(teacher)}</span> <span class="role">{esc(role)}</span> \u00b7 <span class="posted-date">Posted {uk_date(posted)}</span> \u00b7 <span class="view-count">{views}</span></div></div>
<div id="content-wrapper"><div class="content-top-upper"><div class="content-top-breadcrumbs"><a href="{SK_ROOT}/course/{page_id % 10 ** 9}/materials">Materials</a> \u203a <a href="#">Exemplar essays</a></div>
<div class="action-links"><a href="#copy">Copy link</a> <a href="#print">Print</a> <a href="#resources">Add to Resources</a></div></div>
<div class="s-page-content-full"><div class="s-page-body s-rte">
{body}
</div></div>
<div class="s-page-quoting"><p class="small gray">If you quote this exemplar in your notes:</p><p class="small">{esc(quoting)}</p></div>
<div class="s-page-comments" id="s_comments"><h3 class="comments-title">{ctitle}</h3>{comments}</div>
</div></div>
<div id="right-column"><div class="upcoming-list"><h3>Upcoming</h3>{upcoming or '<p>No upcoming events</p>'}</div></div>
</div></div>
<div id="footer"><ul><li><a href="https://www.powerschool.com/privacy/">Privacy Policy</a></li><li><a href="https://www.schoology.com/terms">Terms of Use</a></li><li>Schoology \u00a9 2024</li></ul></div>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "brackenholt": (brackenholt, 3, 3, None),  # Discourse; table at the top, edit lines, replies, starts of backgrounds
    "wetherlam": (wetherlam, 2, 4, None),      # Pressbooks; textboxes, glance list in <ul>, other essays' theses
    "lowick": (lowick, 3, 3, None),            # Framer; every text a framer-text, outlines of other essays
    "skelwith": (skelwith, 3, 4, None),        # Schoology; pipe line of labels, commentary, other essays' last sentences
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=307)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # no paragraph, quotation or list of more than five words shared between two essays
        essay = make_essay(card, random.Random(f"{args.seed}:essay:{card['id']}"))
        keys = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
        if keys & seen or len(chosen) == need:
            continue
        chosen.append(essay)
        seen |= keys
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
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

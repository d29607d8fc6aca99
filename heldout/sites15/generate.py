"""Generator for the FIFTEENTH held-out set of essay-site folders (issue 13: site learning at first contact).

    /work/main/.venv/bin/python heldout/sites15/generate.py /work/corpora/sites15-heldout [--seed 1511]

Four invented essay-sample sites with 18 pages each. Each imitates a markup family that no earlier set
(heldout/sites/ through sites14/) has tried. Each page goes to OUTDIR/<site>/page-NN.html, with its truth in
OUTDIR/<site>/truth/page-NN.md (the format is described at the top of bench/scoring.py). The essays are composed
here from topic cards (ESSAY_CARDS) and sentence patterns absent from the eighth to fourteenth sets, so the tool
under test cannot know their wording. Each card is used on one page at most; OUTDIR/SOURCES.tsv maps pages to
cards. A fixed seed always yields byte-identical output.

Sites (markup families):
  ireby        Antora 3 with its default UI: a college's writing guide built from AsciiDoc. Sections are
               div.sect1 / div.sectionbody, paragraphs are div.paragraph > p, the docinfo is a horizontal
               labelled list (div.hdlist table), admonitions are tables with an icon cell, an example block with a
               grid or a checklist takes turns inside the essay, a Q&A list holds students' questions, and
               "How others met the objection" quotes the objection sentence of other essays
  lorton       mdBook 0.4 with the mdbook-admonish preprocessor: a reading group's anthology. Headings are wrapped in
               a.header anchors, the chapter list numbers every essay, the docinfo is a two-column markdown table,
               admonish boxes sit between the paragraphs, a footnote definition takes turns inside the essay, a
               GitHub-style alert blockquote moves, "Remarks from readers" shares the heading markup, and "Other
               chapters open like this" quotes the first sentence of other essays
  wythop       Plone 6 Classic UI: a school library's exemplar folder of a custom content type. The docinfo is a set
               of display widgets (label and span), discreet paragraphs hold teachers' notes, a captioned figure
               takes turns inside the rich text, plone.app.discussion comments with threaded replies, a navigation
               portlet, and "Related content" whose descriptions are the fact sentences of other essays
  mallerstang  Flarum 1.8: a revision forum's thread. The essay is the first CommentPost; replies use the very same
               post markup; the author's EDIT lines sit between the paragraphs, a pasted code block takes turns,
               event posts, the hero's submission fields carry the counts, and "Similar discussions" shows the
               opening of the background paragraph of other essays

Truth files, folders and the pick of teaser and Works Cited pages come from helpers that the first three sets
define; they are imported as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path


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
# Eleven "|"-separated fields per card: title, subject, x (singular noun phrase), people (plural), setting, period,
# three strands (noun phrases joined by ";"), thesis (a clause), rival view (a clause), and two facts.

ESSAY_CARDS = """
Numbers at Scutari | history of medicine | Florence Nightingale's statistical campaign | nurses, army doctors and officials | the Barrack Hospital at Scutari and the War Office | 1854 to 1860 | the rose-shaped diagrams; drains and ventilation rather than nursing; the royal commission on army health | Nightingale changed military medicine mainly through her charts and lobbying rather than her night rounds | Nightingale's reputation rests chiefly on her bedside care of wounded soldiers | Florence Nightingale reached the military hospital at Scutari in November 1854. | In 1858 she became the first woman elected to the Statistical Society of London.
Girders Over the Tay | history of technology | the fall of the Tay Bridge | engineers, inspectors and railway passengers | the Firth of Tay beside Dundee | 1878 to 1880 | allowance for wind pressure; the cracked cast-iron lugs; the verdict against Bouch | the bridge came down because thrift and lax inspection made a design that ignored the wind even weaker | the collapse was an act of nature that no engineer could have foreseen | The Tay Bridge gave way during a gale on 28 December 1879 while a train was crossing. | The court of inquiry placed the blame on its designer, Sir Thomas Bouch.
A Penny for Any Distance | economic history | Rowland Hill's penny post | postal reformers, merchants and letter writers | Britain | 1837 to 1845 | payment in advance by stamp; one rate whatever the distance; the flood of new letters | cheap postage was a social success years before it became a financial one | the penny post paid for itself from the first year | The Penny Black, the earliest adhesive postage stamp, went on sale in May 1840. | Rowland Hill argued for the reform in a pamphlet of 1837.
When the Thames Stank | public health | Bazalgette's intercepting sewers | engineers, members of Parliament and Londoners | the new Thames embankments | 1858 to 1875 | the stench that reached Westminster; the sewers running east along the river; belief in bad air | the sewers saved lives even though they were built on a mistaken theory of disease | the sewers were built because engineers knew cholera spread through water | During the hot summer of 1858 the smell from the Thames became known as the Great Stink. | Joseph Bazalgette designed the sewers that carried London's waste downstream to the east.
The King's Top-Heavy Warship | maritime history | the sinking of the Vasa | shipwrights, the Swedish king and sailors | Stockholm harbour | 1626 to 1961 | the king's changing demands; the heeling test that failed; the salvage of 1961 | the Vasa was lost because nobody dared tell the king that his ship would not stay upright | the warship sank through one shipwright's careless error | The warship Vasa capsized on her first voyage in Stockholm harbour in August 1628. | Salvagers raised the ship from the harbour floor in 1961.
Music Without Touch | history of music | the theremin | inventors, concert performers and film composers | Soviet Russia and New York | 1920 to 1950 | playing without contact; Clara Rockmore's recitals; science-fiction soundtracks | the theremin lived on as an eerie sound effect instead of the concert instrument its inventor imagined | the theremin faded simply because it was too difficult to play | Leon Theremin first showed his instrument in Soviet Russia in the early 1920s. | RCA started selling a factory-made theremin in 1929.
Racing Home With the Tea | maritime history | the tea clipper races | merchants, captains and crews | the long passage from Foochow to the Thames | 1866 to 1870 | the race of 1866; bonuses for the first cargo home; the opening of the Suez Canal | the clippers won their greatest fame just as steamships were making them obsolete | the clippers were defeated by the canal alone | In the race of 1866 the leading clippers docked in London within hours of one another. | The Cutty Sark was launched in 1869, the year the Suez Canal opened.
Matches and Phosphorus | history | the Bryant and May match strike | match workers, journalists and factory owners | the match works at Bow | 1888 | Annie Besant's newspaper article; the danger of phosphorus; the union formed afterwards | the strike was won because the women had organised themselves before any outsider arrived | middle-class reformers led and won the strike | Annie Besant published her article White Slavery in London in June 1888. | The walkout at the Bryant and May factory began in July 1888.
A Raft Called Kon-Tiki | anthropology | the Kon-Tiki expedition | sailors, anthropologists and reporters | the Pacific between Peru and Polynesia | 1947 | the balsa-log raft; the theory of settlers from America; the later genetic evidence | the voyage showed that a raft could cross the ocean, not that anyone ever had | the voyage proved that Polynesia was settled from South America | Thor Heyerdahl's raft Kon-Tiki set out from Peru in April 1947. | It reached the Tuamotu islands after about 101 days at sea.
Fairies at the Beck | media | the Cottingley fairy photographs | two young cousins, a famous novelist and photographic experts | Cottingley near Bradford | 1917 to 1983 | the paper cut-outs; Conan Doyle's magazine article; the cousins' late confession | the photographs fooled adults who badly wanted to believe them | the photographs were technically sophisticated fakes | Elsie Wright and Frances Griffiths took the first of the fairy photographs in 1917. | Arthur Conan Doyle brought them to the public in The Strand Magazine in 1920.
The Gutting Crews | economic history | the herring girls | fish workers, curers and fishing crews | the ports from Shetland to Great Yarmouth | 1880 to 1939 | crews of three at the troughs; following the fleet south; the wage disputes on the quaysides | the herring girls were skilled migrant workers whose independence their own time underrated | the herring girls were unskilled casual labour | Herring girls travelled down the east coast with the fishing fleet from Shetland to East Anglia. | They worked in crews of three, with two gutters and one packer.
Capability's Parks | art history | Capability Brown's landscapes | landowners, gardeners and villagers | English country estates | 1750 to 1783 | serpentine lakes; the sunken ha-ha; villages moved out of sight | Brown's natural-looking parks were carefully engineered displays of ownership | the parks were a simple return to untouched nature | Lancelot Brown was nicknamed Capability after telling clients that their grounds had capability. | He remodelled the park at Blenheim Palace in the 1760s.
Closing the Branch Lines | history of transport | the Beeching closures | railway managers, ministers and rural travellers | Britain's branch lines | 1963 to 1970 | the one-week traffic counts; the closures themselves; the buses that replaced the trains | the closures carried out government policy that the report merely justified | one man destroyed the railway network on his own | Richard Beeching's report The Reshaping of British Railways appeared in 1963. | It proposed closing around 2,300 stations.
Henry's Lost Flagship | archaeology | the raising of the Mary Rose | divers, archaeologists and conservators | the Solent off Portsmouth | 1545 and 1965 to 1982 | the sinking during battle; the silt that preserved half the hull; the lift of 1982 | the wreck matters most for its everyday objects rather than for its royal story | the Mary Rose matters chiefly as the flagship of Henry VIII | The Mary Rose sank in the Solent in July 1545. | What remained of her hull was raised in October 1982.
Letters From the Wall | archaeology | the Vindolanda writing tablets | soldiers, their families and archaeologists | a fort just south of Hadrian's Wall | about AD 90 to 120 and 1973 onwards | ink on thin wooden leaves; the birthday invitation; infrared photography | the tablets show frontier life as routine paperwork rather than constant war | the tablets reveal a frontier always under attack | Robin Birley found the first Vindolanda tablets in 1973. | One tablet is a birthday invitation from Claudia Severa to Sulpicia Lepidina.
The Chess-Playing Turk | history of technology | the Mechanical Turk | showmen, chess players and sceptics | the court at Vienna and the fairgrounds of Europe and America | 1770 to 1854 | the concealed operator; the game against Napoleon; Poe's essay exposing it | the Turk's success showed how much audiences wanted to believe in thinking machines | the Turk was a genuine automaton | Wolfgang von Kempelen presented the chess-playing Turk in Vienna in 1770. | A hidden human player worked the machine.
Leaving Hirta | geography | the evacuation of St Kilda | islanders, officials and tourists | St Kilda, far out in the Atlantic beyond the Hebrides | 1852 to 1930 | the tourist steamers; the departure of the young; the petition to leave | St Kilda was emptied by contact with the mainland as much as by its isolation | the government forced the islanders out | The last thirty-six islanders left St Kilda in August 1930. | They had petitioned the government to be resettled.
The Dale Dyke Dam | history | the Great Sheffield Flood | engineers, the water company and the people of the valley | the Loxley valley above Sheffield | March 1864 | the crack noticed that evening; the compensation claims; the inquest's verdict | the flood was a failure of construction that the inquest named but nobody paid for | the flood was an accident that no one could have prevented | The Dale Dyke dam failed on the night of 11 March 1864. | More than 240 people were killed in the flood.
Arms on the Towers | history of technology | the Chappe optical telegraph | engineers, operators and French governments | hilltop towers across France | 1792 to 1855 | the jointed signalling arms; strict state control; the fraud at Tours | the system's real achievement was a state monopoly on fast information | the optical telegraph was a clumsy toy soon forgotten | Claude Chappe's first line, from Paris to Lille, opened in 1794. | In 1836 two bankers bribed operators to slip market news into the signals.
Running With the Ball | sport | the Webb Ellis legend | schoolboys, old boys and sports officials | Rugby School | 1823 to 1895 | the single late witness; the old boys' inquiry of 1895; the argument over rugby's rules | the legend was constructed decades later to settle arguments about the game's origins | William Webb Ellis invented rugby | The legend says that William Webb Ellis first ran with the ball in 1823. | The story was first published in 1876, four years after Webb Ellis died.
Lights at Western Electric | management | the Hawthorne experiments | factory workers, researchers and managers | the Western Electric works outside Chicago | 1924 to 1932 | the lighting tests; the relay assembly room; the effect named after the works | the famous effect rests on thin data that were later reinterpreted | the studies proved that being watched makes people work harder | The Hawthorne studies began with experiments on factory lighting in 1924. | Elton Mayo's writing made the studies famous.
The Foreman and the Iron | history of medicine | the case of Phineas Gage | railway workers, doctors and neurologists | Cavendish, Vermont | 1848 to 1860 | the tamping iron; Harlow's reports; the later retellings | Gage's famous change of personality grew in the retelling | Gage became permanently violent and unable to work | In September 1848 an iron rod passed through the skull of the railway foreman Phineas Gage. | He survived and later worked as a stagecoach driver in Chile.
Bear-Leaders and Milords | history | the Grand Tour | young aristocrats, tutors and painters | France and Italy | 1660 to 1820 | the travelling tutors; collecting antiquities; portraits painted in Rome | the tour taught its travellers chiefly how to display their status | the tour was a serious education in classical culture | Young British aristocrats often spent two years or more travelling through France and Italy. | Pompeo Batoni painted portraits of many British visitors in Rome.
Radar Along the Coast | history of technology | the Chain Home radar network | scientists, RAF officers and WAAF operators | the coasts of southern and eastern England | 1935 to 1940 | the Daventry experiment; the filter room; the judgement of the operators | radar worked because of the reporting system built around it | radar alone won the Battle of Britain | The Daventry experiment of February 1935 showed that radio waves could detect an aircraft. | By 1939 a chain of radar stations covered much of the east and south coasts.
The School Meeting at Leiston | education | Summerhill School | teachers, pupils and inspectors | Leiston in Suffolk | 1921 onwards | lessons that pupils may skip; the school meeting; the inspection dispute of 1999 | Summerhill survived because its critics kept underestimating how orderly it was | Summerhill proved that children learn nothing without compulsion | A. S. Neill founded Summerhill in 1921. | The school moved to Leiston in Suffolk in 1927.
Six Dots | education | Louis Braille's alphabet | blind pupils, teachers and printers | the Royal Institute for Blind Youth in Paris | 1821 to 1854 | Barbier's night writing; the cell of six dots; official adoption | braille was adopted by its users long before its institution approved it | braille was welcomed by teachers from the start | Louis Braille published his system in 1829. | France officially adopted braille in 1854.
The Iceman of the Alps | archaeology | the Ötzi discovery | hikers, police and scientists | the mountain border between Austria and Italy | 1991 onwards | the copper axe; the arrowhead in his shoulder; the dispute over the border | the Iceman's value lies in his ordinary equipment more than in the drama of his death | the Iceman is mainly a murder mystery | Hikers found the frozen body of the Iceman in September 1991. | He lived about 5,300 years ago.
The Board Around the Neck | education | the Welsh Not | teachers, pupils and inspectors | schools in nineteenth-century Wales | 1800 to 1900 | the piece of wood passed between pupils; the education report of 1847; what parents wanted | the Welsh Not was a local practice rather than a law, which makes it more troubling rather than less | the government banned Welsh by law | The 1847 report on education in Wales became known as the Treachery of the Blue Books. | The Welsh Not was a piece of wood hung around the neck of a child caught speaking Welsh.
Voices at Broadcasting House | linguistics | Received Pronunciation on the BBC | announcers, linguists and listeners | Broadcasting House | 1926 to 1945 | the advisory committee on spoken English; regional voices; the wartime newsreaders | the BBC spread one accent as a standard while claiming only to follow it | the BBC simply reflected how educated people already spoke | The BBC set up an Advisory Committee on Spoken English in 1926. | Wilfred Pickles read the national news in a Yorkshire accent during the Second World War.
The Writ for James Somerset | law | the Somerset case | enslaved people, lawyers and judges | Westminster Hall | 1771 and 1772 | the writ of habeas corpus; Lord Mansfield's caution; the legend of free English air | the judgment was narrow but was read as far broader than Mansfield intended | the case abolished slavery in England | Lord Mansfield decided James Somerset's case in June 1772. | The judgment held that Somerset could not be forcibly taken out of England.
Ginger Beer in Paisley | law | the snail in the bottle case | a shop assistant, lawyers and judges | a café in Paisley and the House of Lords | 1928 to 1932 | the neighbour principle; the snail that was never proved; the manufacturer's duty | the case matters for the principle it stated rather than for what happened in the café | the case was about a proven snail and a clear victim | May Donoghue said she found the remains of a snail in a bottle of ginger beer in 1928. | The House of Lords decided the case in 1932.
Twitching Frogs | history of science | the debate over animal electricity | physicians, physicists and audiences | Bologna and Pavia | 1780 to 1800 | the twitching frog legs; Volta's pile; the public demonstrations | the dispute was productive because each side was partly right | Volta simply proved Galvani wrong | Luigi Galvani published his experiments on frog legs in 1791. | Alessandro Volta described his electric pile in 1800.
The Fossil Seller of Lyme | history of science | Mary Anning's fossil discoveries | fossil hunters, collectors and geologists | the cliffs at Lyme Regis | 1811 to 1847 | the first ichthyosaur; selling fossils to gentlemen; exclusion from the Geological Society | Anning's science was absorbed into the work of the men who bought her finds | Anning was simply a collector who sold what she found | Mary Anning and her brother found an ichthyosaur skeleton around 1811. | She found the first complete plesiosaur in 1823.
Comet Pills | astronomy | the return of Halley's Comet in 1910 | astronomers, newspapers and sellers of remedies | cities on both sides of the Atlantic | 1909 and 1910 | the spectroscope and the gas in the tail; newspaper panic; comet pills | the panic was made by newspapers that misreported a scientific detail | the public panicked because astronomers warned of danger | The Earth passed through the tail of Halley's Comet in May 1910. | Some traders sold comet pills to frightened customers.
Tahiti and the Transit | astronomy | the transit of Venus in 1769 | naval officers, astronomers and Pacific islanders | Tahiti | 1768 to 1771 | timing the contact of the planet; the black drop; the secret orders | the voyage's scientific aim mattered less in the end than its hidden orders | the voyage was a purely scientific expedition | James Cook observed the transit of Venus from Tahiti in June 1769. | Astronomers hoped the transit would reveal the distance from the Earth to the Sun.
Erebus and Terror | geography | the Franklin expedition | naval officers, Inuit witnesses and searchers | the Canadian Arctic | 1845 to 1859 | the tinned food; the Inuit testimony; Lady Franklin's searches | the expedition's fate was known from Inuit testimony long before the British would accept it | the men died from lead poisoning alone | The Franklin expedition left England in 1845 with the ships Erebus and Terror. | The wreck of Erebus was found in 2014.
Cantilevers Over the Forth | history of technology | the Forth Bridge | engineers, railway companies and inspectors | the Firth of Forth at Queensferry | 1882 to 1890 | the cantilever design; the workforce and its deaths; confidence after the Tay | the bridge's massive strength was a public answer to the fear left by the Tay disaster | the bridge was an ordinary design made famous by its size | The Forth Bridge opened in March 1890. | Its cantilever design was chosen after the Tay Bridge disaster.
Streets in the Sky | architecture | the Park Hill estate | architects, tenants and council officers | Sheffield | 1957 to 2011 | the deck access streets; the early tenants' pride; the listing and sale | Park Hill's decline came from neglect of its upkeep more than from its design | the estate failed because its design was wrong from the start | The Park Hill estate in Sheffield was completed in 1961. | It became a listed building in 1998.
A Butter for the Navy | history of technology | margarine | chemists, dairy farmers and law-makers | France, the Netherlands and Britain | 1869 to 1930 | the prize offered by Napoleon III; Dutch manufacturers; laws against colouring it | margarine's history is shaped more by laws protecting butter than by chemistry | margarine was always an inferior imitation | Hippolyte Mège-Mouriès patented margarine in 1869. | Napoleon III had offered a prize for a cheap substitute for butter.
Bands of the Pits | history of music | colliery brass bands | miners, conductors and mine owners | the coalfields of northern England and Wales | 1850 to 1980 | contest pieces; sponsorship by the collieries; the pit closures | the bands were a working-class art whose patrons were also their employers | the bands were simply a hobby for miners | The National Brass Band Championships were first held at the Crystal Palace in 1900. | Many bands lost their sponsors when their collieries closed.
Antler Picks in the Breckland | archaeology | the flint mines at Grimes Graves | Neolithic miners, antiquarians and archaeologists | the Breckland of Norfolk | about 2600 BC and 1870 onwards | shafts dug with antler picks; the hundreds of hollows; the first excavation by Greenwell | Grimes Graves was an organised industry rather than a scatter of pits | the hollows were the remains of houses | Canon William Greenwell excavated one of the shafts at Grimes Graves in 1870. | The Neolithic miners dug with picks made from red deer antlers.
Ink and the Typewriter | history of technology | the typewriter in offices | inventors, clerks and typists | American and British offices | 1868 to 1914 | the QWERTY keyboard; the woman typist; carbon copies | the typewriter changed office work mostly by changing who was employed to do it | the typewriter simply made writing faster | Christopher Latham Sholes patented a practical typewriter in 1868. | The keyboard layout still known as QWERTY was fixed on his machines in the 1870s.
The First Public Library Act | education | the Public Libraries Act of 1850 | reformers, ratepayers and readers | the towns of England | 1850 to 1919 | the halfpenny rate; the reading rooms; the gifts of Andrew Carnegie | free libraries spread through private gifts more than through the act that allowed them | the act created free libraries across the country at once | The Public Libraries Act of 1850 allowed towns to spend rates on free libraries. | Andrew Carnegie paid for hundreds of library buildings in Britain.
Counting the People in 1801 | history | the first British census | statisticians, clerks and parish officers | England, Wales and Scotland | 1800 and 1801 | the fear of food shortage; the overseers' returns; John Rickman's tables | the census began as a question about food and soldiers rather than a portrait of the nation | the census was a neutral scientific exercise | The first census of Great Britain was taken in March 1801. | John Rickman organised the early censuses.
Apples and Pears | linguistics | Cockney rhyming slang | market traders, writers and dictionary makers | the East End of London | 1840 to 1960 | the first recorded lists; music hall; slang dictionaries | most famous rhyming slang was popularised by outsiders writing about the East End | rhyming slang was a secret code used by criminals | A glossary of rhyming slang was printed in 1859. | Rhyming slang replaces a word with a phrase that rhymes with it.
Sherds on the Foreshore | archaeology | mudlarking on the Thames | scavengers, collectors and archaeologists | the Thames foreshore in London | 1800 to the present | children searching the mud; the permit system; finds reported to museums | mudlarking has turned from a trade of the poor into a source of archaeology | mudlarks have only ever damaged the record | Victorian mudlarks were often children who searched the river mud for things to sell. | Searching the Thames foreshore today requires a permit.
Keeping the Bees at Home | history of science | the movable-frame beehive | beekeepers, clergymen and inventors | Philadelphia and British villages | 1851 to 1900 | the bee space; frames that lift out; the honey extractor | the movable frame changed beekeeping by making the hive readable | the movable frame simply made more honey | Lorenzo Langstroth patented his movable-frame hive in 1852. | He had described the bee space the year before.
Gauze Around the Flame | history of technology | the safety lamp | miners, chemists and mine owners | the coalfields of north-east England | 1815 to 1850 | the wire gauze; the rival lamp of George Stephenson; deeper and more dangerous pits | the safety lamp allowed deeper mining and so did not reduce deaths as hoped | the safety lamp made mining safe | Humphry Davy presented his safety lamp in 1815. | George Stephenson designed a similar lamp at about the same time.
The Women's Land Army | history | the Women's Land Army | farmers, volunteers and officials | farms across Britain | 1939 to 1950 | training on the farm; pay below men's; recognition after the war | the Land Army was vital work whose recognition came decades late | the Land Army was a minor wartime curiosity | The Women's Land Army was re-formed in 1939. | It was disbanded in 1950.
Houses Back to Back | public health | the back-to-back house | builders, tenants and health officers | Leeds and the industrial north | 1780 to 1937 | the shared wall at the back; the privies across the yard; the bans on building them | back-to-backs were a rational answer to cheap land that later laws misjudged | the houses were slums from the day they were built | Back-to-back houses share a rear wall with the house behind. | Leeds went on building them until 1937.
Cats at the Crystal Palace | cultural history | the first cat show | breeders, judges and pet owners | the Crystal Palace at Sydenham | 1871 to 1900 | Harrison Weir's points of judging; the ordinary house cats on show; breed standards | the show turned household cats into objects of breeding and judgement | the show simply celebrated cats as they already were | The first large cat show was held at the Crystal Palace in July 1871. | Harrison Weir organised the show and wrote its standards.
The Tobacco Lords | economic history | the Glasgow tobacco trade | merchants, planters and Clyde shippers | Glasgow and the Chesapeake | 1740 to 1776 | the store system in Virginia; re-export to France; the collapse during the American war | Glasgow's tobacco fortune rested on credit and enslaved labour more than on merchant genius | the tobacco lords grew rich through their own enterprise alone | By the early 1770s Glasgow merchants imported more tobacco than any other British port. | The American War of Independence cut off the trade after 1775.
Bradshaw's Timetables | media | Bradshaw's railway guide | printers, railway companies and travellers | Manchester and London | 1839 to 1961 | gathering timetables from rival companies; the monthly guide; jokes about its difficulty | the guide mattered because it made a fragmented network look like a single system | the guide was only a printed list of trains | George Bradshaw published his first railway timetable in 1839. | The monthly guide continued until 1961.
A Press at Hammersmith | art history | the Kelmscott Press | printers, craftsmen and book collectors | Hammersmith in west London | 1891 to 1898 | handmade paper and new typefaces; the Kelmscott Chaucer; the price of beautiful books | the press's books were too expensive for the readers Morris's politics championed | the press was a purely artistic venture with no social aims | William Morris founded the Kelmscott Press in 1891. | Its edition of the works of Chaucer appeared in 1896.
The Quarry on Mount Stephen | palaeontology | the Burgess Shale | fossil hunters, museum scientists and later reinterpreters | the Rocky Mountains of British Columbia | 1909 to 1989 | Walcott's quarry; the soft-bodied animals; the later arguments over classification | the fossils' meaning changed as each generation brought new questions to them | Walcott understood his fossils correctly from the start | Charles Walcott found the Burgess Shale fossils in 1909. | The fossils preserve the soft parts of animals from the Cambrian period.
A Fish Out of Time | natural history | the coelacanth of 1938 | a museum curator, fishermen and an ichthyologist | East London in South Africa | 1938 to 1952 | the fish on the trawler's deck; the lost organs; the reward posters | the discovery depended on a curator's judgement as much as on the expert who named it | the coelacanth was recognised by a famous scientist alone | Marjorie Courtenay-Latimer recognised an unusual fish in a trawler's catch in December 1938. | J. L. B. Smith named it Latimeria after her.
The World at Hereford | art history | the Hereford Mappa Mundi | clergy, pilgrims and modern scholars | Hereford Cathedral | about 1300 | Jerusalem at the centre; the monsters at the edges; the sale that was prevented in 1988 | the map describes a Christian view of history rather than a guide to travel | the map was a failed attempt at accurate geography | The Hereford Mappa Mundi was made around 1300. | Plans to sell it in 1988 led to a public appeal to keep it.
Cousin Jacks | economic history | the Cornish mining emigration | miners, mine captains and their families | Cornwall and mining districts abroad | 1840 to 1900 | the collapse of copper prices; Cornish skills in demand overseas; money sent home | Cornish emigration was a skilled workforce following its trade rather than a flight from poverty | the miners left only because they were starving | Thousands of Cornish miners emigrated after the copper price fell in the 1860s. | Cornish mining methods were used from South Australia to Mexico.
Settlers in Whitechapel | social history | Toynbee Hall | university graduates, East End residents and clergy | Whitechapel in east London | 1884 to 1914 | graduates living among the poor; evening classes; future civil servants | Toynbee Hall shaped its residents more than it changed the East End | the settlement transformed Whitechapel | Samuel and Henrietta Barnett founded Toynbee Hall in 1884. | William Beveridge lived there as a young man.
A Garden for Children | education | Froebel's kindergarten | teachers, mothers and educational reformers | Bad Blankenburg in Thuringia | 1837 to 1900 | play with gifts and occupations; women trained as teachers; the Prussian ban | the kindergarten succeeded by giving women a respectable profession as much as by its ideas about play | the kindergarten spread because its theory of play was obviously right | Friedrich Froebel opened his first kindergarten in 1837. | Prussia banned kindergartens in 1851.
The Last Native Speaker | linguistics | the decline of Manx Gaelic | islanders, enthusiasts and recording linguists | the Isle of Man | 1870 to 1974 | English in schools and trade; the recordings of the last speakers; the revival | Manx was recorded in time because a few enthusiasts started before it was too late | the language died because islanders did not value it | Ned Maddrell, often called the last native speaker of Manx, died in 1974. | The Irish Folklore Commission recorded Manx speakers in 1948.
Eight Hundred and Fifty Words | linguistics | Basic English | linguists, educators and politicians | Cambridge and the wider English-speaking world | 1930 to 1950 | the list of 850 words; Churchill's support; the criticism of its clumsiness | Basic English failed because simple words made for awkward sentences | Basic English failed only for lack of political will | C. K. Ogden published Basic English in 1930. | Its core vocabulary contained 850 words.
Signing on the Vineyard | linguistics | Martha's Vineyard sign language | deaf islanders, hearing neighbours and researchers | the island of Martha's Vineyard | 1700 to 1950 | inherited deafness in a few villages; hearing people who signed; the language's disappearance | the island shows that disability depends partly on how a community organises itself | the island was simply an unusual medical case | A high rate of inherited deafness persisted in parts of Martha's Vineyard for generations. | Hearing and deaf islanders alike used a local sign language.
The Vote at Milan | education | the Milan congress on deaf education | teachers of the deaf, deaf adults and governments | Milan | 1880 to 1960 | the resolution for oral teaching; the deaf teachers who were excluded; the decades of signing bans | the congress reflected the prejudices of hearing teachers rather than evidence about deaf children | the congress was a scientific meeting that followed the best evidence | The Second International Congress on the Education of the Deaf met in Milan in September 1880. | It voted for the oral method over sign language.
Dick, Kerr Ladies | sport | women's football in the First World War | munition workers, crowds and football officials | Preston and grounds across England | 1917 to 1921 | matches for war charities; the crowd at Goodison Park; the ban of December 1921 | the ban of 1921 was a reaction to women's success rather than concern for their health | women's football faded because the public lost interest | The Dick, Kerr Ladies team was formed at a munitions factory in Preston in 1917. | The Football Association banned women's matches from its members' grounds in December 1921.
The Claimant From Wagga Wagga | law | the Tichborne case | a butcher from Australia, a baronet's family and the courts | London and Wagga Wagga | 1866 to 1874 | the mother who recognised him; the longest trial of its day; the popular movement for the Claimant | the case became a cause for people who distrusted the courts and the gentry | the case was only a famous fraud | In 1866 a man living in Australia claimed to be the missing heir Roger Tichborne. | He was convicted of perjury in 1874.
Wages in Tokens | economics | the truck system | mill owners, miners and reformers | mining and manufacturing districts of Britain | 1800 to 1887 | wages paid in tokens; the company shops; the Truck Acts | truck survived for decades because enforcement depended on workers willing to complain | truck ended as soon as Parliament banned it | The Truck Act of 1831 required most workers to be paid in coin. | A further Truck Act was passed in 1887.
Pictures With the News | media | the Illustrated London News | engravers, editors and readers | the Strand in London | 1842 to 1870 | wood engraving at speed; artists sent to wars; pictures as proof | the paper made readers trust pictures of events none of its artists had seen | the engravings were a faithful record of events | The Illustrated London News was first published in May 1842. | It used wood engravings to illustrate the week's news.
Remember Tryweryn | geography | the drowning of Capel Celyn | villagers, Liverpool councillors and Welsh politicians | the Tryweryn valley in north Wales | 1956 to 1965 | the private act of Parliament; the unanimous opposition of Welsh MPs; the graffiti that still remains | the reservoir became a turning point in Welsh politics more than in water supply | the reservoir was a routine engineering decision | Parliament approved the Tryweryn reservoir scheme in 1957. | The village of Capel Celyn was flooded in 1965.
Houses on Stilts at Must Farm | archaeology | the Must Farm settlement | Bronze Age families, quarry workers and archaeologists | the edge of the Fens near Peterborough | about 850 BC and 2015 to 2016 | the fire that destroyed the houses; the meal left in a bowl; the preserved textiles | Must Farm's value lies in a single moment caught by disaster | Must Farm simply confirms what was already known about the Bronze Age | Archaeologists excavated the Must Farm settlement in 2015 and 2016. | The houses had burned and collapsed into a river channel.
A Path Across the Levels | archaeology | the Sweet Track | Neolithic builders, peat cutters and tree-ring scientists | the Somerset Levels | about 3800 BC and 1970 onwards | planks pegged above the reeds; dating by tree rings; the objects dropped beside it | the track reveals careful communal planning by early farmers | the track was a crude path of no great significance | A peat cutter named Ray Sweet found the track in 1970. | Tree-ring dating places its construction in the winter of 3807 or 3806 BC.
The Horse on the Hill | archaeology | the Uffington White Horse | farmers, antiquarians and archaeologists | the chalk downs of Oxfordshire | about 1000 BC onwards | the trenches filled with chalk; the scouring festivals; the new dating method | the figure survived because local communities kept scouring it for three thousand years | the horse was cut to celebrate a Saxon victory | Optical dating in the 1990s placed the figure's origin in the Bronze Age. | The figure has to be cleaned regularly or it would grass over.
Six Pips From Greenwich | history of technology | the Greenwich time signal | astronomers, clockmakers and telephone engineers | the Royal Observatory and the BBC studios | 1924 to 1990 | the six short pips; the speaking clock; the switch to atomic time | the pips turned astronomical time into a household habit | the pips were merely a broadcasting gimmick | The BBC first broadcast the six pips of the Greenwich time signal in 1924. | The speaking clock service began in Britain in 1936.
Wool Church and Market | economic history | the medieval wool trade | shepherds, merchants and monasteries | the Cotswolds and the port of Calais | 1270 to 1500 | the export duty on wool; the staple at Calais; the great wool churches | English wool paid for royal wars as much as it built merchant fortunes | the wool trade enriched only the merchants | The English crown taxed wool exports heavily from the 1270s. | From 1363 English wool exports were channelled through the staple at Calais.
Goal Nets and Penalties | sport | the penalty kick | footballers, referees and rule makers | the football grounds of Ireland and England | 1890 to 1902 | William McCrum's proposal; the goal line as the first penalty line; the painted box of 1902 | the penalty was introduced to punish deliberate fouls that gentlemen had said never happened | the penalty kick was always part of the game | The penalty kick was introduced into football's laws in 1891. | It was proposed by William McCrum, a goalkeeper from County Armagh.
"""

SCHOLARS = ["Aykroyd", "Brocklehurst", "Clitheroe", "Dunderdale", "Eastwood", "Fothergill", "Gledhill", "Haworth",
            "Illingworth", "Jowett", "Kitching", "Leadbeater", "Mottram", "Nuttall", "Oldroyd", "Pickersgill",
            "Rishworth", "Sutcliffe", "Thackray", "Umpleby", "Verity", "Wadsworth", "Yelland", "Zanetti"]

HOOK = [
    "Ask a classroom about {x} and the answers arrive quickly, which is itself a warning sign.",
    "Few episodes have been retold as often, or as carelessly, as {x}.",
    "A postcard could hold the standard version of {x}, and that neatness is the problem.",
    "Every generation seems to rediscover {x} and to find in it whatever it was looking for.",
    "On the surface, {x} looks like a settled question with a settled answer.",
    "There is a tidy story about {x}, and most people learned it at school.",
    "Popular books return to {x} again and again, usually with the same cast and the same ending.",
    "If {x} is remembered at all, it tends to be remembered for the wrong reasons.",
    "The temptation is to read {x} as a simple tale of heroes and blunders.",
    "Quiz books have turned {x} into a handful of dates and a famous name.",
    "The reputation of {x} has grown larger with every retelling.",
    "Anniversaries of {x} bring out the same headlines every time.",
]
ORIENT = [
    "Most of the evidence used here comes from {setting}.",
    "The people at the centre of this account are {people}, not the commentators who came later.",
    "Unless a date is given, events fall within the years {period}.",
    "Some of the surviving testimony was written long after the fact and is treated with caution.",
    "Recent research has unsettled several older assumptions, and both are weighed below.",
    "A few words in the sources meant something different then from what they mean now.",
]
ASK = [
    "The question underneath all of this is simple to state: {question}",
    "So the essay sets out to answer one thing: {question}",
    "It is worth asking directly: {question}",
    "Everything below circles one problem: {question}",
]
ASK_GENERIC = ["what did {people} expect to happen?", "why has the familiar story of {x} proved so durable?",
               "how much of what survives from {setting} can be believed?", "who actually gained from {x}?"]
STANCE = [
    "This essay contends that {thesis}.",
    "The argument made here is that {thesis}.",
    "I will try to show that {thesis}.",
    "Weighing {s1}, {s2} and {s3}, the essay concludes that {thesis}.",
    "The evidence, taken together, points to one claim: {thesis}.",
    "My own view, defended below, is that {thesis}.",
    "In what follows I argue that {thesis}.",
    "Tentatively, the essay proposes that {thesis}.",
]
SCENE = [
    "A little context helps here.",
    "Circumstances in the years {period} shaped everything that followed.",
    "Ordinary life at the time was harsher and less predictable than the legend suggests.",
    "To begin with, hardly anyone outside a small circle cared about {x}.",
    "The pace of change varied a great deal from place to place.",
    "Several of those who left records had good reasons to present themselves well.",
    "For {Scholar}, this is the point where the story properly begins.",
    "The richest surviving material comes from {setting}.",
    "For this argument the trend counts for more than the exact dates.",
    "The arrangements that came before were neither stable nor widely accepted.",
    "Older habits disappeared faster than anyone expected.",
    "Those living through these events often missed their importance.",
]
LEAD = [
    "A good place to start is {s}.",
    "Much of the case depends on {s}.",
    "Less easy to assess is {s}.",
    "Easily missed, though no less important, is {s}.",
    "No careful account can pass over {s}.",
    "After that comes {s}.",
    "The surviving record is richest on {s}.",
    "Any fair treatment must include {s}.",
    "Then there is {s}.",
    "More attention belongs to {s}.",
]
DEVELOP = [
    "Letters written at the time show {people} anxious about {s} well before it became a public matter.",
    "Hindsight hides how uncertain {s} once seemed.",
    "In {setting}, {s} produced consequences nobody had planned for.",
    "Eyewitnesses describe {s} differently, and the differences are revealing.",
    "It took contemporaries a surprisingly long time to grasp {s}.",
    "The burden of {s} fell unevenly, and it fell hardest on those with least say.",
    "Part of the significance of {s} is the options it closed off.",
    "Neither side in the later debate gave {s} enough weight.",
    "People on the spot often read {s} better than observers far away.",
    "Newspapers of the day paid {s} very little attention.",
    "Looked at carefully, {s} seems planned rather than accidental.",
    "Minor adjustments to {s} turned out to matter enormously.",
    "At this point the standard story of {x} has little evidence behind it.",
    "When it came to {s}, timing mattered as much as scale.",
    "Nothing made {s} inevitable.",
    "Local choices made in {setting} shaped {s} more than any national scheme did.",
]
DATA = [
    "{Scholar} ({year}) puts the share of change due to {s} at about {pct} per cent.",
    "Of the accounts gathered in a {year} study, {pct} per cent single out {s} as decisive.",
    "Looking at {num} separate examples, {Scholar} ({year}) finds the same pattern each time.",
    "The sample assembled by {Scholar} in {year} is modest, but every part of it points one way.",
    "A fresh reading of the records in {year} finds a ten-year shift of roughly {pct} per cent.",
    "Just a handful of the {num} examples examined by {Scholar} ({year}) fail to fit.",
    "{Scholar} concedes that the numbers are incomplete, though they agree with one another.",
    "According to {Scholar}, earlier studies of {s} searched in the wrong records.",
]
CASE = [
    "In {setting}, for instance, {people} were left to manage {s} unaided.",
    "{Scholar} traces a single group of {people} whose hopes were upset by {s}.",
    "Comparable examples can be found far from {setting}.",
    "Cases of this kind are plentiful, and counter-examples are scarce.",
    "The same motif runs through the records of the whole period.",
    "When {people} described their own experience, this is what they emphasised.",
    "Even a quick search of the surviving papers turns up many more like it.",
]
TIE = [
    "This strengthens the claim that {thesis}.",
    "It does not settle the matter alone, but it is difficult to explain away.",
    "So {s} cannot be judged apart from the rest.",
    "Read in this light, {s} helps explain why {thesis}.",
    "A modest detail, perhaps, but it shifts the whole picture of {x}.",
    "This will become important again when the objections are weighed.",
    "A balanced verdict must make room for {s}.",
]
QLEAD = [
    "{Scholar} gives this summary of {setting}:",
    "One of {people}, looking back decades later, recalled:",
    "Speaking at a {year} seminar on {x}, a researcher remarked:",
    "{Scholar} is blunt about {s}:",
    "{Scholar}'s comment on {s} is worth giving in full:",
]
QTEXT = [
    "We kept looking for one reason behind {x}. We found a dozen small ones instead.",
    "Nobody chose {s}. It grew quietly until it seemed natural.",
    "The remarkable thing about {x} is how ordinary it felt to the people inside it.",
    "I assumed {x} would be forgotten within a year. It keeps coming back.",
    "Nobody needed a report to spot {s}. Everyone could see it.",
    "People did understand {x}. Their attention was simply elsewhere.",
]
QREACT = [
    "The wording is colourful, but broadly just.",
    "It overstates the case a little, though its core holds.",
    "Because the speaker stood to gain nothing, the remark deserves weight.",
    "It sounds right, even if it cannot be proved.",
]
QREACT2 = [
    "Other testimony from {people} supports it.",
    "By implication, {s} was well understood at the time.",
    "How far it holds outside {setting} cannot be settled here.",
    "Most of all, it reveals something about {s}.",
    "It is a useful corrective to the neater versions of {x}.",
]
LLEAD = [
    "Taken together, the sources suggest a few conditions that shaped how {x} turned out:",
    "Wherever {people} were involved, the same ingredients keep appearing:",
    "To repeat the better outcomes seen in {setting}, one would need:",
    "Put briefly, the more successful cases of {x} shared a handful of features:",
]
LITEM = [
    "a sound grasp of {s} from the outset",
    "real consultation with {people} about {s}",
    "early warnings about {s} acted upon",
    "independent checks on {s}",
    "a small-scale test of {s} before it was widened",
    "frankness about the price of {s}",
]
LMORE = ["lasting funding for {x}", "someone with the authority to halt {x}",
         "records of {x} that outlive changes of personnel", "a fixed date for reviewing {x}"]
ABROAD = [
    "Looking further afield helps to put {x} in proportion.",
    "In other places, comparable pressures around {x} led people to choose differently.",
    "Where {people} were involved from the beginning, disputes were milder.",
    "The comparison can only go so far, because {s2} differed from place to place.",
    "Even so, the outcome in {setting} looks like one possibility among several.",
    "Consent, on this evidence, counted for more than speed.",
]
OBJECT = [
    "Against this stands the view that {rival}.",
    "An obvious reply is that {rival}.",
    "The strongest counter-argument is that {rival}.",
    "A sceptic could reasonably reply that {rival}.",
    "At first sight, part of the evidence suggests that {rival}.",
]
OBJECT_MORE = [
    "{People} might themselves have accepted this.",
    "Respected historians have argued the point, and it deserves a fair hearing.",
    "Its fullest statement comes from {Scholar2} ({year2}).",
    "It has some force, since every decision about {x} carried a price.",
]
REBUT = [
    "Yet the record from {setting} does not bear it out.",
    "Nor does it explain the importance of {s2}.",
    "Worse still, the objection assumes exactly what it needs to prove.",
    "It depends on a picture of {x} that newer work has overtaken.",
    "If it were right, outcomes would have been uniform, and they were not.",
    "At most it shows a real price was paid, not that the price settled the outcome.",
]
WRAP_OPEN = [
    "To conclude, {thesis}.",
    "Taken as a whole, the evidence suggests that {thesis}.",
    "None of this ends the argument for good.",
    "Where, then, does this leave the question?",
    "Every part of this essay has led to the same finding: {thesis}.",
    "With the detail cleared away, one point stands out.",
    "A one-sentence verdict on {x} would be convenient, but it would not be honest.",
]
WRAP = [
    "{S1}, {s2} and {s3} each account for part of the story, and together they account for most of it.",
    "The view that {rival} is not baseless, yet it cannot carry the load placed on it.",
    "The minor details have proved more revealing than the grand explanations.",
    "For {people}, the matter has not gone away.",
    "A natural next step would be to set {setting} beside other cases.",
    "More than anything, {x} came out of decisions that could have gone another way.",
    "There is still something to be learned from it.",
    "This verdict is less exciting than the popular version, but it stands on firmer evidence.",
]
H_SCENE = ["{Setting} in {period}", "Setting the scene", "The starting point", "Background", "Before {s1}",
           "How things stood"]
H_STRAND = ["{S}", "About {s}", "{S} examined", "Turning to {s}", "What {s} shows", "The weight of {s}"]
H_ABROAD = ["A wider comparison", "Other places, other choices", "Looking beyond {setting}"]
H_OBJECT = ["The counter-argument", "Objections considered", "A rival reading", "Meeting the objection",
            "What the sceptics say", "A different interpretation"]
H_WRAP = ["Conclusions", "In conclusion", "Summing up", "Final assessment", "Weighing it all up"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"k{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Compose one essay from a card. The opening starts with a hook and ends with the thesis; a background
    paragraph carries the facts; each strand gets one or two paragraphs; a quotation, a list or a comparison may
    follow; then the objection and its rebuttal, and a conclusion. About three essays in five have headings, and
    no pattern appears twice in the same essay."""
    left: dict[int, list[str]] = {}

    def draw(pool: list[str]) -> str:
        rest = left.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    who = rng.sample(SCHOLARS, 2)
    base = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=who[0], Scholar2=who[1])

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1974, 2023), year2=rng.randint(1979, 2024),
                    pct=rng.choice([12, 17, 19, 23, 28, 31, 38, 44, 52, 61, 68]),
                    num=rng.choice([14, 23, 36, 58, 91, 126, 187]))
        return pattern.format(**base, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    base["question"] = cap(fill(rng.choice(ASK_GENERIC)))
    headed = rng.random() < 0.6
    blocks: list[tuple] = []
    opening = [fill(draw(HOOK))]
    if rng.random() < 0.5:
        opening.append(fill(draw(ORIENT)))
    if rng.random() < 0.4:
        opening.append(fill(draw(ASK)))
    opening.append(fill(draw(STANCE)))
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(draw(H_SCENE))))
    scene = [fill(draw(SCENE)), card["facts"][0]] + [fill(draw(SCENE)) for _ in range(rng.randint(2, 3))]
    held = [card["facts"][1]]
    if rng.random() < 0.5:
        scene.insert(rng.randint(2, len(scene)), held.pop())
    blocks.append(para(*scene))
    strands = [s1, s2, s3] if rng.random() < 0.72 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.5 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.38 else None
    for i, s in enumerate(strands):
        if headed:
            blocks.append(("heading", fill(draw(H_STRAND), s)))
        body = [fill(draw(LEAD), s), fill(draw(DEVELOP), s), fill(draw(DATA), s)]
        if rng.random() < 0.65:
            body.insert(2, fill(draw(DEVELOP), s))
        if rng.random() < 0.5:
            body.insert(rng.randint(2, len(body)), fill(draw(CASE), s))
        if held and i == 1:
            body.insert(1, held.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(draw(TIE), s)))
        else:
            blocks.append(para(*body, fill(draw(TIE), s)))
        if quote_at == i:
            blocks.append(para(fill(draw(QLEAD), s)))
            blocks.append(("quote", fill(draw(QTEXT), s)))
            blocks.append(para(fill(draw(QREACT), s), fill(draw(QREACT2), s)))
        if list_at == i:
            blocks.append(para(fill(draw(LLEAD))))
            items = [cap(fill(draw(LITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LMORE, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    if rng.random() < 0.28:
        if headed:
            blocks.append(("heading", fill(draw(H_ABROAD))))
        blocks.append(para(*[fill(draw(ABROAD)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(draw(H_OBJECT))))
    objection = [fill(draw(OBJECT)), fill(draw(OBJECT_MORE)), fill(draw(REBUT), s2), fill(draw(REBUT), s2)]
    if rng.random() < 0.45:
        objection.insert(2, fill(draw(OBJECT_MORE)))
    blocks.append(para(*objection))
    if headed:
        blocks.append(("heading", fill(draw(H_WRAP))))
    end = [fill(draw(WRAP_OPEN))] + [fill(draw(WRAP)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(draw(WRAP))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

LEVELS = ["Year 12", "Year 13", "AS level", "A level", "EPQ", "IB Diploma HL", "IB Diploma SL", "Level 3 BTEC",
          "Foundation year", "Access to HE", "Advanced Higher"]
GRADES = ["A*", "A", "A-", "B", "C+", "Distinction", "Merit", "7 (IB)", "6 (IB)", "78%", "71%", "Top band"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main() with every chosen essay, for widgets quoting the others


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Does `text` occur in the essay called `title` and in no other chosen essay?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def hook_sentence(title: str) -> str:
    """The essay's first sentence (the hook), which always names the card's subject."""
    return re.match(r".+?[.?!](?=\s|$)", paragraphs_of(title)[0]).group(0)


def objection_sentence(title: str) -> str:
    """The sentence that states the card's rival view, at the head of the objection paragraph."""
    rival = ESSAYS_BY_TITLE[title]["card"]["rival"]
    for para in paragraphs_of(title):
        for sen in re.findall(r"[^.?!]*?" + re.escape(rival) + r"\.", para):
            return sen.strip()
    raise ValueError(title)


def fact_sentence(title: str) -> str:
    return ESSAYS_BY_TITLE[title]["card"]["facts"][0]


def background_excerpt(title: str, n: int = 26) -> str:
    """The first `n` words of the background paragraph (the one after the opening), as a forum excerpt shows them."""
    words = paragraphs_of(title)[1].split()
    return " ".join(words[:n]).rstrip(",;:")


class Page(g2.Page):
    """sites2's Page, plus this set's level, grade, subject and the titles of the site's other pages."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.serial = rng.randint(1000, 9999)


SEED = 1511  # main() sets it; each site's rare elements are placed from it, once per site


def _chosen_pages(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"sites15|{SEED}|{site}|{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """True on the `count` pages of the site chosen to show `role`."""
    return page.index in _chosen_pages(site, role, count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """The page's position (0, 1, 2 ...) among the pages showing `role`, or None where it is not shown."""
    pages = _chosen_pages(site, role, count)
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For an element that moves: True (above the essay) on `first` pages, False (below it) on the rest."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"sites15|{SEED}|{site}|{role}|moves").shuffle(order)
    return page.index in order[:first]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece) -> None:
    """Insert a template piece at `pos` in the essay's pieces. It is moved earlier while it would land straight after a
    heading or a lead-in paragraph ending in a colon, so it never separates them from what they introduce."""
    while pos > 0 and body[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_of(kind: str, value) -> str:
    return "lead" if kind == "paragraph" and value.rstrip().endswith(":") else kind


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def quote_url(text: str) -> str:
    from urllib.parse import quote
    return quote(text, safe="")


# ---- 1. ireby: Antora 3 with the default UI, a college's writing guide ------------------------------------------

IR_ROOT = "https://guide.ireby.ac.uk"
IR_NAME = "Ireby College Writing Guide"
IR_ASSESSORS = ["Ms H. Bowness", "Mr G. Sewell", "Dr E. Wilkinson-Todd", "Mrs N. Caddy"]
IR_TIP_TITLES = ["Tutor's margin", "Notice the move", "Worth copying", "Assessor's view"]
IR_TIPS = [
    "The topic sentence of this paragraph makes a claim; the rest of the paragraph earns it.",
    "Each statistic arrives with its author and date before the writer does anything with it.",
    "Many answers would end the paragraph here. This one explains what the point changes.",
    "The detail is precise to {topic}, which is exactly what the top band asks for.",
    "Trim a sentence here if you are short of time; the argument survives without it.",
    "The writer admits a gap in the evidence and keeps going, which is a sign of control.",
    "The closing clause hands the reader back to the thesis before the next paragraph starts.",
]
IR_EXAMPLES = ["Planning grid", "Before handing in"]
IR_CHECKS = ["Thesis stated in the final sentence of the opening", "Every figure has a named source",
             "The objection is answered, not only described", "The conclusion returns to the question"]
IR_BANNERS = [
    "Library inductions for new students run every lunchtime in the first fortnight of term.",
    "The guide was moved to its new address in August; please update your bookmarks.",
    "Extended project students: the draft submission window opens on 3 February.",
]
IR_OLDSPEC = "This exemplar was assessed under the previous specification. The marking criteria have changed slightly since."
IR_INTEGRITY = ("Exemplars are shared so that students can see what a strong answer looks like. Reproducing any part "
                "of one in assessed work is plagiarism and will be treated as such.")
IR_QA = [
    ("Why is the objection so near the end?", "Because by then the evidence is on the table and the reply can use it."),
    ("Would the essay lose marks without the figures?", "It would probably drop a band; the numbers show the claims were tested."),
    ("How many drafts did this take?", "Three, each read by a tutor before the next."),
    ("Is it fine to write in the first person?", "In the thesis, yes. The guide's style page allows it once or twice."),
    ("Where were the sources found?", "The college library and the county archive's online catalogue."),
    ("Could the conclusion have been shorter?", "Yes, but the assessor liked that it gathers all the strands."),
    ("Why author-date references and not footnotes?", "The task sheet asked for them."),
]
IR_ASKERS = ["Asked by Freya, Year 12", "Asked by Dev, Year 13", "Asked by Maddie, Year 12", "Asked by Olek, Year 13",
             "Asked by Tilly, Year 12", "Asked by Sami, Year 13", "Asked by Poppy, Year 12", "Asked by Euan, Year 13"]


def ir_href(title: str) -> str:
    return f"{slug(title)}.html"


def ir_admonition(kind: str, label: str, inner: str, title: str | None = None) -> str:
    head = f'<div class="title">{esc(title)}</div>\n' if title else ""
    return (f'<div class="admonitionblock {kind}">\n<table>\n<tr>\n<td class="icon">\n<i class="fa icon-{kind}" title="{label}"></i>\n</td>\n'
            f'<td class="content">\n{head}{inner}\n</td>\n</tr>\n</table>\n</div>')


def ir_para(text: str) -> str:
    return f'<div class="paragraph">\n<p>{esc(text)}</p>\n</div>'


def ir_h2(text: str, anchor: str) -> str:
    return f'<h2 id="{anchor}"><a class="anchor" href="#{anchor}"></a>{esc(text)}</h2>'


def ireby(p: Page) -> str:
    rng = p.rng
    site = "ireby"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{IR_ROOT}/writing-guide/2024/exemplars/{ir_href(p.title)}"
    pieces: list[tuple[str, str]] = []
    used: dict[str, int] = {}
    toc: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            a = "_" + re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")
            used[a] = used.get(a, 0) + 1
            a = a if used[a] == 1 else f"{a}_{used[a]}"
            toc.append((value, a))
            pieces.append(("heading", a + "\t" + ir_h2(value, a)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), ir_para(value)))
        elif kind == "quote":
            pieces.append(("text", f'<div class="quoteblock">\n<blockquote>\n{ir_para(value)}\n</blockquote>\n</div>'))
        else:
            ordered, items = value
            lis = "\n".join(f"<li>\n<p>{esc(i)}</p>\n</li>" for i in items)
            if ordered:
                pieces.append(("text", f'<div class="olist arabic">\n<ol class="arabic">\n{lis}\n</ol>\n</div>'))
            else:
                pieces.append(("text", f'<div class="ulist">\n<ul>\n{lis}\n</ul>\n</div>'))
    n_essay = len(pieces)
    if shown_on(site, "tip", 13, p):
        title = rng.choice(IR_TIP_TITLES)
        text = note_for(IR_TIPS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", ir_admonition("tip", "Tip", ir_para(text), title)))
        p.clutter += [title, text]
    turn = rank_on(site, "example", 4, p)
    if turn is not None:
        head = f"Example 1. {IR_EXAMPLES[turn % 2]}"
        if turn % 2 == 0:
            rows = [("Part", "Job", "Minutes")] + [(part, job, str(rng.randint(5, 25))) for part, job in
                    [("Opening", "hook and thesis"), ("Body", "one strand per paragraph"), ("Counter", "objection and reply"),
                     ("Close", "answer the question")]]
            cells = "\n".join("<tr>\n" + "\n".join(f'<{"th" if i == 0 else "td"} class="tableblock halign-left valign-top"><p class="tableblock">{esc(c)}</p></{"th" if i == 0 else "td"}>' for c in r) + "\n</tr>" for i, r in enumerate(rows))
            inner = f'<table class="tableblock frame-all grid-all stretch">\n<tbody>\n{cells}\n</tbody>\n</table>'
            p.clutter += [" ".join(r) for r in rows]
        else:
            ticks = rng.sample(IR_CHECKS, 3)
            inner = ('<div class="ulist checklist">\n<ul class="checklist">\n'
                     + "\n".join(f'<li>\n<p><i class="fa fa-check-square-o"></i> {esc(t)}</p>\n</li>' for t in ticks) + "\n</ul>\n</div>")
            p.clutter += ticks
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("example", f'<div class="exampleblock">\n<div class="title">{esc(head)}</div>\n<div class="content">\n{inner}\n</div>\n</div>'))
        p.clutter.append(head)
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The remaining {fmt_int(more)} words of this exemplar are visible to enrolled students only."
        pieces.append(("wall", ir_admonition("warning", "Warning", ir_para(wall) + "\n" + '<div class="paragraph">\n<p><a href="https://login.ireby.ac.uk/" class="bare">Use your college login</a> to read on.</p>\n</div>')))
        p.clutter += [wall, "Use your college login to read on."]
    integrity = ("note", ir_admonition("caution", "Caution", ir_para(IR_INTEGRITY), "Academic integrity"))
    p.clutter += [IR_INTEGRITY, "Academic integrity"]
    before = half_and_half(site, "integrity", p)
    if before:
        pieces.insert(0, integrity)
    # the docinfo: a horizontal labelled list (a table) at the top of the document
    assessor = rng.choice(IR_ASSESSORS)
    published = date(2021, 10, 1) + timedelta(days=rng.randint(0, 800))
    minutes = max(1, round(p.words / 230))
    length = f"{fmt_int(p.words)} words; about {plural(p.pages, 'printed side')}"
    fields = [("Subject", p.category), ("Level", p.level), ("Length", length), ("Reading time", f"about {minutes} min"),
              ("Grade", p.grade), ("Assessed by", assessor), ("Published", long_date(published))]
    hdlist = '<div class="hdlist">\n<table>\n' + "\n".join(
        f'<tr>\n<td class="hdlist1">\n{esc(k)}\n</td>\n<td class="hdlist2">\n<p>{esc(v)}</p>\n</td>\n</tr>' for k, v in fields) + "\n</table>\n</div>"
    p.clutter += [f"{k} {v}" for k, v in fields]
    notice = ""
    if shown_on(site, "oldspec", 6, p):
        notice = ir_admonition("important", "Important", ir_para(IR_OLDSPEC)) + "\n"
        p.clutter.append(IR_OLDSPEC)
    pieces.insert(0, ("docinfo", notice + hdlist))
    if p.cut is None and p.refs:
        pieces.append(("heading", "_works_cited\t" + ir_h2("Works Cited", "_works_cited")))
        pieces.append(("refs", '<div class="ulist bibliography">\n<ul class="bibliography">\n'
                       + "\n".join(f"<li>\n<p>{mk}</p>\n</li>" for _, mk in p.refs) + "\n</ul>\n</div>"))
        toc.append(("Works Cited", "_works_cited"))
    if not before:
        pieces.append(integrity)
    # questions from the class, as an AsciiDoc Q&A list in a section of its own
    n_q = rng.randint(1, 4)
    qas = ""
    for (q, ans), who in zip(rng.sample(IR_QA, n_q), rng.sample(IR_ASKERS, n_q)):
        qas += f"<li>\n<p><em>{esc(q)}</em></p>\n<p>{esc(ans)} ({esc(who)})</p>\n</li>\n"
        p.clutter += [q, f"{ans} ({who})"]
    pieces.append(("heading", "_asked_in_class\t" + ir_h2("Asked in class", "_asked_in_class")))
    pieces.append(("extra", f'<div class="qlist qanda">\n<ol>\n{qas}</ol>\n</div>'))
    toc.append(("Asked in class", "_asked_in_class"))
    p.clutter.append("Asked in class")
    # how other exemplars met the objection: the sentence stating the rival view, from three other essays
    lines = ""
    for t in rng.sample(p.others, 3):
        sen = objection_sentence(t)
        lines += f'<li>\n<p><a href="{ir_href(t)}" class="xref page">{esc(t)}</a>: \u201c{esc(sen)}\u201d</p>\n</li>\n'
        p.clutter += [t, sen]
    pieces.append(("heading", "_how_others_met_the_objection\t" + ir_h2("How others met the objection", "_how_others_met_the_objection")))
    pieces.append(("extra", ir_para("Each of these exemplars states the opposing view in a single sentence:") + f'\n<div class="ulist">\n<ul>\n{lines}</ul>\n</div>'))
    toc.append(("How others met the objection", "_how_others_met_the_objection"))
    p.clutter += ["How others met the objection", "Each of these exemplars states the opposing view in a single sentence:"]
    # sections: content before the first heading is the preamble, each heading opens a sect1
    body, open_sect, any_heading = "", False, any(k == "heading" for k, _ in pieces)
    pre_open = any_heading
    if pre_open:
        body += '<div id="preamble">\n<div class="sectionbody">\n'
    for kind, h in pieces:
        if kind == "heading":
            a, h = h.split("\t", 1)
            if pre_open:
                body += "</div>\n</div>\n"
                pre_open = False
            body += ("</div>\n</div>\n" if open_sect else "") + f'<div class="sect1">\n{h}\n<div class="sectionbody">\n'
            open_sect = True
        else:
            body += h + "\n"
    if open_sect:
        body += "</div>\n</div>\n"
    # the side menu lists all exemplars, grouped under their subjects
    by_subject: dict[str, list[str]] = {}
    for t in p.site_titles:
        by_subject.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    nav = ""
    for subject in sorted(by_subject):
        items = ""
        for t in sorted(by_subject[subject]):
            cur = " is-current-page" if t == p.title else ""
            items += f'<li class="nav-item{cur}" data-depth="2">\n<a class="nav-link" href="{ir_href(t)}">{esc(t)}</a>\n</li>\n'
            if t != p.title:
                p.clutter.append(t)
        active = " is-active" if subject == p.category else ""
        nav += (f'<li class="nav-item{active}" data-depth="1">\n<button class="nav-item-toggle"></button>\n<span class="nav-text">{esc(subject)}</span>\n'
                f'<ul class="nav-list">\n{items}</ul>\n</li>\n')
    toc_html = "".join(f'<li><a href="#{a}" data-level="1">{esc(h)}</a></li>\n' for h, a in toc)
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="announcement-bar" role="status"><p>{esc(IR_BANNERS[turn])}</p></div>\n'
        p.clutter.append(IR_BANNERS[turn])
    prev_t, next_t = rng.sample(p.others, 2)
    edited = published + timedelta(days=rng.randint(3, 120))
    footer = f"Page last revised {long_date(edited)}. Maintained by the Ireby College library and study skills team."
    p.clutter += [prev_t, next_t, IR_NAME, "Writing Guide", "Edit this Page", "Library catalogue", "Study skills",
                  footer, "Staff area"]
    desc = html.escape(hook_sentence(p.title))
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{esc(p.title)} :: {IR_NAME}</title>
    <link rel="canonical" href="{url}">
    <meta name="description" content="{desc}">
    <meta name="generator" content="Antora 3.1.7">
    <link rel="stylesheet" href="../../../_/css/site.css">
    <link rel="icon" href="../../../_/img/favicon.ico" type="image/x-icon">
    <script>var uiRootPath = '../../../_'</script>
  </head>
  <body class="article">
<header class="header">
  <nav class="navbar">
    <div class="navbar-brand">
      <a class="navbar-item" href="{IR_ROOT}">{IR_NAME}</a>
      <button class="navbar-burger" data-target="topbar-nav">
        <span></span>
        <span></span>
        <span></span>
      </button>
    </div>
    <div id="topbar-nav" class="navbar-menu">
      <div class="navbar-end">
        <a class="navbar-item" href="{IR_ROOT}/study-skills/2024/index.html">Study skills</a>
        <a class="navbar-item" href="{IR_ROOT}/referencing/2024/index.html">Referencing</a>
        <div class="navbar-item has-dropdown is-hoverable">
          <a class="navbar-link" href="#">Staff area</a>
          <div class="navbar-dropdown">
            <a class="navbar-item" href="{IR_ROOT}/staff/marking.html">Marking</a>
            <a class="navbar-item" href="{IR_ROOT}/staff/moderation.html">Moderation</a>
          </div>
        </div>
        <div class="navbar-item">
          <span class="control">
            <a class="button is-primary" href="https://library.ireby.ac.uk/catalogue">Library catalogue</a>
          </span>
        </div>
      </div>
    </div>
  </nav>
{banner}</header>
<div class="body">
<div class="nav-container" data-component="writing-guide" data-version="2024">
  <aside class="nav">
    <div class="panels">
<div class="nav-panel-menu is-active" data-panel="menu">
  <nav class="nav-menu">
    <button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button>
    <h3 class="title"><a href="../index.html">Writing Guide</a></h3>
<ul class="nav-list">
  <li class="nav-item" data-depth="0">
<ul class="nav-list">
  <li class="nav-item" data-depth="1">
    <a class="nav-link" href="../index.html">Start here</a>
  </li>
  <li class="nav-item is-active" data-depth="1">
    <span class="nav-text">Exemplars</span>
<ul class="nav-list">
{nav}</ul>
  </li>
</ul>
  </li>
</ul>
  </nav>
</div>
<div class="nav-panel-explore" data-panel="explore">
  <div class="context">
    <span class="title">Writing Guide</span>
    <span class="version">2024</span>
  </div>
  <ul class="components">
    <li class="component is-current">
      <a class="title" href="../index.html">Writing Guide</a>
      <ul class="versions">
        <li class="version is-current is-latest">
          <a href="../index.html">2024</a>
        </li>
        <li class="version">
          <a href="../../2023/index.html">2023</a>
        </li>
      </ul>
    </li>
  </ul>
</div>
    </div>
  </aside>
</div>
<main class="article">
<div class="toolbar" role="navigation">
<button class="nav-toggle"></button>
  <a href="../index.html" class="home-link"></a>
<nav class="breadcrumbs" aria-label="breadcrumbs">
  <ul>
    <li><a href="../index.html">Writing Guide</a></li>
    <li>Exemplars</li>
    <li><a href="{ir_href(p.title)}">{esc(p.title)}</a></li>
  </ul>
</nav>
<div class="page-versions">
  <button class="version-menu-toggle" title="Show other versions of page">2024</button>
  <div class="version-menu">
    <a class="version is-current" href="{ir_href(p.title)}">2024</a>
    <a class="version is-missing" href="../../2023/index.html">2023</a>
  </div>
</div>
  <div class="edit-this-page"><a href="https://git.ireby.ac.uk/library/writing-guide/-/edit/main/modules/exemplars/pages/{s}.adoc">Edit this Page</a></div>
  </div>
  <div class="content">
<aside class="toc sidebar" data-title="Contents" data-levels="2">
  <div class="toc-menu"><h3>Contents</h3>
<ul>
{toc_html}</ul>
</div>
</aside>
<article class="doc">
<h1 class="page">{esc(p.title)}</h1>
{body}<nav class="pagination">
  <span class="prev"><a href="{ir_href(prev_t)}">{esc(prev_t)}</a></span>
  <span class="next"><a href="{ir_href(next_t)}">{esc(next_t)}</a></span>
</nav>
</article>
  </div>
</main>
</div>
<footer class="footer">
  <p>{footer}</p>
</footer>
<script id="site-script" src="../../../_/js/site.js" data-ui-root-path="../../../_"></script>
<script async src="../../../_/js/vendor/highlight.js"></script>
  </body>
</html>
"""


# ---- 2. lorton: mdBook 0.4 with mdbook-admonish, a reading group's anthology --------------------------------------

LO_ROOT = "https://lorton-readers.gitlab.io/anthology"
LO_NAME = "The Lorton Anthology"
LO_EDITORS = ["R. Iredale", "S. Benn", "M. Kirkpatrick", "J. Oglethorpe"]
LO_ASIDE_TITLES = ["Editor's aside", "Read this twice", "A note on method", "Reading group comment"]
LO_ASIDES = [
    "We argued about this paragraph for most of a meeting; it survived because nobody could improve it.",
    "The author cites a number and then immediately asks what it can and cannot show. That habit is rare.",
    "If you are writing on {topic} yourself, this is the paragraph to imitate.",
    "Notice that the paragraph never says 'clearly'. It shows instead.",
    "Our copy-editor wanted to split this paragraph. The author refused, and we think rightly.",
    "This is the hinge of the chapter: everything before it is set-up, everything after is consequence.",
    "A reader at our spring meeting pointed out that this is the only paragraph without a date in it.",
]
LO_FOOTNOTES = ["Editor's note: the figures in this chapter are the author's summaries of published studies and have not been rechecked by the group.",
                "Editor's note: this chapter was first read aloud at the group's meeting on {day}."]
LO_BANNERS = [
    "Submissions for next year's anthology close on 28 February.",
    "The print edition of the anthology is on sale at the village shop.",
    "The reading group meets on the first Thursday of the month in the school library.",
]
LO_PROOF = "Proofreading pending: this chapter has not yet had its second read-through, so small errors may remain."
LO_CONSENT = "Printed with the writer's consent. The essay remains their work; please do not reuse it in your own assignments."
LO_REMARKS = [
    "I came to this chapter knowing nothing about the subject and left wanting to read more.",
    "The counter-argument section is the best in the anthology.",
    "Could the group publish the author's reading list next time?",
    "I disagree with the conclusion, which I suspect is the point.",
    "Clear, calm and properly sourced. More like this, please.",
    "I would have liked one more example in the middle section.",
    "Read it aloud to my daughter, who is doing the same course.",
    "The opening line stayed with me for days.",
]
LO_READERS = ["Margaret T.", "Alan from Loweswater", "Dr P. Nixon", "Sue and Graham", "Hannah (Year 13)", "Bill W.",
              "Nadia K.", "A retired teacher"]


def lo_href(title: str) -> str:
    return f"../{slug(ESSAYS_BY_TITLE[title]['tags'][0])}/{slug(title)}.html"


def lo_h(level: int, text: str, anchor: str) -> str:
    return f'<h{level} id="{anchor}"><a class="header" href="#{anchor}">{esc(text)}</a></h{level}>'


def lo_admonish(kind: str, title: str, inner: str, ident: str) -> str:
    return (f'<div id="admonition-{ident}" class="admonition admonish-{kind}" role="note" aria-labelledby="admonition-{ident}-title">\n'
            f'<div class="admonition-title">\n<div id="admonition-{ident}-title">\n{esc(title)}\n</div>\n'
            f'<a class="admonition-anchor-link" href="#admonition-{ident}"></a>\n</div>\n<div>\n{inner}\n</div>\n</div>')


def lorton(p: Page) -> str:
    rng = p.rng
    site = "lorton"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pieces: list[tuple[str, str]] = []
    used: dict[str, int] = {anchor_id(p.title): 1}
    for kind, value in p.visible():
        if kind == "heading":
            a = anchor_id(value)
            used[a] = used.get(a, 0) + 1
            a = a if used[a] == 1 else f"{a}-{used[a] - 1}"
            pieces.append(("heading", lo_h(2, value, a)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    accepted = date(2020, 9, 1) + timedelta(days=rng.randint(0, 1200))
    if shown_on(site, "aside", 13, p):
        title = rng.choice(LO_ASIDE_TITLES)
        text = note_for(LO_ASIDES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", lo_admonish("tip", title, f"<p>{esc(text)}</p>", anchor_id(title))))
        p.clutter += [title, text]
    turn = rank_on(site, "footnote", 4, p)
    if turn is not None:
        text = LO_FOOTNOTES[turn % 2].format(day=long_date(accepted - timedelta(days=rng.randint(10, 60))))
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("footnote", f'<div class="footnote-definition" id="ed">\n<sup class="footnote-definition-label">ed</sup>\n<p>{esc(text)}</p>\n</div>'))
        p.clutter.append(text)
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The other {fmt_int(more)} words of this chapter appear only in the members' edition of the anthology."
        pieces.append(("wall", lo_admonish("info", "Members' edition", f"<p>{esc(wall)}</p>", "members-edition")))
        p.clutter += [wall, "Members' edition"]
    if p.cut is None and p.refs:
        pieces.append(("heading", lo_h(2, "Works Cited", "works-cited")))
        pieces.append(("refs", "<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>"))
    consent = ("note", '<blockquote class="blockquote-tag blockquote-tag-important">\n<p class="blockquote-tag-title">'
               '<svg viewBox="0 0 16 16" width="18" height="18"><path d="M0 1.75C0 .784.784 0 1.75 0h12.5C15.216 0 16 .784 16 1.75v9.5A1.75 1.75 0 0 1 14.25 13H8.06l-2.573 2.573A1.458 1.458 0 0 1 3 14.543V13H1.75A1.75 1.75 0 0 1 0 11.25Z"></path></svg>Important</p>\n'
               f"<p>{esc(LO_CONSENT)}</p>\n</blockquote>")
    p.clutter.append(LO_CONSENT)
    if half_and_half(site, "consent", p):
        pieces.insert(0, consent)
    else:
        pieces.append(consent)
    # the docinfo, a two-column markdown table at the top of the chapter
    editor = rng.choice(LO_EDITORS)
    rows = [("Subject area", p.category), ("Written for", p.level), ("Word length", fmt_int(p.words)),
            ("Sheets when printed", str(p.pages)), ("Result", p.grade), ("Chosen by", editor),
            ("Accepted", accepted.isoformat())]
    table = ('<div class="table-wrapper"><table><thead><tr><th>About this chapter</th><th></th></tr></thead><tbody>\n'
             + "\n".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows) + "\n</tbody></table>\n</div>")
    p.clutter += [f"{k} {v}" for k, v in rows] + ["About this chapter"]
    proof = ""
    if shown_on(site, "proof", 6, p):
        proof = lo_admonish("warning", "Proofreading pending", f"<p>{esc(LO_PROOF)}</p>", "proofreading-pending") + "\n"
        p.clutter += [LO_PROOF, "Proofreading pending"]
    essay_html = "\n".join(h for _, h in pieces)
    # remarks from readers, under a heading of the essay's own markup
    n_r = rng.randint(0, 4)
    remarks = ""
    day = accepted
    for who, text in zip(rng.sample(LO_READERS, n_r), rng.sample(LO_REMARKS, n_r)):
        day += timedelta(days=rng.randint(2, 40))
        remarks += f"<p><strong>{esc(who)}</strong>, {long_date(day)}</p>\n<blockquote>\n<p>{esc(text)}</p>\n</blockquote>\n"
        p.clutter += [f"{who}, {long_date(day)}", text]
    if not remarks:
        remarks = "<p>No remarks yet. Send yours to the group's secretary and we will add them here.</p>\n"
        p.clutter.append("No remarks yet. Send yours to the group's secretary and we will add them here.")
    p.clutter.append("Remarks from readers")
    # other chapters' first sentences
    openers = ""
    for t in rng.sample(p.others, 3):
        first = hook_sentence(t)
        openers += f'<li><a href="{lo_href(t)}">{esc(t)}</a>: <em>{esc(first)}</em></li>\n'
        p.clutter += [t, first]
    p.clutter += ["Other chapters open like this", "Compare the first sentence of this chapter with these:"]
    # the chapter list: every essay, numbered, by part
    by_subject: dict[str, list[str]] = {}
    for t in p.site_titles:
        by_subject.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    chapters = '<li class="chapter-item expanded affix "><a href="../introduction.html">Introduction</a></li>'
    for n, subject in enumerate(sorted(by_subject), 1):
        chapters += f'<li class="chapter-item expanded "><a href="../{slug(subject)}/index.html"><strong aria-hidden="true">{n}.</strong> {esc(subject)}</a></li><li><ol class="section">'
        for m, t in enumerate(sorted(by_subject[subject]), 1):
            active = ' class="active"' if t == p.title else ""
            chapters += f'<li class="chapter-item expanded "><a href="{lo_href(t)}"{active}><strong aria-hidden="true">{n}.{m}.</strong> {esc(t)}</a></li>'
            if t != p.title:
                p.clutter.append(t)
        chapters += "</ol></li>"
    chapters += '<li class="chapter-item expanded affix "><li class="spacer"></li><li class="chapter-item expanded affix "><a href="../contributors.html">Contributors</a></li>'
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="announcement" role="status"><p>{esc(LO_BANNERS[turn])}</p></div>\n'
        p.clutter.append(LO_BANNERS[turn])
    prev_t, next_t = rng.sample(p.others, 2)
    commit = hexid(site, p.index, "commit", n=7)
    changed = f"Last change: {(accepted + timedelta(days=rng.randint(5, 200))).isoformat()}, commit: {commit}"
    p.clutter += [LO_NAME, changed]
    path = lo_href(p.title)[3:]
    return f"""<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr">
    <head>
        <!-- Book generated using mdBook -->
        <meta charset="UTF-8">
        <title>{esc(p.title)} - {LO_NAME}</title>


        <!-- Custom HTML head -->

        <meta name="description" content="Essays chosen and annotated by the Lorton reading group">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="theme-color" content="#ffffff">

        <link rel="icon" href="../favicon.svg">
        <link rel="stylesheet" href="../css/variables.css">
        <link rel="stylesheet" href="../css/general.css">
        <link rel="stylesheet" href="../css/chrome.css">
        <link rel="stylesheet" href="../css/print.css" media="print">

        <!-- Fonts -->
        <link rel="stylesheet" href="../FontAwesome/css/font-awesome.css">
        <link rel="stylesheet" href="../fonts/fonts.css">

        <!-- Highlight.js Stylesheets -->
        <link rel="stylesheet" href="../highlight.css">
        <link rel="stylesheet" href="../tomorrow-night.css">
        <link rel="stylesheet" href="../ayu-highlight.css">

        <!-- Custom theme stylesheets -->
        <link rel="stylesheet" href="../theme/mdbook-admonish.css">
        <link rel="stylesheet" href="../theme/lorton.css">

        <!-- Provide site root to javascript -->
        <script>
            var path_to_root = "../";
            var default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "navy" : "light";
        </script>
        <!-- Start loading toc.js asap -->
        <script src="../toc.js"></script>
    </head>
    <body>
    <div id="body-container">
        <!-- Work around some values being stored in localStorage wrapped in quotes -->
        <script>
            try {{
                var theme = localStorage.getItem('mdbook-theme');
                var sidebar = localStorage.getItem('mdbook-sidebar');
                if (theme.startsWith('"') && theme.endsWith('"')) {{
                    localStorage.setItem('mdbook-theme', theme.slice(1, theme.length - 1));
                }}
            }} catch (e) {{ }}
        </script>

        <input type="checkbox" id="sidebar-toggle-anchor" class="hidden">

        <nav id="sidebar" class="sidebar" aria-label="Chapter list">
            <div class="sidebar-scrollbox">
                <ol class="chapter">{chapters}</ol>
            </div>
            <div id="sidebar-resize-handle" class="sidebar-resize-handle">
                <div class="sidebar-resize-indicator"></div>
            </div>
        </nav>

        <div id="page-wrapper" class="page-wrapper">

            <div class="page">
                <div id="menu-bar-hover-placeholder"></div>
                <div id="menu-bar" class="menu-bar sticky">
                    <div class="left-buttons">
                        <label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor" title="Show or hide the chapter list" aria-label="Show or hide the chapter list" aria-controls="sidebar">
                            <i class="fa fa-bars"></i>
                        </label>
                        <button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true" aria-expanded="false" aria-controls="theme-list">
                            <i class="fa fa-paint-brush"></i>
                        </button>
                        <ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
                            <li role="none"><button role="menuitem" class="theme" id="light">Light</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="rust">Rust</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="coal">Coal</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="navy">Navy</button></li>
                            <li role="none"><button role="menuitem" class="theme" id="ayu">Ayu</button></li>
                        </ul>
                        <button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" aria-expanded="false" aria-keyshortcuts="S" aria-controls="searchbar">
                            <i class="fa fa-search"></i>
                        </button>
                    </div>

                    <h1 class="menu-title">{LO_NAME}</h1>

                    <div class="right-buttons">
                        <a href="../print.html" title="Print this book" aria-label="Print this book">
                            <i id="print-button" class="fa fa-print"></i>
                        </a>
                        <a href="https://gitlab.com/lorton-readers/anthology" title="Git repository" aria-label="Git repository">
                            <i id="git-repository-button" class="fa fa-gitlab"></i>
                        </a>
                        <a href="https://gitlab.com/lorton-readers/anthology/-/edit/main/src/{path[:-5]}.md" title="Suggest an edit" aria-label="Suggest an edit">
                            <i id="git-edit-button" class="fa fa-edit"></i>
                        </a>

                    </div>
                </div>

                <div id="search-wrapper" class="hidden">
                    <form id="searchbar-outer" class="searchbar-outer">
                        <input type="search" id="searchbar" name="searchbar" placeholder="Search this book ..." aria-controls="searchresults-outer" aria-describedby="searchresults-header">
                    </form>
                    <div id="searchresults-outer" class="searchresults-outer hidden">
                        <div id="searchresults-header" class="searchresults-header"></div>
                        <ul id="searchresults">
                        </ul>
                    </div>
                </div>

                <!-- Apply ARIA attributes after the sidebar and the sidebar toggle button are added to the DOM -->
                <script>
                    document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');
                    document.getElementById('sidebar').setAttribute('aria-hidden', sidebar !== 'visible');
                </script>

                <div id="content" class="content">
                    {banner}<main>
                        {lo_h(1, p.title, anchor_id(p.title))}
{proof}{table}
{essay_html}
{lo_h(2, "Remarks from readers", "remarks-from-readers")}
{remarks}{lo_h(2, "Other chapters open like this", "other-chapters-open-like-this")}
<p>Compare the first sentence of this chapter with these:</p>
<ul>
{openers}</ul>
<footer id="last-change">Last change: {changed.split(": ", 1)[1].split(",")[0]}, commit: <a href="https://gitlab.com/lorton-readers/anthology/-/commit/{commit}">{commit}</a></footer>
                    </main>

                    <nav class="nav-wrapper" aria-label="Page navigation">
                        <!-- Mobile navigation buttons -->
                            <a rel="prev" href="{lo_href(prev_t)}" class="mobile-nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left">
                                <i class="fa fa-angle-left"></i>
                            </a>

                            <a rel="next prefetch" href="{lo_href(next_t)}" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
                                <i class="fa fa-angle-right"></i>
                            </a>

                        <div style="clear: both"></div>
                    </nav>
                </div>
            </div>

            <nav class="nav-wide-wrapper" aria-label="Page navigation">
                    <a rel="prev" href="{lo_href(prev_t)}" class="nav-chapters previous" title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left">
                        <i class="fa fa-angle-left"></i>
                    </a>

                    <a rel="next prefetch" href="{lo_href(next_t)}" class="nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
                        <i class="fa fa-angle-right"></i>
                    </a>
            </nav>

        </div>

        <script>
            window.playground_copyable = true;
        </script>

        <script src="../elasticlunr.min.js"></script>
        <script src="../mark.min.js"></script>
        <script src="../searcher.js"></script>

        <script src="../clipboard.min.js"></script>
        <script src="../highlight.js"></script>
        <script src="../book.js"></script>

        <!-- Custom JS scripts -->


    </div>
    </body>
</html>
"""


# ---- 3. wythop: Plone 6 Classic UI, a school library's exemplar folder ---------------------------------------------

WY_ROOT = "https://www.wythop.sch.uk"
WY_NAME = "Wythop School"
WY_TEACHERS = ["Mrs C. Pennington", "Mr A. Lowther", "Ms J. Tweddle", "Dr S. Aglionby"]
WY_NOTE_LABELS = ["Teacher's note:", "Library note:", "Look closely:", "Why it scored well:"]
WY_NOTES = [
    "this paragraph moves from evidence to judgement in four sentences, which is the pattern we teach.",
    "the books quoted here are on the {topic} shelf in the library, next to the careers corner.",
    "a reader can tell exactly where each number comes from.",
    "this is the longest paragraph in the essay and it still holds only one idea.",
    "try covering up the last sentence: the paragraph loses its point, which shows how much that sentence does.",
    "the writer added this paragraph after the first round of feedback.",
    "the connective at the start of the following paragraph is doing important work.",
]
WY_FIGURES = ["Figure 1. A page of the first draft, with the teacher's corrections in green.",
              "Figure 1. The class timeline for this topic, photographed from the whiteboard."]
WY_MESSAGES = [
    "The library catalogue will be offline on Saturday while it is upgraded.",
    "Reminder: overdue books must be returned before the end of term.",
    "New this term: exemplar essays for the Extended Project.",
]
WY_REVIEW = "Due for review: the course this essay was written for changes next September."
WY_PERMISSION = "Published with the student's permission for revision purposes. Submitting any of it as your own work is malpractice."
WY_COMMENTS = [
    "Really useful before my mock, thank you.",
    "Is there a version of this with the mark scheme next to it?",
    "The figure helped me see how the draft changed.",
    "I like how the teacher's notes explain the marks.",
    "Could we have one on the other exam question as well?",
    "Shared with my revision group.",
    "The conclusion is so much tighter than mine.",
    "Which library books did the writer use?",
]
WY_REPLIES = [
    "Thanks, glad it helped. More are on the way.",
    "The book list is on the history shelf noticeboard.",
    "Good idea, we will add one next term.",
    "Ask at the library desk and we can print one for you.",
]
WY_NAMES = ["Lily Hodgson", "Sam Quayle", "Erin Muncaster", "Zac Bewley", "Anya Rigg", "Theo Gilpin", "Mia Tyson",
            "Ollie Sharp"]
WY_STAFF = "Library Team"


def wy_url(title: str) -> str:
    return f"{WY_ROOT}/library/exemplar-essays/{slug(title)}"


def wy_stamp(d: datetime) -> str:
    return d.strftime("%b %d, %Y %I:%M %p")


def wy_widget(name: str, label: str, value: str, cls: str = "textline-field") -> str:
    return (f'<div id="formfield-form-widgets-{name}" class="mb-3 field fieldname-form.widgets.{name} widget-mode-display" data-fieldname="form.widgets.{name}">\n'
            f'  <label for="form-widgets-{name}" class="form-label">{esc(label)}</label>\n'
            f'  <span id="form-widgets-{name}" class="text-widget {cls}">{esc(value)}</span>\n</div>')


def wythop(p: Page) -> str:
    rng = p.rng
    site = "wythop"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<h3>{esc(value)}</h3>"))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "discreet", 13, p):
        label = rng.choice(WY_NOTE_LABELS)
        text = note_for(WY_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="discreet"><strong>{esc(label)}</strong> {esc(text)}</p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "figure", 4, p)
    if turn is not None:
        caption = WY_FIGURES[turn % 2]
        img = hexid(site, p.index, "figure", n=8)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("figure", f'<figure class="image-richtext image-inline captioned">\n<img src="{wy_url(p.title)}/{img}.jpeg/@@images/image/preview" alt="" class="image-richtext image-inline captioned" width="400" height="300" loading="lazy" />\n'
                       f'<figcaption class="figure-caption">{esc(caption)}</figcaption>\n</figure>'))
        p.clutter.append(caption)
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Log in with your school account to read the remaining {fmt_int(more)} words."
        pieces.append(("wall", f'<div class="portalMessage statusmessage statusmessage-info alert alert-info" role="status"><strong>Info</strong> {esc(wall)}</div>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces += [("refs", f"<p>{mk}</p>") for _, mk in p.refs]
    perm = ("note", f'<p><span class="visualHighlight">{esc(WY_PERMISSION)}</span></p>')
    p.clutter.append(WY_PERMISSION)
    if half_and_half(site, "permission", p):
        pieces.insert(0, perm)
    else:
        pieces.append(perm)
    text_html = "\n".join(h for _, h in pieces)
    # the docinfo: display widgets of a custom content type, each a label and a span
    teacher = rng.choice(WY_TEACHERS)
    handed = date(2021, 9, 6) + timedelta(days=rng.randint(0, 900))
    widgets = [("subject", "Subject", p.category, "textline-field"), ("year_group", "Year group", p.level, "choice-field"),
               ("number_of_words", "Number of words", str(p.words), "int-field"),
               ("pages_when_printed", "Pages when printed", str(p.pages), "int-field"),
               ("mark", "Mark awarded", p.grade, "textline-field"), ("teacher", "Teacher", teacher, "textline-field"),
               ("handed_in", "Date handed in", handed.strftime("%b %d, %Y"), "date-field")]
    widget_html = "\n".join(wy_widget(n, label, v, c) for n, label, v, c in widgets)
    p.clutter += [f"{label} {v}" for _, label, v, _ in widgets]
    review = ""
    if shown_on(site, "review", 6, p):
        review = f'<div class="portalMessage statusmessage statusmessage-warning alert alert-warning" role="status"><strong>Warning</strong> {esc(WY_REVIEW)}</div>\n'
        p.clutter.append(WY_REVIEW)
    author = rng.choice(WY_TEACHERS + [WY_STAFF])
    modified = datetime(handed.year, handed.month, handed.day, 9, 0) + timedelta(days=rng.randint(5, 120), minutes=rng.randint(0, 600))
    byline = f"by {author} \u2014 last modified {wy_stamp(modified)}"
    description = f"An exemplar essay in {p.topic}, written in {p.level} and marked {p.grade}."
    p.clutter += [byline, description]
    # related content: each description is the other essay's first fact sentence
    related = ""
    for t in rng.sample(p.others, 3):
        fact = fact_sentence(t)
        related += (f'<li>\n<a href="{wy_url(t)}" class="contenttype-exemplar_essay state-published url" title="{html.escape(fact)}">'
                    f'<img width="16" height="16" src="{WY_ROOT}/++plone++static/icons/file-earmark-text.svg" alt="Exemplar Essay" class="icon-inline" />'
                    f'<span>{esc(t)}</span></a>\n<p class="discreet description">{esc(fact)}</p>\n</li>\n')
        p.clutter += [t, fact]
    # comments from plone.app.discussion, with some replies from the library team
    n_c = rng.randint(0, 4)
    comments = ""
    when = modified
    for who, text in zip(rng.sample(WY_NAMES, n_c), rng.sample(WY_COMMENTS, n_c)):
        when += timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 900))
        cid = int(when.timestamp())
        comments += (f'<div class="comment replyTreeLevel0 state-published" id="{cid}">\n<div class="d-flex flex-row align-items-center">\n'
                     f'<div class="commentImage me-2"><img src="{WY_ROOT}/defaultUser.png" alt="" class="rounded-circle" height="32" width="32" /></div>\n'
                     f'<div class="documentByLine"><span>{esc(who)}</span> says:<div class="commentDate">{wy_stamp(when)}</div></div>\n</div>\n'
                     f'<div class="commentBody"><span>{esc(text)}</span></div>\n</div>\n')
        p.clutter += [f"{who} says:", wy_stamp(when), text]
        if rng.random() < 0.45:
            when += timedelta(hours=rng.randint(2, 48))
            reply = rng.choice(WY_REPLIES)
            comments += (f'<div class="comment replyTreeLevel1 state-published" id="{int(when.timestamp())}">\n<div class="d-flex flex-row align-items-center">\n'
                         f'<div class="commentImage me-2"><img src="{WY_ROOT}/defaultUser.png" alt="" class="rounded-circle" height="32" width="32" /></div>\n'
                         f'<div class="documentByLine"><span>{WY_STAFF}</span> says:<div class="commentDate">{wy_stamp(when)}</div></div>\n</div>\n'
                         f'<div class="commentBody"><span>{esc(reply)}</span></div>\n</div>\n')
            p.clutter += [f"{WY_STAFF} says:", wy_stamp(when), reply]
    p.clutter += ["Add comment", "You can add a comment by filling out the form below. Plain text formatting."]
    # navigation portlet: every essay, by subject folder
    by_subject: dict[str, list[str]] = {}
    for t in p.site_titles:
        by_subject.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    tree = ""
    for subject in sorted(by_subject):
        items = ""
        for t in sorted(by_subject[subject]):
            cur = " navTreeCurrentItem navTreeCurrentNode" if t == p.title else ""
            items += (f'<li class="navTreeItem visualNoMarker{" navTreeCurrentNode" if cur else ""} section-{slug(t)}">\n'
                      f'<a href="{wy_url(t)}" class="state-published{cur} contenttype-exemplar_essay">{esc(t)}</a>\n</li>\n')
            if t != p.title:
                p.clutter.append(t)
        tree += (f'<li class="navTreeItem visualNoMarker navTreeFolderish section-{slug(subject)}">\n<a href="{WY_ROOT}/library/exemplar-essays/{slug(subject)}" class="state-published navTreeFolderish contenttype-folder">{esc(subject)}</a>\n'
                 f'<ul class="navTree navTreeLevel1">\n{items}</ul>\n</li>\n')
    message = ""
    turn = rank_on(site, "message", 3, p)
    if turn is not None:
        message = f'<div class="portalMessage statusmessage statusmessage-info alert alert-info" role="status"><strong>Info</strong> {esc(WY_MESSAGES[turn])}</div>'
        p.clutter.append(WY_MESSAGES[turn])
    tags = [p.category, p.level, "Exemplar"]
    p.clutter += ["Filed under:", "Related content", "Exemplar essays", "Library news", "Opening times",
                  "Mon to Thu 8.15am to 5pm, Fri 8.15am to 4pm", "The sixth-form reading list for next year is out",
                  "Book fair in the main hall", "Powered by Plone & Python", "Site Map",
                  "Search Site", "About us", "Wythop School, Embleton Road, Cockermouth"]
    url = wy_url(p.title)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
  <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="twitter:card" content="summary" /><meta property="og:site_name" content="{WY_NAME}" /><meta content="{html.escape(p.title)}" property="og:title" /><meta content="website" property="og:type" /><meta content="{html.escape(description)}" property="og:description" /><meta content="{url}" property="og:url" />
    <meta name="description" content="{html.escape(description)}" />
    <meta name="DC.description" content="{html.escape(description)}" /><meta name="DC.format" content="text/plain" /><meta name="DC.type" content="Exemplar Essay" /><meta name="DC.date.modified" content="{modified.isoformat()}+00:00" /><meta name="DC.date.created" content="{handed.isoformat()}T09:00:00+00:00" /><meta name="DC.language" content="en" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="generator" content="Plone - https://plone.org/" />
    <title>{esc(p.title)} \u2014 {WY_NAME}</title>
    <link rel="canonical" href="{url}" />
    <link rel="preload icon" type="image/vnd.microsoft.icon" href="{WY_ROOT}/favicon.ico?name=favicon.ico" />
    <link rel="search" href="{WY_ROOT}/@@search" title="Search this site" />
    <link href="{WY_ROOT}/++plone++static/plone-fontello-compiled.css?t=1701181236.0" media="all" rel="stylesheet" type="text/css" />
    <link href="{WY_ROOT}/++theme++barceloneta/css/barceloneta.min.css" rel="stylesheet" />
    <script integrity="sha384-{hexid(site, 'bundle', n=40)}" src="{WY_ROOT}/++plone++static/bundle-plone/bundle.min.js"></script>
  </head>
  <body class="col-content col-one col-two frontend icons-on portaltype-exemplar_essay section-library site-Plone subsection-exemplar-essays subsection-exemplar-essays-{slug(p.title)} template-view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" dir="ltr" data-base-url="{url}" data-view-url="{url}" data-portal-url="{WY_ROOT}" data-i18ncatalogurl="{WY_ROOT}/plonejsi18n" data-pat-pickadate='{{"date": {{"selectYears": 200}}, "time": {{"interval": 5 }} }}' data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'><div class="outer-wrapper">
      <header class="" id="content-header">
        <div class="container">
          <div id="portal-header">
    <a id="portal-logo" title="{WY_NAME}" href="{WY_ROOT}">
  <img alt="{WY_NAME}" src="{WY_ROOT}/@@site-logo/logo.png" title="{WY_NAME}" /></a>
<div id="portal-searchbox">
  <form id="searchGadget_form" action="{WY_ROOT}/@@search" role="search" data-pat-livesearch="ajaxUrl:{WY_ROOT}/@@ajax-search" class="pat-livesearch show_images">
    <label class="hiddenStructure" for="searchGadget">Search Site</label>
    <div class="d-flex">
      <input name="SearchableText" type="text" size="18" id="searchGadget" title="Search Site" placeholder="Search Site" class="searchField form-control me-3" />
      <button class="searchButton btn btn-outline-light" type="submit">Search</button>
    </div>
  </form>
</div>
<div id="portal-anontools">
  <ul class="list-inline">
    <li class="list-inline-item">
      <a title="Log in" href="{WY_ROOT}/login" id="personaltools-login" icon="plone-login" class="pat-plone-modal" data-pat-plone-modal='{{"title": "Log in", "width": "26em", "actionOptions": {{"redirectOnResponse": true}}}}'>Log in</a>
    </li>
  </ul>
</div>
          </div>
        </div>
        <div id="mainnavigation-wrapper">
          <div id="mainnavigation">
  <nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper">
    <div class="container">
      <div class="offcanvas offcanvas-end" tabindex="-1" id="offcanvasNavbar" aria-labelledby="offcanvasNavbar">
        <div class="offcanvas-body align-items-center">
          <ul class="navbar-nav me-auto" id="portal-globalnav">
            <li class="index_html nav-item"><a href="{WY_ROOT}" class="state-None nav-link">Home</a></li><li class="about-us nav-item"><a href="{WY_ROOT}/about-us" class="state-published nav-link">About us</a></li><li class="parents nav-item"><a href="{WY_ROOT}/parents" class="state-published nav-link">Parents</a></li><li class="library has_subtree inPath nav-item"><a href="{WY_ROOT}/library" class="state-published nav-link" aria-haspopup="true">Library</a></li><li class="contact nav-item"><a href="{WY_ROOT}/contact" class="state-published nav-link">Contact</a></li>
          </ul>
        </div>
      </div>
    </div>
  </nav>
          </div>
        </div>
        <div id="hero" class="principal">
          <div class="container">
            <div class="gigantic">
            </div>
          </div>
        </div>
      </header>

      <div id="above-content-wrapper">
          <div id="viewlet-above-content"><nav id="portal-breadcrumbs" aria-label="breadcrumb">
  <div class="container">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="{WY_ROOT}">Home</a></li>
        <li class="breadcrumb-item"><a href="{WY_ROOT}/library">Library</a></li>
        <li class="breadcrumb-item"><a href="{WY_ROOT}/library/exemplar-essays">Exemplar essays</a></li>
        <li class="breadcrumb-item active" aria-current="page"><a href="{url}">{esc(p.title)}</a></li>
    </ol>
  </div>
</nav>
</div>
      </div>
      <div class="container">
        <div class="row">
          <aside class="col-12" id="global_statusmessage">
      {message}
      <div>
      </div>
    </aside>
        </div>
        <main id="main-container" class="row">
          <section id="portal-column-content" class="col-xs-12 col-lg-6 order-lg-2">

      <article id="content">

          <header>

            <div id="viewlet-above-content-title"><span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" style="display: none">
  <span itemprop="name">{esc(p.title)}</span>
  <span itemprop="url">{url}</span>
</span>
</div>

              <h1 class="documentFirstHeading">{esc(p.title)}</h1>

            <div id="viewlet-below-content-title">
<div class="documentByLine" id="plone-document-byline">
  <span class="documentAuthor">
    by
    <a href="{WY_ROOT}/author/{slug(author)}">{esc(author)}</a>
  </span> \u2014
  <span class="documentModified">
    <span>last modified</span>
    {wy_stamp(modified)}
  </span>
</div>
</div>

              <p class="lead documentDescription">{esc(description)}</p>

          </header>

          <div id="viewlet-above-content-body"></div>
          <div id="content-core">
{review}{widget_html}
<div id="formfield-form-widgets-text" class="mb-3 field fieldname-form.widgets.text widget-mode-display" data-fieldname="form.widgets.text">
  <div id="form-widgets-text" class="richTextWidget richtext-field">
{text_html}
  </div>
</div>
          </div>
          <footer>
            <div id="viewlet-below-content-body">
<div class="visualClear"><!-- --></div>
<div class="documentActions">
</div>
<div class="section section-category" id="section-category">
  <span>Filed under:</span>
  <ul class="list-inline d-inline">
{"".join(f'    <li class="list-inline-item"><a class="link-category" rel="tag" href="{WY_ROOT}/@@search?Subject%3Alist={quote_url(t)}">{esc(t)}</a></li>' + chr(10) for t in tags)}  </ul>
</div>
<aside id="related-items" class="mt-2">
  <header><h2 class="h5">Related content</h2></header>
  <ul>
{related}  </ul>
</aside>
</div>
          </footer>
      </article>

      <footer>
        <div id="viewlet-below-content">
<div class="discussion">
{comments}</div>
<div class="reply">
  <form class="rowlike enableUnloadProtection" action="{url}/@@view" method="post" enctype="multipart/form-data">
    <fieldset>
      <legend>Add comment</legend>
      <p class="discreet">You can add a comment by filling out the form below. Plain text formatting.</p>
      <div class="field" id="formfield-form-widgets-comment-text"><textarea id="form-widgets-comment-text" name="form.widgets.comment.text" class="form-control textarea-widget required text-field"></textarea></div>
      <div class="formControls"><button type="submit" id="form-buttons-comment" name="form.buttons.comment" class="submit-widget button-field btn btn-primary">Comment</button></div>
    </fieldset>
  </form>
</div>
</div>
      </footer>
          </section>
          <aside id="portal-column-one" class="col-xs-12 col-lg-3 order-lg-1">
<div class="portletWrapper" id="portletwrapper-706c6f6e652e6c656674636f6c756d6e" data-portlethash="706c6f6e652e6c656674636f6c756d6e">
<div class="card portlet portletNavigationTree">
  <div class="card-header">
    <a href="{WY_ROOT}/library/exemplar-essays" class="tile">Exemplar essays</a>
  </div>
  <nav class="card-body">
    <ul class="navTree navTreeLevel0">
{tree}    </ul>
  </nav>
</div>
</div>
          </aside>
          <aside id="portal-column-two" class="col-xs-12 col-lg-3 order-lg-3">
<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e" data-portlethash="706c6f6e652e7269676874636f6c756d6e">
<div class="card portlet portletNews">
  <div class="card-header"><a href="{WY_ROOT}/library/news" class="tile">Library news</a></div>
  <div class="card-body">
    <ul>
      <li class="portletItem"><a href="{WY_ROOT}/library/news/reading-list">The sixth-form reading list for next year is out</a></li>
      <li class="portletItem"><a href="{WY_ROOT}/library/news/book-fair">Book fair in the main hall</a></li>
    </ul>
  </div>
</div>
<div class="card portlet portletStaticText">
  <div class="card-header">Opening times</div>
  <div class="card-body"><p>Mon to Thu 8.15am to 5pm, Fri 8.15am to 4pm</p></div>
</div>
</div>
          </aside>
        </main>
      </div>
    </div>
    <footer id="portal-footer-wrapper">
      <div class="container" id="portal-footer">
      <div class="row">
  <div class="col-12">
    <div id="portal-footer-signature"><p>Wythop School, Embleton Road, Cockermouth</p></div>
  </div>
</div>
<div class="row">
  <div class="col-12">
    <ul id="portal-siteactions">
      <li class="portletItem"><a href="{WY_ROOT}/sitemap">Site Map</a></li>
      <li class="portletItem"><a href="{WY_ROOT}/accessibility-info">Accessibility</a></li>
      <li class="portletItem"><a href="{WY_ROOT}/contact-info">Contact</a></li>
    </ul>
  </div>
</div>
<div class="row">
  <div class="col-12">
    <div class="colophon"><a href="https://plone.org" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">Powered by Plone &amp; Python</a></div>
  </div>
</div>
      </div>
    </footer>
  </body>
</html>
"""


# ---- 4. mallerstang: Flarum 1.8, a revision forum's thread ---------------------------------------------------------

MA_ROOT = "https://studyhall.mallerstang.org"
MA_NAME = "Mallerstang Study Hall"
MA_MEMBERS = ["ellie_h", "tombrough", "jess.k", "farah_writes", "callumr", "nina_p", "oscarw", "grace-l", "harveyd",
              "rosie_m", "ibrahim.s", "katie_b"]
MA_MODS = ["mod_ruth", "mod_daniel"]
MA_EDIT_LABELS = ["EDIT:", "Edit 2:", "Update:", "ETA:"]
MA_EDITS = [
    "fixed a date in this paragraph after someone pointed it out in the replies.",
    "my teacher said this is the paragraph that got the essay into the top band.",
    "a few people asked where the numbers come from, they are all in the sources at the bottom of my notes.",
    "added a sentence here because the link to the next part felt abrupt.",
    "I know this bit is long, I did try to cut it down.",
    "not sure this example is the strongest, would love suggestions.",
    "if you are doing {topic} too, this is the part I would focus on.",
]
MA_PASTES = ["words per paragraph (from my plan doc)", "my plan, pasted straight from my notes app"]
MA_NOTICES = [
    "Exam season: new members' first posts are checked by a moderator before they appear.",
    "The forum will be read-only for maintenance on Sunday from 7am to 9am.",
    "Please use spoiler tags for answers to this year's coursework questions.",
]
MA_LOCKED = "This discussion was locked by a moderator after results day. Replies are closed, but it stays up to read."
MA_SHARE = "Posting this so people can see what a strong answer looks like. Please don't hand in any of it as your own."
MA_REPLIES = [
    "This is so helpful, thank you for posting it.",
    "How long did it take you to write?",
    "The bit where you answer the counter-argument is really good.",
    "Did you plan it all first or just start writing?",
    "Saving this for my mocks.",
    "Your conclusion is miles better than mine.",
    "Which textbook did you use for the statistics?",
    "Congrats on the grade, well deserved.",
    "Any chance of seeing your plan too?",
]
MA_EVENTS = ["stickied the discussion.", "added the Model essays tag.", "renamed the discussion.", "unstickied the discussion."]


def ma_url(title: str) -> str:
    return f"{MA_ROOT}/d/{int(hexid('mallerstang', title, n=4), 16) % 9000 + 1000}-{slug(title)}"


def ma_ago(days: int) -> str:
    if days < 7:
        return plural(max(1, days), "day") + " ago"
    if days < 60:
        return plural(days // 7, "week") + " ago"
    if days < 365:
        return plural(days // 30, "month") + " ago"
    return plural(days // 365, "year") + " ago"


def ma_post(number: int, pid: int, user: str, when: datetime, body: str, footer: str = "", edited: bool = False) -> str:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    title = when.strftime("%A, %d %B %Y %H:%M")
    short = f"{when.day} {when.strftime('%b')}"
    colour = "#" + hexid("avatar", user, n=6)
    edited_html = '<li class="item-edited"><span class="PostEdited" title="Edited">Edited</span></li>' if edited else ""
    return (f'<div class="PostStream-item" data-index="{number - 1}" data-time="{stamp}" data-number="{number}" data-id="{pid}" data-type="comment">'
            f'<article class="Post CommentPost"><div><header class="Post-header"><ul>'
            f'<li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="{MA_ROOT}/u/{user}"><span class="Avatar PostUser-avatar" loading="lazy" style="--avatar-bg: {colour};">{user[0].upper()}</span><span class="username">{esc(user)}</span></a></h3></div></li>'
            f'<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown"><time pubdate="" datetime="{stamp}" title="{title}" data-humantime="">{short}</time></a></div></li>'
            f'{edited_html}</ul></header>\n<div class="Post-body">\n{body}\n</div>\n'
            f'<aside class="Post-actions"><ul><li class="item-like"><button class="Button Button--link" type="button"><span class="Button-label">Like</span></button></li>'
            f'<li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Reply</span></button></li></ul></aside>'
            f'{footer}</div></article></div>\n')


def mallerstang(p: Page) -> str:
    rng = p.rng
    site = "mallerstang"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    op = rng.choice(MA_MEMBERS)
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<h2>{esc(value)}</h2>"))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote class=\"uncited\"><div><p>{esc(value)}</p></div></blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    edited = False
    if shown_on(site, "edit", 13, p):
        label = rng.choice(MA_EDIT_LABELS)
        text = note_for(MA_EDITS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p><strong>{esc(label)}</strong> {esc(text)}</p>"))
        p.clutter.append(f"{label} {text}")
        edited = True
    turn = rank_on(site, "paste", 4, p)
    if turn is not None:
        lead = MA_PASTES[turn % 2]
        if turn % 2 == 0:
            paras = [b for b in p.blocks if b[0] == "paragraph"]
            lines = [f"para {n:<2} {len(block_text(b).split()):>4}" for n, b in enumerate(paras, 1)]
            lines.append(f"total   {p.words:>4}")
        else:
            lines = ["PLAN", "1. hook + thesis", "2. context (dates!!)", f"3. {len([b for b in p.blocks if b[0] == 'paragraph']) - 3} body paras", "4. counter + reply", "5. conclusion - answer the q"]
        code = "\n".join(lines)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("paste", f"<p>{esc(cap(lead))}:</p>\n<pre><code>{esc(code)}</code></pre>"))
        p.clutter += [cap(lead) + ":"] + [ln for ln in lines if len(ln.strip()) >= 6]
        edited = True
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Guests see part of this post. Log in or sign up to read the remaining {fmt_int(more)} words."
        pieces.append(("wall", f'<div class="Alert Alert--warning Post-hiddenContent"><span class="Alert-body">{esc(wall)}</span></div>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    share = ("note", f"<p><em>{esc(MA_SHARE)}</em></p>")
    p.clutter.append(MA_SHARE)
    if half_and_half(site, "share", p):
        pieces.insert(0, share)
    else:
        pieces.append(share)
    essay_html = "\n".join(h for _, h in pieces)
    # the thread: the essay as the first post, event posts and replies in the same markup
    started = datetime(2021, 9, 1, 17, 0) + timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 300))
    pid = p.serial * 10
    others = [m for m in MA_MEMBERS if m != op]
    likers = rng.sample(others, rng.randint(1, 4))
    extra = rng.randint(0, 9)
    if len(likers) == 1 and not extra:
        liked = f"{likers[0]} likes this."
    elif extra:
        liked = f"{', '.join(likers)} and {extra} others like this."
    else:
        liked = f"{', '.join(likers[:-1])} and {likers[-1]} like this."
    footer = (f'<footer class="Post-footer"><ul><li class="item-liked"><div class="Post-likedBy"><i class="icon fas fa-thumbs-up"></i>'
              f'{esc(liked)}</div></li></ul></footer>')
    p.clutter.append(liked)
    stream = ma_post(1, pid, op, started, essay_html, footer, edited)
    number, when = 1, started
    n_r = rng.randint(0, 5)
    events = rng.sample(MA_EVENTS[:3], rng.randint(0, 2))
    replies = list(zip(rng.sample(others, n_r), rng.sample(MA_REPLIES, n_r)))
    items: list[tuple[str, str]] = [("reply", r) for r in replies] + [("event", e) for e in events]
    rng.shuffle(items)
    for kind, item in items:
        number += 1
        when += timedelta(hours=rng.randint(1, 70), minutes=rng.randint(0, 59))
        if kind == "event":
            mod = rng.choice(MA_MODS)
            stream += (f'<div class="PostStream-item" data-index="{number - 1}" data-number="{number}" data-type="discussionEvent">'
                       f'<article class="Post EventPost"><div class="EventPost-icon"><i class="icon fas fa-info-circle"></i></div>'
                       f'<div class="EventPost-info"><a class="EventPost-user" href="{MA_ROOT}/u/{mod}"><span class="username">{mod}</span></a> {esc(item)} '
                       f'<a class="EventPost-time" href="#{number}"><time datetime="{when.isoformat()}">{when.day} {when.strftime("%b")}</time></a></div></article></div>\n')
            p.clutter.append(f"{mod} {item}")
        else:
            who, text = item
            if rng.random() < 0.5:
                body = f'<p><a href="{ma_url(p.title)}/1" class="PostMention" data-id="{pid}">{esc(op)}</a> {esc(text)}</p>'
                p.clutter.append(f"{op} {text}")
            else:
                body = f"<p>{esc(text)}</p>"
                p.clutter.append(text)
            stream += ma_post(number, pid + number, who, when, body)
            p.clutter.append(who)
    total = number
    # the hero's submission fields, with the counts
    mark_band = p.grade
    views = rng.randint(150, 6000)
    fields = [("Level", p.level), ("Word total", fmt_int(p.words)), ("A4 sheets at 275 words each", str(p.pages)),
              ("Mark", mark_band)]
    field_html = "".join(f'<li class="SubmissionField"><span class="SubmissionField-label">{esc(k)}:</span> <strong class="SubmissionField-value">{esc(v)}</strong></li>'
                         for k, v in fields)
    p.clutter += [f"{k}: {v}" for k, v in fields] + [f"{fmt_int(views)} views"]
    locked = ""
    if shown_on(site, "locked", 6, p):
        locked = f'<div class="Alert Alert--info DiscussionLocked"><span class="Alert-body">{esc(MA_LOCKED)}</span></div>\n'
        p.clutter.append(MA_LOCKED)
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:
        notice = f'<div class="Alert Alert--warning ForumNotice"><span class="Alert-body">{esc(MA_NOTICES[turn])}</span></div>\n'
        p.clutter.append(MA_NOTICES[turn])
    # the discussion list pane: every thread in the tag
    listing = ""
    for t in p.site_titles:
        active = " active" if t == p.title else ""
        who = MA_MEMBERS[int(hexid(site, t, p.index, n=4), 16) % len(MA_MEMBERS)]
        ago = ma_ago(int(hexid(site, t, "ago", p.index, n=4), 16) % 500 + 1)
        count = int(hexid(site, t, "count", n=2), 16) % 12
        listing += (f'<li data-id="{int(hexid(site, t, n=4), 16) % 9000 + 1000}"><div class="DiscussionListItem{active}"><div class="DiscussionListItem-content">'
                    f'<a href="{ma_url(t)}" class="DiscussionListItem-main"><h2 class="DiscussionListItem-title">{esc(t)}</h2>'
                    f'<ul class="DiscussionListItem-info"><li class="item-terminalPost"><span><i class="icon fas fa-reply"></i> <span class="username">{who}</span> replied <time>{ago}</time></span></li></ul></a>'
                    f'<span class="DiscussionListItem-count" aria-label="{count} replies">{count}</span></div></div></li>\n')
        if t != p.title:
            p.clutter += [t, f"{who} replied {ago}"]
    # similar discussions: the opening words of another essay's background paragraph
    similar = ""
    for t in rng.sample(p.others, 3):
        ex = background_excerpt(t)
        similar += (f'<li class="SimilarDiscussions-item"><a href="{ma_url(t)}">{esc(t)}</a>'
                    f'<p class="SimilarDiscussions-excerpt">{esc(ex)}\u2026</p></li>\n')
        p.clutter += [t, ex]
    p.clutter += ["Similar discussions", MA_NAME, "Model essays", "Sign Up", "Log In",
                  "Original Post", f"1 of {total} posts", "Write a Reply...", "Forum rules", "Exam timetable",
                  "Powered by Flarum"]
    url = ma_url(p.title)
    desc = html.escape(hook_sentence(p.title))
    payload = json.dumps({"resources": [{"type": "discussions", "id": str(pid), "attributes": {"title": p.title, "commentCount": total}}],
                          "session": {"userId": 0}, "locale": "en"}, separators=(",", ":"))
    return f"""<!doctype html>
<html  dir="ltr"        lang="en" >
    <head>
        <meta charset="utf-8">
        <title>{esc(p.title)} - {MA_NAME}</title>

        <link rel="canonical" href="{url}">
<link rel="preload" href="{MA_ROOT}/assets/forum.js?v=8b4f2c1a" as="script">
<link rel="preload" href="{MA_ROOT}/assets/forum-en.js?v=1e0c7d6e" as="script">
<link rel="stylesheet" href="{MA_ROOT}/assets/forum.css?v=3c1d9e0b">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="{desc}">
<meta name="theme-color" content="#6b4d8e">
<meta name="application-name" content="{MA_NAME}">
<meta name="robots" content="index, follow">
<meta name="twitter:card" content="summary">
<meta property="og:site_name" content="{MA_NAME}">
<meta property="og:type" content="article">
<meta content="{html.escape(p.title)}" property="og:title">
<meta content="{url}" property="og:url">
<link href="{MA_ROOT}/assets/favicon-kq1v2s.png" rel="icon">
    </head>

    <body>
        <div id="app" class="App">

    <div id="app-navigation" class="App-navigation"><div class="Navigation ButtonGroup App-backControl"><a class="Button Navigation-back Button--icon hasIcon" href="{MA_ROOT}/t/model-essays" title="Back to the discussion list"><i class="icon fas fa-chevron-left Button-icon"></i></a></div></div>

    <div id="drawer" class="App-drawer">

        <header id="header" class="App-header">
            <div id="header-navigation" class="Header-navigation"></div>
            <div class="container">
                <div class="Header-title">
                    <a href="{MA_ROOT}" id="home-link">
                            {MA_NAME}
                    </a>
                </div>
                <div id="header-primary" class="Header-primary"><ul class="Header-controls"><li class="item-link1"><a class="LinksButton Button Button--link" href="{MA_ROOT}/p/2-exam-timetable">Exam timetable</a></li><li class="item-link2"><a class="LinksButton Button Button--link" href="{MA_ROOT}/p/1-forum-rules">Forum rules</a></li></ul></div>
                <div id="header-secondary" class="Header-secondary"><ul class="Header-controls"><li class="item-search"><div role="search" class="Search"><div class="Search-input"><input aria-label="Search Forum" class="FormControl" type="search" placeholder="Search Forum"></div></div></li><li class="item-signUp"><button class="Button Button--link" type="button"><span class="Button-label">Sign Up</span></button></li><li class="item-logIn"><button class="Button Button--link" type="button"><span class="Button-label">Log In</span></button></li></ul></div>
            </div>
        </header>

    </div>

    <main class="App-content">
        <div id="content">{notice}<div class="DiscussionPage">
<div class="DiscussionPage-list"><div class="IndexPage-results sideNavOffset"><div class="DiscussionList"><ul role="feed" class="DiscussionList-discussions">
{listing}</ul></div></div></div>
<div class="DiscussionPage-discussion">
<header class="Hero DiscussionHero" style="--hero-bg: #6b4d8e;"><div class="container"><ul class="DiscussionHero-items"><li class="item-tags"><span class="TagsLabel "><a class="TagLabel  colored text-contrast--light" style="--tag-bg: #6b4d8e;" href="{MA_ROOT}/t/model-essays"><span class="TagLabel-text"><span class="TagLabel-name">Model essays</span></span></a><a class="TagLabel  colored text-contrast--light" style="--tag-bg: #4d8e76;" href="{MA_ROOT}/t/{slug(p.category)}"><span class="TagLabel-text"><span class="TagLabel-name">{esc(p.category)}</span></span></a></span></li><li class="item-title"><h1 class="DiscussionHero-title">{esc(p.title)}</h1></li><li class="item-fields"><ul class="SubmissionFields">{field_html}</ul></li><li class="item-views"><span class="DiscussionViews"><i class="icon far fa-eye"></i> {fmt_int(views)} views</span></li></ul></div></header>
<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><div class="ButtonGroup"><button class="Button Button--primary hasIcon" type="button"><i aria-hidden="true" class="icon fas fa-reply Button-icon"></i><span class="Button-label">Reply</span></button></div></li><li class="item-subscription"><button class="Button SubscriptionMenu-button SubscriptionMenu-button--null hasIcon" type="button"><i class="icon far fa-star Button-icon"></i><span class="Button-label">Follow</span></button></li><li class="item-scrubber"><div class="PostStreamScrubber Dropdown App-primaryControl"><button class="Button Dropdown-toggle" data-toggle="dropdown"><span>1 of {total} posts</span> <i aria-hidden="true" class="icon fas fa-sort Button-caret"></i></button><div class="Dropdown-menu dropdown-menu"><div class="Scrubber"><a class="Scrubber-first"><i class="icon fas fa-angle-double-up"></i> Original Post</a><div class="Scrubber-scrollbar"><div class="Scrubber-handle"><div class="Scrubber-bar"></div><div class="Scrubber-info"><strong>{started.strftime("%B %Y")}</strong></div></div></div><a class="Scrubber-last"><i class="icon fas fa-angle-double-down"></i> Now</a></div></div></div></li></ul></nav>
<div class="DiscussionPage-stream">{locked}<div class="PostStream" role="feed" aria-live="off" aria-busy="false">
{stream}<div class="PostStream-item" data-index="{total}"><article class="Post ReplyPlaceholder"><header class="Post-header"><span class="Avatar PostUser-avatar"></span> Write a Reply...</header></article></div>
</div>
<div class="SimilarDiscussions"><h3>Similar discussions</h3><ul>
{similar}</ul></div>
</div></div>
</div>
</div></div>
    </main>

    <footer class="App-footer"><p>Powered by Flarum</p></footer>

</div>

        <div id="modal"></div>
        <div id="alerts"></div>

        <script>
            document.getElementById('flarum-loading') && (document.getElementById('flarum-loading').style.display = 'block');
            var flarum = {{extensions: {{}}}};
        </script>

        <script src="{MA_ROOT}/assets/forum.js?v=8b4f2c1a"></script>
        <script src="{MA_ROOT}/assets/forum-en.js?v=1e0c7d6e"></script>

        <script id="flarum-json-payload" type="application/json">{payload}</script>

        <script>
            const data = JSON.parse(document.getElementById('flarum-json-payload').textContent);
            flarum.core.app.load(data);
            flarum.core.app.bootExtensions(flarum.extensions);
            flarum.core.app.boot();
        </script>
    </body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name -> writer, teaser count, Works Cited count, paired pages (none here)
    "ireby": (ireby, 3, 4, None),              # Antora; hdlist docinfo, admonition tables, objection sentences of others
    "lorton": (lorton, 3, 3, None),            # mdBook; anchored headings, admonish boxes, first sentences of others
    "wythop": (wythop, 2, 4, None),            # Plone; display widgets, discreet notes, figures, fact sentences of others
    "mallerstang": (mallerstang, 3, 3, None),  # Flarum; replies in the essay's post markup, EDIT lines, excerpts of others
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1511)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # a card is skipped when its essay would share a paragraph, quotation, list or item with another
        essay = make_essay(card, random.Random(f"{args.seed}|essay|{card['id']}"))
        keys = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
        keys |= {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}
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
        page.level, page.grade = twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()

"""Writes the NINETEENTH held-out set of essay-site folders (issue 13, learning a site from its first pages).

    /work/main/.venv/bin/python heldout/sites19/generate.py /work/corpora/sites19-heldout [--seed 1919]

Four invented sites that show sample essays, 18 pages each, in markup families that no earlier set (heldout/sites/
to sites18/) imitates. Each page is written as OUTDIR/<site>/page-NN.html, with its truth beside it in
OUTDIR/<site>/truth/page-NN.md (format: bench/scoring.py). Its essays are written by this script, from topic cards
(ESSAY_CARDS) and sentence patterns absent from sets eight to eighteen, so their wording is new to the tool under
test. No card appears on more than one page, and OUTDIR/SOURCES.tsv records which card is where. One seed always
reproduces the same bytes.

Sites (markup families):
  zennor    an archive.today snapshot of an essay mill. Every style is inlined and every class and script is gone;
            links go through archive.ph/o/<id>/. The h1 is an SEO line built from the topic, and the essay's own
            title is only a centred line inside the sample box. A text-to-speech bar, a text-statistics box that
            moves, order prompts among the paragraphs, a quiz or an infographic; "Related samples" quotes the
            sentence that opens each other essay's objection
  fowey     a sixth-form history department's course site built with Microsoft FrontPage 2003: shared borders,
            webbot comments, a theme's font wrappers, text navigation bars and a hit counter. An exam-question
            table restates the card's rival view; assessment-objective tags sit at the end of some paragraphs,
            inside them; examiner's comments come between paragraphs; "Compare with" quotes each other essay's
            first fact
  padstow   Open Journal Systems 3.3 with a JATS full-text plugin: an undergraduate history journal. An abstract
            and keywords written from the card, an optional subtitle, DOI, "How to Cite" with its style list,
            boxed editorial notes in the full text, an author biography that moves; "Read next in Estuary"
            quotes the first two sentences of each other essay's first strand paragraph
  polperro  a PHP-Nuke 7 student community: nested tables, side blocks ("Who's Online", a survey, "Past Essays"),
            the story's first paragraph wrapped as 'member writes "..."', the rest split by <br><br>; moderators'
            bracketed edits among the paragraphs, readers' comments with scores; a "Line of the day" block quotes
            other essays' final sentences

Helpers taken as they are from sites/, sites2/ and sites3/ write the truths, lay out the folders and pick the teaser
and reference-list pages.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
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
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------------- topic cards
# One card a line, eleven fields between "|" marks: title, subject, x (a noun phrase, singular), people (plural),
# setting, period, three strands separated by ";", thesis, rival (both are clauses that may follow "that"), and two
# facts. Every fact ends on its only full stop, so splitting a paragraph into sentences never cuts a fact in two.

ESSAY_CARDS = """
Galloping Gertie | history of technology | the collapse of the Tacoma Narrows Bridge | bridge engineers, toll collectors and motorists | the Tacoma Narrows in Puget Sound | 1938 to 1950 | the slender deck stiffened by shallow plate girders; the twisting motion filmed on the final morning; the wind tunnel studies commissioned afterwards | the collapse exposed a blind spot shared by a whole profession rather than one designer's error | the bridge fell simply because Leon Moisseiff made a careless mistake | The first Tacoma Narrows Bridge opened to traffic in July 1940. | It collapsed in a moderate wind on 7 November 1940.
The Door on Washington Place | social history | the Triangle Shirtwaist Factory fire | young immigrant garment workers, factory owners and fire inspectors | a ten-storey loft building near Washington Square in Manhattan | 1909 to 1914 | the locked door on the Washington Place stairway; the fire escape that buckled under the weight; the factory investigating commission set up by the state | the fire changed labour law because reformers were already organised to make use of it | the fire alone created modern workplace safety rules | The Triangle Shirtwaist Factory fire killed 146 garment workers in March 1911. | The factory's two owners were acquitted of manslaughter in December 1911.
A Death at Parkside | history of technology | the death of William Huskisson | railway directors, dignitaries and the crowds along the line | the new railway between Liverpool and Manchester | 1830 | the procession of trains on the opening day; the locomotive that struck the former minister; the newspaper reports of the accident | the accident advertised the railway's speed at least as much as its dangers | the death was an evil omen that nearly ruined the railway | William Huskisson was struck by a locomotive at the opening of the Liverpool and Manchester Railway in September 1830. | The injured Huskisson was carried towards Eccles on a train travelling at around thirty-six miles an hour.
Seven Feet and a Quarter Inch | history of technology | the gauge war between the Great Western and its rivals | railway engineers, shareholders and travellers forced to change trains | the break of gauge at Gloucester | 1844 to 1892 | the wide gauge chosen by the Great Western's engineer; the confusion of goods being moved between wagons at Gloucester; the slow conversion of the western lines | the wide gauge lost because of the network it had to join rather than any weakness of its own | the wide gauge was an engineering blunder from the start | The Great Western Railway was built to a gauge of seven feet and a quarter of an inch. | The last stretch of the wide gauge was converted in May 1892.
The Voice Comes to the Pictures | film | the release of The Jazz Singer | studio executives, cinema owners and audiences | the Warner Bros studio and the picture palaces of New York | 1926 to 1929 | the sound recorded on large discs; the few minutes of synchronised speech; the scramble of cinemas to install speakers | the film's success owed more to its star's stage fame than to its technology | The Jazz Singer ended silent cinema at a stroke | The Jazz Singer opened in New York in October 1927. | Most of the film was silent, with only a few synchronised songs and passages of speech.
Calling From the Strand | media | the first years of the British Broadcasting Company | radio manufacturers, a Scottish engineer and listeners with crystal sets | a studio and transmitter in the Strand | 1922 to 1927 | the licence fee collected by the Post Office; the ban on broadcasting news before the evening papers were out; the conversion into a public corporation | the public service ideal grew out of a commercial compromise among wireless makers | the BBC was designed as a public service from the very beginning | The British Broadcasting Company began regular daily broadcasting from London in November 1922. | It became the British Broadcasting Corporation on 1 January 1927.
Scratching Fanny | history | the Cock Lane ghost | a parish clerk, his young daughter and curious Londoners | a narrow house in Cock Lane near Smithfield | 1762 | the knocks and scratches in the child's bedroom; the fashionable visitors who came to question the spirit; the trial for conspiracy that ended it | the ghost was believed because it was useful in a quarrel over money and religion | the ghost was a childish prank that fooled only the ignorant | Crowds gathered in Cock Lane in 1762 to hear a ghost that was said to answer questions by knocking. | A committee of investigators, among them a famous lexicographer, concluded that it was an imposture.
Into a Quart Bottle | history | the Bottle Conjuror hoax | theatregoers, a prankish duke and the manager of a playhouse | the Little Theatre in the Haymarket | 1749 | the newspaper advertisement promising a marvel; the audience left waiting in the pit; the wrecked and burned interior | the hoax worked because advertising had already taught Londoners to expect marvels | the hoax proved nothing except the folly of the crowd | An advertisement promised that a man would climb into a quart bottle on the stage in January 1749. | When the performer failed to appear, the audience wrecked the theatre.
Rumours From Dover | economic history | the Great Stock Exchange Fraud of 1814 | stockjobbers, a naval hero and a man in a scarlet uniform | the Dover road and the Stock Exchange in London | 1814 to 1815 | the false news of Napoleon's death; the government stock sold at a profit; the trial that ruined Thomas Cochrane | the fraud relied on the slowness of news more than on anyone's cunning | Cochrane was plainly guilty of the whole scheme | A man in uniform spread false news of Napoleon's death in February 1814. | Thomas Cochrane was convicted of conspiracy and expelled from the House of Commons.
Water Down the Lyn | environmental history | the Lynmouth flood | villagers, holidaymakers and rescue workers | the gorges of the East and West Lyn on the north Devon coast | 1952 | the storm over Exmoor; the boulders carried down into the village; the rebuilding of the river channel | the disaster was as much a consequence of how the village had been built as of the rain | the flood was an act of nature that nothing could have prevented | Thirty-four people died when floodwater swept through Lynmouth in August 1952. | Some nine inches of rain fell on Exmoor in a single day.
The Loft in Cato Street | politics | the Cato Street conspiracy | radical conspirators, a government informer and the Bow Street officers | a hayloft in Cato Street near the Edgware Road | 1820 | the plan to murder the cabinet at dinner; the informer who kept the plot alive; the last sentence of beheading carried out in England | the conspiracy tells us more about the government's informers than about popular radicalism | the plotters were a genuine threat to the state | Arthur Thistlewood and his fellow conspirators were arrested in Cato Street in February 1820. | Five of the conspirators were hanged and then beheaded in May 1820.
The Dockers' Tanner | social history | the London dock strike of 1889 | casual dock labourers, union organisers and shipowners | the docks along the Thames below the Tower | 1889 | the demand for sixpence an hour; the daily processions through the City; the money sent from Australia | the strike succeeded because it won the sympathy of the respectable public | the strike showed that unskilled workers could always win by their own strength | The London dock strike began in August 1889. | Dockers in Australia sent tens of thousands of pounds to support the strikers.
Horses at the Coking Plant | social history | the confrontation at Orgreave | striking miners, mounted police and the prosecuting authorities | the coking plant at Orgreave near Rotherham | 1984 to 1985 | the pickets gathered in a field; the mounted charges; the riot trials that collapsed | the confrontation was shaped by police planning more than by the pickets' numbers | the day was a riot started by the miners | Police and striking miners clashed at the Orgreave coking plant near Rotherham in June 1984. | Riot charges against ninety-five pickets were dropped in 1985.
Madam Geneva | social history | the gin craze | distillers, magistrates and the London poor | the parishes of London | 1720 to 1751 | the licences that hardly anyone bought; the informers paid to report unlicensed sellers; Hogarth's print of Gin Lane | the craze ended because of grain prices and taxation more than moral campaigns | the act of 1751 ended the craze on its own | An act of 1736 required every gin seller to buy a licence costing fifty pounds. | William Hogarth published his print Gin Lane in 1751.
A Ban on Printed Cotton | economic history | the Calico Acts | wool and silk weavers, East India merchants and calico printers | London, Spitalfields and the wool towns | 1700 to 1774 | the attacks on women wearing calico in the street; the ban on wearing printed cottons; the repeal once Lancashire could spin its own | the bans protected an industry that they eventually helped to replace | the calico bans simply failed | A law of 1721 banned the wearing of most printed cotton cloth in Britain. | Silk weavers attacked women wearing calico in the streets of London in 1719 and 1720.
Ten Hours and No More | social history | the campaign for the Ten Hours Act | mill children, factory reformers and mill owners | the textile districts of Yorkshire and Lancashire | 1830 to 1850 | the letters on Yorkshire slavery; the short-time committees in the mill towns; the relay system that evaded the act | the reformers won by making the child a symbol for adult grievances | the act was a gift from humane members of Parliament | Richard Oastler's letter on Yorkshire slavery appeared in the Leeds Mercury in 1830. | The Factory Act of 1847 limited the hours of women and young people in textile mills to ten a day.
The Board School Comes | education | the Elementary Education Act of 1870 | school board members, church schools and working-class parents | the towns and villages of England and Wales | 1870 to 1880 | the elected school boards; the fees that parents still paid; the attendance officers who chased absent children | the act built on the church schools rather than replacing them | the act created free schooling for every child | The Elementary Education Act of 1870 created elected school boards in England and Wales. | Attendance was made compulsory across England and Wales by an act of 1880.
Would You Let Your Servants Read It | law | the trial of Lady Chatterley's Lover | a paperback publisher, literary witnesses and a prosecuting counsel | the central criminal court in London | 1959 to 1960 | the new obscenity law with its defence of literary merit; the parade of expert witnesses; the question to the jury about wives and servants | the verdict reflected a changing idea of who the reading public was | the trial was won by the eloquence of the defence witnesses | A paperback publisher was prosecuted in 1960 for issuing an unexpurgated edition of Lady Chatterley's Lover. | The jury returned a verdict of not guilty in November 1960.
The Last Smallpox Death | history of medicine | the Birmingham smallpox outbreak of 1978 | a medical photographer, laboratory scientists and public health officials | the medical school of the University of Birmingham | 1978 to 1980 | the laboratory below the photographer's darkroom; the quarantine of her contacts; the inquiry into laboratory safety | the outbreak showed that eradication had moved the danger from the street into the laboratory | the outbreak was a freak accident with no wider lesson | Janet Parker died of smallpox in Birmingham in September 1978. | She is regarded as the last person known to have died of the disease.
Oxford, June 1860 | history of science | the Oxford debate between Huxley and Wilberforce | bishops, naturalists and a crowded audience | the new university museum at Oxford | 1860 | the question about apes and grandparents; the lack of any verbatim record; the legend built up decades later | the famous exchange owes more to later memoirs than to anything reported at the time | the debate was a decisive victory for Darwin's supporters | Thomas Huxley and Bishop Samuel Wilberforce clashed over evolution at the Oxford museum in June 1860. | No full transcript of what either man said was made at the time.
Laughter at Kashasha | history of medicine | the Tanganyika laughter epidemic | schoolgirls, teachers and village families | a mission boarding school at Kashasha near Lake Victoria | 1962 | the laughter that spread from pupil to pupil; the closure of the schools; the explanations offered by doctors | the epidemic is best explained as a response to stress in a time of sudden change | the epidemic was nothing more than schoolgirl silliness | An outbreak of uncontrollable laughter began at a girls' school in Kashasha in January 1962. | The school was closed in March 1962.
Four Medals in Berlin | sport | Jesse Owens at the Berlin Olympics | American athletes, German crowds and Olympic officials | the Olympic stadium in Berlin | 1936 | the sprint and long jump victories; the friendship with Luz Long; the treatment he received at home | Owens's victories were used differently by every party that told the story | Owens humiliated Hitler in front of the whole world | Jesse Owens won four gold medals at the Berlin Olympics in 1936. | He was not invited to the White House to be congratulated afterwards.
Bannerman's Hundred | sport | the first Test match | English professionals, Australian cricketers and Melbourne spectators | the Melbourne Cricket Ground | 1877 | the touring side made up of professionals; Charles Bannerman's century; the idea of a Test invented afterwards | the match became the first Test only when later writers needed a starting point | the match was understood at the time as an international championship | The match now counted as the first Test was played at Melbourne in March 1877. | Charles Bannerman scored the first Test century in that match.
Slush on the Runway | sport | the Munich air disaster | footballers, journalists and the aircraft's crew | the airport at Munich-Riem | 1958 to 1969 | the slush on the runway; the blame placed on the captain; the rebuilding of the team | the decade of blame placed on the pilot shows how inquiries protect institutions | the crash was caused by ice on the wings | The aircraft carrying the Manchester United team crashed on take-off at Munich in February 1958. | Eight of the club's players were among the twenty-three people who died.
The Railway Embankment | sport | the Burnden Park disaster | football supporters, club officials and police | the Bolton football ground at Burnden Park | 1946 | the crowd that came in from the railway embankment; the barriers that gave way; the report that followed | the disaster was caused by the management of the crowd rather than its size alone | the crush was an accident nobody could have foreseen | Thirty-three spectators died in a crush at Burnden Park in Bolton in March 1946. | The inquiry recommended that crowd numbers at grounds should be limited.
The Broken-Time Split | sport | the rugby split of 1895 | northern clubs, working men who played and the Rugby Football Union | a hotel in Huddersfield | 1895 to 1906 | the payments for broken time; the clubs of Yorkshire and Lancashire; the thirteen-a-side game that followed | the split was about class more than money | the split was a simple quarrel over professionalism | Twenty-one clubs met at the George Hotel in Huddersfield in August 1895 to form the Northern Union. | The new union allowed payments to players for work missed through playing.
Over the Avon Gorge | history of technology | the Clifton Suspension Bridge | engineers, trustees and Bristol merchants | the Avon Gorge at Clifton | 1829 to 1864 | the competition for a design; the money that ran out; the chains bought from a demolished London bridge | the bridge was finished as a memorial more than as a road | the bridge is simply the work of one genius | Work on the Clifton Suspension Bridge stopped for lack of money in 1843. | The bridge was completed in 1864, after its designer's death, using chains from the Hungerford bridge.
The Twopenny Tube | history of technology | the Central London Railway | engineers, American financiers and office workers | the line beneath Oxford Street and Holborn | 1896 to 1913 | the flat fare of twopence; the vibration that shook the buildings above; the heavy locomotives replaced by motor coaches | the line's success changed how Londoners thought of travelling underground | the line was simply a smaller copy of earlier underground railways | The Central London Railway opened in July 1900 with a flat fare of twopence. | Complaints about vibration led the company to replace its heavy electric locomotives.
A Cab for Two | history of technology | the hansom cab | cab drivers, passengers and licensing officials | the streets of Victorian London | 1834 to 1914 | the low-slung body and large wheels; the driver perched high behind; the motor taxi that replaced it | the hansom succeeded because it suited the habits of single men about town | the hansom was merely an improved carriage | Joseph Hansom registered a design for a safety cab in 1834. | Motor taxis had largely replaced horse cabs in London by the First World War.
The Road to Brighton | history of technology | the Emancipation Run | motorists, promoters and spectators | the road from London to Brighton | 1896 | the end of the rule that a man must walk ahead of every road locomotive; the breakdowns along the way; the company promoter behind the event | the run celebrated a law won by lobbying rather than by public demand | the run marked the moment the public embraced the motor car | The Emancipation Run from London to Brighton took place in November 1896. | It celebrated a new law that raised the speed limit for light locomotives to fourteen miles an hour.
Never Happen Again | law | the death of Bridget Driscoll | a pedestrian, a demonstration driver and a coroner's jury | the grounds of the exhibition palace at Sydenham | 1896 | the demonstration car; the conflicting evidence about its speed; the verdict of accidental death | the inquest treated the motor car as a novelty rather than a danger | the death was simply caused by reckless driving | Bridget Driscoll was killed by a motor car at Sydenham in August 1896. | The coroner's jury returned a verdict of accidental death.
Across in Sixteen Hours | exploration | Alcock and Brown's transatlantic flight | two airmen, newspaper proprietors and rival crews | the route from Newfoundland to the west of Ireland | 1919 | the converted bomber; the fog and ice over the ocean; the landing in a bog | the flight belongs to the history of newspaper prizes as much as to aviation | the flight was a triumph of daring alone | John Alcock and Arthur Whitten Brown flew from Newfoundland to Ireland in June 1919. | Their aircraft ended its flight nose down in a bog near Clifden.
Solo to Darwin | exploration | Amy Johnson's flight to Australia | a young aviator, her father and newspaper readers | the air route from Croydon to Darwin | 1930 | the second-hand biplane; the repairs made along the way; the celebrity that followed | her fame owed more to the press than to the flight's technical achievement | her flight proved that flying was safe for anyone | Amy Johnson flew solo from England to Australia in May 1930. | She was the first woman to make that flight alone.
Lost Near Howland | exploration | Amelia Earhart's last flight | an aviator, her navigator and coastguard radio operators | the central Pacific near Howland Island | 1937 | the radio messages that could not be answered; the search by sea and air; the theories that followed | the loss was caused by small failures of radio planning more than by any mystery | the disappearance remains an unsolvable mystery | Amelia Earhart and Fred Noonan disappeared while flying towards Howland Island in July 1937. | The coastguard cutter Itasca was waiting near the island to guide them by radio.
Raiders in the Dark | history | the Zeppelin raids on Britain | airship crews, civilians and anti-aircraft gunners | the towns of eastern England and London | 1915 to 1918 | the raids on undefended towns; the blackout; the incendiary bullets that ended the airship threat | the raids mattered more for what they taught about civilian morale than for their damage | the raids were militarily pointless | German airships first bombed British towns in January 1915. | In September 1916 an airship was shot down in flames over Cuffley in Hertfordshire.
The Pavilion in the Pond | architecture | Peterlee and its Apollo Pavilion | miners' families, an abstract painter and the development corporation | the new town of Peterlee in County Durham | 1948 to 1970 | the new town named after a miners' leader; the painter hired to shape its housing; the concrete pavilion over a lake | Peterlee shows how a new town could become an art project its residents never asked for | the pavilion was vandalised simply because residents disliked modern art | Peterlee was named after the Durham miners' leader Peter Lee. | The Apollo Pavilion was completed in 1969.
The Separate Lift Tower | architecture | Trellick Tower | council tenants, an architect and planners | north Kensington in west London | 1966 to 1998 | the separate service tower; the floors served by long corridors; the rise in its reputation | Trellick Tower was redeemed by its residents before it was redeemed by critics | the building was always a failure that fashion later romanticised | Trellick Tower was completed in 1972. | Its lifts and services are housed in a separate tower linked to the flats by bridges.
Walkways Above Cripplegate | architecture | the Barbican Estate | architects, City officials and residents | the bombed ground of Cripplegate in the City of London | 1956 to 1982 | the high walkways; the three towers; the arts centre that took decades | the Barbican was built to keep residents in the City rather than to house the poor | the estate was a failed utopia | The Barbican was built on land in the City of London destroyed by bombing in 1940. | The Barbican arts centre was opened in 1982.
A Town on the Marsh | architecture | Thamesmead | planners, new tenants and film makers | the marshes between Erith and Plumstead | 1965 to 1990 | the homes raised above the flood level; the walkways and lakes; the transport links that never came | Thamesmead suffered from missing transport more than from its architecture | the estate's design caused all of its problems | Building at Thamesmead began in the late 1960s on former marshland. | Stanley Kubrick filmed scenes of A Clockwork Orange there.
The Crack in the Bell | architecture | the great bell of the Westminster clock tower | clockmakers, bellfounders and astronomers | the new Houses of Parliament | 1856 to 1863 | the first bell that cracked during testing; the recast bell that cracked as well; the lighter hammer and the turned bell | the bell's crack made it more famous than perfection could have | the bell was ruined by bad workmanship | The first great bell for the Westminster clock tower cracked during testing in 1857. | The second bell also cracked soon after it came into service in 1859.
The Arch at Euston | architecture | the demolition of the Euston Arch | conservationists, railway managers and a prime minister | the approach to Euston station in London | 1837 to 1962 | the Doric portico; the campaign led by John Betjeman; the stones dumped in a river | the demolition created the conservation movement it failed to stop | the arch was lost because nobody cared about Victorian buildings | The Euston Arch was completed in 1837. | It was demolished in 1962 despite a public campaign.
Entering Like a God | architecture | the demolition of Pennsylvania Station | railway executives, architects and protesters | Midtown Manhattan | 1910 to 1968 | the great waiting room modelled on Roman baths; the sale of the air rights; the landmarks law that followed | the loss was the price New York paid for learning to protect its buildings | the station was an outdated building that nobody used | Pennsylvania Station in New York was opened in 1910. | Its demolition began in October 1963.
A Bascule for the Port | architecture | Tower Bridge | engineers, shipowners and the City Corporation | the river below London Bridge | 1884 to 1894 | the opening roadway for tall ships; the steam engines that raised it; the Gothic casing over a steel frame | the bridge's Gothic dress was a compromise demanded by its neighbour rather than a matter of taste | the bridge's style was simple Victorian vulgarity | Tower Bridge was opened in June 1894. | Its bascules were raised by hydraulic machinery driven by steam engines.
Keeping the Lean | architecture | the stabilisation of the Leaning Tower of Pisa | engineers, city officials and tourists | the cathedral square in Pisa | 1990 to 2001 | the lead weights placed on the north side; the soil drawn out from beneath; the reopening to visitors | the rescue succeeded because the engineers aimed to keep the lean rather than cure it | the tower was saved by modern technology alone | The Leaning Tower of Pisa was closed to the public in 1990. | Engineers reduced its lean by removing soil from beneath the north side.
Pennies for the Pedestal | history | the fund for the pedestal of the Statue of Liberty | a newspaper proprietor, small donors and American politicians | Bedloe's Island in New York harbour | 1876 to 1886 | the gift from France; the shortage of money for the pedestal; the names of donors printed in the newspaper | the statue was finished by a circulation campaign | the statue was welcomed by Americans from the start | A New York newspaper raised money for the pedestal of the Statue of Liberty in 1885. | The statue was dedicated in October 1886.
Steps Under the Huts | archaeology | the opening of Tutankhamun's tomb | an excavator, his aristocratic patron and the Egyptian antiquities service | the Valley of the Kings near Luxor | 1922 to 1932 | the steps found under workmen's huts; the exclusive deal with The Times; the quarrel over the finds | the discovery became a dispute about who owned the past | the find was a lucky accident | Howard Carter found the steps to Tutankhamun's tomb in November 1922. | Lord Carnarvon sold the rights to report the discovery to The Times.
A Car Park in Leicester | archaeology | the search for Richard III | a historical society, archaeologists and geneticists | a council car park in Leicester | 2012 to 2015 | the trench dug where the friary choir had stood; the curved spine; the DNA compared with living descendants | the find was the work of an amateur campaign as much as of professional archaeology | the identification rests on a single piece of evidence | The remains of Richard III were found beneath a car park in Leicester in 2012. | They were reburied in Leicester Cathedral in March 2015.
The Red Waistcoat | literature | the first night of Hernani | young Romantics, classical critics and the actors of the national theatre | the Théâtre-Français in Paris | 1830 | the broken line of verse in the opening scene; the young supporters given free seats; the nightly fights in the audience | the battle was staged by the Romantics as much as it was fought | the battle was a spontaneous revolt of taste | Victor Hugo's play Hernani opened in Paris in February 1830. | Théophile Gautier wore a red waistcoat to the first performance.
The Duke Goes Missing | art | the theft of Goya's portrait of Wellington | a retired bus driver, gallery staff and a jury | a national collection in central London | 1961 to 1965 | the portrait bought for the nation; the ransom notes about television licences; the trial that followed his surrender | the theft was a protest that the courts chose to treat lightly | the theft was a professional crime | Goya's portrait of the Duke of Wellington was stolen from a London gallery in August 1961. | Kempton Bunton was convicted only of stealing the frame.
Empty Frames in Boston | art | the robbery at the Isabella Stewart Gardner Museum | thieves dressed as police, night guards and investigators | the Fenway in Boston | 1990 to 2017 | the guards let in by a false story; the thirteen works taken; the empty frames left on the walls | the founder's will turned the loss into a permanent exhibit | the theft was the work of art connoisseurs | Thieves disguised as police officers stole thirteen works from the Gardner Museum in March 1990. | The stolen works have never been recovered.
A Pile of Bricks | art | the Tate's purchase of Equivalent VIII | a sculptor, museum trustees and newspaper editors | the Tate Gallery on Millbank | 1972 to 1976 | the firebricks arranged in a low rectangle; the headlines about wasted money; the bricks defaced with paint | the row was about public money more than about art | the press simply failed to understand modern sculpture | The Tate bought Carl Andre's Equivalent VIII in 1972. | The purchase caused a newspaper outcry in 1976.
Feed the World | music | Band Aid and Live Aid | pop musicians, famine relief agencies and television viewers | London, Philadelphia and the Ethiopian highlands | 1984 to 1985 | the charity single recorded in a day; the double concert broadcast worldwide; the questions about where the money went | the campaign changed charity fundraising more than it changed famine relief | the concerts ended the famine | The Band Aid single was recorded in November 1984. | Live Aid concerts were held in London and Philadelphia in July 1985.
Three Days on a Dairy Farm | music | the Woodstock festival | young audiences, promoters and a dairy farmer | a farm at Bethel in New York state | 1969 | the fences that came down; the rain and the shortages; the film that shaped its memory | Woodstock's reputation was made by the film rather than by the weekend | Woodstock was a perfectly peaceful utopia | The Woodstock festival took place on a farm at Bethel in August 1969. | Hundreds of thousands of people attended, many of them without tickets.
The Speedway Concert | music | the Altamont free concert | a rock band, motorcycle security guards and the audience | the Altamont Speedway in northern California | 1969 | the last-minute change of venue; the security paid in beer; the killing filmed in front of the stage | the disaster grew out of haste and publicity more than a change in the times | Altamont marked the end of the sixties | The Rolling Stones played a free concert at the Altamont Speedway in December 1969. | A young man was stabbed to death near the stage during their set.
Swearing at Teatime | media | the Sex Pistols' interview with Bill Grundy | a punk band, a television presenter and viewers | a live teatime programme on London television | 1976 | the goading by the presenter; the swearing broadcast live; the newspaper headlines the next morning | the interview created punk's public image more than its music did | the interview merely exposed a band that was already notorious | The Sex Pistols swore on live teatime television in December 1976. | The presenter Bill Grundy was suspended after the broadcast.
Carnival Against the Nazis | music | Rock Against Racism | musicians, photographers and young activists | Victoria Park in east London | 1976 to 1981 | the letter to the music press; the fanzine called Temporary Hoarding; the march across London to Hackney | the movement worked because it made anti-racism fashionable as well as right | the movement was a mere front for a political party | Rock Against Racism was founded after a famous guitarist made racist remarks on stage in 1976. | Around eighty thousand people attended its carnival in Victoria Park in April 1978.
A Citizen in Missouri | law | the Dred Scott case | an enslaved man, his owners' heirs and the justices of the Supreme Court | the courts of Missouri and the Supreme Court in Washington | 1846 to 1857 | the years spent on free soil; the ruling on citizenship; the political storm that followed | the decision hastened the crisis it was meant to settle | the decision was a narrow point of law | Dred Scott first sued for his freedom in St Louis in 1846. | The Supreme Court ruled against him in March 1857.
A Personal Statement | politics | the Profumo affair | a war minister, a society osteopath and the press | London and the country house at Cliveden | 1961 to 1963 | the false statement to the Commons; the trial of Stephen Ward; the Denning report | the affair damaged the government through the lie rather than the liaison | the affair was first of all a security scandal | John Profumo resigned as Secretary of State for War in June 1963. | He admitted that he had lied to the House of Commons.
Land Taken for Bombing | politics | the Crichel Down affair | a landowning family, civil servants and the agriculture minister | farmland in Dorset taken for bombing practice | 1938 to 1954 | the land compulsorily bought before the war; the promise that former owners could buy it back; the inquiry and the resignation | the affair defined ministerial responsibility for civil servants' errors | the affair showed that ministers always resign for their officials' mistakes | The land at Crichel Down was compulsorily acquired by the Air Ministry in 1938. | The minister of agriculture, Sir Thomas Dugdale, resigned in July 1954.
A Book Sold Everywhere | law | the Spycatcher affair | a retired intelligence officer, the government and newspaper editors | the courts of Sydney and London | 1985 to 1988 | the memoir published abroad; the injunctions against newspapers; the final ruling of the Law Lords | the ban collapsed because the book was already everywhere | the government was right to protect secrets at any cost | The British government tried to stop the publication of Peter Wright's memoir Spycatcher in Australia in 1986. | The Law Lords ruled in 1988 that newspapers could report its contents.
The Belgrano Papers | law | the trial of Clive Ponting | a senior civil servant, ministers and a jury | the Ministry of Defence in Whitehall | 1984 to 1985 | the leaked documents about the sinking of the Belgrano; the judge's direction on the public interest; the jury's acquittal | the acquittal showed that juries would not convict where the state's interest looked like the government's | the jury simply ignored the law | Clive Ponting was charged under the Official Secrets Act in 1984. | A jury acquitted him in February 1985 despite the judge's direction.
The Schoolkids Issue | law | the Oz obscenity trial | magazine editors, teenage contributors and a judge | the offices of an underground magazine in Notting Hill | 1970 to 1971 | the issue edited by teenagers; the longest obscenity trial then seen in England; the sentences quashed on appeal | the trial made the magazine more famous than its contents deserved | the editors were persecuted for their politics alone | The editors of Oz were tried for obscenity over the Schoolkids issue in 1971. | Their convictions were quashed on appeal.
Let Him Have It | law | the Bentley case | two teenagers, police officers and the Home Secretary | a warehouse roof in Croydon | 1952 to 1998 | the ambiguous words shouted on the roof; the sentence of death on the older boy; the posthumous quashing of the conviction | the case turned opinion against capital punishment more through its unfairness than its cruelty | Bentley was convicted on clear evidence | Derek Bentley was hanged in January 1953 for a murder committed by his younger companion. | His conviction was quashed by the Court of Appeal in 1998.
Outside the Magdala | law | the execution of Ruth Ellis | a nightclub manager, her lover's friends and petitioners | a public house in Hampstead | 1955 | the shooting outside the pub; the jury's swift verdict; the petition for a reprieve | the execution fed a campaign that had more to do with public sympathy than with the law | the verdict was a miscarriage of justice | Ruth Ellis shot David Blakely outside a public house in Hampstead in April 1955. | She was hanged at Holloway prison in July 1955.
The Queen's Trial | politics | the Queen Caroline affair | a king, his estranged wife and London crowds | the House of Lords and the streets of London | 1820 to 1821 | the bill to dissolve the marriage; the Italian witnesses; the abbey door shut against her at the coronation | the affair became a popular cause because the king was disliked | the public supported the queen because they believed her innocent | A bill to dissolve the marriage of George IV and Queen Caroline was brought before the House of Lords in 1820. | She was refused entry to the coronation in July 1821.
The Nottingham Captain | history | the Pentrich rising | Derbyshire stockingers, their leader and a government spy | the villages north of Derby | 1817 | the promise of a general rising in the north; the spy known as Oliver; the executions at Derby | the rising was encouraged by the spy who reported it | the rising proved that a revolutionary plot existed | Jeremiah Brandreth led a march from Pentrich towards Nottingham in June 1817. | Brandreth and two others were executed at Derby in November 1817.
Blankets for the Road | social history | the March of the Blanketeers | Lancashire weavers, magistrates and yeomanry | a field in central Manchester and the road south | 1817 | the blankets carried for nights on the road; the petition to the Prince Regent; the arrests at Stockport | the march was ended by the fear it caused rather than by anything it did | the march was a hopeless gesture | Several thousand weavers gathered in Manchester in March 1817 to march to London with petitions. | Most of the marchers were turned back or arrested at Stockport.
Orators in Clerkenwell | history | the Spa Fields meetings | Spencean radicals, a famous orator and the crowds of Clerkenwell | Spa Fields in Clerkenwell | 1816 to 1817 | the mass meetings addressed by Henry Hunt; the gunsmiths' shops raided; the treason trial that collapsed | the riot was magnified by a government looking for a conspiracy | the riot was the start of a revolution | Henry Hunt addressed a mass meeting at Spa Fields in November 1816. | The leaders charged with high treason were acquitted in 1817.
The Niger Without a Map | exploration | Mungo Park's journeys on the Niger | a Scottish surgeon, African guides and the African Association | the upper Niger in West Africa | 1795 to 1806 | the first journey made almost alone; the book that followed; the second expedition lost at the Bussa rapids | Park's fame came from his book more than his discoveries | Park discovered the Niger | Mungo Park reached the Niger at Ségou in July 1796. | He died at the Bussa rapids during his second expedition in 1806.
The Corps of Discovery | exploration | the Lewis and Clark expedition | army officers, a Shoshone interpreter and the nations along the Missouri | the Missouri and Columbia rivers | 1804 to 1806 | the journals kept by the officers; the help of Sacagawea; the winter at Fort Clatsop | the expedition succeeded because of the people it met rather than its own skill | the expedition was a journey into empty wilderness | The Corps of Discovery set out up the Missouri in May 1804. | It reached the Pacific coast in November 1805.
Two Claims to the Pole | exploration | the dispute over the North Pole | two explorers, newspaper owners and geographical societies | the Arctic ice north of Greenland | 1908 to 1911 | the rival claims announced within days; the missing navigational records; the newspapers that took sides | the dispute was settled by reputation and sponsors rather than by evidence | Peary certainly reached the pole | Frederick Cook claimed to have reached the North Pole in April 1908. | Robert Peary announced his own claim in September 1909, days after Cook's.
Seven Miles Down | exploration | the dive of the bathyscaphe Trieste | a Swiss engineer, a naval officer and the United States Navy | the deepest part of the Mariana Trench | 1958 to 1960 | the float filled with petrol; the window that cracked on the way down; the flatfish they thought they saw | the dive was a naval publicity feat more than a scientific expedition | the dive opened the deep ocean to science | Jacques Piccard and Don Walsh reached the bottom of the Challenger Deep in January 1960. | They spent about twenty minutes on the sea floor.
Alone on the Ice Cap | exploration | Douglas Mawson's sledging journey | Antarctic explorers, their dogs and the crew of the Aurora | King George V Land in Antarctica | 1912 to 1913 | the crevasse that took a companion and most of the food; the dogs eaten on the return; the ship that left hours before he arrived | Mawson's survival is remembered because of the book he made of it | his survival was a matter of luck | Belgrave Ninnis fell into a crevasse with a sledge and dogs in December 1912. | Mawson reached his base in February 1913 in time to see the Aurora sailing away.
Screens Instead of the Floor | economic history | the Big Bang in the City of London | stockbrokers, jobbers and foreign banks | the Stock Exchange in the City of London | 1983 to 1987 | the end of fixed commissions; the move from the trading floor to screens; the takeover of old firms by foreign banks | the Big Bang was the settlement of a legal case more than a revolution planned by ministers | deregulation was a bold free-market experiment | The reforms known as the Big Bang took effect in October 1986. | They followed an agreement of 1983 to settle a case against the Stock Exchange rules.
Queues in the High Street | economic history | the run on Northern Rock | savers, bank managers and the Bank of England | branches across Britain and the bank's head office in Newcastle | 2007 to 2008 | the reliance on short-term borrowing; the queues outside branches; the nationalisation | the run was caused by the announcement of support rather than by the crisis itself | the bank failed because its savers panicked | Depositors queued outside Northern Rock branches in September 2007. | The bank was nationalised in February 2008.
Out of the Mechanism | economic history | Black Wednesday | ministers, currency traders and the Bank of England | the Treasury and the foreign exchange markets | 1990 to 1992 | the entry into the exchange rate mechanism; the interest rate raised twice in a day; the exit that evening | the exit was forced by a policy that could not be defended rather than by speculators | a handful of speculators broke the pound | Britain left the European exchange rate mechanism on 16 September 1992. | The government announced a rise in interest rates to fifteen per cent that day.
Coloured Street by Street | social history | Charles Booth's survey of London poverty | a shipowner, his investigators and school board visitors | every street of the capital | 1886 to 1903 | the notebooks of the school board visitors; the maps coloured by class; the finding that a third of Londoners lived in poverty | Booth's survey persuaded because it looked like counting rather than campaigning | Booth set out to prove that poverty was exaggerated and was converted | Charles Booth's survey of life and labour in London began in 1886. | His maps coloured every street according to the wealth of its inhabitants.
Backyard Forges | social history | the strike of the Cradley Heath women chainmakers | women chainmakers, a union organiser and the trade board | the backyard forges of Cradley Heath in the Black Country | 1909 to 1910 | the minimum wage set by a trade board; the employers who delayed paying it; the lockout that became a strike | the strike won because a new law gave the women something to enforce | the women won by militancy alone | Women chainmakers at Cradley Heath struck for the legal minimum wage in 1910. | Mary Macarthur of the National Federation of Women Workers led their campaign.
Otmoor for Ever | social history | the Otmoor enclosure riots | commoners, landowners and the Oxfordshire yeomanry | the moor north-east of Oxford | 1815 to 1835 | the drainage and enclosure of common grazing; the hedges destroyed by night; the prisoners rescued at St Giles' fair | the riots show how long a community could resist enclosure by law and by force | the rioters simply opposed progress | Commoners destroyed the fences and hedges of the enclosed Otmoor in September 1830. | A crowd at St Giles' fair in Oxford freed prisoners taken by the yeomanry.
Standing in the Market Place | social history | the hiring fairs of rural England | farm servants, farmers and clergy | the market towns of the north and midlands | 1800 to 1914 | the signs of trade worn in the hat; the yearly contract sealed with a coin; the clergy's campaign against the fairs' disorder | the hiring fair survived because it gave servants some bargaining power | the fairs were simply degrading spectacles | Farm servants seeking work stood in the market place at hiring fairs with a sign of their trade. | A hiring was often sealed with a coin known as a fastening penny.
Pulling the Plugs | social history | the Plug Plot riots | mill workers, Chartists and magistrates | the industrial towns of Lancashire, Yorkshire and the Potteries | 1842 | the wage cuts in the cotton districts; the boiler plugs pulled to stop the mills; the mass trials afterwards | the strikes were about wages first and the Charter second | the strikes were a Chartist insurrection | Strikers in 1842 removed the plugs from mill boilers to stop production. | Hundreds of people were tried at special commissions after the strikes.
Two Guineas for a Licence | social history | the Beerhouse Act | brewers, publicans and householders | the market towns and mining villages of England | 1830 to 1869 | the licence that any ratepayer could buy; the thousands of new beerhouses; the tightening of control in 1869 | the act was a free-trade experiment that turned into a temperance cause | the act was passed to make the poor drunk | The Beerhouse Act of 1830 allowed any ratepayer to sell beer after paying a small fee. | Tens of thousands of new beer shops opened within a few years.
A Paper for Gentlewomen | media | the launch of the Daily Mirror | a press baron, women journalists and readers | the newspaper offices of Fleet Street | 1903 to 1904 | the paper written by and for women; the collapse in sales; the relaunch as a picture paper | the Mirror succeeded only when it stopped being what its founder intended | the paper failed because women did not want a daily paper | The Daily Mirror was launched as a newspaper for women in November 1903. | It was relaunched in 1904 as an illustrated paper.
Britain in Photographs | media | Picture Post | photographers, editors and millions of readers | the magazine's offices in London | 1938 to 1957 | the photo stories of ordinary life; the plan for Britain issue of 1941; the decline in the age of television | Picture Post shaped the wartime consensus by showing readers to themselves | the magazine died because television replaced it | Picture Post was first published in October 1938. | It published a special issue called A Plan for Britain in January 1941.
Germany Calling | media | the broadcasts of Lord Haw-Haw | a renegade broadcaster, British listeners and the BBC | radio stations in Germany broadcasting to Britain | 1939 to 1946 | the nickname given by a newspaper columnist; the rumours about what he knew; the treason trial that turned on a passport | the broadcasts mattered because of the rumours they inspired rather than their content | the broadcasts were a serious threat to morale | William Joyce broadcast propaganda to Britain from Germany during the Second World War. | He was hanged for treason in January 1946.
Bands and Bones | religion | the Skeleton Army riots | Salvationist marchers, publicans and town magistrates | the streets of Worthing and other southern towns | 1881 to 1893 | the brass bands and open-air meetings; the gangs organised by drink sellers; the magistrates who blamed the victims | the riots were a fight over Sunday streets between two kinds of popular culture | the riots were simply religious persecution | Groups calling themselves the Skeleton Army attacked Salvationist processions in the early 1880s. | Serious rioting took place in Worthing in 1884.
The Day That Passed | religion | the Millerite movement | a Baptist preacher, his followers and scoffing newspapers | the farms and towns of New England and New York | 1831 to 1844 | the calculations from the Book of Daniel; the camp meetings and prophetic charts; the day that passed without event | the movement grew because print and railways let it spread faster than earlier prophecies | the believers were simply credulous | William Miller predicted the Second Coming for around 1843 and 1844. | His followers waited in vain on 22 October 1844.
Pulling Carts to Zion | religion | the Mormon handcart companies | European converts, church leaders and rescue parties | the trail across the plains to Salt Lake City | 1856 to 1860 | the carts pulled by hand to save money; the late start of two companies; the rescue sent from the valley | the disaster resulted from a plan that worked only when companies started early | the disaster was the emigrants' own fault | Mormon emigrants began crossing the plains pulling handcarts in 1856. | The Willie and Martin companies were caught by early snow in October 1856.
A Feather in the Limestone | history of science | the London specimen of Archaeopteryx | quarry workers, a country doctor and museum keepers | the limestone quarries near Solnhofen in Bavaria | 1861 to 1863 | the single fossil feather; the skeleton sold to the British Museum; the debate about birds and reptiles | the specimen became famous because it arrived just after Darwin's book | the fossil proved evolution on its own | The first skeleton of Archaeopteryx was found near Solnhofen in 1861. | The British Museum bought it in 1862.
The Last Pair on Eldey | natural history | the extinction of the great auk | seabird hunters, collectors and naturalists | the islands off the coast of Iceland | 1830 to 1852 | the volcanic eruption that destroyed a breeding rock; the collectors' demand for skins and eggs; the last pair strangled on Eldey | the auk was finished off by the collectors who prized its rarity | the bird was doomed by hunting for food | The last known breeding pair of great auks was killed on the island of Eldey in June 1844. | Collectors paid high prices for the birds' skins and eggs.
The Bilberry Embankment | environmental history | the Holmfirth flood | mill workers, reservoir commissioners and the coroner's jury | the Holme valley near Huddersfield | 1838 to 1852 | the leaking embankment of the reservoir; the commissioners who could not pay for repairs; the verdict of the inquest | the flood was the result of an institution without money rather than simple neglect | the flood was an unforeseeable accident | The Bilberry reservoir dam above Holmfirth burst in February 1852. | Eighty-one people were killed.
Aluminium and Water | environmental history | the Dolgarrog dam disaster | aluminium workers, engineers and the villagers below | the Conwy valley in north Wales | 1925 to 1930 | the dam built cheaply on poor ground; the flood that swept through the village; the law on reservoir safety that followed | the disaster changed the law because it exposed how little anyone inspected dams | the disaster was caused by a freak storm | The Eigiau dam above Dolgarrog failed in November 1925. | Sixteen people were killed in the village below.
Christmas Eve at Tangiwai | history of technology | the Tangiwai railway disaster | passengers, railwaymen and a passing motorist | the Whangaehu River in the North Island of New Zealand | 1953 | the torrent released from the crater lake of Ruapehu; the motorist who tried to stop the train; the inquiry into warning systems | the disaster happened because nobody was watching the crater lake | no one could have known that the bridge was in danger | A railway bridge at Tangiwai was swept away shortly before the Wellington to Auckland express reached it on Christmas Eve 1953. | One hundred and fifty-one people died.
Three States in Three Hours | environmental history | the Tri-State tornado | farm families, miners and weather forecasters | southern Illinois and its neighbouring states | 1925 | the ban on the word tornado in forecasts; the towns destroyed in minutes; the relief trains | the death toll reflected forecasting policy as much as the storm's strength | nothing could have reduced the death toll | The Tri-State tornado crossed Missouri, Illinois and Indiana in March 1925. | Nearly seven hundred people were killed.
Wires Under the Streets | environmental history | the Great Blizzard of 1888 | city workers, telegraph companies and commuters | New York and the north-eastern United States | 1888 | the snow that stopped the elevated railways; the telegraph wires brought down; the move to put wires underground | the blizzard did more to change the city's infrastructure than any plan | the blizzard was a freak event with no lasting effects | A blizzard brought New York to a halt in March 1888. | Many of the city's overhead wires were afterwards moved underground.
Pills From a Stranger | law | the Lambeth poisonings | a doctor trained in Canada, the women he poisoned and Scotland Yard detectives | the streets of Lambeth in south London | 1891 to 1892 | the strychnine pills; the blackmail letters that drew attention to himself; the trial and the gallows | Cream was caught because he could not stop writing letters | Cream was caught by brilliant detection | Thomas Neill Cream poisoned several women in Lambeth with strychnine in 1891 and 1892. | He was hanged in November 1892.
Under the Kitchen Floor | law | the Bermondsey murder | a married couple, their victim and the crowds at the execution | a terraced house in Bermondsey | 1849 | the body buried under the kitchen floor; the flight of the couple in different directions; the execution watched by a famous novelist | the case is remembered for its audience rather than its crime | the case mattered only for its sensational details | Frederick and Marie Manning killed Patrick O'Connor at their house in Bermondsey in 1849. | Charles Dickens wrote to The Times condemning the crowd at their execution.
The Bridge at Bridego | law | the Great Train Robbery | a gang of robbers, the train driver and the police | a railway bridge in Buckinghamshire | 1963 to 1965 | the signal tampered with to stop the mail train; the farmhouse hideout; the long sentences and the escapes | the robbery became a legend because of the sentences more than the crime | the robbers were folk heroes | Robbers stopped a mail train in Buckinghamshire in August 1963 and took more than two million pounds. | Most of the gang were given sentences of thirty years.
Voices on the Radio | law | the Baker Street bank robbery | tunnelling thieves, a radio amateur and the police | a bank branch on Baker Street | 1971 | the tunnel dug from a shop two doors away; the walkie-talkie conversations overheard by a radio amateur; the press coverage that ended abruptly | the case shows how a rumour of censorship can outlive the facts | the government gagged the press to protect a royal secret | Thieves tunnelled into the vault of a bank in Baker Street in September 1971. | A radio amateur overheard their walkie-talkie conversations and alerted the police.
A Parson With a Mallet | history | Colonel Blood's attempt on the Crown Jewels | an Irish adventurer, the jewel keeper and King Charles II | the Martin Tower in the Tower of London | 1671 | the disguise as a parson; the crown flattened with a mallet; the pardon granted by the king | Blood's pardon says more about Restoration politics than about his crime | Blood was pardoned because the king enjoyed his cheek | Thomas Blood tried to steal the Crown Jewels from the Tower of London in May 1671. | Charles II pardoned him and granted him land in Ireland.
Christmas in the Abbey | politics | the removal of the Stone of Scone | four Glasgow students, the Dean of Westminster and the police | Westminster Abbey | 1950 to 1951 | the stone taken out on Christmas morning; the crack as it fell; the stone handed over at a ruined abbey | the removal gave Scottish nationalism a comic and popular face | the students were simple vandals | Four students removed the Stone of Scone from Westminster Abbey on Christmas Day 1950. | The stone was handed over at a ruined abbey in Angus in April 1951.
A Safe Without a Scratch | law | the theft of the Irish Crown Jewels | the Ulster King of Arms, his staff and the Dublin police | the Office of Arms in Dublin Castle | 1907 to 1908 | the safe opened without force; the keys lent and copied; the viceregal commission | the inquiry was designed to avoid finding the thief | the theft was an unsolvable mystery | The jewels of the Order of St Patrick were found missing from Dublin Castle in July 1907. | They have never been recovered.
Nine Defendants | law | the trial of the Mangrove Nine | Black activists, a restaurant owner and the Metropolitan Police | the Mangrove restaurant in Notting Hill | 1968 to 1971 | the repeated police raids on the restaurant; the protest march of August 1970; the defendants who conducted their own defence | the trial turned a local dispute into national evidence of police racism | the case was a simple public order prosecution | Nine people were tried after a protest march against police raids on the Mangrove restaurant. | All nine were acquitted of the most serious charge of riot in December 1971.
Cottages With Gardens | architecture | the Becontree estate | London families, council architects and Essex farmers | the fields between Dagenham and Barking | 1921 to 1935 | the cottage homes with gardens; the long journeys to work; the car factory that arrived later | Becontree was an attempt to move London rather than to rebuild it | the estate was a model of suburban contentment | Building of the Becontree estate began in 1921. | It was among the largest council estates in the world when it was completed in the 1930s.
Steel Frames in Leeds | architecture | the Quarry Hill flats | Leeds tenants, the city housing director and engineers | a cleared slum district in Leeds | 1934 to 1978 | the French prefabricated steel frame; the refuse disposal system; the demolition after forty years | Quarry Hill failed because its construction system was new, not because its plan was wrong | the flats failed because tenants disliked living in blocks | The Quarry Hill flats in Leeds were completed in 1938 using a French building system. | They were demolished in 1978.
A Town Centre on Stilts | architecture | the town centre of Cumbernauld | planners, residents and architecture critics | a hilltop new town east of Glasgow | 1955 to 2005 | the megastructure built over a road; the separation of cars and people; the votes for the country's worst building | Cumbernauld shows how an admired plan can be ruined by piecemeal change | the town centre was badly designed from the start | Cumbernauld was designated as a new town in 1955. | Its town centre was one of the first shopping megastructures built over a road.
Towers on the Isle of Dogs | architecture | Canary Wharf | developers, dockers' families and government agencies | the Isle of Dogs in east London | 1981 to 1995 | the enterprise zone; the Canadian developers; the bankruptcy of 1992 | Canary Wharf succeeded through public transport investment that its champions had opposed | Canary Wharf was created by the free market alone | The Canary Wharf development was begun by Olympia and York in the late 1980s. | Olympia and York went into administration in 1992.
A Mantle of Safety | history of medicine | the Australian flying doctor service | a Presbyterian minister, pilots and families on remote stations | the outback of western Queensland | 1912 to 1934 | the pedal-powered radio; the first flight from Cloncurry; the spread to other states | the service depended on radio as much as on aircraft | the service was made possible by aviation alone | The first flight of the Aerial Medical Service left Cloncurry in May 1928. | Pedal-powered radio sets allowed remote stations to call for help.
A Clinic in Holloway | history of medicine | Marie Stopes's birth control clinic | a palaeobotanist turned campaigner, working-class mothers and a Catholic doctor | a small clinic in north London | 1918 to 1924 | the book Married Love; the free clinic for poor mothers; the libel case against her critic | Stopes won the argument in public while losing it in court | Stopes was a simple liberator | Marie Stopes opened a birth control clinic in Holloway in March 1921. | She sued a Catholic doctor for libel in 1923.
Health, Not Disease | history of medicine | the Peckham Experiment | two doctors, local families and the members of a health club | the Pioneer Health Centre in Peckham | 1926 to 1950 | the family membership and its regular check-ups; the swimming pool and cafeteria; the clash with the new health service | the experiment studied health rather than disease, which left it no place in the national health service | the centre closed for lack of money alone | The Pioneer Health Centre opened in a new building in Peckham in 1935. | It closed in 1950.
No More Strait-Waistcoats | history of medicine | non-restraint at Hanwell asylum | asylum attendants, patients and a reforming physician | the Middlesex county asylum at Hanwell | 1839 to 1856 | the removal of strait-waistcoats; the attendants' new duties; the crowding that followed | non-restraint depended on staff and space that the asylum soon lost | non-restraint ended cruelty in asylums | John Conolly abolished mechanical restraint at Hanwell in 1839. | Conolly published an account of his methods in 1856.
Eagles and Rattlers | psychology | the Robbers Cave experiment | boys at a summer camp, psychologists and camp staff | a state park in Oklahoma | 1954 | the two groups kept apart; the competitions that bred hostility; the shared tasks that ended it | the experiment's famous result depended on how the staff managed the boys | the study proved that conflict between groups is natural | Muzafer Sherif's experiment at Robbers Cave State Park took place in the summer of 1954. | Two groups of boys were set against each other in competitions before being given shared tasks.
Identical to Three Places | psychology | the Cyril Burt affair | a psychologist, his critics and a newspaper journalist | University College London and the pages of a Sunday newspaper | 1966 to 1979 | the identical correlation figures; the co-authors nobody could trace; the official biography that accepted the charge | the affair showed how a reputation can shield data from checking | Burt was the victim of a campaign by opponents of his views | Questions about the identical correlations in Cyril Burt's twin studies were raised in 1974. | A newspaper reported in 1976 that his co-authors could not be found.
Surgeon to the Garrison | history of medicine | the career of James Barry | a military surgeon, colonial governors and army colleagues | Cape Town and the army's overseas stations | 1809 to 1865 | the medical degree at Edinburgh; the reforms at the Cape; the discovery made after death | Barry's career shows how much a professional life depended on concealment | Barry's secret was known to everybody | James Barry graduated in medicine at Edinburgh in 1812. | After Barry's death in 1865, the woman who laid out the body reported that Barry was female.
A Loophole in the Charter | history of medicine | Elizabeth Garrett Anderson's qualification | a young woman, the Society of Apothecaries and hostile medical students | the lecture halls of London | 1860 to 1870 | the private lessons; the loophole in the apothecaries' charter; the degree from Paris | she qualified by exploiting rules written without women in mind | she qualified because the profession welcomed her | Elizabeth Garrett passed the examination of the Society of Apothecaries in 1865. | The society changed its rules afterwards to exclude women.
This House Will Not Fight | politics | the King and Country debate | Oxford undergraduates, newspaper editors and foreign observers | the debating hall of the Oxford Union | 1933 | the motion that the house would not fight for its king and country; the attempt to tear the motion out of the minute book; the claims about its effect abroad | the debate's importance was invented by the newspapers that attacked it | the vote encouraged Hitler | The Oxford Union voted in February 1933 that it would not fight for king and country. | The vote was 275 to 153.
Four Acres and a Cottage | social history | the Chartist Land Company | Chartist shareholders, a popular leader and the settlers chosen by ballot | the estate at Heronsgate in Hertfordshire | 1845 to 1851 | the shares paid for in small sums; the ballot for cottages; the company wound up by Parliament | the scheme failed legally before it failed as farming | the settlers were unfit to farm | Feargus O'Connor founded the Chartist Land Company in 1845. | The first settlement, at Heronsgate, was named O'Connorville.
After Sedgemoor | law | the Bloody Assizes | a judge, Monmouth's followers and west country juries | the assize towns of the west of England | 1685 | the rebels captured after Sedgemoor; the trials held in haste; the transportation to the West Indies | the reputation of the assizes was made later by Whig writers | the trials were uniquely cruel | Judge Jeffreys presided over the trials of Monmouth's rebels in 1685. | Hundreds of rebels were transported to the West Indies.
Guests in the Glen | history | the massacre of Glencoe | soldiers quartered in the glen, the MacDonalds and government ministers | the glen of Glencoe in the western Highlands | 1692 to 1695 | the oath of loyalty taken late; the soldiers who accepted hospitality; the inquiry that blamed a secretary of state | the massacre was shocking because of the breach of hospitality rather than its scale | the massacre was a clan feud | Soldiers killed members of the MacDonald clan at Glencoe in February 1692. | A Scottish parliamentary inquiry in 1695 blamed the Master of Stair.
The Captain of the Guard | history | the Porteous riots | an Edinburgh crowd, the captain of the city guard and the government in London | the Grassmarket and the Tolbooth in Edinburgh | 1736 to 1737 | the shots fired at a hanging; the reprieve sent from London; the lynching carried out by an orderly crowd | the riot was the disciplined act of a city that believed itself wronged | the riot was mob violence | Captain John Porteous ordered his guard to fire on a crowd at a hanging in Edinburgh in April 1736. | He was seized from the Tolbooth and hanged by a crowd in September 1736.
The Preacher Impeached | politics | the trial of Henry Sacheverell | a High Church preacher, Whig ministers and London crowds | Westminster Hall | 1709 to 1710 | the sermon against dissenters; the impeachment; the riots against meeting houses | the Whigs lost more by the trial than the preacher did | the trial silenced High Church opinion | Henry Sacheverell preached a sermon attacking dissenters and the Whig government in November 1709. | He was impeached and given a light sentence in 1710.
Fire in Queen Square | politics | the Bristol riots of 1831 | reform crowds, the city recorder and the army | Queen Square in Bristol | 1831 to 1832 | the arrival of an anti-reform judge; the burning of the Mansion House and the prisons; the court martial of the commander | the riots were prolonged by the paralysis of those meant to stop them | the riots showed that reformers were revolutionaries | Rioting broke out in Bristol in October 1831 when Sir Charles Wetherell arrived to open the assizes. | The army commander, Colonel Brereton, shot himself during his court martial.
Grazing on Ben Lee | social history | the Battle of the Braes | crofters, sheriff officers and Glasgow police | the Braes district of Skye | 1882 to 1886 | the grazing rights on Ben Lee; the police sent from Glasgow; the royal commission and the act that followed | the crofters won by making their cause national news | the crofters' revolt was a spontaneous outbreak | Crofters fought police at the Braes on the Isle of Skye in April 1882. | The Crofters Holdings Act of 1886 gave crofters security of tenure.
Shots in the Square | politics | the Mitchelstown shootings | tenants, police and Irish nationalist politicians | the market square of Mitchelstown in County Cork | 1887 | the Plan of Campaign; the meeting in the square; the police firing from their barracks | the shooting made the land war a question of British liberalism | the police fired to defend themselves | Police fired on a crowd at Mitchelstown in September 1887. | Three men died of their wounds.
The Officers' Choice | politics | the Curragh incident | cavalry officers, War Office ministers and Ulster unionists | the army camp at the Curragh in County Kildare | 1914 | the choice offered to officers; the resignations; the written assurance that was repudiated | the incident was created by ministers' confused orders more than by officers' defiance | the incident was a mutiny | Fifty-seven cavalry officers at the Curragh said in March 1914 that they would resign rather than act against Ulster. | The secretary of state for war, J E B Seely, resigned.
The Bull Ring | history | the Étaples mutiny | soldiers in training, military police and instructors | the base camp at Étaples in northern France | 1917 | the harsh training ground called the Bull Ring; the arrest that started the protest; the execution of one corporal | the mutiny was a protest about conditions, not a political revolt | the mutiny was inspired by revolution in Russia | Soldiers at the base camp at Étaples protested against their treatment in September 1917. | One man was executed for his part in the disturbances.
Carols Across the Wire | history | the Christmas truce of 1914 | British and German infantry, their officers and the newspapers at home | the trenches of Flanders | 1914 to 1915 | the carols sung across no man's land; the burial of the dead; the orders against any repetition | the truce was a local arrangement that grew from the routines of trench life | the truce was a spontaneous outbreak of peace along the whole front | Soldiers on parts of the Western Front met in no man's land at Christmas 1914. | Senior officers issued orders to prevent another truce the following year.
Twenty Million Tickets | film | the film The Battle of the Somme | official cameramen, cinema audiences and the War Office | picture houses across Britain | 1916 | the footage shot by two cameramen; the staged scenes; the millions who paid to see it | the film persuaded because audiences believed it was real, including its staged parts | the film was simple propaganda | The film The Battle of the Somme was released in August 1916. | Around twenty million tickets were sold within six weeks.
Shells for the Front | politics | the shell crisis of 1915 | generals, newspaper owners and ministers | the Western Front and Whitehall | 1915 | the failed attack at Aubers Ridge; the newspaper campaign; the new ministry of munitions | the crisis was used by a general and a press baron to bring down a government | the crisis was simply a shortage of shells | The Times reported a shortage of shells in May 1915 after the attack at Aubers Ridge. | A Ministry of Munitions was created under Lloyd George.
A Summer Evening at Chilwell | history | the Chilwell shell factory explosion | munitions workers, factory managers and the censors | the national shell filling factory near Nottingham | 1918 | the explosion on a hot summer evening; the dead who could not be identified; the news kept out of the papers | the explosion was forgotten because wartime censorship hid it | the explosion must have been the work of enemy agents | An explosion at the shell filling factory at Chilwell killed 134 people in July 1918. | Many of the dead could not be identified.
A Whale in the Firth | natural history | the Tay whale | whalers, an oil merchant and a professor of anatomy | the estuary of the Tay at Dundee | 1883 to 1884 | the humpback chased in the estuary; the carcass exhibited for money; the poem by William McGonagall | the whale became a spectacle because Dundee was a whaling town | the whale was just a curiosity | A humpback whale was harpooned in the Tay estuary in December 1883. | Its carcass was exhibited to paying visitors.
Knights in the Rain | history | the Eglinton Tournament | a Scottish earl, his aristocratic knights and a hundred thousand spectators | the grounds of Eglinton Castle in Ayrshire | 1839 | the armour made for the occasion; the rain that ruined the first day; the ridicule in the press | the tournament was a protest by a Tory aristocracy against a plain coronation | the tournament was a harmless costume party | The Eglinton Tournament took place in Ayrshire in August 1839. | Heavy rain ruined the first day of the event.
Ghosts on Wheels | theatre | the phantasmagoria shows | showmen, audiences and the makers of magic lanterns | the theatres of Paris and the Lyceum in London | 1792 to 1810 | the lantern on wheels behind the screen; the darkness and smoke; the claims to expose superstition | the shows sold fear while claiming to teach reason | the phantasmagoria was mere trickery | Étienne-Gaspard Robertson presented phantasmagoria shows in Paris in the late 1790s. | Paul de Philipsthal brought a phantasmagoria to the Lyceum in London in 1801.
Heads in Wax | entertainment | Madame Tussaud's touring exhibition | a wax modeller, her sons and provincial audiences | the towns of Britain and finally Baker Street | 1802 to 1835 | the wax heads of the guillotined; the touring years; the permanent home in London | the exhibition's success came from its news value rather than its art | the waxworks succeeded through the horror of the French revolution alone | Marie Tussaud brought her waxworks to Britain in 1802. | She settled her exhibition permanently in Baker Street in 1835.
An Elephant Sold Abroad | natural history | the sale of Jumbo the elephant | zoo keepers, an American showman and British children | the Zoological Gardens in Regent's Park | 1865 to 1885 | the elephant rides for children; the sale to an American circus; the death on a railway line in Canada | the outcry was manufactured by the press as much as by children | the sale betrayed a national treasure | London Zoo sold Jumbo to an American circus in 1882. | Jumbo was killed by a train in Ontario in 1885.
Above the Shops in the Strand | natural history | the death of Chunee the elephant | menagerie keepers, soldiers and London newspaper readers | the Exeter Change in the Strand | 1809 to 1826 | the elephant in a cage above shops; the seasonal rages that made him dangerous; the soldiers who shot him | Chunee's death turned a menagerie into a moral question | the killing was an unavoidable act of safety | Chunee the elephant was killed at the Exeter Change in March 1826. | Soldiers fired scores of shots before he died.
The Hippo Polka | natural history | the arrival of Obaysch the hippopotamus | zoo visitors, a British consul and the Zoological Society | the hippo house at the London zoo | 1850 to 1878 | the journey from the Nile; the crowds and the polka named after him; the mate bought later | hippo mania was a product of the zoo's need for paying visitors | the craze showed Victorian curiosity about nature | Obaysch, the first hippopotamus seen in Britain since prehistoric times, arrived in London in May 1850. | Visitor numbers at the zoo doubled that year.
Borax for Breakfast | history of medicine | Harvey Wiley's poison squad | young government clerks, a chemist and food manufacturers | the Department of Agriculture in Washington | 1902 to 1907 | the volunteers who ate preserved food; the borax and formaldehyde tested; the food and drug law that followed | the squad persuaded through publicity more than through science | the trials were sound science | Harvey Wiley began feeding preservatives to volunteers in 1902. | The Pure Food and Drug Act was passed in 1906.
Yeast From the Breweries | economic history | the first Marmite factory | brewers, food chemists and mothers | a factory at Burton upon Trent | 1902 to 1920 | the yeast left over by the breweries; the vitamins discovered later; the rations sent to soldiers | Marmite's success depended on the discovery of vitamins after it was invented | Marmite was a clever advertising invention | The Marmite Food Extract Company opened a factory at Burton upon Trent in 1902. | Marmite was later found to be a rich source of B vitamins.
Bread, Cheese and Pickle | economic history | the ploughman's lunch | marketing men, publicans and pub customers | the public houses of England | 1956 to 1970 | the campaign by the cheese bureau; the claims of rural tradition; the menu that spread | the ploughman's lunch was an invented tradition made to look old | the dish was a genuine rural custom | The Cheese Bureau promoted bread and cheese lunches in pubs in the 1950s. | The name ploughman's lunch was being used in advertising by the early 1960s.
A Pie Without Meat | social history | the Woolton pie | wartime cooks, the Ministry of Food and diners at the Savoy | kitchens across wartime Britain | 1941 to 1945 | the recipe of root vegetables; the minister who lent his name; the jokes it inspired | the pie was propaganda for a diet more than a dish | rationing made the population healthier | The Woolton pie was created at the Savoy Hotel in 1941. | It was named after the minister of food, Lord Woolton.
A Third of a Pint | politics | the end of free school milk | an education secretary, parents and the press | primary schools in England and Wales | 1946 to 1972 | the free third of a pint; the cuts for children over seven; the slogan that followed | the cut was remembered because of its minister's later career | the cut saved a great deal of money | Free school milk was ended for children over seven in England and Wales in 1971. | The change applied to children aged between seven and eleven.
Bread in Three Hours | economic history | the Chorleywood bread process | millers, food scientists and bakers | a baking research station at Chorleywood in Hertfordshire | 1961 to 1980 | the intense mechanical mixing; the use of lower-protein British wheat; the decline of high street bakeries | the process served the milling industry's needs first | the process was a simple improvement | The Chorleywood bread process was developed in 1961. | It allowed bread to be made quickly with lower-protein wheat.
A Bible From Leningrad | literature | the purchase of the Codex Sinaiticus | Soviet officials, museum trustees and public donors | the British Museum in Bloomsbury | 1844 to 1933 | the manuscript taken from the monastery at Sinai; the sale by the Soviet government; the public appeal for funds | the purchase was a popular event because it mixed religion and cold politics | the purchase rescued the book from barbarians | The British Museum bought the Codex Sinaiticus from the Soviet government in 1933. | The price was one hundred thousand pounds.
Manuscripts From the Windows | literature | the fire at Ashburnham House | librarians, scholars and Parliament | Ashburnham House in Westminster | 1731 to 1753 | the manuscripts thrown from the windows; the singed Beowulf; the collection moved to the new British Museum | the fire changed how the state thought about its records | the losses were small | Fire broke out at Ashburnham House, where the Cotton library was kept, in October 1731. | The manuscript of Beowulf was damaged by the fire.
Tattenham Corner | politics | Emily Wilding Davison's death at the Derby | a suffragette, a royal jockey and newsreel cameramen | Tattenham Corner on Epsom Downs | 1913 | the newsreel footage; the return ticket in her pocket; the funeral procession | the meaning of her death was decided by the movement that buried her | she meant to kill herself | Emily Wilding Davison was struck by the king's horse at the Derby in June 1913. | She died of her injuries four days later.
A Meeting at Ujiji | exploration | Stanley's search for Livingstone | a journalist, a missionary explorer and their porters | Ujiji on Lake Tanganyika | 1869 to 1872 | the newspaper that paid for the search; the greeting at Ujiji; the book that made Stanley famous | the meeting was made into news by the man who reported it | the search was a humanitarian rescue | Henry Morton Stanley found David Livingstone at Ujiji in November 1871. | The search was paid for by the New York Herald.
Named After Spain | history of medicine | the influenza pandemic of 1918 | soldiers, nurses and public health officials | army camps and cities around the world | 1918 to 1920 | the waves of infection; the censorship that named it after Spain; the masks and closed theatres | the pandemic was shaped by war at every stage | the pandemic was a natural disaster unaffected by politics | The influenza pandemic of 1918 is thought to have killed tens of millions of people. | It was called Spanish flu because neutral Spain's newspapers reported it freely.
"""

SCHOLARS = ["Penrose", "Tremayne", "Polglase", "Treloar", "Nance", "Bolitho", "Pascoe", "Carne", "Trewin", "Chenoweth",
            "Jago", "Kitto", "Hosking", "Angwin", "Roskilly", "Tonkin", "Curnow", "Vosper", "Pengelly", "Trethewey",
            "Liddicoat", "Rodda", "Penhaligon", "Keast"]

OPENING = [
    "{X} is one of those episodes that everyone thinks they already understand.",
    "Ask most people about {x} and they will offer a confident one-line summary.",
    "School textbooks spare {x} a paragraph at most.",
    "{X} has been retold so often that the retellings now crowd out the evidence.",
    "There is a standard version of {x}, and it is tidier than the sources allow.",
    "Few subjects look as straightforward at first sight as {x}.",
    "{X} tends to be remembered through a handful of vivid images.",
    "Beneath the familiar story of {x} lies surprisingly little evidence.",
    "Many readers assume that {x} has nothing left to teach.",
    "{X} is cited often and examined seldom.",
    "Writers in search of a moral have found {x} hard to resist.",
    "{X} lives in popular memory as a story whose point is obvious.",
]
SETTING_OPEN = [
    "The evidence discussed here comes mainly from {setting}.",
    "The actors in this story are {people}.",
    "The period in question ({period}) is short, but it was crowded.",
    "Published sources are used throughout, and their disagreements are noted.",
    "The sequence matters more here than the calendar.",
    "Some of what follows is necessarily provisional.",
]
SIGNPOST = [
    "I begin with {s1} before moving on to {s2}.",
    "Each section below sets a familiar claim against what survives.",
    "The argument proceeds in roughly the order in which events unfolded.",
    "The weight of {s1} proves greater than most accounts allow.",
    "The final section deals with the strongest objection to this reading.",
]
PUZZLE_LEAD = [
    "One question runs underneath all of this: {question}",
    "The problem, put simply, is this: {question}",
    "It is worth asking at the outset: {question}",
    "A single question guides what follows: {question}",
]
PUZZLES = ["who gained most from {x}?", "how much did {people} actually control?",
           "why has the simple version of {x} lasted so long?", "what would {setting} have looked like without {x}?"]
THESIS = [
    "In what follows I shall try to show that {thesis}.",
    "I will suggest instead that {thesis}.",
    "I contend that {thesis}.",
    "On closer inspection, it appears that {thesis}.",
    "Working through {s1}, {s2} and {s3}, I conclude that {thesis}.",
    "Put briefly, my view is that {thesis}.",
    "A better reading of the sources is that {thesis}.",
    "The pages below defend the view that {thesis}.",
]
BACKDROP = [
    "Some scene-setting is needed first.",
    "The years in question were unsettled ones.",
    "For {people}, daily life at the time left little margin for mistakes.",
    "Nobody involved could have guessed how the story would later be told.",
    "Institutions were changing, though not all at the same pace.",
    "Those who later wrote about the events usually had reputations to protect.",
    "{Scholar} traces the roots of the affair to some years earlier.",
    "Much of the surviving material was produced in {setting}.",
    "The sequence of events is clearer than their causes.",
    "Earlier arrangements had grown up piecemeal and pleased nobody.",
    "Events moved more quickly than anyone in charge had expected.",
    "Contemporaries struggled to make out the shape of what was happening.",
]
WORDS = [
    "A word on vocabulary is in order.",
    "Several of the terms now attached to {x} are later inventions.",
    "{People} described themselves in words that differ from ours.",
    "Where modern terms appear below, they are there for convenience only.",
    "Calling it {x} already implies a particular reading.",
    "Every label on offer carries some baggage.",
]
TRACES = [
    "The evidence falls into three broad kinds.",
    "Official papers from {setting} record decisions but rarely reasons.",
    "Letters written by {people} are vivid, though each had its own audience.",
    "Newspapers reported {x} promptly and often carelessly.",
    "Memoirs composed long afterwards are lively but unreliable.",
    "Physical remains and pictures offer a check on the written record.",
]
LEADIN = [
    "To begin with, consider {s}.",
    "The firmest evidence bears on {s}.",
    "Easily missed, but essential, is the matter of {s}.",
    "Any serious account must deal with {s}.",
    "Historians have paid too little attention to {s}.",
    "That leads to {s}.",
    "A good deal turns on {s}.",
    "The documents have most to say about {s}.",
    "It is worth pausing over {s}.",
    "Another thread runs through {s}.",
]
CLAIMS = [
    "Looking back, {s} can look more settled than anyone thought at the time.",
    "Hardly anyone caught up in {s} thought to write anything down.",
    "A plain list of dates from {setting} does more to explain {s} than many longer narratives.",
    "Money, rather than principle, lay behind {s}.",
    "Official sources mention {s} only in passing.",
    "Those hit hardest by {s} wrote least about it.",
    "Whoever controlled {s} gained a say over everything else.",
    "{Scholar} regards {s} as the turning point, and with good reason.",
    "Some writers have exaggerated {s} out of all proportion.",
    "{People} disagreed sharply about {s}.",
    "Every document about {s} has to be read with its author's purpose in mind.",
    "Set out in sequence, the story of {s} loses much of its mystery.",
    "{S} rested on a mass of routine effort that histories tend to ignore.",
    "For {people}, {s} posed a practical problem before anything else.",
    "Nobody planned {s}; the whole business accumulated step by step.",
    "The timing of {s} mattered almost as much as the substance.",
]
FIGURES = [
    "Drawing on {num} cases, {Scholar} ({year}) links roughly {pct} per cent of later developments to {s}.",
    "Of {num} documents examined by {Scholar}, roughly {pct} in every hundred mention {s}.",
    "{Scholar} ({year}) assigns around {pct} per cent of the eventual change to {s}.",
    "{Scholar} went through {num} files in {year}, and hardly one fails to refer to {s}.",
    "{Scholar} ({year}) identifies {num} comparable cases, most of them following a similar path.",
    "The numbers are incomplete, as {Scholar} concedes, but on {s} they point one way.",
    "By a recent count ({Scholar}, {year}), nearly {pct} per cent of the change can be traced to {s}.",
    "{Scholar} suspects that earlier studies of {s} looked in the wrong archives.",
]
EXAMPLES = [
    "{Scholar} follows a single household through the whole affair.",
    "In {setting}, {people} handled {s} more or less unaided.",
    "Similar cases can be found well beyond {setting}.",
    "Examples like this are common, and exceptions are few.",
    "Throughout the years in question ({period}) the pattern repeats itself.",
    "This is the point that {people} stressed when they told the story themselves.",
    "Further examples are easy to find.",
]
TIE = [
    "In miniature, this is the whole case: {thesis}.",
    "One example settles nothing, but this one fits poorly with the usual story.",
    "In short, any account needs {s} near its centre.",
    "It supplies a strong reason to think that {thesis}.",
    "The difference looks slight on paper and was considerable in practice.",
    "This will matter again when we reach the main objection.",
    "No conclusion can ignore {s}.",
]
TURN = ["With {s}, the picture changes.", "Then came {s}.", "After {s}, the terms of the argument shifted.",
        "At this point the story turns on {s}."]
QUOTE_LEAD = [
    "{Scholar} sums up the atmosphere in {setting} well:",
    "Interviewed many years later, one witness from {setting} recalled:",
    "Speaking at a {year} conference on {x}, one historian observed:",
    "{Scholar} puts the point about {s} bluntly:",
    "Writing about {s}, {Scholar} is unusually forceful:",
]
QUOTED = [
    "The closer you get to {x}, the more the famous version falls apart.",
    "At the time, nobody thought of {s} as history; it was just the job.",
    "We remember {x} as a moment; the records describe a long process.",
    "Trace the payments behind {s} and there is very little mystery left.",
    "There are really two stories of {x}: the one people lived and the one they repeated.",
    "The papers about {s} are tedious, and that tedium tells us something.",
]
QUOTE_AFTER = [
    "The wording is neat, perhaps too neat, but it is fair.",
    "This is a single voice, though a well-informed one.",
    "The speaker gained nothing by saying it, which adds to its weight.",
    "Even allowing for hindsight, the point holds.",
]
QUOTE_AFTER2 = [
    "Accounts left by {people} say much the same.",
    "It suggests, too, that people talked about {s} at the time.",
    "Whether it holds outside {setting} is hard to say.",
    "Its worth lies in the light it throws on {s}.",
    "It sits uneasily with the standard account of {x}.",
]
LIST_LEAD = [
    "Where {x} turned out best, certain conditions held:",
    "Whenever {people} did well, the same factors appear:",
    "Better results in {setting} would have required:",
    "Boiled down, the more successful cases in {setting} shared a handful of traits:",
]
LIST_ITEM = [
    "early understanding of {s}",
    "real consultation with {people} about {s}",
    "a quick response to early problems with {s}",
    "independent checks on {s}",
    "a small pilot of {s} first",
    "candour about the cost of {s}",
]
LIST_MORE = ["reliable funding for {x} year after year", "a named official able to stop {x}",
             "records of {x} kept beyond their authors' lifetimes", "a fixed point at which {x} would be reconsidered"]
ELSEWHERE = [
    "Set beside comparable cases, {x} looks less exceptional.",
    "Elsewhere, similar pressures produced quite different results.",
    "Where {people} were consulted early, disputes were less bitter.",
    "Comparison is difficult, because nothing quite like {s2} happened elsewhere.",
    "Nothing made the outcome in {setting} unavoidable.",
    "Consent, on the whole, mattered more than haste.",
]
IMAGINE = [
    "Suppose for a moment that {s2} had turned out differently.",
    "Such exercises prove nothing, but they reveal where a story's weight rests.",
    "Without {s1}, the course of events in {setting} is hard to picture.",
    "{People} would then have faced very different decisions.",
    "The thought experiment suggests that the result was less settled than it now seems.",
]
AFTERMATH = [
    "What followed lasted far longer than the events.",
    "In {setting}, memories of {x} shaped decisions for a generation.",
    "{People} told the story to their children in their own way.",
    "Later inquiries returned again and again to {s3}.",
    "Each anniversary of {x} has produced a slightly different account.",
    "The lessons drawn from {x} were not always the right ones.",
]
OBJECT = [
    "A common objection is that {rival}.",
    "The most serious challenge to this argument holds that {rival}.",
    "Many would answer that {rival}.",
    "It could reasonably be said that {rival}.",
    "Some of the evidence seems to indicate that {rival}.",
]
OBJECT_MORE = [
    "{People} might well have agreed at the time.",
    "It is a serious position with serious supporters.",
    "{Scholar2} ({year2}) develops this case at length.",
    "The objection has force, because every decision about {x} cost someone something.",
]
REPLY = [
    "Yet the records from {setting} point elsewhere.",
    "It leaves {s2} unaccounted for.",
    "More importantly, it assumes what it needs to prove.",
    "It relies on a picture of {x} that recent work has set aside.",
    "If it were right, the results would have been uniform, which they were not.",
    "At most it shows that there were costs, not that they decided the outcome.",
]
ENDING_FIRST = [
    "In sum, {thesis}.",
    "Taken as a whole, the evidence points in one direction: {thesis}.",
    "The matter is not closed by any of this.",
    "So what, in the end, has been shown?",
    "Every part of this essay has arrived at the same place: {thesis}.",
    "Once the detail is set aside, a single point is left.",
    "A neat one-sentence verdict on {x} would be easy to give and misleading.",
]
ENDING_MID = [
    "{S1}, {s2} and {s3} each account for some of what happened, and together for most of it.",
    "The claim that {rival} has its attractions, yet it will not bear the load placed upon it.",
    "Small particulars have proved more revealing than large theories.",
    "The questions raised did not disappear when the period ended.",
    "The archives still have a good deal to yield.",
    "The result is less dramatic than the legend, and better founded.",
]
ENDING_LAST = [
    "For {people}, the consequences lasted much longer than the events.",
    "The obvious sequel would be a study that set {setting} beside other places of the same kind.",
    "Above all, {x} grew out of choices that could have been made differently.",
    "The lesson of {x} concerns institutions more than individuals.",
    "{X} deserves retelling, provided that it is retold with care.",
    "In the end, {x} repays a slower reading than it usually gets.",
]
H_BACK = ["Background", "The situation beforehand", "Where things stood", "The wider picture", "Before it began",
          "First, the background"]
H_WORDS = ["A note on words", "Terms and labels", "Naming the episode"]
H_TRACES = ["The sources", "What survives", "Weighing the evidence"]
H_STRAND = ["{S}", "Considering {s}", "{S} examined", "The question of {s}", "Looking again at {s}", "Why {s} mattered"]
H_ELSE = ["Comparisons", "Looking elsewhere", "Parallel cases"]
H_IMAGINE = ["What if?", "An alternative path", "Imagining otherwise"]
H_AFTER = ["Aftermath", "What came after", "Legacy"]
H_OBJECT = ["Objections", "The case against", "A different view", "Answering critics", "Weighing the objection",
            "Reservations"]
H_END = ["Conclusion", "Conclusions", "Summing up", "In conclusion", "Closing thoughts"]


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
    """Compose the essay for one card. The opening paragraph starts with a sentence naming the subject and closes on
    the thesis; a framing sentence, a signpost or a question may come between. The first fact goes into the
    background paragraph, the second there too or into the paragraph on the second strand. A paragraph on words
    or on the sources may follow. Each strand has one paragraph or two, now and then preceded by a one-line turn
    and followed by a quotation or a bulleted list. Some essays add a comparison, a counterfactual or an aftermath
    paragraph. The objection always states the card's rival view and gets an answer, and the closing paragraph
    ends on a sentence naming the subject, the people or the setting. About half the essays have headings, and no
    essay repeats a pattern."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                 thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1962, 2022), year2=rng.randint(1970, 2024),
                     pct=rng.choice([8, 12, 15, 19, 24, 28, 33, 38, 44, 51, 57, 64]),
                     num=rng.choice([14, 23, 39, 52, 67, 81, 112, 147, 215]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    slots["question"] = cap(fill(rng.choice(PUZZLES)))
    headed = rng.random() < 0.55
    blocks: list[tuple] = []
    thesis = fill(take(THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    if rng.random() < 0.35:
        first.append(fill(take(SETTING_OPEN)))
    if rng.random() < 0.3:
        first.append(fill(take(SIGNPOST)))
    if rng.random() < 0.3:
        first.append(fill(take(PUZZLE_LEAD)))
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(H_BACK))))
    back = [fill(take(BACKDROP)), card["facts"][0]] + [fill(take(BACKDROP)) for _ in range(rng.randint(2, 3))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
    aside = rng.random()
    if aside < 0.2:
        if headed:
            blocks.append(("heading", fill(take(H_WORDS))))
        blocks.append(para(*[fill(p) for p in [WORDS[0]] + rng.sample(WORDS[1:], rng.randint(2, 3))]))
    elif aside < 0.4:
        if headed:
            blocks.append(("heading", fill(take(H_TRACES))))
        blocks.append(para(*[fill(p) for p in [TRACES[0]] + rng.sample(TRACES[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.72 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.42 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.33 else None
    turn_at = rng.randrange(1, len(strands)) if rng.random() < 0.28 else None
    openers: list[list[str]] = []
    for i, s in enumerate(strands):
        if turn_at == i:
            blocks.append(para(fill(take(TURN), s)))
        if headed:
            blocks.append(("heading", fill(take(H_STRAND), s)))
        body = [fill(take(LEADIN), s), fill(take(CLAIMS), s), fill(take(FIGURES), s)]
        if rng.random() < 0.55:
            body.insert(2, fill(take(CLAIMS), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(EXAMPLES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        openers.append(body[:2])
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(take(TIE), s)))
        else:
            blocks.append(para(*body, fill(take(TIE), s)))
        if quote_at == i:
            blocks.append(para(fill(take(QUOTE_LEAD), s)))
            blocks.append(("quote", fill(take(QUOTED), s)))
            blocks.append(para(fill(take(QUOTE_AFTER), s), fill(take(QUOTE_AFTER2), s)))
        if list_at == i:
            blocks.append(para(fill(take(LIST_LEAD))))
            items = [cap(fill(take(LIST_ITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_MORE, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.2:
        if headed:
            blocks.append(("heading", fill(take(H_ELSE))))
        blocks.append(para(*[fill(take(ELSEWHERE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.36:
        if headed:
            blocks.append(("heading", fill(take(H_IMAGINE))))
        blocks.append(para(*[fill(p) for p in [IMAGINE[0]] + rng.sample(IMAGINE[1:], rng.randint(2, 3))]))
    elif extra < 0.52:
        if headed:
            blocks.append(("heading", fill(take(H_AFTER))))
        blocks.append(para(*[fill(p) for p in [AFTERMATH[0]] + rng.sample(AFTERMATH[1:], rng.randint(2, 3))]))
    if headed:
        blocks.append(("heading", fill(take(H_OBJECT))))
    objection = fill(take(OBJECT))
    doubt = [objection, fill(take(OBJECT_MORE)), fill(take(REPLY), s2), fill(take(REPLY), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(take(OBJECT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(H_END))))
    last = fill(take(ENDING_LAST))
    end = [fill(take(ENDING_FIRST))] + [fill(take(ENDING_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last, openers=openers, headed=headed)


# ------------------------------------------------------------------------------------------------ shared pieces

SITE_LEVELS = {
    "zennor": ["High school", "College", "Undergraduate", "University year 1", "AP History"],
    "fowey": ["AS (Year 12)", "A2 (Year 13)", "Year 13, mock examination", "Year 12, coursework draft"],
    "padstow": ["HST1102 Introduction to Historical Argument", "HST2210 Britain and the World since 1700",
                "HST2315 Crowds, Courts and Protest", "HST3400 Dissertation Preparation"],
    "polperro": ["GCSE", "A level", "Uni (1st year)", "Uni (2nd year)", "Access course"],
}
SITE_GRADES = {
    "zennor": ["A", "A-", "B+", "92/100", "88/100", "Distinction"],
    "fowey": ["36/40 (Level 5)", "33/40 (Level 5)", "30/40 (Level 4)", "27/40 (Level 4)", "38/40 (Level 5)"],
    "padstow": ["First", "High first", "Upper second", "First (prize nominee)"],
    "polperro": ["A*", "A", "B", "got a 2:1", "First!", "not marked yet"],
}
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled in by main(); the widgets that quote other essays read it
SEED = 1919  # set by main(); the pages that carry each site's rarer pieces are drawn from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Does `text` occur in the essay called `title`, and in no other essay of the set?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def objection_of(title: str) -> str:
    """The sentence that opens the essay's objection paragraph (it states the card's rival view)."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def first_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert only_in(fact, title), title
    return fact


def strand_opening(title: str) -> str:
    """The first two sentences of the paragraph on the essay's first strand."""
    text = " ".join(ESSAYS_BY_TITLE[title]["openers"][0])
    assert any(p.startswith(text) for p in paragraphs_of(title)) and only_in(text, title), title
    return text


def closing_line(title: str) -> str:
    """The essay's last sentence."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and only_in(sen, title), title
    return sen


class Page(g2.Page):
    """sites2's Page, with this set's level, grade and subject and the list of every title on the site."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])


def _picked(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"nineteen|{SEED}|{site}|{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def picked(site: str, role: str, count: int, page: Page) -> bool:
    """Is this page one of the `count` pages of the site that carry the piece `role`?"""
    return page.index in _picked(site, role, count)


def turn_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Where the page comes (0, 1, 2 ...) among the pages that carry `role`; None if it carries none."""
    chosen = _picked(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def goes_first(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For a piece that moves: True on the `first` pages where it comes before the essay, False where it follows."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"nineteen|{SEED}|{site}|{role}|before").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Insert a template piece among the essay's pieces at `pos`, stepping back over headings and over paragraphs
    that end in a colon, so that no piece separates a heading from its text or a lead-in from its quotation or list."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """The blocks the page shows as (kind, html). A paragraph ending in a colon is of kind "lead"."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("text", quote_(value)))
        else:
            ordered, items = value
            out.append(("text", listing(ordered, items)))
    return out


def day_month_year(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def sentences_in(blocks) -> int:
    n = 0
    for kind, value in blocks:
        if kind == "heading":
            continue
        if kind == "list":
            n += len(value[1])
        else:
            n += max(1, len(re.findall(r"[.?!](?:\s|$)", value)))
    return n


def syllables(word: str) -> int:
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    groups = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


# ---- 1. zennor: an archive.today snapshot of an essay mill ----------------------------------------------------------

ZN_HOST = "paperbight.com"
ZN_NAME = "Paperbight"
ZN_TYPES = ["Argumentative essay", "Analytical essay", "Expository essay", "Research paper", "Critical essay"]
ZN_PROMPT_LABELS = ["Need a custom paper on {topic}?", "Deadline closing in?", "Want a paper that scores like this one?",
                    "Not sure how to start yours?"]
ZN_PROMPTS = [
    "Our vetted writers can draft an original {topic} paper from your instructions in as little as three hours.",
    "Share your prompt and a subject expert will send you an outline before your next class.",
    "Every order comes with free revisions and an originality report.",
    "Over 2,000 writers with degrees in {topic} are online right now.",
    "Take 15% off your first order with the code BIGHT15.",
    "Upload your draft and an editor will mark it up line by line within a day.",
    "Pay only when you are happy with the first draft.",
]
ZN_BANNERS = [
    "Back-to-school deal: 20% off your first order until Sunday.",
    "New: the Paperbight citation generator now handles Chicago style.",
    "Exam season: our writers are on call around the clock.",
]
ZN_DONATED = ("Donated sample: a student shared this paper with Paperbight. Read it to see how an argument is "
              "built, and do not submit it as your own.")
ZN_FOOT = "\u00a9 2018\u20132022 Paperbight Ltd. Samples are contributed by students and published for research and study."
# archive.today keeps no classes; these are the computed styles it writes into every element
ZN_SANS = "font-family:Inter, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;"
ZN_SERIF = "font-family:Merriweather, Georgia, 'Times New Roman', serif;"
ZN_P = f"{ZN_SERIF}color:rgb(41, 37, 36);font-size:17px;line-height:30px;margin:0px 0px 22px;text-align:left;"
ZN_H2 = f"{ZN_SANS}color:rgb(28, 25, 23);font-size:23px;font-weight:700;line-height:31px;margin:34px 0px 14px;"
ZN_SMALL = f"{ZN_SANS}color:rgb(87, 83, 78);font-size:13px;line-height:20px;margin:0px;"
ZN_BOX = "background-color:rgb(255, 255, 255);border:1px solid rgb(231, 229, 228);border-radius:12px;margin:24px 0px;padding:20px 24px;"


def zn_capture(title: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = int(digest("zennor", "capture", title, n=12), 16)
    return "".join(alphabet[(h >> (6 * k)) % len(alphabet)] for k in range(5))


def zn_path(title: str) -> str:
    return f"/samples/{slug(title)}-{number('zennor', 'sid', title, mod=90000, base=10000)}/"


def zennor(p: Page) -> str:
    rng = p.rng
    site = "zennor"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    cap_id = zn_capture(p.title)
    orig = f"https://{ZN_HOST}{zn_path(p.title)}"

    def ao(path: str) -> str:
        return f"https://archive.ph/o/{cap_id}/https://{ZN_HOST}{path}"

    def img(*parts) -> str:
        return f"https://archive.ph/{cap_id}/{digest('zennor', 'img', *parts, n=40)}.png"

    ts = datetime(2020, 9, 1, 2, 0) + timedelta(days=rng.randint(0, 880), seconds=rng.randint(0, 86000))
    pieces = shown_pieces(
        p, lambda v: f'<h2 style="{ZN_H2}">{esc(v)}</h2>', lambda v, k: f'<p style="{ZN_P}">{esc(v)}</p>',
        lambda v: (f'<blockquote style="border-left:3px solid rgb(214, 211, 209);margin:0px 0px 22px;padding:2px 0px 2px 20px;">'
                   f'<p style="{ZN_P}font-style:italic;margin:0px;">{esc(v)}</p></blockquote>'),
        lambda o, items: (f'<{"ol" if o else "ul"} style="{ZN_SERIF}font-size:17px;line-height:30px;margin:0px 0px 22px;padding-left:28px;">'
                          + "".join(f'<li style="margin:0px 0px 6px;">{esc(i)}</li>' for i in items) + f'</{"ol" if o else "ul"}>'))
    n_essay = len(pieces)
    if picked(site, "prompt", 13, p):
        label = rng.choice(ZN_PROMPT_LABELS).format(topic=p.topic)
        text = pick_note(ZN_PROMPTS, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            '<div style="background-color:rgb(255, 247, 237);border-left:4px solid rgb(234, 88, 12);margin:28px 0px;padding:16px 20px;">'
            f'<p style="{ZN_SANS}color:rgb(124, 45, 18);font-size:16px;font-weight:700;line-height:24px;margin:0px 0px 4px;">{esc(label)}</p>'
            f'<p style="{ZN_SANS}color:rgb(67, 20, 7);font-size:15px;line-height:24px;margin:0px 0px 10px;">{esc(text)}</p>'
            f'<a href="{ao("/order/")}" style="{ZN_SANS}background-color:rgb(234, 88, 12);border-radius:8px;color:rgb(255, 255, 255);display:inline-block;font-size:14px;font-weight:600;padding:8px 14px;text-decoration:none;">Get expert help</a></div>')))
        p.clutter += [label, text, "Get expert help"]
    turn = turn_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            rivals = [cap(p.card["rival"]) + "."] + [cap(ESSAYS_BY_TITLE[t]["card"]["rival"]) + "." for t in rng.sample(p.others, 2)]
            rng.shuffle(rivals)
            question = "Quick check: which view does this sample argue against?"
            opts = "".join(f'<label style="{ZN_SANS}display:block;font-size:15px;line-height:24px;margin:0px 0px 6px;"><input type="radio" name="q1" style="margin:0px 8px 0px 0px;">{esc(r)}</label>' for r in rivals)
            piece = (f'<div style="background-color:rgb(240, 249, 255);border:1px solid rgb(186, 230, 253);border-radius:10px;margin:28px 0px;padding:16px 20px;">'
                     f'<p style="{ZN_SANS}color:rgb(12, 74, 110);font-size:16px;font-weight:700;line-height:24px;margin:0px 0px 8px;">{esc(question)}</p>{opts}'
                     f'<span style="{ZN_SANS}color:rgb(3, 105, 161);font-size:14px;font-weight:600;">Show answer</span></div>')
            p.clutter += [question, "Show answer"] + rivals
        else:
            caption = f"Infographic: {cap(p.card['x'])} at a glance. Source: Paperbight research team."
            piece = (f'<figure style="margin:28px 0px;"><img src="{img(p.title, "infographic")}" alt="" width="680" height="420" style="border-radius:8px;height:auto;max-width:100%;">'
                     f'<figcaption style="{ZN_SMALL}margin:8px 0px 0px;text-align:center;">{esc(caption)}</figcaption></figure>')
            p.clutter.append(caption)
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Keep reading: the remaining {fmt_int(more)} words of this sample are free with a Paperbight account."
        pieces.append(("wall", (
            '<div style="background-image:linear-gradient(rgba(255, 255, 255, 0), rgb(255, 255, 255) 40%);margin:-60px 0px 0px;padding:80px 0px 8px;text-align:center;">'
            f'<p style="{ZN_SANS}color:rgb(28, 25, 23);font-size:17px;font-weight:600;line-height:26px;margin:0px 0px 12px;">{esc(wall)}</p>'
            f'<a href="{ao("/signup/google/")}" style="{ZN_SANS}border:1px solid rgb(214, 211, 209);border-radius:8px;color:rgb(28, 25, 23);display:inline-block;font-size:14px;margin:0px 6px;padding:9px 16px;text-decoration:none;">Continue with Google</a>'
            f'<a href="{ao("/signup/")}" style="{ZN_SANS}background-color:rgb(28, 25, 23);border-radius:8px;color:rgb(255, 255, 255);display:inline-block;font-size:14px;margin:0px 6px;padding:9px 16px;text-decoration:none;">Continue with email</a></div>')))
        p.clutter += [wall, "Continue with Google", "Continue with email"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<h2 style="{ZN_H2}">Works Cited</h2>'))
        pieces.append(("refs", "".join(f'<p style="{ZN_P}margin:0px 0px 12px;padding-left:36px;text-indent:-36px;">{mk}</p>' for _, mk in p.refs)))
    box = (f'<div style="{ZN_BOX}padding:32px 40px;">'
           f'<p style="{ZN_SANS}color:rgb(120, 113, 108);font-size:12px;font-weight:600;letter-spacing:1.2px;margin:0px 0px 18px;text-align:center;text-transform:uppercase;">Essay sample</p>'
           f'<p style="{ZN_SERIF}color:rgb(28, 25, 23);font-size:20px;font-weight:700;line-height:30px;margin:0px 0px 26px;text-align:center;">{esc(p.title)}</p>\n'
           + "\n".join(h for _, h in pieces) + "\n</div>")
    p.clutter.append("Essay sample")
    # the facts table, with the counts
    added = ts.date() - timedelta(days=rng.randint(30, 900))
    facts = [("Subject", p.category), ("Type", rng.choice(ZN_TYPES)), ("Level", p.level), ("Grade", p.grade),
             ("Length in words", fmt_int(p.words)), ("Length in pages", str(p.pages)),
             ("Added", f"{added.strftime('%b')} {added.day}, {added.year}")]
    facts_html = (f'<table style="{ZN_SANS}border-collapse:collapse;font-size:14px;margin:16px 0px;width:100%;"><tbody>' + "".join(
        f'<tr style="border-bottom:1px solid rgb(245, 245, 244);"><td style="color:rgb(120, 113, 108);padding:6px 12px 6px 0px;width:180px;">{esc(k)}</td> '
        f'<td style="color:rgb(28, 25, 23);font-weight:500;padding:6px 0px;">{esc(v)}</td></tr>' for k, v in facts) + "</tbody></table>")
    p.clutter += [f"{k} {v}" for k, v in facts[1:]]
    opened, sourced = rng.randint(300, 26000), rng.randint(3, 90)
    counters = [f"Sample views to date: {fmt_int(opened)}", f"{sourced} students used this sample as a source this week"]
    p.clutter += counters
    # the text-to-speech bar
    secs = round(p.words / 150 * 60)
    duration = f"{secs // 60} min {secs % 60:02d} s"
    voice = rng.choice(["British English, female voice", "American English, male voice", "British English, male voice"])
    tts = (f'<div style="{ZN_BOX}align-items:center;display:flex;padding:12px 16px;">'
           f'<span style="{ZN_SANS}background-color:rgb(28, 25, 23);border-radius:999px;color:rgb(255, 255, 255);font-size:13px;padding:6px 12px;">\u25b6 Play</span>'
           f'<span style="{ZN_SANS}color:rgb(28, 25, 23);font-size:14px;font-weight:600;margin:0px 0px 0px 12px;">Listen to this sample</span>'
           f'<span style="{ZN_SMALL}margin:0px 0px 0px 12px;">{esc(duration)} \u00b7 {esc(voice)} \u00b7 Speed 1\u00d7</span>'
           f'<span style="{ZN_SMALL}margin:0px 0px 0px auto;">Read aloud by VoxReader</span></div>')
    p.clutter += ["Listen to this sample", f"{duration} \u00b7 {voice} \u00b7 Speed 1\u00d7", "Read aloud by VoxReader"]
    # the text statistics box moves: above the essay on half the pages, below it on the others
    n_sent = sentences_in(p.blocks)
    all_words = [w for b in p.blocks for w in block_text(b).split()]
    syl = sum(syllables(w) for w in all_words)
    avg = p.words / n_sent
    flesch = 206.835 - 1.015 * avg - 84.6 * syl / max(1, len(all_words))
    band = ("Plain English" if flesch >= 60 else "Fairly difficult" if flesch >= 50 else
            "Difficult (college level)" if flesch >= 30 else "Very difficult (graduate level)")
    stats = [("Sentences", str(n_sent)), ("Average sentence length", f"{avg:.1f} words"),
             ("Flesch reading ease", f"{flesch:.1f}"), ("Reading level", band)]
    stats_html = (f'<div style="{ZN_BOX}"><p style="{ZN_SANS}color:rgb(28, 25, 23);font-size:15px;font-weight:700;margin:0px 0px 8px;">Text statistics</p>'
                  + "".join(f'<p style="{ZN_SMALL}font-size:14px;line-height:24px;">{esc(k)}: <b style="color:rgb(28, 25, 23);">{esc(v)}</b></p>' for k, v in stats) + "</div>")
    p.clutter += ["Text statistics"] + [f"{k}: {v}" for k, v in stats]
    donated = ""
    if picked(site, "donated", 6, p):
        donated = f'<p style="{ZN_SMALL}background-color:rgb(250, 250, 249);border-radius:8px;font-size:14px;margin:12px 0px;padding:10px 14px;">{esc(ZN_DONATED)}</p>\n'
        p.clutter.append(ZN_DONATED)
    if goes_first(site, "stats", p):
        middle = f"{stats_html}\n{box}"
    else:
        middle = f"{box}\n{stats_html}"
    # the citation box
    apa = f"{ZN_NAME}. ({added.year}, {added.strftime('%B')} {added.day}). {p.title}. {orig}"
    mla = f"\u201c{p.title}.\u201d {ZN_NAME}, {added.day} {added.strftime('%b')} {added.year}, {ZN_HOST}{zn_path(p.title)}"
    harvard = f"{ZN_NAME} ({added.year}) {p.title}. Available at: {orig} (Accessed: {day_month_year(ts.date())})."
    cite_html = (f'<div style="{ZN_BOX}"><p style="{ZN_SANS}color:rgb(28, 25, 23);font-size:17px;font-weight:700;margin:0px 0px 10px;">Citation for this sample</p>'
                 + "".join(f'<p style="{ZN_SMALL}font-size:12px;font-weight:700;margin:10px 0px 2px;">{s}</p><p style="{ZN_SMALL}font-size:14px;">{esc(c)}</p>'
                           for s, c in (("APA", apa), ("MLA", mla), ("Harvard", harvard)))
                 + f'<span style="{ZN_SANS}color:rgb(234, 88, 12);font-size:13px;font-weight:600;">Copy to clipboard</span></div>')
    p.clutter += ["Citation for this sample", apa, mla, harvard, "Copy to clipboard"]
    # related samples, each with the sentence that opens that essay's objection
    related = ""
    for t in rng.sample(p.others, 3):
        sen = objection_of(t)
        e = ESSAYS_BY_TITLE[t]
        size = f"{fmt_int(e['words'])} words \u00b7 {plural(max(1, -(-e['words'] // 275)), 'page')}"
        related += (f'<a href="{ao(zn_path(t))}" style="{ZN_BOX}color:inherit;display:block;margin:0px 0px 12px;text-decoration:none;">'
                    f'<span style="{ZN_SANS}color:rgb(28, 25, 23);display:block;font-size:16px;font-weight:700;">{esc(t)}</span>'
                    f'<span style="{ZN_SMALL}display:block;margin:2px 0px 6px;">{esc(size)}</span>'
                    f'<span style="{ZN_SERIF}color:rgb(68, 64, 60);display:block;font-size:14px;line-height:22px;">\u2026{esc(sen)} \u2026</span></a>')
        p.clutter += [t, sen, size]
    subjects = sorted({cap(ESSAYS_BY_TITLE[t]["tags"][0]) for t in p.site_titles})
    recent = rng.sample(p.others, 4)
    p.clutter += recent + ["Related samples", "Popular topics", "Recently added"]
    banner = ""
    turn = turn_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div style="{ZN_SANS}background-color:rgb(28, 25, 23);color:rgb(255, 255, 255);font-size:14px;padding:10px 16px;text-align:center;">{esc(ZN_BANNERS[turn])}</div>\n'
        p.clutter.append(ZN_BANNERS[turn])
    seo = f"{cap(p.card['x'])}: Essay Example"
    foot_links = " \u00b7 ".join(f'<a href="{ao(h)}" style="color:rgb(214, 211, 209);text-decoration:none;">{t}</a>' for t, h in (
        ("About us", "/about/"), ("Honesty policy", "/honesty/"), ("Privacy", "/privacy/"), ("Terms", "/terms/"), ("Contact", "/contact/")))
    p.clutter += [seo, "Essay samples", "Writing guides", "Editing service", "Sign up free", ZN_FOOT,
                  "Honesty policy", "Paperbight is not affiliated with any school or university."]
    # the archive's own header
    stamp = ts.strftime("%d %b %Y %H:%M:%S")
    prior = ts - timedelta(days=rng.randint(20, 300))
    p.clutter += ["webpage capture", "Saved from", f"archived {stamp} UTC", f"All snapshots from host {ZN_HOST}",
                  "report bug or abuse", "Buy me a coffee", f"history \u2190 prior {prior.strftime('%d %b %Y')}"]
    crumbs = (f'<a href="{ao("/")}" style="color:rgb(120, 113, 108);text-decoration:none;">Home</a> \u203a '
              f'<a href="{ao("/samples/")}" style="color:rgb(120, 113, 108);text-decoration:none;">Essay samples</a> \u203a '
              f'<a href="{ao("/samples/" + slug(p.topic) + "/")}" style="color:rgb(120, 113, 108);text-decoration:none;">{esc(p.category)}</a> \u203a '
              f'<span style="color:rgb(28, 25, 23);">{esc(cap(p.card["x"]))}</span>')
    nav = "".join(f'<a href="{ao(h)}" style="{ZN_SANS}color:rgb(68, 64, 60);font-size:15px;font-weight:500;margin:0px 0px 0px 22px;text-decoration:none;">{esc(t)}</a>'
                  for t, h in (("Essay samples", "/samples/"), ("Writing guides", "/guides/"), ("Editing service", "/editing/"), ("Log in", "/login/")))
    return f"""<!DOCTYPE html><html style="background-color:rgb(250, 250, 249);" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" itemtype="http://schema.org/Article"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="viewport" content="width=1024">
<meta property="og:type" content="article"><meta property="og:url" content="https://archive.ph/{cap_id}"><meta property="og:site_name" content="archive.ph"><meta itemprop="url" content="https://archive.ph/{cap_id}"><meta property="og:title" content="{html.escape(seo)} | {ZN_NAME}"><meta itemprop="name" content="{html.escape(seo)} | {ZN_NAME}"><meta property="article:modified_time" content="{ts.strftime('%Y-%m-%dT%H:%M:%SZ')}"><meta property="article:published_time" content="{ts.strftime('%Y-%m-%dT%H:%M:%SZ')}"><meta itemprop="dateModified" content="{ts.strftime('%Y-%m-%dT%H:%M:%SZ')}">
<title>{esc(seo)} | {ZN_NAME}</title>
<link rel="canonical" href="https://archive.ph/{cap_id}"><link rel="icon" href="https://archive.ph/{cap_id}/{digest(site, 'icon', n=40)}.ico">
<style type="text/css">body{{margin:0;padding:0}}#HEADER input{{font-size:11px}}#HEADER td{{font-family:Arial,sans-serif;font-size:10px}}#HEADER a{{color:#1155cc}}</style></head>
<body><center><div id="HEADER" style="background-color:#eeeeee;border-bottom:1px solid #cccccc;min-width:1028px;padding:4px 0;"><table style="width:1028px;" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td rowspan="2" style="text-align:center;vertical-align:top;width:110px;"><a href="https://archive.ph/" style="text-decoration:none;"><img src="https://archive.ph/logo.png" alt="archive.today" width="82" height="30" style="border:0;"><br>webpage capture</a></td>
<td style="font-weight:bold;padding:0 6px;text-align:right;width:70px;">Saved from</td><td style="padding:0 6px;"><form method="get" action="https://archive.ph/search/" style="margin:0;"><input type="text" name="q" value="{html.escape(orig)}" style="width:560px;"> <input type="submit" value="search"></form></td>
<td style="padding:0 6px;text-align:right;">history <a href="https://archive.ph/{zn_capture(p.title + '/prior')}">\u2190 prior {prior.strftime('%d %b %Y')}</a> <span style="color:#999999;">next \u2192</span></td></tr>
<tr><td style="padding:0 6px;text-align:right;">&nbsp;</td><td style="padding:0 6px;">archived {stamp} UTC</td><td style="padding:0 6px;text-align:right;"><a href="https://archive.ph/{ZN_HOST}">All snapshots</a> from host <a href="https://archive.ph/{ZN_HOST}">{ZN_HOST}</a></td></tr>
<tr><td colspan="2">&nbsp;</td><td style="padding:4px 6px 0;"><a href="https://archive.ph/{cap_id}" style="font-weight:bold;">Webpage</a> &nbsp; <a href="https://archive.ph/{cap_id}/image">Screenshot</a></td><td style="padding:4px 6px 0;text-align:right;"><a href="https://archive.ph/{cap_id}#share">share</a> &nbsp; <a href="https://archive.ph/{cap_id}#report">report bug or abuse</a> &nbsp; <a href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></td></tr>
</tbody></table></div></center>
<div id="SOLID" style="position:relative;"><div style="margin:0 auto;min-width:1024px;position:relative;width:1024px;"><div id="CONTENT" style="background-color:rgb(250, 250, 249);color:rgb(28, 25, 23);{ZN_SANS}font-size:16px;line-height:24px;text-align:left;">
{banner}<div style="background-color:rgb(255, 255, 255);border-bottom:1px solid rgb(231, 229, 228);"><div style="align-items:center;display:flex;margin:0px auto;max-width:1024px;padding:14px 24px;"><a href="{ao("/")}" style="text-decoration:none;"><img src="{img('logo')}" alt="{ZN_NAME}" width="132" height="28" style="display:block;"></a><div style="margin:0px 0px 0px auto;">{nav}<a href="{ao('/signup/')}" style="{ZN_SANS}background-color:rgb(234, 88, 12);border-radius:8px;color:rgb(255, 255, 255);font-size:14px;font-weight:600;margin:0px 0px 0px 22px;padding:8px 14px;text-decoration:none;">Sign up free</a></div></div></div>
<div style="display:flex;margin:0px auto;max-width:1024px;padding:28px 24px;"><div style="flex:1 1 0%;min-width:0px;padding:0px 32px 0px 0px;">
<div style="{ZN_SANS}color:rgb(120, 113, 108);font-size:13px;">{crumbs}</div>
<h1 style="{ZN_SANS}color:rgb(28, 25, 23);font-size:32px;font-weight:800;letter-spacing:-0.5px;line-height:40px;margin:14px 0px 8px;">{esc(seo)}</h1>
<div style="{ZN_SMALL}">{esc(counters[0])} \u00b7 {esc(counters[1])}</div>
{facts_html}
{donated}{tts}
{middle}
{cite_html}
</div>
<div style="flex:0 0 300px;">
<div style="{ZN_BOX}margin-top:0px;"><p style="{ZN_SANS}font-size:17px;font-weight:700;margin:0px 0px 12px;">Related samples</p>{related}</div>
<div style="{ZN_BOX}"><p style="{ZN_SANS}font-size:17px;font-weight:700;margin:0px 0px 10px;">Popular topics</p><p style="margin:0px;">{" ".join(f'<a href="{ao("/samples/" + slug(s) + "/")}" style="{ZN_SANS}background-color:rgb(245, 245, 244);border-radius:999px;color:rgb(68, 64, 60);display:inline-block;font-size:13px;margin:0px 6px 6px 0px;padding:3px 10px;text-decoration:none;">{esc(s)}</a>' for s in subjects)}</p></div>
<div style="{ZN_BOX}"><p style="{ZN_SANS}font-size:17px;font-weight:700;margin:0px 0px 10px;">Recently added</p><ul style="list-style:none;margin:0px;padding:0px;">{"".join(f'<li style="margin:0px 0px 8px;"><a href="{ao(zn_path(t))}" style="{ZN_SANS}color:rgb(28, 25, 23);font-size:14px;text-decoration:none;">{esc(t)}</a></li>' for t in recent)}</ul></div>
</div></div>
<div style="background-color:rgb(28, 25, 23);color:rgb(214, 211, 209);"><div style="margin:0px auto;max-width:1024px;padding:28px 24px;"><p style="{ZN_SANS}font-size:13px;margin:0px 0px 6px;">{esc(ZN_FOOT)}</p><p style="{ZN_SANS}font-size:13px;margin:0px 0px 6px;">Paperbight is not affiliated with any school or university.</p><p style="{ZN_SANS}font-size:13px;margin:0px;">{foot_links}</p></div></div>
</div></div></div>
</body></html>
"""


# ---- 2. fowey: a sixth-form history department's FrontPage 2003 site of model answers -------------------------------

FW_HOST = "www.carnebeacon.cornwall.sch.uk"
FW_SCHOOL = "Carne Beacon School"
FW_DEPT = "Carne Beacon History Department"
FW_FONT = "Verdana, Arial, Helvetica"
FW_UNITS = ["Unit 1: Historical Investigation", "Unit 2: Change and Continuity", "Unit 3: Protest, Crime and Authority",
            "Unit 4: Themes in Modern History"]
FW_QUESTIONS = ["\u201c{Rival}.\u201d How far do you agree?", "How far do you accept the view that {rival}?",
                "\u201c{Rival}.\u201d Assess the validity of this view."]
FW_TAGS = ["AO1a \u2013 recall of precise evidence", "AO1b \u2013 explanation of key concepts", "AO2 \u2013 analysis and judgement",
           "AO1b \u2013 links between factors", "AO2 \u2013 evaluation of a counter-argument", "AO1a \u2013 accurate chronology"]
FW_NOTE_LABELS = ["Examiner's comment:", "Teacher's note:", "Marker's remark:", "Moderator's note:"]
FW_NOTES = [
    "this paragraph moves from narrative into analysis, which is what lifts it into Level 5",
    "precise dates and figures are used to support the argument rather than to decorate it",
    "a good example of linking a factor back to the question",
    "this section could be shorter, but the judgement at the end is clear",
    "notice how the candidate signals the counter-argument before dealing with it",
    "the candidate avoids simply describing {topic} and keeps explaining",
    "a sustained line of argument is visible here",
]
FW_LOOK_FOR = ["How the opening paragraph sets out a clear line of argument",
               "The use of precise evidence to support each point",
               "The way the answer deals with the view given in the question"]
FW_SUMMARIES = [
    "A well-focused answer that keeps returning to the question and reaches a supported judgement.",
    "Strong use of evidence throughout; the counter-argument is handled with real confidence.",
    "The structure is clear and every paragraph earns its place, though the conclusion could be bolder.",
    "A mature, analytical response that weighs factors against each other rather than listing them.",
    "Some paragraphs drift towards narrative, but the overall line of argument is convincing.",
    "Precise knowledge is used well and the judgement is consistent from start to finish.",
]
FW_MARQUEES = [
    "Year 13 mock examinations begin on Monday 9 January. Revision sessions run every lunchtime in room H4.",
    "Coursework drafts are due with Mr Hendra by Friday 18 March. Late drafts cannot be marked before Easter.",
    "The department visit to the National Archives at Kew leaves from the bus bay at half past seven on Wednesday.",
]
FW_TIMED = "This answer was written in timed conditions and is reproduced exactly as the candidate wrote it."
FW_SCHEME = [("Level 5 (33\u201340 marks)", "Sustained analysis leading to a well-supported judgement about the question."),
             ("Level 4 (25\u201332 marks)", "Analysis of several factors with some judgement, though not always sustained."),
             ("Level 3 (17\u201324 marks)", "Some analysis, mixed with passages of description.")]


def fw_file(n: int) -> str:
    return f"model{n:02d}.htm"


def fw_open(color: str = "#000066") -> str:
    return f'<font color="{color}"><!--mstheme--><font face="{FW_FONT}">'


FW_CLOSE = "<!--mstheme--></font></font>"


def fowey(p: Page) -> str:
    rng = p.rng
    site = "fowey"
    n = p.index
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    tagged: dict[int, str] = {}
    if picked(site, "ao", 8, p):
        candidates = [k for k, (kind, v) in enumerate(p.visible()) if kind == "paragraph" and not v.rstrip().endswith(":")]
        for k in rng.sample(candidates, min(len(candidates), rng.randint(2, 3))):
            tagged[k] = rng.choice(FW_TAGS)
            p.clutter.append(f"[{tagged[k]}]")

    def para(v: str, k: int) -> str:
        tag = f' <font color="#CC0000" size="1"><b>[{esc(tagged[k])}]</b></font>' if k in tagged else ""
        return f"<p>{esc(v)}{tag}</p>"

    pieces = shown_pieces(
        p, lambda v: f"<h3>{fw_open('#003399')}{esc(v)}{FW_CLOSE}</h3>", para,
        lambda v: f"<blockquote><p><i>{esc(v)}</i></p></blockquote>",
        lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if picked(site, "examiner", 13, p):
        label = rng.choice(FW_NOTE_LABELS)
        text = pick_note(FW_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            '<table border="0" cellpadding="6" cellspacing="0" width="85%" align="center" bgcolor="#FFFFCC"><tr><td>'
            f'<font size="2"><b>{esc(label)}</b> <i>{esc(text)}</i></font></td></tr></table>')))
        p.clutter.append(f"{label} {text}")
    turn = turn_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = "The first side of the candidate's original script (click to enlarge)"
            piece = (f'<p align="center"><a href="images/script{n:02d}_1.jpg"><img border="0" src="images/script{n:02d}_1_small.jpg" '
                     f'width="420" height="300" alt="Script, side 1"></a><br><font size="1">{esc(caption)}</font></p>')
            p.clutter.append(caption)
        else:
            rows = "".join(f'<tr><td width="30%"><font size="2"><b>{esc(a)}</b></font></td><td><font size="2">{esc(b)}</font></td></tr>' for a, b in FW_SCHEME)
            piece = (f'<table border="1" cellpadding="4" cellspacing="0" width="85%" align="center" bordercolor="#999999">'
                     f'<tr><td colspan="2" bgcolor="#DDE6F5"><font size="2"><b>Mark scheme extract</b></font></td></tr>{rows}</table>')
            p.clutter += ["Mark scheme extract"] + [f"{a} {b}" for a, b in FW_SCHEME]
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"The rest of this answer is on the school network only. Students can read the remaining "
                f"{fmt_int(more)} words in the history area of the intranet.")
        pieces.append(("wall", f'<p><font color="#990000"><b>{esc(wall)}</b></font></p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", f"<h3>{fw_open('#003399')}Works Cited{FW_CLOSE}</h3>"))
        pieces.append(("refs", "".join(f'<p style="margin-left: 36px; text-indent: -36px">{mk}</p>' for _, mk in p.refs)))
    essay_html = "\n".join(h for _, h in pieces)
    # the question table, with the counts
    unit = FW_UNITS[number(site, "unit", p.topic, mod=len(FW_UNITS))]
    question = rng.choice(FW_QUESTIONS).format(Rival=cap(card["rival"]), rival=card["rival"])
    candidate = rng.randint(1000, 9899)
    rows = [("Paper:", unit), ("Question:", question), ("Written by:", f"Candidate {candidate}, {p.level}"),
            ("Mark:", p.grade), ("Words written:", f"{fmt_int(p.words)} (about {plural(p.pages, 'side')} of lined paper)")]
    qtable = ('<table border="1" cellpadding="4" cellspacing="0" width="90%" bordercolor="#C0C0C0" bgcolor="#F0F8FF">'
              + "".join(f'<tr><td width="22%" valign="top"><font size="2"><b>{esc(k)}</b></font></td> <td><font size="2">{esc(v)}</font></td></tr>' for k, v in rows)
              + "</table>")
    p.clutter += [f"{k} {v}" for k, v in rows]
    look = ('<table border="0" cellpadding="6" cellspacing="0" width="90%" bgcolor="#EEF3E2"><tr><td><font size="2"><b>What to look for in this answer</b>'
            + "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in FW_LOOK_FOR) + "</ul></font></td></tr></table>")
    p.clutter += ["What to look for in this answer"] + FW_LOOK_FOR
    timed = ""
    if picked(site, "timed", 6, p):
        timed = f'<p><i><font size="2" color="#666666">{esc(FW_TIMED)}</font></i></p>\n'
        p.clutter.append(FW_TIMED)
    if goes_first(site, "lookfor", p):
        body = f"{qtable}\n{timed}<p>&nbsp;</p>\n{look}\n<p>&nbsp;</p>\n{essay_html}"
    else:
        body = f"{qtable}\n{timed}<p>&nbsp;</p>\n{essay_html}\n<p>&nbsp;</p>\n{look}"
    summary_text = rng.choice(FW_SUMMARIES)
    summary = ('<table border="1" cellpadding="6" cellspacing="0" width="90%" bordercolor="#003399"><tr><td bgcolor="#003399">'
               '<font color="#FFFFFF" size="2"><b>Examiner\'s summary</b></font></td></tr><tr><td><font size="2">'
               f"<b>Overall mark: {esc(p.grade)}.</b> {esc(summary_text)}</font></td></tr></table>")
    p.clutter += ["Examiner's summary", f"Overall mark: {p.grade}.", summary_text]
    # other answers in the unit, each with the first fact its candidate used
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    compare = ""
    for t in rng.sample(p.others, 3):
        fact = first_fact(t)
        lvl = f"Level {number(site, 'lvl', t, mod=2, base=4)}"
        compare += (f'<li><a href="{fw_file(order[t])}">Model answer {order[t]}: {esc(t)}</a> ({lvl}) \u2013 '
                    f"key evidence: \u201c{esc(fact)}\u201d</li>")
        p.clutter += [f"Model answer {order[t]}: {t}", fact]
    p.clutter += ["Compare with other answers in this unit"]
    marquee = ""
    turn = turn_of(site, "marquee", 3, p)
    if turn is not None:
        marquee = (f'<p><marquee bgcolor="#FFFFCC" scrollamount="3" width="100%"><font color="#990000" size="2"><b>'
                   f"{esc(FW_MARQUEES[turn])}</b></font></marquee></p>\n")
        p.clutter.append(FW_MARQUEES[turn])
    revised = date(2003, 9, 1) + timedelta(days=rng.randint(0, 900))
    left = "".join(f'<font size="2"><a href="{fw_file(k)}">Model answer {k}</a></font><br>' if k != n else f'<font size="2"><b>Model answer {k}</b></font><br>'
                   for k in range(1, PAGES_PER_SITE + 1))
    p.clutter += [f"Model answer {k}" for k in range(1, PAGES_PER_SITE + 1)]
    p.clutter += [FW_DEPT, "All model answers", "Revision notes", "Past papers", "Useful links", "Search for:",
                  "Send mail to history@carnebeacon.cornwall.sch.uk with questions or comments about this web site.",
                  f"Copyright \u00a9 2002\u2013{revised.year} {FW_SCHOOL}. All rights reserved.",
                  f"Last revised: {revised.strftime('%d/%m/%y')}", "Hits on this page since September 2002:",
                  "[ Back ] [ Home ] [ Up ] [ Next ]", "Back to Top"]
    prev_f = fw_file(n - 1) if n > 1 else "index.htm"
    next_f = fw_file(n + 1) if n < PAGES_PER_SITE else "index.htm"
    navbar = " ".join(f'<nobr>[&nbsp;<a href="{h}">{t}</a>&nbsp;]</nobr>' for t, h in (("Back", prev_f), ("Home", "../../../index.htm"), ("Up", "index.htm"), ("Next", next_f)))
    check = number(site, "checksum", n, mod=60000, base=1000)
    return f"""<html>

<head>
<meta http-equiv="Content-Language" content="en-gb">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Model answer {n}</title>
<meta name="Microsoft Theme" content="blueprnt 011, default">
<meta name="Microsoft Border" content="tlb, default">
</head>

<body background="../../../_themes/blueprnt/blubkgnd.gif" bgcolor="#FFFFFF" text="#000066" link="#3333CC" vlink="#666699" alink="#990000"><!--mstheme--><font face="{FW_FONT}"><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>
<a name="top"></a>
<p align="center"><font size="6"><strong><!--webbot bot="Navigation" S-Type="banner" S-Orientation="horizontal" S-Rendering="graphics" S-Style B-Include-Home B-Include-Up U-Page S-Target startspan --><img src="../../../_derived/{fw_file(n)}_cmp_blueprnt010_bnr.gif" width="600" height="60" border="0" alt="Model answer {n}"><!--webbot bot="Navigation" i-checksum="{check}" endspan --></strong></font><br>
<!--webbot bot="Navigation" S-Type="arrows" S-Orientation="horizontal" S-Rendering="text" S-Style B-Include-Home B-Include-Up U-Page S-Target startspan -->{navbar}<!--webbot bot="Navigation" i-checksum="{check + 17}" endspan --></p>
{marquee}
</td></tr><!--msnavigation--></table><!--msnavigation--><table dir="ltr" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" width="1%">
<p><font size="2"><b>{esc(FW_DEPT)}</b></font></p>
<p><!--webbot bot="Navigation" S-Type="siblings" S-Orientation="vertical" S-Rendering="text" S-Style B-Include-Home B-Include-Up U-Page S-Target startspan --><font size="2"><a href="index.htm">All model answers</a></font><br>{left}<font size="2"><a href="../revision.htm">Revision notes</a></font><br><font size="2"><a href="../papers.htm">Past papers</a></font><br><font size="2"><a href="../../../links.htm">Useful links</a></font><!--webbot bot="Navigation" i-checksum="{check + 31}" endspan --></p>
<!--webbot bot="Search" S-Index="All" S-Fields S-Text="Search for:" I-Size="14" S-Submit="Start Search" S-Clear="Reset" S-TimestampFormat="%d/%m/%Y" TAG="BODY" startspan --><form action="../../../_vti_bin/shtml.dll/history/a2/{fw_file(n)}" method="POST"><input type="hidden" name="VTI-GROUP" value="0"><p><font size="2">Search for: </font><input type="text" name="S1" size="14"></p><p><input type="submit" value="Start Search"><input type="reset" value="Reset"></p></form><!--webbot bot="Search" i-checksum="{check + 5}" endspan -->

</td><td valign="top" width="24"></td><!--msnavigation--><td valign="top">
<h2 align="center">{fw_open('#003399')}{esc(p.title)}{FW_CLOSE}</h2>
{body}
<p>&nbsp;</p>
{summary}
<p>&nbsp;</p>
<p><b>Compare with other answers in this unit</b></p>
<ul>{compare}</ul>
<p align="right"><font size="1"><a href="#top">Back to Top</a></font></p>
<!--msnavigation--></td></tr><!--msnavigation--></table><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>
<hr>
<p><font size="1">Send mail to <a href="mailto:history@carnebeacon.cornwall.sch.uk">history@carnebeacon.cornwall.sch.uk</a> with questions or comments about this web site.<br>
Copyright &copy; 2002&#8211;{revised.year} {esc(FW_SCHOOL)}. All rights reserved.<br>
Last revised: <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%y" startspan -->{revised.strftime('%d/%m/%y')}<!--webbot bot="Timestamp" i-checksum="{check + 44}" endspan --><br>
Hits on this page since September 2002: <!--webbot bot="HitCounter" u-custom i-image="2" I-ResetValue="0" I-Digits="5" startspan --><img src="../../../_vti_bin/fpcount.exe/history/a2/?Page={fw_file(n)}|Image=2|Digits=5" alt="Hit Counter"><!--webbot bot="HitCounter" i-checksum="{check + 58}" endspan --></font></p>
</td></tr><!--msnavigation--></table><!--mstheme--></font></body>

</html>
"""


# ---- 3. padstow: Open Journal Systems 3.3 with a JATS full-text plugin, an undergraduate history journal -------------

PD_ROOT = "https://journals.trebetherick.ac.uk"
PD_PATH = "/index.php/estuary"
PD_NAME = "Estuary: Undergraduate Essays in History"
PD_SHORT = "Estuary"
PD_PUBLISHER = "Trebetherick College Library"
PD_FIRST = ["Tamsin", "Kerenza", "Jory", "Morwenna", "Denzel", "Lowenna", "Perran", "Elowen", "Jago", "Demelza", "Piran",
            "Tegen", "Cador", "Wenna", "Austell", "Ebrel"]
PD_LAST = ["Trevena", "Pollard", "Nankivell", "Rowe", "Bennetts", "Tregear", "Hocking", "Pender", "Uren", "Sandry",
           "Carlyon", "Pomeroy", "Vivian", "Eddy", "Tangye", "Bray"]
PD_BOX_LABELS = ["Editor's note", "A note on sources", "For first-year readers", "Further context"]
PD_BOXES = [
    "Readers new to {topic} may find it useful to compare this section with the sources discussed in the issue's opening essay.",
    "The figures quoted here come from the author's own reading of published studies and have not been checked against archives.",
    "This passage was shortened at the editors' request; a longer version is held by the college library.",
    "Several essays in this issue return to the same problem from different directions.",
    "A glossary of the terms used in this essay is available from the journal's teaching page.",
    "The editors thank the peer reviewer whose comments prompted this section.",
    "Students writing on {topic} for coursework should cite the published version of this essay.",
]
PD_SUBTITLES = ["Winner of the {year} Undergraduate Essay Prize", "Shortlisted for the {year} Undergraduate Essay Prize",
                "A revised second-year coursework essay", "Runner-up in the {year} Dissertation Prize",
                "An essay from the {year} Crowds and Courts seminar", "Commended by the {year} prize judges"]
PD_ANNOUNCEMENTS = [
    "Call for papers: submissions for the spring issue close on 28 February.",
    "The journal will not accept new submissions during the summer vacation.",
    "Estuary is now indexed in the college's open research repository.",
]
PD_STYLES = ["ACM", "ACS", "APA", "ABNT", "Chicago", "Harvard", "IEEE", "MLA", "Turabian", "Vancouver"]


def pd_meta(title: str) -> dict:
    """The per-article facts the journal keeps, the same on every page that mentions the article."""
    h = number("padstow", "meta", title, mod=10**9)
    year = 2016 + h % 8
    issue = 1 + (h // 8) % 2
    first = PD_FIRST[(h // 16) % len(PD_FIRST)]
    last = PD_LAST[(h // 256) % len(PD_LAST)]
    art = 100 + (h // 4096) % 900
    return dict(year=year, vol=year - 2015, issue=issue, season="Spring" if issue == 1 else "Autumn",
                author=f"{first} {last}", surname=last, initial=first[0], article=art, galley=art + 377,
                start=1 + (h // 7) % 90)


def pd_issue(m: dict) -> str:
    return f"Vol. {m['vol']} No. {m['issue']} ({m['year']}): {m['season']} Issue"


def pd_href(title: str) -> str:
    return f"{PD_ROOT}{PD_PATH}/article/view/{pd_meta(title)['article']}"


def padstow(p: Page) -> str:
    rng = p.rng
    site = "padstow"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    m = pd_meta(p.title)
    pieces = shown_pieces(
        p, lambda v: f'<h2 class="article-section-title jatsParser__sectionTitle">{esc(v)}</h2>',
        lambda v, k: f'<p class="jatsParser__p">{esc(v)}</p>',
        lambda v: f'<blockquote class="jatsParser__disp-quote"><p class="jatsParser__p">{esc(v)}</p></blockquote>',
        lambda o, items: (f'<{"ol" if o else "ul"} class="jatsParser__list list-{"order" if o else "bullet"}">'
                          + "".join(f'<li><p class="jatsParser__p">{esc(i)}</p></li>' for i in items) + f'</{"ol" if o else "ul"}>'))
    n_essay = len(pieces)
    if picked(site, "boxed", 13, p):
        label = rng.choice(PD_BOX_LABELS)
        text = pick_note(PD_BOXES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            f'<div class="jatsParser__boxed-text"><p class="jatsParser__p jatsParser__box-title"><strong>{esc(label)}</strong></p>'
            f'<p class="jatsParser__p">{esc(text)}</p></div>')))
        p.clutter += [label, text]
    turn = turn_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Figure 1. {cap(card['setting'])}, as it appears in a nineteenth-century engraving. Source: author's collection."
            piece = (f'<figure class="jatsParser__fig" id="fig1"><img src="{PD_ROOT}/public/journals/3/article_{m["article"]}_fig_{number(site, "img", p.title, mod=9000, base=1000)}" alt="Figure 1">'
                     f'<figcaption class="jatsParser__caption"><p class="jatsParser__p">{esc(caption)}</p></figcaption></figure>')
            p.clutter.append(caption)
        else:
            a, _, b = card["period"].partition(" to ")
            rows = [(a, "Start of the period discussed"), (b or a, "End of the period discussed")]
            piece = ('<div class="jatsParser__table-wrap" id="table1"><p class="jatsParser__p jatsParser__table-caption">Table 1. Chronology used in this essay</p>'
                     '<table class="jatsParser__table"><thead><tr><th>Year</th><th>Event</th></tr></thead><tbody>'
                     + "".join(f"<tr><td>{esc(y)}</td><td>{esc(e)}</td></tr>" for y, e in rows) + "</tbody></table></div>")
            p.clutter += ["Table 1. Chronology used in this essay", "Start of the period discussed", "End of the period discussed"]
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        free = date(m["year"] + 1, 9, 1)
        wall = (f"The full text of this article is available to subscribers. The remaining {fmt_int(more)} words "
                f"will be free to read from {day_month_year(free)}.")
        pieces.append(("wall", f'<div class="jatsParser__restricted"><p class="jatsParser__p"><span class="fa fa-lock" aria-hidden="true"></span> {esc(wall)}</p>'
                               f'<p class="jatsParser__p"><a href="{PD_ROOT}{PD_PATH}/user/subscriptions">Subscription or Fee Access</a></p></div>'))
        p.clutter += [wall, "Subscription or Fee Access"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h2 class="article-section-title jatsParser__sectionTitle" id="references-title">Works Cited</h2>'))
        pieces.append(("refs", '<ol class="jatsParser__references">' + "".join(f'<li id="ref{k}">{mk}</li>' for k, (_, mk) in enumerate(p.refs, 1)) + "</ol>"))
    fulltext = ('<section class="item jatsParser__fulltext"><h2 class="label">Full Text</h2><div class="jatsParser__container"><div class="jatsParser__articleView" id="jatsParserFullText">\n'
                + "\n".join(h for _, h in pieces) + "\n</div></div></section>")
    p.clutter.append("Full Text")
    # the front matter
    abstract = (f"This essay examines {card['x']}, with particular attention to {card['strands'][0]} and "
                f"{card['strands'][1]}. Against the view that {card['rival']}, it argues that {card['thesis']}.")
    period = card["period"].replace(" to ", "\u2013")
    keywords = [p.category, period, cap(card["x"])]
    doi = f"https://doi.org/10.48217/estuary.v{m['vol']}i{m['issue']}.{m['article']}"
    p.clutter += [abstract, "Keywords: " + ", ".join(keywords), f"DOI: {doi}"]
    subtitle = ""
    if picked(site, "subtitle", 6, p):
        sub = rng.choice(PD_SUBTITLES).format(year=m["year"] - 1)
        subtitle = f'\n\t\t<h2 class="subtitle">{esc(sub)}</h2>'
        p.clutter.append(sub)
    bio = (f"{m['author']} is a {rng.choice(['second', 'third', 'final'])}-year undergraduate reading "
           f"{rng.choice(['History', 'History and Politics', 'Ancient and Modern History'])} at Trebetherick College. "
           f"This essay began as coursework for {p.level}.")
    bio_html = (f'<div class="item author_bios"><h2 class="label">Author Biography</h2><div class="sub_item"><div class="label">{esc(m["author"])}, Trebetherick College</div>'
                f'<div class="value"><p>{esc(bio)}</p></div></div></div>')
    p.clutter += ["Author Biography", f"{m['author']}, Trebetherick College", bio]
    if goes_first(site, "bio", p):
        main_parts = f"{bio_html}\n{fulltext}"
    else:
        main_parts = f"{fulltext}\n{bio_html}"
    # the details column, with the counts
    pages = f"{m['start']}\u2013{m['start'] + p.pages - 1}" if p.pages > 1 else str(m["start"])
    published = date(m["year"], 4 if m["issue"] == 1 else 10, 1) + timedelta(days=number(site, "pub", p.title, mod=27))
    views, reads = rng.randint(80, 3400), rng.randint(40, 2600)
    length = [("Words in the full text", fmt_int(p.words)), ("Printed pages", f"{pages} ({plural(p.pages, 'page')})")]
    p.clutter += [f"{k} {v}" for k, v in length] + [f"Abstract views: {fmt_int(views)}", f"Full text views: {fmt_int(reads)}"]
    apa = (f"{m['surname']}, {m['initial']}. ({m['year']}). {p.title}. {PD_SHORT}, {m['vol']}({m['issue']}), "
           f"{pages}. {doi}")
    p.clutter += [apa, "How to Cite", "More Citation Formats", "Export to a reference manager", "Endnote/Zotero/Mendeley (RIS)",
                  "BibTeX", f"Copyright (c) {m['year']} {m['author']}",
                  "This article is available under the Creative Commons attribution licence, version 4.0 (CC BY 4.0).",
                  pd_issue(m), published.isoformat()]
    announcement = ""
    turn = turn_of(site, "announcement", 3, p)
    if turn is not None:
        announcement = f'<div class="pkp_announcement_banner" role="status"><p>{esc(PD_ANNOUNCEMENTS[turn])}</p></div>\n'
        p.clutter.append(PD_ANNOUNCEMENTS[turn])
    # other articles: the similar list and "Read next", with the opening of each essay's first strand paragraph
    similar = ""
    for t in rng.sample(p.others, 4):
        mt = pd_meta(t)
        similar += f'<li>{esc(mt["author"])}, <a href="{pd_href(t)}">{esc(t)}</a>, {PD_SHORT}: {esc(pd_issue(mt))}</li>'
        p.clutter += [t, f"{mt['author']}, {t}, {PD_SHORT}: {pd_issue(mt)}"]
    read_next = ""
    for t in rng.sample(p.others, 2):
        text = strand_opening(t)
        read_next += (f'<div class="obj_article_summary"><h3 class="title"><a href="{pd_href(t)}">{esc(t)}</a></h3>'
                      f'<div class="authors">{esc(pd_meta(t)["author"])}</div><p class="summary">{esc(text)} \u2026</p></div>')
        p.clutter += [t, text]
    p.clutter += ["Similar Articles", "Read next in Estuary",
                  "You may also start an advanced similarity search for this article.", "Make a Submission",
                  "For Readers", "For Authors", "For Librarians", "Current Issue", "About the Journal",
                  "Editorial Team", "Privacy Statement", "Jump to the article",
                  "Jump to the site navigation", f"{PD_SHORT} is published by {PD_PUBLISHER}. ISSN 2977-1046 (online).",
                  "Keywords:"]
    crumbs = ("<li><a href=\"{r}{pp}/index\">Home</a><span class=\"separator\">/</span></li>"
              "<li><a href=\"{r}{pp}/issue/archive\">Archives</a><span class=\"separator\">/</span></li>").format(r=PD_ROOT, pp=PD_PATH)
    crumbs += (f'<li><a href="{PD_ROOT}{PD_PATH}/issue/view/{m["vol"] * 2 + m["issue"]}">{esc(pd_issue(m))}</a><span class="separator">/</span></li>'
               '<li class="current" aria-current="page"><span aria-current="page">Essays</span></li>')
    styles = "".join(f'<li><a aria-controls="citationOutput" href="{PD_ROOT}{PD_PATH}/citationstylelanguage/get/{s.lower()}?submissionId={m["article"]}" data-load-citation data-json-href="{PD_ROOT}{PD_PATH}/citationstylelanguage/get/{s.lower()}?submissionId={m["article"]}&amp;return=json">{s}</a></li>' for s in PD_STYLES)
    meta_tags = "\n\t".join([
        f'<meta name="citation_journal_title" content="{html.escape(PD_NAME)}"/>',
        f'<meta name="citation_author" content="{html.escape(m["author"])}"/>',
        f'<meta name="citation_title" content="{html.escape(p.title)}"/>',
        f'<meta name="citation_date" content="{published.strftime("%Y/%m/%d")}"/>',
        f'<meta name="citation_volume" content="{m["vol"]}"/>', f'<meta name="citation_issue" content="{m["issue"]}"/>',
        f'<meta name="citation_firstpage" content="{m["start"]}"/>', f'<meta name="citation_lastpage" content="{m["start"] + p.pages - 1}"/>',
        f'<meta name="citation_doi" content="{doi[16:]}"/>',
        f'<meta name="citation_abstract_html_url" content="{pd_href(p.title)}"/>',
        f'<meta name="citation_keywords" xml:lang="en" content="{html.escape("; ".join(keywords))}"/>',
        f'<meta name="DC.Title" content="{html.escape(p.title)}"/>', '<meta name="DC.Type.articleType" content="Essays"/>'])
    return f"""<!DOCTYPE html>
<html lang="en-GB" xml:lang="en-GB">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		{esc(p.title)}
							| {esc(PD_NAME)}
			</title>
	<meta name="generator" content="Open Journal Systems 3.3.0.14">
	<link rel="icon" href="{PD_ROOT}/public/journals/3/favicon_en_GB.png">
	<meta name="gs_meta_revision" content="1.1"/>
	{meta_tags}
	<link rel="alternate" type="application/atom+xml" href="{PD_ROOT}{PD_PATH}/gateway/plugin/WebFeedGatewayPlugin/atom">
	<link rel="stylesheet" href="{PD_ROOT}{PD_PATH}/$$$call$$$/page/page/css?name=stylesheet" type="text/css" />
	<link rel="stylesheet" href="{PD_ROOT}/plugins/generic/jatsParser/resources/styles/default/articleView.css?v=2.2.3" type="text/css" />
</head>
<body class="pkp_page_article pkp_op_view has_site_logo" dir="ltr">

	<div class="pkp_structure_page">
		<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
			<nav class="cmp_skip_to_content" aria-label="Jump to content links">
	<a href="#pkp_content_main">Jump to the article</a>
	<a href="#siteNav">Jump to the site navigation</a>
</nav>
			<div class="pkp_head_wrapper">
				<div class="pkp_site_name_wrapper">
					<button class="pkp_site_nav_toggle"><span>Open Menu</span></button>
					<div class="pkp_site_name">
						<a href="{PD_ROOT}{PD_PATH}/index" class="is_img"><img src="{PD_ROOT}/public/journals/3/pageHeaderLogoImage_en_GB.png" width="420" height="80" alt="{html.escape(PD_NAME)}" /></a>
					</div>
				</div>
				<nav class="pkp_site_nav_menu" aria-label="Site Navigation">
					<a id="siteNav"></a>
					<div class="pkp_navigation_primary_row">
						<div class="pkp_navigation_primary_wrapper">
							<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
								<li><a href="{PD_ROOT}{PD_PATH}/issue/current">Current</a></li>
								<li><a href="{PD_ROOT}{PD_PATH}/issue/archive">Archives</a></li>
								<li><a href="{PD_ROOT}{PD_PATH}/announcement">Announcements</a></li>
								<li><a href="{PD_ROOT}{PD_PATH}/about">About</a>
									<ul><li><a href="{PD_ROOT}{PD_PATH}/about">About the Journal</a></li><li><a href="{PD_ROOT}{PD_PATH}/about/submissions">Submissions</a></li><li><a href="{PD_ROOT}{PD_PATH}/about/editorialTeam">Editorial Team</a></li><li><a href="{PD_ROOT}{PD_PATH}/about/privacy">Privacy Statement</a></li><li><a href="{PD_ROOT}{PD_PATH}/about/contact">Contact</a></li></ul>
								</li>
							</ul>
							<div class="pkp_navigation_search_wrapper"><a href="{PD_ROOT}{PD_PATH}/search/search" class="pkp_search pkp_search_desktop"><span class="fa fa-search" aria-hidden="true"></span> Search</a></div>
						</div>
					</div>
					<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">
						<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list"><li class="profile"><a href="{PD_ROOT}{PD_PATH}/user/register">Register</a></li><li class="profile"><a href="{PD_ROOT}{PD_PATH}/login">Login</a></li></ul>
					</div>
				</nav>
			</div>
		</header>
		{announcement}<div class="pkp_structure_content has_sidebar">
			<div class="pkp_structure_main" role="main">
				<a id="pkp_content_main"></a>
<div class="page page_article">
	<nav class="cmp_breadcrumbs" role="navigation" aria-label="You are here:">
		<ol>{crumbs}</ol>
	</nav>
	<article class="obj_article_details">
		<h1 class="page_title">
			{esc(p.title)}
		</h1>{subtitle}
		<div class="row">
			<div class="main_entry">
				<section class="item authors">
					<h2 class="pkp_screen_reader">Authors</h2>
					<ul class="authors"><li><span class="name">{esc(m["author"])}</span> <span class="affiliation">Trebetherick College</span></li></ul>
				</section>
				<section class="item doi">
					<h2 class="label">DOI:</h2>
					<span class="value"><a href="{doi}">{doi}</a></span>
				</section>
				<section class="item keywords">
					<h2 class="label">Keywords:</h2>
					<span class="value">{esc(", ".join(keywords))}</span>
				</section>
				<section class="item abstract">
					<h2 class="label">Abstract</h2>
					<p>{esc(abstract)}</p>
				</section>
				{main_parts}
			</div><!-- .main_entry -->
			<div class="entry_details">
				<div class="item galleys"><h2 class="pkp_screen_reader">Galleys</h2><ul class="value galleys_links"><li><a class="obj_galley_link pdf" href="{PD_ROOT}{PD_PATH}/article/view/{m["article"]}/{m["galley"]}">PDF</a></li><li><a class="obj_galley_link file" href="{PD_ROOT}{PD_PATH}/article/view/{m["article"]}/{m["galley"] + 1}">JATS XML</a></li></ul></div>
				<div class="item published"><section class="sub_item"><h2 class="label">Published</h2><div class="value"><span>{published.isoformat()}</span></div></section></div>
				<div class="item article_length"><section class="sub_item"><h2 class="label">Length</h2><div class="value"><p>Words in the full text <strong>{fmt_int(p.words)}</strong></p><p>Printed pages <strong>{pages} ({plural(p.pages, 'page')})</strong></p></div></section></div>
				<div class="item usage"><section class="sub_item"><h2 class="label">Metrics</h2><div class="value"><p>Abstract views: {fmt_int(views)}</p><p>Full text views: {fmt_int(reads)}</p></div></section></div>
				<div class="item citation"><section class="sub_item citation_display"><h2 class="label">How to Cite</h2><div class="value"><div id="citationOutput" role="region" aria-live="polite"><div class="csl-bib-body"><div class="csl-entry">{esc(apa)}</div></div></div>
					<div class="citation_formats"><button class="cmp_button citation_formats_button" aria-controls="cslCitationFormats" aria-expanded="false" data-csl-dropdown="true">More Citation Formats</button>
					<div id="cslCitationFormats" class="citation_formats_list" aria-hidden="true"><ul class="citation_formats_styles">{styles}</ul>
					<div class="label">Export to a reference manager</div><ul class="citation_formats_styles"><li><a href="{PD_ROOT}{PD_PATH}/citationstylelanguage/file/ris?submissionId={m["article"]}">Endnote/Zotero/Mendeley (RIS)</a></li><li><a href="{PD_ROOT}{PD_PATH}/citationstylelanguage/file/bibtex?submissionId={m["article"]}">BibTeX</a></li></ul></div></div></div></section></div>
				<div class="item issue"><section class="sub_item"><h2 class="label">Issue</h2><div class="value"><a class="title" href="{PD_ROOT}{PD_PATH}/issue/view/{m["vol"] * 2 + m["issue"]}">{esc(pd_issue(m))}</a></div></section><section class="sub_item"><h2 class="label">Section</h2><div class="value">Essays</div></section></div>
				<div class="item copyright"><h2 class="label">License</h2><p>Copyright (c) {m["year"]} {esc(m["author"])}</p><a rel="license" href="https://creativecommons.org/licenses/by/4.0/"><img alt="Creative Commons License" src="//i.creativecommons.org/l/by/4.0/88x31.png" /></a><p>This article is available under the <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons attribution licence, version 4.0</a> (CC BY 4.0).</p></div>
			</div><!-- .entry_details -->
		</div><!-- .row -->
	</article>
	<div id="readNext" class="cmp_article_list"><h2 class="title">Read next in Estuary</h2>{read_next}</div>
	<div id="articlesBySimilarityList"><h3>Similar Articles</h3><ul>{similar}</ul>
		<p id="articlesBySimilaritySearch">You may also <a href="{PD_ROOT}{PD_PATH}/search/search?query={quote(card['subject'])}">start an advanced similarity search</a> for this article.</p></div>
</div><!-- .page -->
			</div><!-- pkp_structure_main -->
			<div class="pkp_structure_sidebar left" role="complementary" aria-label="Sidebar">
				<div class="pkp_block block_make_submission"><h2 class="pkp_screen_reader">Make a Submission</h2><div class="content"><a class="block_make_submission_link" href="{PD_ROOT}{PD_PATH}/about/submissions">Make a Submission</a></div></div>
				<div class="pkp_block block_information"><h2 class="title">Information</h2><div class="content"><ul><li><a href="{PD_ROOT}{PD_PATH}/information/readers">For Readers</a></li><li><a href="{PD_ROOT}{PD_PATH}/information/authors">For Authors</a></li><li><a href="{PD_ROOT}{PD_PATH}/information/librarians">For Librarians</a></li></ul></div></div>
				<div class="pkp_block block_web_feed"><h2 class="title">Current Issue</h2><div class="content"><ul><li><a href="{PD_ROOT}{PD_PATH}/gateway/plugin/WebFeedGatewayPlugin/atom"><img src="{PD_ROOT}/lib/pkp/templates/images/atom.svg" alt="Atom logo"></a></li><li><a href="{PD_ROOT}{PD_PATH}/gateway/plugin/WebFeedGatewayPlugin/rss2"><img src="{PD_ROOT}/lib/pkp/templates/images/rss20_logo.svg" alt="RSS2 logo"></a></li></ul></div></div>
			</div><!-- pkp_sidebar.left -->
		</div><!-- pkp_structure_content -->
<div class="pkp_structure_footer_wrapper" role="contentinfo">
	<a id="pkp_content_footer"></a>
	<div class="pkp_structure_footer">
		<div class="pkp_footer_content"><p>{esc(PD_SHORT)} is published by {esc(PD_PUBLISHER)}. ISSN 2977-1046 (online).</p></div>
		<div class="pkp_brand_footer" role="complementary"><a href="{PD_ROOT}{PD_PATH}/about/aboutThisPublishingSystem"><img alt="Platform and workflow by OJS / PKP" src="{PD_ROOT}/templates/images/ojs_brand.png"></a></div>
	</div>
</div><!-- pkp_structure_footer_wrapper -->
</div><!-- pkp_structure_page -->
<script src="{PD_ROOT}/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.14" type="text/javascript"></script><script src="{PD_ROOT}/plugins/generic/citationStyleLanguage/js/articleCitation.js?v=3.3.0.14" type="text/javascript"></script>
</body>
</html>
"""


# ---- 4. polperro: a PHP-Nuke 7 student community -------------------------------------------------------------------

PL_NAME = "The Essay Swap Shop"
PL_HOST = "www.essayswapshop.co.uk"
PL_THEME = "themes/Harbour"
PL_MEMBERS = ["kezzaB", "history_geek87", "lil_miss_essay", "dan_the_man", "Rhi_Rhi", "scouse_student", "tomo2004",
              "bookworm_becky", "jamie_p", "Cerys", "mr_procrastinator", "sarah-louise"]
PL_COMMENTERS = ["gemma_x", "Matt_H", "essayqueen", "noodle", "lewisw", "Bex", "charliebrown_91", "Dizzy", "ollie_j",
                 "hannah.b"]
PL_EDIT_LABELS = ["Mod edit:", "Admin note:", "Edited by a moderator:", "Webmaster:"]
PL_EDITS = [
    "link to an essay-writing website removed",
    "this member's email address has been taken out for their own safety",
    "the member's own bibliography was too long to post and has been shortened",
    "a paragraph copied word for word from a website has been deleted here",
    "please do not hand this in as your own work",
    "a diagram the member sent could not be uploaded",
    "the rest of this post was about something else and has been removed",
]
PL_MESSAGES = [
    "The forums will be down on Sunday night while we move to a faster server. Sorry for any hassle!",
    "We now have over 3,000 essays. Thanks to everyone who has sent one in.",
    "Please read the new rules before submitting an essay. Copied essays will be deleted.",
]
PL_NOTE = ("This essay is here to help you revise. Copying it for your own coursework is cheating, and your "
           "teacher will know.")
PL_TIPS = ["Plan your paragraphs before you start writing, not afterwards.",
           "Every paragraph should start with a sentence that answers the question.",
           "Read your essay out loud before you hand it in.",
           "Keep a list of your sources as you go, not at the end.",
           "If a quotation is longer than three lines, ask yourself if you really need all of it."]
PL_COMMENTS = [
    "thanks this helped loads with my coursework",
    "good essay but you could of used more sources",
    "has anyone got one on {topic} for GCSE?",
    "the bit about {s1} was really useful, cheers",
    "5/5 from me",
    "is it ok to use this for ideas for my own essay??",
    "my teacher said nearly the same thing about this topic",
    "nice one, bookmarked",
]
PL_SUBJECTS = ["History", "English", "Psychology", "Law", "Sociology"]


def pl_sid(title: str) -> int:
    return number("polperro", "sid", title, mod=3000, base=400)


def pl_href(title: str) -> str:
    return f"modules.php?name=News&amp;file=article&amp;sid={pl_sid(title)}"


def pl_block(title: str, body: str, width: int = 150) -> str:
    return (f'<table border="0" cellpadding="1" cellspacing="0" bgcolor="#1F3A5F" width="{width}"><tr><td>'
            f'<table border="0" cellpadding="3" cellspacing="0" bgcolor="#C9D8EA" width="100%"><tr><td align="left">'
            f'<font class="content" color="#1F3A5F"><b>{esc(title)}</b></font></td></tr></table></td></tr></table>'
            f'<table border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" width="{width}"><tr><td align="left">'
            f'<font class="content" color="#000000">{body}</font></td></tr></table><br>\n')


def polperro(p: Page) -> str:
    rng = p.rng
    site = "polperro"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    ts = datetime(2004, 2, 1, 9, 0) + timedelta(days=rng.randint(0, 640), seconds=rng.randint(0, 50000))
    by_admin = picked(site, "by_admin", 5, p)
    member = rng.choice(PL_MEMBERS)

    def para(v: str, k: int) -> str:
        if k == 0 and not by_admin:
            return (f'<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={member}">{member}</a> writes '
                    f'"<i>{esc(v)}</i>"')
        return esc(v)

    pieces = shown_pieces(p, lambda v: f"<b>{esc(v)}</b>", para, lambda v: f"<blockquote>{esc(v)}</blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}" for i in items) + f"</{'ol' if o else 'ul'}>")
    if not by_admin:
        p.clutter.append(f"{member} writes")
    n_essay = len(pieces)
    if picked(site, "modedit", 13, p):
        label = rng.choice(PL_EDIT_LABELS)
        text = pick_note(PL_EDITS, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<font color="#cc0000"><b>[{esc(label)} {esc(text)}]</b></font>'))
        p.clutter.append(f"[{label} {text}]")
    turn = turn_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            fetched = rng.randint(12, 400)
            line = f"Attached file: {slug(p.title)[:28]}_final.doc ({rng.randint(24, 96)} KB), fetched {fetched} times"
            piece = f'<img src="images/icons/doc.gif" border="0" alt=""> <i>{esc(line)}</i>'
            p.clutter.append(line)
        else:
            caption = f"Picture: scanned from a library book about {p.topic}"
            piece = (f'<center><img src="uploads/{digest(site, "pic", p.title, n=12)}.jpg" width="320" height="240" border="0" alt=""><br>'
                     f"<i>{esc(caption)}</i></center>")
            p.clutter.append(caption)
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"This essay continues for registered members: {fmt_int(more)} words more."
        pieces.append(("wall", f'<b>{esc(wall)} <a href="modules.php?name=Your_Account">Log in</a> or '
                               f'<a href="modules.php?name=Your_Account&amp;op=new_user">create an account</a> to see the whole essay.</b>'))
        p.clutter += [wall, "Log in or create an account to see the whole essay."]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<b>Works Cited</b>"))
        pieces.append(("refs", "<br>\n".join(mk for _, mk in p.refs)))
    if picked(site, "note", 6, p):
        pieces.append(("note", f"<b>Note:</b> <i>{esc(PL_NOTE)}</i>"))
        p.clutter.append(f"Note: {PL_NOTE}")
    story = "<br><br>\n".join(h for _, h in pieces)
    admin = rng.choice(["Admin", "webmaster", "Sue_admin"])
    posted = f"Posted on {ts.strftime('%A, %B')} {ts.day:02d} @ {ts.strftime('%H:%M:%S')} GMT by {admin}"
    reads = rng.randint(90, 9000)
    length = f"How long: {fmt_int(p.words)} words, prints on {plural(p.pages, 'page')}"
    p.clutter += [posted, length, f"({fmt_int(reads)} hits)"]
    # readers' comments
    comments = ""
    n_comments = rng.randint(1, 4)
    when = ts
    for c in range(n_comments):
        when += timedelta(hours=rng.randint(2, 200), minutes=rng.randint(0, 59))
        who, score = rng.choice(PL_COMMENTERS), rng.randint(0, 3)
        text = rng.choice(PL_COMMENTS).format(topic=p.topic, s1=card["strands"][0])
        head = f"Re: {p.title} (Score: {score})"
        by = f"by {who} on {when.strftime('%A, %B')} {when.day:02d} @ {when.strftime('%H:%M:%S')} GMT"
        comments += (f'<table width="99%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#C9D8EA"><font class="content">'
                     f'<a name="{pl_sid(p.title) * 10 + c}"></a><b>{esc(head)}</b><br>{esc(by)}<br>'
                     f'(<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={who}">User Info</a> | '
                     f'<a href="modules.php?name=Private_Messages&amp;mode=post&amp;u={who}">Send a Message</a>)</font></td></tr>'
                     f'<tr><td><font class="content">{esc(text)}</font></td></tr></table><br>\n')
        p.clutter += [head, by, text]
    p.clutter += ["(User Info | Send a Message)", "Comments are owned by the poster. We are not responsible for their content.",
                  f"Login/Create an Account | {plural(n_comments, 'comment')}", "Oldest First"]
    # the moving centre block
    tip = rng.choice(PL_TIPS)
    tip_html = (f'<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#1F3A5F"><tr><td>'
                f'<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFF8DC"><tr><td>'
                f'<font class="option"><b>Essay tip of the day</b></font><br><font class="content">{esc(tip)}</font></td></tr></table></td></tr></table><br>\n')
    p.clutter += ["Essay tip of the day", tip]
    message = ""
    turn = turn_of(site, "message", 3, p)
    if turn is not None:
        message = (f'<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#1F3A5F"><tr><td>'
                   f'<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#ffffff"><tr><td>'
                   f'<center><font class="option" color="#363636"><b>Message from the webmaster</b></font></center><br>'
                   f'<font class="content">{esc(PL_MESSAGES[turn])}</font></td></tr></table></td></tr></table><br>\n')
        p.clutter += ["Message from the webmaster", PL_MESSAGES[turn]]
    article = (f'<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#1F3A5F"><tr><td>'
               f'<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#ffffff"><tr><td>'
               f'<font class="option" color="#363636"><b>{esc(p.title)}</b></font><br>'
               f'<font class="content">{esc(posted)}</font></td></tr><tr><td>'
               f'<a href="modules.php?name=News&amp;new_topic={number(site, "topic", p.topic, mod=30, base=1)}"><img src="images/topics/{slug(p.topic)}.gif" border="0" alt="{html.escape(p.category)}" align="right" hspace="10" vspace="10"></a>'
               f'<font class="content">\n{story}\n</font><br><br>'
               f'<font class="tiny">{esc(length)} <b>({fmt_int(reads)} hits)</b></font></td></tr></table></td></tr></table>\n')
    center = message + (tip_html if goes_first(site, "tip", p) else "") + article
    center += ('<br><br><center><font class="content">[ <a href="javascript:history.go(-1)">Go Back</a> ]</font></center><br>\n'
               '<table width="99%" border="0" cellspacing="1" cellpadding="4"><tr><td bgcolor="#C9D8EA" align="center"><font class="content">'
               f'<a href="modules.php?name=Your_Account">Login/Create an Account</a> | <b>{plural(n_comments, "comment")}</b> &nbsp; '
               '<select name="mode"><option value="nested" selected>Nested</option><option value="flat">Flat</option></select> '
               '<select name="order"><option value="0" selected>Oldest First</option><option value="1">Newest First</option></select> '
               '<input type="submit" value="Refresh"></font></td></tr><tr><td align="center"><font class="tiny">'
               'Comments are owned by the poster. We are not responsible for their content.</font></td></tr></table><br>\n' + comments)
    if not goes_first(site, "tip", p):
        center += "<br>" + tip_html
    # side blocks
    guests, members = rng.randint(4, 60), rng.randint(0, 9)
    online = (f"There are currently, {guests} guest(s) and {members} member(s) that are online.")
    votes, poll_comments = rng.randint(120, 2400), rng.randint(0, 30)
    past = ""
    day = ts.date()
    for t in rng.sample(p.others, 5):
        day -= timedelta(days=rng.randint(1, 6))
        past += (f'<font class="content">{day.strftime("%A, %B")} {day.day:02d}</font><br><strong><big>&middot;</big></strong>&nbsp;'
                 f'<a href="{pl_href(t)}">{esc(t)}</a> ({rng.randint(0, 9)})<br>')
        p.clutter.append(t)
    modules = ["Home", "Essays", "Forums", "Top 10", "Surveys", "Your Account", "Recommend Us", "Submit an Essay"]
    left = (pl_block("Modules", "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name={quote(m_.replace(" ", "_"))}">{esc(m_)}</a><br>' for m_ in modules))
            + pl_block("Who's Online", f"{esc(online)}<br><br>You are Anonymous user. You can register for free by clicking <a href=\"modules.php?name=Your_Account&amp;op=new_user\">here</a>")
            + pl_block("Survey", "<center><b>Which subject do you write most essays for?</b></center><br>"
                       + "".join(f'<input type="radio" name="voteID" value="{k}"> {s}<br>' for k, s in enumerate(PL_SUBJECTS, 1))
                       + f'<br><center><input type="submit" value="Vote"></center><br><center><font class="content">[ <a href="modules.php?name=Surveys&amp;op=results&amp;pollID=7">Results</a> | <a href="modules.php?name=Surveys">Polls</a> ]<br><br>Votes <b>{votes}</b> | Comments: <b>{poll_comments}</b></font></center>')
            + pl_block("Past Essays", past))
    p.clutter += [online, "You are Anonymous user. You can register for free by clicking here",
                  "Which subject do you write most essays for?", f"Votes {votes} | Comments: {poll_comments}", "Past Essays",
                  "Who's Online", "Recommend Us", "Submit an Essay", "Your Account"]
    avg, n_votes = rng.choice(["3.8", "4.2", "4.5", "3.1", "4.8", "2.9"]), rng.randint(3, 90)
    most_read = rng.choice(p.others)
    lines = ""
    for t in rng.sample([t for t in p.others if t != most_read], 2):
        line = closing_line(t)
        lines += f'<i>\u201c{esc(line)}\u201d</i><br><font class="tiny">\u2014 from <a href="{pl_href(t)}">{esc(t)}</a></font><br><br>'
        p.clutter += [line, t]
    right = (pl_block("Related Links", f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;new_topic=1">Essays on {esc(p.category)}</a><br>'
                      f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search">Search the essay archive</a><br>'
                      f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author={admin}">News by {admin}</a><br><br>'
                      f'<center><b>Most read essay about {esc(p.category)}:</b><br><a href="{pl_href(most_read)}">{esc(most_read)}</a></center>')
             + pl_block("Article Rating", f"<center>Average Score: <b>{avg}</b><br>Votes: <b>{n_votes}</b><br><br>Please take a second and vote for this essay:<br><br>"
                        + "".join(f'<input type="radio" name="score" value="{5 - k}"> {o}<br>' for k, o in enumerate(["Excellent", "Very Good", "Good", "Regular", "Bad"]))
                        + '<br><input type="submit" value="Cast my Vote!"></center>')
             + pl_block("Options", f'<center><a href="modules.php?name=News&amp;file=print&amp;sid={pl_sid(p.title)}"><img src="images/print.gif" border="0" alt=""></a> '
                        f'<a href="modules.php?name=News&amp;file=print&amp;sid={pl_sid(p.title)}">Printer Friendly Page</a><br><br>'
                        f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={pl_sid(p.title)}">Send to a Friend</a></center>')
             + pl_block("Line of the day", lines))
    p.clutter += [f"Essays on {p.category}", "Search the essay archive", f"News by {admin}",
                  f"Most read essay about {p.category}: {most_read}", f"Average Score: {avg}", f"Votes: {n_votes}",
                  "Please take a second and vote for this essay:", "Printer Friendly Page", "Send to a Friend",
                  "Line of the day", "Article Rating"]
    gen = 0.09 + rng.random() / 3
    footer = ("All logos and trademarks in this site are property of their respective owner. The comments are property of "
              f"their posters, all the rest \u00a9 2003 by {PL_NAME}.")
    p.clutter += [footer, "You can syndicate our news using the file backend.php or ultramode.txt",
                  f"Page Generation: {gen:.3f} Seconds", "Create an account", PL_NAME]
    stamp = f"{ts.strftime('%A, %B')} {ts.day:02d}, {ts.year}"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(PL_NAME)} - {esc(p.title)}</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">
<META HTTP-EQUIV="EXPIRES" CONTENT="0">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">
<META NAME="DISTRIBUTION" CONTENT="GLOBAL">
<META NAME="AUTHOR" CONTENT="{esc(PL_NAME)}">
<META NAME="COPYRIGHT" CONTENT="Copyright (c) by {esc(PL_NAME)}">
<META NAME="KEYWORDS" CONTENT="essays, free essays, coursework, GCSE, A level, university, {html.escape(p.topic)}">
<META NAME="DESCRIPTION" CONTENT="Free essays swapped by students">
<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">
<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">
<META NAME="RATING" CONTENT="GENERAL">
<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<script type="text/javascript">
<!--
function openwindow(){{
	window.open ("modules.php?name=Surveys&op=results&pollID=7","Survey","toolbar=no,location=no,directories=no,status=no,scrollbars=yes,resizable=no,copyhistory=no,width=400,height=200");
}}
//-->
</SCRIPT>

<link REL="shortcut icon" HREF="themes/Harbour/images/favicon.ico" TYPE="image/x-icon">
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">
<LINK REL="StyleSheet" HREF="{PL_THEME}/style/style.css" TYPE="text/css">
</head>
<body bgcolor="#3A5A80" text="#000000" link="#1F3A5F" vlink="#1F3A5F" alink="#cc0000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<br>
<table border="0" cellpadding="0" cellspacing="0" width="760" bgcolor="#ffffff" align="center"><tr><td bgcolor="#ffffff"><a href="index.php"><img src="{PL_THEME}/images/logo.gif" border="0" alt="Welcome to {html.escape(PL_NAME)}" width="360" height="70"></a></td>
<td bgcolor="#ffffff" align="right"><form action="modules.php?name=Search" method="post"><font class="content" color="#000000"><b>Search </b><input type="text" name="query" size="14"></font></form></td></tr></table>
<table border="0" cellpadding="3" cellspacing="0" width="760" bgcolor="#1F3A5F" align="center"><tr><td><font class="content" color="#ffffff"><b><a href="modules.php?name=Your_Account&amp;op=new_user"><font color="#ffffff">Create an account</font></a></b></font></td>
<td align="right"><font class="content" color="#ffffff"><b>{stamp}</b></font></td></tr></table>
<table width="760" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top"><td bgcolor="#ffffff"><img src="{PL_THEME}/images/pixel.gif" width="1" height="20" border="0" alt=""></td></tr></table>
<table width="760" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td bgcolor="#ffffff" width="150" valign="top">
{left}</td><td><img src="{PL_THEME}/images/pixel.gif" width="10" height="1" border="0" alt=""></td><td width="100%">
{center}
</td><td><img src="{PL_THEME}/images/pixel.gif" width="10" height="1" border="0" alt=""></td><td valign="top" width="150" bgcolor="#ffffff">
{right}</td></tr></table>
<table width="760" cellpadding="4" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr><td align="center"><br>
<font class="footmsg">{esc(footer)}<br>
You can syndicate our news using the file <a href="backend.php"><font class="footmsg_l">backend.php</font></a> or <a href="ultramode.txt"><font class="footmsg_l">ultramode.txt</font></a><br>
<a href="http://phpnuke.org"><font class="footmsg_l">PHP-Nuke</font></a> Copyright &copy; 2005 by Francisco Burzi. This is free software, and you may redistribute it under the <a href="http://phpnuke.org/files/gpl.txt"><font class="footmsg_l">GPL</font></a>. PHP-Nuke comes with absolutely no warranty, for details, see the <a href="http://phpnuke.org/files/gpl.txt"><font class="footmsg_l">license</font></a>.<br>
Page Generation: {gen:.3f} Seconds</font>
</td></tr></table>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------- main

SITES = {  # site: (writer, number of teaser pages, number of pages with references, twin pair or None)
    "zennor": (zennor, 3, 4, None),      # archive.today snapshot: inline styles only, SEO h1, moving statistics box
    "fowey": (fowey, 3, 3, None),        # FrontPage 2003: shared borders, AO tags inside paragraphs, moving guide box
    "padstow": (padstow, 2, 5, None),    # OJS 3.3 + JATS: abstract, boxed notes, moving author biography
    "polperro": (polperro, 3, 3, None),  # PHP-Nuke 7: 'member writes "..."', <br><br> paragraphs, moderators' edits
}


def units_of(essay: dict) -> set[str]:
    """Normalised blocks (paragraphs, quotations, whole lists and single items) longer than five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Essays for the first `need` usable cards in the shuffled order. A card is skipped when one of its essay's
    units occurs anywhere in an essay already chosen, or one of theirs anywhere in its own."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}|essay|{card['id']}"))
        units = units_of(essay)
        text = norm(" ".join(block_text(b) for b in essay["blocks"]))
        if any(u in other for u in units for _, _, other in chosen) or any(u in text for _, theirs, _ in chosen for u in theirs):
            continue
        chosen.append((essay, units, text))
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    return [e for e, _, _ in chosen]


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1919)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles, name)

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

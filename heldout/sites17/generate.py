"""Writes the SEVENTEENTH held-out set of essay-site folders (issue 13: learning a site on first sight of it).

    /work/main/.venv/bin/python heldout/sites17/generate.py /work/corpora/sites17-heldout [--seed 1717]

Four made-up sites that publish sample essays, with 18 pages apiece. None of their markup families is imitated by
heldout/sites/ to sites16/. Every page goes to OUTDIR/<site>/page-NN.html, with its expected output beside it in
OUTDIR/<site>/truth/page-NN.md (bench/scoring.py documents that format). Essays are composed by this file from
topic cards (ESSAY_CARDS) and sentence patterns absent from sets eight to sixteen, so their wording is new to the
tool being measured. Each card appears on one page at most, and OUTDIR/SOURCES.tsv maps pages to cards. Running
twice with one seed writes identical files.

Sites (markup families):
  caldbeck   Astro Starlight (0.34): a college writing centre's "Essay Atlas". Every heading of the essay sits in
             an sl-heading-wrapper div followed by an anchor whose screen-reader text reads "Section titled ...";
             the counts are Starlight cards whose bodies are <p>s; asides, a Steps list and a Tabs component with
             the reference (which moves) sit among the essay's paragraphs; link cards quote the opening sentence of
             other essays
  eskdale    NodeBB 3 (Harmony theme): a student forum's "Show Your Essay" category. Paragraphs are <p dir="auto">,
             the counts are two extra stat badges beside Posts / Posters / Views, a teacher's remark is a
             blockquote like the essay's quotations, and on some pages the essay runs on into the poster's second
             post. Replies quote the essay; "Suggested Topics" shows the closing sentence of other essays
  hawkshead  TiddlyWiki 5: a revision notebook with several tiddlers open in the story river. The essay is one
             tiddler among others of the same frame markup; a "Start here" tiddler moves above or below it, its
             counts are rows of a field table, and an "Objections, collected" tiddler quotes the sentence of other
             essays that states their rival view
  brampton   Blackboard Learn (original course view): a further-education course's content folder. The page
             title and h1 are the folder's, the essay is one content item (h3 title, vtbegenerated body) among
             other items of the same markup, an integrity item moves, and an item lists the first fact sentence
             of other essays

The truths, the folder layout and the pick of teaser pages and reference-list pages are done by helpers imported
as they are from sites/, sites2/ and sites3/.
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
norm, block_text, slug, works_cited, person = g.norm, g.block_text, g.slug, g.works_cited, g.person
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------ the essays
# One card per line, eleven "|"-separated fields: the title; the subject; x, a noun phrase in the singular; the
# people, in the plural; the setting; the period; three strands, noun phrases separated by ";"; the thesis and the
# rival view, both clauses; then two facts. A fact ends in its only full stop, so sentence splitting never cuts one.

ESSAY_CARDS = """
A Balloon Towards the Pole | exploration | Andrée's balloon expedition | aeronauts, sponsors and Swedish newspaper readers | Danskøya in Svalbard and the pack ice beyond it | 1895 to 1930 | the hydrogen balloon and its drag ropes; the long march across the drifting ice; the diaries and films recovered in 1930 | the expedition was driven by national prestige far more than by sound preparation | the three men were defeated by nothing worse than bad luck with the wind | Andrée's balloon, the Eagle, lifted off from Svalbard on 11 July 1897. | The bodies of the three men were found on Kvitøya in 1930.
The Woman Who Bore Rabbits | history of medicine | the Mary Toft affair | surgeons, courtiers and pamphleteers | Godalming in Surrey and the royal court in London | 1726 to 1727 | the surgeons who vouched for the births; the porter who was bribed to fetch a rabbit; the satirical prints | the affair shows how eagerly learned men accepted wonders that flattered their expertise | the doctors involved were simply fools who had no excuse | Mary Toft of Godalming claimed in 1726 to have given birth to rabbits. | She confessed to the hoax in December 1726.
A Giant Under the Farm | history | the Cardiff Giant | farmers, showmen and geologists | a farm at Cardiff in upstate New York | 1868 to 1870 | the block of gypsum carved in Chicago; the queues of paying visitors; the rival copy put on show in New York | the giant succeeded because it offered a religious story that visitors wanted to believe | the hoax fooled only the gullible and told us nothing about its age | Workmen digging a well at Cardiff, New York, uncovered the stone giant in October 1869. | Barnum displayed a plaster copy of the giant.
Wealth That Never Moves | economic history | the stone money of Yap | islanders, chiefs and colonial traders | Yap and the quarries of Palau in the western Pacific | 1870 to 1991 | the voyages to the limestone quarries; ownership that changed without the stones moving; the Irish trader who shipped stones in bulk | Yap's stones worked as money because the community kept a shared memory of who owned them | the stones were ornaments and not money in any real sense | Yapese voyagers quarried the large stone discs on the islands of Palau. | Milton Friedman wrote about the stones in a paper of 1991.
Money That Lost Its Value on Purpose | economic history | the Wörgl currency experiment | townspeople, council officials and central bankers | the Tyrolean market town of Wörgl | 1932 to 1933 | the stamped labour certificates; the public works they paid for; the central bank's intervention | the experiment was stopped because it threatened a monopoly, not because it had failed | the scheme was a short-lived novelty whose success has been exaggerated | Wörgl began issuing its stamped labour certificates in July 1932. | The Austrian National Bank forced the town to stop in 1933.
Frozen in on Purpose | exploration | the drift of the Fram | sailors, scientists and the expedition's sponsors | the Arctic Ocean north of Siberia | 1893 to 1896 | the rounded hull built to ride up on the ice; the long drift with the pack; the dash northwards on skis | the voyage succeeded as science precisely because it abandoned the race to the pole | the expedition was a failure because it never reached the pole | The Fram was deliberately frozen into the pack ice in 1893. | Nansen and Hjalmar Johansen left the ship in March 1895 to try for the pole on skis.
Lines on the Red Planet | history of science | the Martian canals | astronomers, journalists and readers of popular science | Milan, Flagstaff and the pages of the popular press | 1877 to 1912 | the mistranslated Italian word; Lowell's maps and lectures; the better telescopes that found no canals | the canals were a product of expectation working on the edge of what telescopes could show | the canal theory was a deliberate publicity stunt by Lowell | Giovanni Schiaparelli described channels on Mars, canali, in 1877. | Percival Lowell founded his observatory at Flagstaff in 1894.
The Leviathan of Birr | history of science | the Earl of Rosse's great telescope | astronomers, estate workers and visiting scientists | Birr Castle in the Irish midlands | 1842 to 1878 | the casting of the metal mirrors; the spiral nebulae drawn by hand; the famine outside the castle walls | the telescope was a triumph of local craft that outran the science of its day | the telescope was an aristocrat's toy with few results | The Earl of Rosse completed his six-foot reflecting telescope at Birr Castle in 1845. | With it he saw the spiral form of the Whirlpool nebula.
A Pendulum in the Panthéon | history of science | Foucault's pendulum | physicists, Parisian crowds and the imperial government | the Panthéon and the Paris Observatory | 1851 to 1855 | the long wire and heavy bob; the crowds who watched the floor turn; copies set up across the world | the pendulum mattered because it made the rotation of the Earth something anyone could watch | the experiment only proved what every educated person already knew | Léon Foucault hung a pendulum from the dome of the Panthéon in 1851. | The plane in which the bob swung appeared to turn slowly as the Earth rotated beneath it.
A Single Shaft | history of technology | the Hartley Colliery disaster | miners, rescuers and mine inspectors | the Northumberland coast near Seaton Delaval | 1862 | the broken beam of the pumping engine; the rescuers working in the blocked shaft; the law that followed | the disaster came from a known risk that owners had been allowed to ignore | the accident was an unforeseeable failure of machinery | The beam of the pumping engine broke at Hartley Colliery on 16 January 1862. | The disaster led to a law requiring every mine to have at least two shafts.
The Custom of the Sea | law | R v Dudley and Stephens | sailors, lawyers and the Victorian public | the South Atlantic and the courts in Exeter and London | 1884 | the sinking of the yacht; the killing of the cabin boy; the public sympathy for the survivors | the court wanted to settle the law of necessity more than to punish the two men | the trial was a cruel prosecution of men who had only followed seafaring custom | The yacht Mignonette sank in the South Atlantic in July 1884. | The death sentences passed on Dudley and Stephens were commuted to six months' imprisonment.
Caught by Wireless | law | the arrest of Dr Crippen | detectives, ship's officers and newspaper readers | London and the Atlantic crossing to Canada | 1910 | the remains found in the cellar; the captain's wireless message; the chase by faster liner | the case became famous because wireless turned a police hunt into a public drama | the case is remembered because the evidence against Crippen was so strong | Captain Henry Kendall of the Montrose sent a wireless message about two suspicious passengers in July 1910. | Inspector Walter Dew overtook the Montrose on a faster liner and arrested Crippen at Father Point.
Murder at Road Hill House | law | the Road Hill House case | detectives, family members and the press | a country house in Wiltshire | 1860 to 1865 | the missing nightdress; the detective accused of bullying a lady; the confession five years later | the case shows how class prejudice obstructed a competent investigation | the detective simply bungled the case | Three-year-old Saville Kent was murdered at Road Hill House in June 1860. | His half-sister Constance Kent confessed to the killing in 1865.
Terror on the Highway | law | the Ratcliff Highway murders | watchmen, magistrates and East End residents | Wapping and the riverside parishes of London | 1811 to 1812 | the killings in two households; the confused work of parish watchmen; the procession with the suspect's body | the murders exposed the weakness of parish policing more than the guilt of any one man | the killer was certainly caught and the case closed | Four members of the Marr household were killed on the Ratcliff Highway in December 1811. | The chief suspect, John Williams, was found dead in his cell before any trial.
A Village Without a Pub | social history | Saltaire | mill hands, their families and the Salt family | the valley of the Aire near Bradford | 1851 to 1876 | the mill by the canal; the almshouses and institute; the rules on washing lines and drink | Saltaire combined real improvement with close control of workers' lives | Titus Salt built the village purely out of generosity | Titus Salt opened his mill at Saltaire in 1853. | The village was built without a single public house.
Soap and Cottages | social history | Port Sunlight | soap workers, architects and the Lever family | the Wirral peninsula near Birkenhead | 1888 to 1925 | the cottages designed by dozens of architects; the prosperity sharing scheme; the rules for tenants | Port Sunlight was a business investment in loyalty presented as philanthropy | the village was a straightforward gift to the workers | William Lever began building Port Sunlight for his soap workers in 1888. | Lever ran a profit-sharing scheme he called prosperity sharing.
A Strike in a Model Town | social history | the Pullman strike | sleeping-car workers, railway unions and federal officials | the company town of Pullman near Chicago | 1893 to 1895 | wages cut while rents stayed high; the boycott by the railway union; the injunction and the troops | the strike showed that the company town's paternalism depended on workers never asking questions | the strike was caused by agitators from outside the town | Workers at the Pullman company went on strike in May 1894 after wage cuts. | Federal troops were sent to Chicago in July 1894.
Counting Poverty in York | social history | Rowntree's survey of York | investigators, working families and politicians | the streets and households of York | 1899 to 1901 | the house-to-house inquiry; the poverty line drawn from diet; the life cycle of want | Rowntree changed debate by showing that most poverty came from low wages rather than bad habits | the survey only confirmed what charities already knew | Seebohm Rowntree published his survey of poverty in York in 1901. | He found that more than a quarter of the city's people lived in poverty.
Little Boxes on Long Island | architecture | Levittown | builders, veterans and their families | farmland on Long Island | 1947 to 1951 | houses built in twenty-seven steps; the cheap loans for veterans; the clauses that kept Black families out | Levittown built a new middle class and drew a colour line around it in the same act | Levittown was simply a triumph of efficient building | Building began at Levittown on Long Island in 1947. | Its early leases barred Black families from living there.
Towers on the Flood Plain | architecture | Pruitt-Igoe | tenants, housing officials and architects | the north side of St Louis, Missouri | 1954 to 1976 | the skip-stop lifts; the budget cuts during construction; the lost income from rents | Pruitt-Igoe was ruined by money and policy far more than by modernist design | the towers failed because modern architecture was inherently inhuman | The Pruitt-Igoe housing project opened in St Louis in 1954. | Its first towers were demolished in 1972.
A Capital From Scratch | architecture | the planning of Chandigarh | architects, officials and new residents | the foothills of the Shivalik range in Punjab | 1949 to 1965 | the sectors laid out on a grid; the Capitol complex; the villages displaced by the plan | Chandigarh was as much a political statement by a new state as an architect's vision | Chandigarh was the personal creation of a single European architect | Le Corbusier took charge of the plan for Chandigarh in 1951. | The city became the capital of both Punjab and Haryana.
A Competition for a Capital | architecture | the design of Canberra | architects, politicians and public servants | the Limestone Plains of New South Wales | 1911 to 1927 | the international competition; the Griffins' geometry of axes and lakes; the committee that tried to change the plan | Canberra's plan survived because its designers fought the committees that tried to rewrite it | the plan was adopted smoothly once the competition was won | Walter Burley Griffin won the international competition to design Canberra in 1912. | His wife Marion Mahony Griffin drew the renderings of the entry.
Corners Cut at an Angle | architecture | Cerdà's plan for Barcelona | engineers, city councillors and landowners | Barcelona beyond its medieval walls | 1854 to 1890 | the survey of the plain beyond the walls; the chamfered blocks; the gardens that builders filled in | Cerdà's plan was a public health project whose social aims were lost to speculation | the plan was chosen purely for its beauty | The Spanish government approved Ildefons Cerdà's plan for Barcelona's extension in 1859. | Its street blocks have their corners cut off at an angle.
A Boulevard for an Empire | architecture | the Vienna Ringstrasse | the emperor, architects and wealthy residents | the glacis around old Vienna | 1857 to 1890 | the demolished walls; the public buildings in borrowed styles; the apartment palaces of the new rich | the Ringstrasse displayed the confidence of the liberal middle classes more than imperial power | the boulevard was built to let troops move quickly against revolution | Emperor Franz Joseph ordered Vienna's old city walls to be demolished in 1857. | The Ringstrasse was formally opened in 1865.
Lifting a City | public health | the raising of Chicago | engineers, property owners and contractors | central Chicago beside the lake | 1855 to 1870 | the swampy ground that would not drain; the buildings jacked up on screws; the sewers laid beneath the new streets | raising the city was a rational answer to disease rather than a feat of showmanship | the project was a reckless stunt that succeeded by luck | Chicago began raising its streets to make room for sewers in the later 1850s. | The engineer Ellis Chesbrough drew up the city's sewer plan in 1855.
A River Sent Backwards | public health | the reversal of the Chicago River | engineers, sanitary trustees and downstream towns | Chicago and the Illinois and Mississippi valleys | 1889 to 1906 | the canal cut through the divide; the sewage sent towards St Louis; the lawsuit brought by Missouri | the reversal solved Chicago's problem by exporting it to its neighbours | the reversal was a clean engineering triumph that harmed nobody | The Chicago Sanitary and Ship Canal opened in January 1900. | Missouri sued Illinois over the sewage sent down the river.
Water for Manhattan | public health | the Croton Aqueduct | engineers, labourers and city residents | the Croton valley and Manhattan | 1835 to 1842 | the fire of 1835 and the cholera before it; the aqueduct over the Harlem River; the new fountains and hydrants | clean water reached New York because fire insurers and merchants paid for it, not because of public health theory | the aqueduct was built mainly to stop cholera | Water from the Croton Aqueduct reached New York City in 1842. | A great parade celebrated its opening in October 1842.
The Night the Dykes Broke | environmental history | the North Sea flood of 1953 | villagers, rescuers and engineers | the islands of Zeeland and the coasts of the North Sea | 1953 to 1958 | the storm surge at night; the warning systems that failed; the Delta plan | the flood killed so many because warnings did not reach people, not only because the sea was high | the disaster was purely a natural event that nobody could have prepared for | A storm surge flooded large parts of Zeeland on the night of 31 January 1953. | The Delta Works were planned in response.
Clinton's Big Ditch | economic history | the Erie Canal | labourers, politicians and merchants | the Mohawk valley and western New York | 1817 to 1837 | the doubters who called it a folly; the locks at Lockport; the growth of New York City's port | the canal made New York City's wealth rather than simply adding to it | the canal was an expensive gamble that paid off by chance | The Erie Canal opened in October 1825. | Governor DeWitt Clinton poured a keg of lake water into the Atlantic to mark the occasion.
The Bridge That Fell Twice | history of technology | the Quebec Bridge | ironworkers, engineers and government inspectors | the St Lawrence river above Quebec City | 1904 to 1917 | the consulting engineer who never visited; the bending chords reported too late; the Mohawk workers who died | the collapse came from divided responsibility more than from bad mathematics | the bridge fell because the steel was faulty | The half-built Quebec Bridge fell into the St Lawrence on 29 August 1907. | Seventy-five workers died, many of them Mohawk ironworkers from Kahnawake.
Pounds and Newtons | history of technology | the loss of the Mars Climate Orbiter | engineers, navigators and mission managers | mission control in California and the contractor's offices in Colorado | 1998 to 2000 | the mismatch of units; the navigators' ignored worries; the report on the mission's culture | the orbiter was lost to an organisation that failed to listen, not just to a conversion error | the loss was a trivial arithmetic slip by one engineer | NASA lost contact with the Mars Climate Orbiter on 23 September 1999. | One team's software gave thrust figures in imperial units while another expected metric units.
The Bridge That Swayed | history of technology | the Millennium Bridge wobble | engineers, pedestrians and city officials | the Thames between St Paul's and Bankside | 2000 to 2002 | the opening-day crowds; the way walkers fell into step; the dampers fitted afterwards | the wobble revealed a gap in knowledge rather than a careless design | the bridge was simply badly built | The Millennium Bridge in London opened on 10 June 2000 and closed two days later. | It reopened in 2002 after dampers had been fitted.
Globes at the Crossings | history of technology | Hore-Belisha's road safety measures | drivers, pedestrians and civil servants | the roads of Britain | 1934 to 1937 | the compulsory driving test; the beacons at pedestrian crossings; the road deaths that prompted action | the measures worked because they made safety visible to ordinary road users | road deaths fell only because of better cars | Leslie Hore-Belisha introduced the compulsory driving test in Britain in 1935. | The orange globes at crossings took his name.
Studs in the Road | history of technology | Percy Shaw's cat's eyes | road engineers, drivers and council officials | the roads around Halifax in Yorkshire | 1934 to 1950 | the reflecting lenses in rubber; the blackout of the war years; the contract with the Ministry of Transport | cat's eyes succeeded because wartime conditions created a demand that peacetime had not | the invention was adopted at once because its value was obvious | Percy Shaw of Halifax patented his reflecting road studs in 1934. | Wartime blackouts greatly increased demand for them.
The Keepers Who Vanished | maritime history | the Flannan Isles mystery | lighthouse keepers, relief crews and writers | Eilean Mòr in the Flannan Isles | 1900 to 1912 | the unlit lamp seen by a passing ship; the log entries; the poem that added details | the mystery grew from later embellishment far more than from the evidence | the keepers' disappearance defies any natural explanation | Three lighthouse keepers vanished from Eilean Mòr in the Flannan Isles in December 1900. | The relief ship Hesperus found the station empty on 26 December.
A Tower Shaped Like an Oak | maritime history | Smeaton's Eddystone lighthouse | engineers, masons and mariners | the Eddystone rocks off Plymouth | 1756 to 1882 | the dovetailed stones; the hydraulic lime; the crumbling rock beneath | Smeaton's method mattered more than his tower, which was eventually replaced | the tower's fame rests only on its long service | John Smeaton's lighthouse on the Eddystone rocks was first lit in 1759. | Its upper part was later rebuilt on Plymouth Hoe.
Word-Cross | media | the first newspaper crossword | puzzle editors, readers and publishers | the Sunday supplement of the New York World | 1913 to 1925 | the diamond-shaped grid; the craze of the 1920s; the first crossword books | the crossword spread because it suited a new leisure market, not because of its inventor | the crossword became popular simply because it was clever | Arthur Wynne's word-cross puzzle appeared in the New York World on 21 December 1913. | Simon and Schuster published the first book of crosswords in 1924.
Seventy-Two Days | media | Nellie Bly's journey round the world | reporters, readers and newspaper owners | the steamships and railways of the world | 1889 to 1890 | the race against a fictional record; the rival reporter sent the other way; the guessing competition | the journey was a newspaper's marketing triumph more than a travel feat | the trip was remarkable mainly for its speed | Nellie Bly set off round the world from New Jersey in November 1889. | She completed the journey in seventy-two days.
A Boy in a Yellow Shirt | media | the Yellow Kid | cartoonists, publishers and readers | the Sunday papers of New York | 1895 to 1898 | the coloured supplement; the artist hired away by a rival; the name given to sensational journalism | the Yellow Kid mattered as a weapon in a circulation war rather than as art | the comic was just a popular strip with no wider importance | Richard Outcault's comic character the Yellow Kid first appeared in 1895. | Pulitzer and Hearst fought over the strip.
The Code in Hollywood | media | the enforcement of the Production Code | studio heads, censors and religious campaigners | the studios of Hollywood | 1930 to 1968 | the list of forbidden subjects; the seal of approval; the Catholic boycott threat | the code was enforced because of a boycott threat, not because studios believed in it | the code was imposed on Hollywood by the government | The Production Code Administration began enforcing Hollywood's code in July 1934. | Joseph Breen headed the new office.
Answers in Advance | media | the quiz show scandals | contestants, producers and congressmen | television studios in New York | 1956 to 1960 | the coached contestants; the losing contestant who spoke out; the hearings in Washington | the scandals exposed a sponsor-run television system rather than a few dishonest people | the scandals were the fault of a few greedy contestants | Charles Van Doren admitted to Congress in November 1959 that he had been given answers. | The quiz show at the centre of the scandal was called Twenty-One.
Money for Airplay | music | the payola scandal | disc jockeys, record companies and congressmen | radio stations across the United States | 1959 to 1960 | payments to play records; the disc jockeys who lost their jobs; suspicion of rock and roll | the payola hearings were partly an attack on rock and roll disguised as reform | the hearings were simply a clean-up of corruption | Congressional hearings into payments to disc jockeys opened in 1960. | The disc jockey Alan Freed lost his job in the scandal.
Television at the Palace | media | the BBC television service of 1936 | engineers, presenters and viewers | Alexandra Palace in north London | 1936 to 1939 | the two rival systems; the tiny audience of set owners; the closure at the start of the war | the early service was a trial of systems more than a broadcast service | the service was a popular success from the start | The BBC began a regular television service from Alexandra Palace on 2 November 1936. | The Baird and Marconi-EMI systems were tried on alternate weeks.
Tape Loops in Maida Vale | music | the BBC Radiophonic Workshop | composers, engineers and producers | a studio in Maida Vale in London | 1958 to 1998 | the tape loops and oscillators; the women who led its early work; the theme tune that made it famous | the workshop's creativity came from working with poor equipment and tight deadlines | the workshop was a sound-effects department with no artistic ambition | The BBC Radiophonic Workshop was set up in 1958. | Delia Derbyshire realised the Doctor Who theme there in 1963.
A Rocket in the Eye | media | A Trip to the Moon | film-makers, audiences and pirates | the studio at Montreuil near Paris | 1902 to 1910 | the painted sets and stage tricks; the hand-coloured prints; the pirated copies in America | Méliès's film shows early cinema's roots in the theatre rather than in photography | the film was a simple fantasy with no lasting influence | Georges Méliès released A Trip to the Moon in 1902. | Pirated copies circulated widely in the United States.
A Window at Lacock | art | Fox Talbot's negative | inventors, scientists and early photographers | Lacock Abbey in Wiltshire | 1835 to 1851 | the latticed window; the paper negative that allowed copies; the patents that slowed its spread | Talbot's invention mattered for its copies, though his patents held it back | photography was invented by one man in one moment | William Henry Fox Talbot made a negative of a window at Lacock Abbey in 1835. | He patented his calotype process in 1841.
A Tartan Ribbon | history of science | Maxwell's colour photograph | physicists, photographers and lecture audiences | the Royal Institution in London | 1855 to 1861 | the theory of three colours; the three filtered exposures; the lucky accident of the emulsion | the demonstration worked partly by luck, yet the theory behind it was sound | the image proved Maxwell's theory beyond doubt | James Clerk Maxwell showed a colour image of a tartan ribbon in 1861. | The photographer Thomas Sutton took the three exposures.
You Press the Button | art | the Kodak Brownie | children, advertisers and amateur photographers | homes and holidays in America and Britain | 1900 to 1920 | the one-dollar price; the advertising aimed at children; the snapshot as a new kind of picture | the Brownie made photography a habit of memory rather than an art | the Brownie was just a cheap toy | Kodak launched the Brownie camera in 1900 at a price of one dollar. | It was marketed heavily at children.
Soft Focus at Freshwater | art | Julia Margaret Cameron's photographs | sitters, critics and fellow photographers | Dimbola Lodge at Freshwater on the Isle of Wight | 1863 to 1875 | the chicken house turned into a studio; the famous sitters; the critics who called her prints careless | Cameron's blurs were deliberate choices that her critics mistook for incompetence | Cameron was a talented amateur who never mastered her craft | Julia Margaret Cameron was given her first camera in 1863. | She set up a studio in a former chicken house at Freshwater.
The Missing Judges | art | the theft of the Just Judges panel | thieves, police and art historians | St Bavo's Cathedral in Ghent | 1934 to the present | the ransom letters; the deathbed hints of the chief suspect; the copy now in its place | the theft remains unsolved because the investigation was mishandled from the start | the panel was surely destroyed soon after the theft | The Just Judges panel of the Ghent Altarpiece was stolen in April 1934. | The panel has never been recovered.
Hallelujah in Fishamble Street | music | the first performance of Messiah | singers, charity governors and Dublin audiences | the Great Music Hall in Fishamble Street, Dublin | 1741 to 1750 | the charity concert; the singers borrowed from the cathedrals; the later London performances | Messiah's success began as a charitable event rather than as a musical triumph | Messiah was acclaimed as a masterpiece from the first night in London | Messiah was first performed in Dublin on 13 April 1742. | Ladies were asked to come without hoops in their dresses to make room.
Songs for Thieves | music | The Beggar's Opera | actors, politicians and theatre audiences | the theatre at Lincoln's Inn Fields | 1728 to 1730 | the ballad tunes; the satire on Walpole; the fashion for Italian opera it mocked | the opera succeeded by mocking both politics and fashionable taste at once | the work was a light entertainment with no political meaning | John Gay's The Beggar's Opera opened in London in January 1728. | Its songs set new words to popular tunes.
An Unfinished Mass | music | the completion of Mozart's Requiem | musicians, his widow and scholars | Vienna | 1791 to 1800 | the anonymous commission; the widow's need for the fee; Süssmayr's completion | the Requiem's legend grew from a widow's practical need to sell a complete work | the work is essentially Mozart's own from start to finish | Mozart died in December 1791 with his Requiem unfinished. | Franz Xaver Süssmayr completed the score for Mozart's widow.
The Swedish Nightingale in America | music | Jenny Lind's American tour | singers, promoters and American audiences | concert halls along the American east coast | 1850 to 1852 | the auctioned tickets; the promoter's publicity; the gifts to charity | the tour was a triumph of promotion as much as of singing | her success rested on her voice alone | Jenny Lind arrived in New York in September 1850 to begin a tour managed by Barnum. | Tickets for her first concert were sold at auction.
Singing for a University | music | the Fisk Jubilee Singers | students, teachers and audiences | Nashville and concert halls in America and Europe | 1871 to 1878 | the decision to sing spirituals; the tours that paid for a building; the hostility they met on the road | the singers preserved the spirituals by making them concert music | the choir's fame was a lucky accident of fashion | The Fisk Jubilee Singers set out on tour in October 1871 to raise money for their university. | They sang for Queen Victoria in 1873.
Songs From Karelia | literature | the Kalevala | folk singers, a country doctor and Finnish nationalists | the villages of Karelia | 1828 to 1849 | the journeys to collect songs; the way the songs were joined into one epic; the national movement it fed | the Kalevala was a nineteenth-century creation built from genuine songs | the Kalevala is an ancient epic recovered intact | Elias Lönnrot published the first edition of the Kalevala in 1835. | An expanded edition followed in 1849.
A Thousand Nights in French | literature | Galland's Thousand and One Nights | translators, storytellers and readers | Paris and the manuscript collections of the Levant | 1704 to 1717 | the Syrian manuscript; the stories added from a storyteller in Paris; the craze for oriental tales | the Nights that Europe loved was partly made in Paris | the collection is a faithful translation of an Arabic original | Antoine Galland began publishing his French translation of the Thousand and One Nights in 1704. | The tale of Aladdin has no known Arabic manuscript older than Galland's version.
Tales Collected in Kassel | literature | the Grimms' fairy tales | collectors, storytellers and readers | Kassel and the towns of Hesse | 1806 to 1857 | the educated women who told the stories; the revisions between editions; the tales as national heritage | the Grimms shaped the tales for middle-class readers more than they recorded peasant tradition | the Grimms wrote down stories exactly as peasants told them | The first volume of the Grimms' Children's and Household Tales appeared in 1812. | Later editions softened many of the stories.
A Novel on Trial | literature | the trial of Madame Bovary | a novelist, prosecutors and readers | the criminal court in Paris | 1856 to 1857 | the serialised text; the passages read aloud in court; the acquittal | the trial made the novel a success it might not otherwise have been | the prosecution was a simple act of censorship that failed | Flaubert was tried for offending public morals in January 1857. | He was acquitted in February 1857.
A Test Case in New York | literature | the Ulysses obscenity case | publishers, lawyers and a judge | the federal court in New York | 1920 to 1934 | the copy seized by arrangement; the judge who read the whole book; the test of the average reader | the case was won by careful planning on the publisher's side | the judge freed the book out of personal taste | Judge John Woolsey ruled in December 1933 that Ulysses was not obscene. | Random House had arranged for a copy to be seized so that the case could be heard.
The Price on the Cover | literature | the Net Book Agreement | publishers, booksellers and supermarket chains | the book trade in Britain | 1900 to 1997 | the fixed retail prices; the booksellers it protected; the supermarkets that broke it | the agreement protected small shops at the cost of readers | the agreement was a cartel with no public benefit | The Net Book Agreement came into force in 1900. | It collapsed in 1995 and was ruled illegal in 1997.
Every Book for Everyone | media | Project Gutenberg | volunteers, students and readers | a university computer in Illinois and later the whole internet | 1971 to 2000 | the first text typed by hand; the volunteers who proofread; the disputes about copyright | the project succeeded through volunteers long before the web made it easy | the project only mattered after the web arrived | Michael Hart typed the Declaration of Independence into a computer in 1971. | This became the first text of Project Gutenberg.
A Paper Tube | history of medicine | the invention of the stethoscope | physicians, patients and students | the Necker hospital in Paris | 1816 to 1830 | the rolled paper tube; the matching of sounds to post-mortem findings; the spread to Britain | the stethoscope mattered because it linked sounds to what autopsies showed | the stethoscope was adopted simply out of modesty | René Laennec rolled a sheet of paper into a tube to listen to a patient's chest in 1816. | He published his treatise on mediate auscultation in 1819.
A Disease of Corn | history of medicine | the pellagra investigations | doctors, mill workers and prisoners | the mill towns and prisons of the American South | 1914 to 1937 | the diet experiments in prisons; the self-experiments; the politics of poverty | pellagra persisted because its cause was poverty, which was harder to fix than a germ | pellagra was an infection spread by dirty conditions | Joseph Goldberger began investigating pellagra in the American South in 1914. | He and volunteers injected themselves with material from patients to show it was not infectious.
Barley for Sailors | history of medicine | the defeat of beriberi in the Japanese navy | naval doctors, sailors and army doctors | the ships and barracks of Meiji Japan | 1882 to 1910 | the training voyage that tested the diet; the army's refusal; the deaths in the war with Russia | the navy succeeded through experiment while the army failed through loyalty to theory | beriberi was understood and beaten at once | Takaki Kanehiro changed the diet of Japanese navy crews in the 1880s. | Cases of beriberi in the navy fell sharply afterwards.
The British Hotel | history of medicine | Mary Seacole's war | soldiers, nurses and memoir readers | the road near Balaclava in the Crimea | 1854 to 1857 | the store and kitchen she ran; her care of soldiers; the memoir and its success | Seacole's reputation rests on real care, though she was not the nurse that later legend made her | Seacole was a trained nurse who ran a hospital | Mary Seacole opened the British Hotel near Balaclava in 1855. | Her memoir, Wonderful Adventures of Mrs Seacole in Many Lands, appeared in 1857.
Lamb's Blood | history of medicine | the first blood transfusions | physicians, patients and the Paris courts | Paris and the Royal Society in London | 1665 to 1670 | the experiments on dogs; the transfusions into people; the ban that followed a death | transfusion was abandoned for a century and a half because an early death discredited it | the early experiments were quackery with no scientific basis | Jean-Baptiste Denys transfused lamb's blood into a boy in June 1667. | Transfusion was banned in France after a patient died.
Trains on the Tour | sport | the 1904 Tour de France | riders, spectators and race officials | the roads of France | 1903 to 1905 | riders who took trains; fans who attacked rivals; the officials' belated disqualifications | the cheating showed a race whose rules could not be enforced on open roads | the cheating was limited to a few dishonest riders | The top four finishers of the 1904 Tour de France were later disqualified. | Henri Cornet, who had finished fifth, was declared the winner.
Death of the Elms | environmental history | Dutch elm disease in Britain | foresters, scientists and landowners | the hedgerows of southern England | 1967 to 1990 | the new aggressive strain; the beetles that carried it; the felling of dead trees | the epidemic spread because it was treated as a local problem for too long | nothing could have been done to stop the disease | A more aggressive strain of Dutch elm disease reached Britain in the late 1960s. | Some twenty-five million British elms died.
Sixty Starlings | environmental history | the starling in North America | acclimatisation societies, farmers and ornithologists | Central Park in New York | 1890 to 1950 | the release of the birds; their spread across the continent; the damage to crops | the starling's spread was the work of an acclimatisation movement, not one eccentric | the birds were released to bring every bird in Shakespeare to America | Eugene Schieffelin released sixty starlings in Central Park in 1890. | The birds now number in the many millions across North America.
An Aphid in the Vines | environmental history | the phylloxera crisis | vine growers, scientists and merchants | the vineyards of southern France | 1863 to 1900 | the insect found on vine roots; the chemical cures that failed; grafting onto American stock | phylloxera was beaten by a solution that growers first resisted as foreign | chemical treatments ended the crisis | Phylloxera was identified in French vineyards in 1868. | Growers eventually grafted their vines onto American rootstocks.
The Vine That Ate the South | environmental history | kudzu in the United States | farmers, soil scientists and gardeners | the farms of the American South | 1876 to 1970 | the Japanese pavilion that showed it; the government payments to plant it; its later reputation | kudzu's reputation as a monster exaggerates its real spread | kudzu has swallowed vast areas of the South | Kudzu was shown to Americans at the Centennial Exposition in Philadelphia in 1876. | The Soil Conservation Service paid farmers to plant it in the 1930s and 1940s.
A Flash Over Siberia | history of science | the Tunguska event | reindeer herders, scientists and explorers | the forests of central Siberia | 1908 to 1930 | the flattened trees; the eyewitness reports; the search for a crater | the Tunguska event was explained slowly because nobody looked for two decades | the explosion remains a mystery with no likely explanation | A huge explosion flattened forest near the Podkamennaya Tunguska river on 30 June 1908. | Leonid Kulik led the first scientific expedition to the site in 1927.
A Harbour Ablaze | maritime history | the Halifax explosion | sailors, dockworkers and rescuers | the harbour of Halifax in Nova Scotia | 1917 to 1920 | the collision in the narrows; the blast and the tsunami; the relief effort from Boston | the disaster came from wartime haste in a busy harbour | the collision was caused by one careless pilot | The munitions ship Mont-Blanc collided with the Imo in Halifax harbour on 6 December 1917. | The blast killed about two thousand people.
A Factory by the Docks | history of technology | the Silvertown explosion | munitions workers, firemen and residents | Silvertown in east London | 1915 to 1917 | the TNT works in a crowded district; the fire that led to the blast; the cover-up in wartime | the explosion came from placing a dangerous works in a crowded district | the explosion was a tragic accident that nobody could foresee | About fifty tons of TNT exploded at a factory in Silvertown on 19 January 1917. | Seventy-three people were killed.
A Cloud From the Lake | environmental history | the Lake Nyos disaster | villagers, volcanologists and aid workers | the highlands of north-west Cameroon | 1986 to 2001 | the gas released from the lake's depths; the silent deaths in the valleys; the pipes that now vent the gas | the disaster led to real scientific understanding and a practical remedy | the disaster was a volcanic eruption | A cloud of carbon dioxide burst from Lake Nyos on 21 August 1986. | About 1,700 people died in the surrounding valleys.
The Club Above the Town | environmental history | the Johnstown flood | steelworkers, club members and engineers | the valley of the Conemaugh in Pennsylvania | 1879 to 1890 | the dam repaired by a wealthy club; the rainstorm of May; the lawsuits that failed | the flood showed how the law shielded the wealthy from responsibility | the flood was an act of God that nobody could have prevented | The South Fork Dam failed on 31 May 1889. | The flood that followed killed more than two thousand people in Johnstown.
Smoke in the Valley | environmental history | the Donora smog | mill workers, doctors and health investigators | the mill town of Donora in Pennsylvania | 1948 to 1955 | the zinc works and their fumes; the temperature inversion; the federal studies that followed | Donora helped start American air pollution law by making a hidden danger visible | the smog was a freak of weather with no human cause | A temperature inversion trapped smoke over Donora, Pennsylvania, in October 1948. | About twenty people died during the smog.
The River That Burned | environmental history | the Cuyahoga River fire | industrial workers, city officials and journalists | Cleveland in Ohio | 1868 to 1972 | the river's history of fires; the magazine story that made it famous; the laws that followed | the 1969 fire mattered because of the national mood rather than its size | the fire was the worst in the river's history | Oil-soaked debris on the Cuyahoga River caught fire on 22 June 1969. | The river had burned several times before.
Mercury in the Bay | environmental history | Minamata disease | fishing families, company doctors and officials | the fishing villages around Minamata Bay | 1956 to 1973 | the dancing cats; the doctor's secret experiment; the long fight for compensation | the disease went on spreading because company and state protected production | the cause of the disease could not have been known earlier | Minamata disease was officially identified in 1956. | It was caused by methylmercury in waste water from the Chisso factory.
Money in a Ledger | economic history | the Bank of Amsterdam | merchants, city magistrates and bankers | Amsterdam | 1609 to 1795 | the accounts in bank money; the reliable coin; the secret loans that ruined it | the bank worked because it kept its promises, and failed when it stopped | the bank was doomed from its founding | The Bank of Amsterdam was founded in 1609. | Merchants settled bills by transfers between accounts in its books.
A Trader in Singapore | economic history | the collapse of Barings | traders, managers and regulators | the Singapore office and the London head office | 1992 to 1995 | the hidden account; the managers who did not ask; the bet on the Japanese market | Barings fell because its managers failed to check profits they did not understand | one rogue trader alone destroyed the bank | Barings Bank collapsed in February 1995. | Nick Leeson had hidden his losses in an error account numbered 88888.
Furs for the Company | economic history | the Hudson's Bay Company | traders, Indigenous trappers and shareholders | Hudson Bay and the lands draining into it | 1670 to 1870 | the trading posts on the bay; the trade that depended on Indigenous partners; the sale of the territory | the company depended on Indigenous trade partners far more than its charter admitted | the company ruled the north as an empire | Charles II granted the Hudson's Bay Company its charter in 1670. | The company sold its territory to Canada in 1870.
An Embassy to the West | history | the Iwakura Mission | diplomats, students and officials | the United States and Europe | 1871 to 1873 | the failed attempt to revise the treaties; the factories and schools visited; the students left abroad | the mission's real achievement was what its members learned, not what they negotiated | the mission was a failure because it did not revise the treaties | The Iwakura Mission left Yokohama in December 1871. | Its members spent about four months in Britain in 1872.
A Fan-Shaped Island | history | the Dutch post at Dejima | merchants, interpreters and shogunal officials | the harbour of Nagasaki | 1641 to 1859 | the restrictions on the Dutch; the interpreters who learned Dutch; the flow of books | Dejima was a controlled window through which Japan chose what to learn | Japan was completely closed to the outside world | The Dutch trading post was moved to the artificial island of Dejima in 1641. | Books on Western learning reached Japan through Dejima.
Instruments of Stone | history of science | Jai Singh's observatories | astronomers, masons and the Mughal court | Jaipur, Delhi and three other cities | 1721 to 1743 | the giant masonry sundials; the astronomical tables; the European telescopes ignored | the observatories were built to improve calendars rather than to challenge European science | the observatories were backward because they ignored telescopes | Maharaja Jai Singh II built five astronomical observatories in northern India. | The Jaipur observatory became a World Heritage Site in 2010.
The Last Inca Rising | history | the rebellion of Túpac Amaru II | Indigenous villagers, colonial officials and creole landowners | the highlands around Cuzco | 1780 to 1783 | the forced distribution of goods; the execution of a magistrate; the brutal repression | the rebellion began as a protest against abuses before it became a war against Spanish rule | the rebellion aimed at independence from the start | Túpac Amaru II began his rebellion in November 1780. | He was executed in Cuzco in May 1781.
A City on the Mississippi | archaeology | Cahokia | farmers, builders and archaeologists | the American Bottom near St Louis | 1050 to 1350 | the great mound; the plazas and woodhenges; the decline and abandonment | Cahokia was a true city whose decline had many causes | Cahokia was a village of little importance | Cahokia's population peaked around 1100. | Monks Mound is the largest earthen structure in the prehistoric Americas.
Palaces in the Cliffs | archaeology | the cliff dwellings of Mesa Verde | Ancestral Puebloans, ranchers and archaeologists | the canyons of south-western Colorado | 1190 to 1906 | the houses built under overhangs; the cowboys who removed artefacts; the law that protected the site | Mesa Verde was protected because of its looting, not in spite of it | the cliff dwellers vanished mysteriously | Richard Wetherill and Charlie Mason came upon Cliff Palace in December 1888. | Mesa Verde became a national park in 1906.
No Wind From the Ether | history of science | the Michelson-Morley experiment | physicists, instrument makers and theorists | a basement laboratory in Cleveland, Ohio | 1881 to 1905 | the interferometer on a stone slab; the null result; the theories that tried to explain it | the experiment's null result became famous only after relativity gave it meaning | the experiment directly led Einstein to relativity | Albert Michelson and Edward Morley carried out their experiment in Cleveland in 1887. | They found no sign of the expected ether wind.
Shadows at Syene | history of science | Eratosthenes' measurement of the Earth | scholars, librarians and surveyors | Alexandria and Syene in Egypt | about 240 BC | the sun overhead at Syene; the angle of the shadow at Alexandria; the uncertain length of the stadion | the method was brilliant even if the accuracy is uncertain | Eratosthenes measured the Earth with near perfect accuracy | Eratosthenes estimated the Earth's circumference from shadows at Syene and Alexandria. | He was chief librarian at Alexandria.
Tea From the Hills | economic history | Robert Fortune's tea journeys | plant hunters, Chinese workers and company officials | the tea districts of China and the hills of northern India | 1848 to 1860 | the disguise and the journeys; the plants and workers taken to India; the plantations that followed | the transfer of tea depended on Chinese expertise that the usual story leaves out | Fortune single-handedly stole the secrets of tea | Robert Fortune travelled into China's tea districts for the East India Company in 1848. | Tea plants and workers he sent went to the Himalayan foothills.
Bark Against Fever | history of medicine | the cinchona plantations | collectors, planters and malaria patients | the Andes, Java and India | 1850 to 1940 | the seeds smuggled out of Bolivia; the plantations in Java; the cheap quinine for empire | cheap quinine made colonial expansion possible | quinine was mainly a medical gift to the world | Charles Ledger obtained cinchona seeds in Bolivia in 1865. | The Dutch planted them in Java.
Over the Channel | history of technology | Blériot's Channel flight | aviators, newspaper owners and crowds | the coast between Calais and Dover | 1909 | the newspaper prize; the flight of thirty-seven minutes; the fears of an island no longer safe | the flight mattered more for British fears than for aviation | the flight was a major technical breakthrough | Louis Blériot flew across the Channel on 25 July 1909. | He won a prize of one thousand pounds from the Daily Mail.
There and Back Again | history of technology | the R34's Atlantic crossing | airship crews, officers and the public | East Fortune in Scotland and Long Island | 1919 | the first east-to-west crossing; the stowaway and the cat; the return flight | the crossing was a triumph that the airship programme could not build on | the crossing proved airships were the future of travel | The airship R34 crossed the Atlantic from East Fortune to New York in July 1919. | It flew back to England a few days later.
A Trophy Won Outright | history of technology | the Schneider Trophy | pilots, designers and patrons | the Solent and the waters of Venice | 1913 to 1931 | the seaplanes built for speed; the private patron who paid; the lessons for fighter design | the races mattered for the engines and designers they trained | the races were merely a rich sport | Britain won the Schneider Trophy outright in 1931. | Lady Houston paid for the British entry.
Steam Beneath the Streets | history of technology | the first underground railway | engineers, passengers and property owners | the streets between Paddington and Farringdon | 1854 to 1868 | the cut-and-cover method; the smoky tunnels; the crowds of the first day | the underground succeeded because it served commuters that street traffic had failed | the underground was a dangerous novelty that people avoided | The Metropolitan Railway opened on 10 January 1863. | Its trains were hauled by steam locomotives.
Whiskey and the Republic | history | the Whiskey Rebellion | farmers, tax collectors and federal officials | western Pennsylvania | 1791 to 1795 | the tax on distilling; the attacks on collectors; the army sent west | the rising was a test of federal power that the government chose to win by show | the rebellion was a serious threat to the republic | Farmers in western Pennsylvania rose against the federal whiskey tax in 1794. | Washington led militia troops towards the region in person.
The Starving Time | history | the starving time at Jamestown | colonists, Powhatan villagers and company officials | the fort at Jamestown in Virginia | 1609 to 1610 | the siege by the Powhatan; the loss of the supply ship; the desperation inside the fort | the starving time came from the company's planning failures as much as from the siege | the colonists starved because they were lazy | Most of the Jamestown colonists died during the winter of 1609 to 1610. | Archaeologists announced in 2013 that they had found evidence of cannibalism at the fort.
A Shot at a Pig | history | the Pig War | settlers, soldiers and diplomats | San Juan Island between Vancouver Island and the mainland | 1859 to 1872 | the shooting of a pig; the joint military occupation; the arbitration by the German emperor | the dispute stayed peaceful because commanders on the spot refused to escalate it | war was prevented by diplomats in London and Washington | An American settler shot a pig belonging to the Hudson's Bay Company on San Juan Island in June 1859. | The German emperor settled the boundary dispute in 1872.
An Ear in a Jar | history | the War of Jenkins' Ear | merchants, sailors and politicians | the Caribbean and the House of Commons | 1731 to 1742 | the captain's ear; the merchants' lobbying; Walpole's reluctance | the war came from commercial lobbying, and the ear was a pretext | the war was a justified response to Spanish cruelty | Robert Jenkins claimed that Spanish coastguards had cut off his ear in 1731. | Britain declared war on Spain in 1739.
Machine Guns Against Emus | environmental history | the Emu War | farmers, soldiers and journalists | the wheat belt of Western Australia | 1932 | the farmers' complaints; the soldiers with machine guns; the bounty system that followed | the operation failed because the problem was ecological and not military | the operation was a complete farce with no reason behind it | Soldiers with machine guns were sent against emus in Western Australia in November 1932. | The operation was led by Major Meredith of the Royal Australian Artillery.
Shots at the Trawlers | maritime history | the Dogger Bank incident | fishermen, naval officers and diplomats | the Dogger Bank in the North Sea | 1904 to 1905 | the nervous Russian fleet; the trawlers fired on; the inquiry in Paris | the incident was settled because both governments wanted to avoid war | the incident nearly caused a war between Britain and Russia | Russian warships fired on Hull trawlers on the Dogger Bank in October 1904. | An international commission met in Paris to settle the matter.
A Flag on the Nile | history | the Fashoda incident | soldiers, diplomats and newspaper readers | the Upper Nile | 1896 to 1899 | the French expedition across Africa; the meeting of the two commanders; the French retreat | the crisis ended peacefully because France could not risk war at that moment | the crisis was a clear British victory of principle | Marchand's expedition raised the French flag at Fashoda in July 1898. | Kitchener arrived there in September 1898.
Out of the Window | history | the Defenestration of Prague | nobles, royal governors and pamphleteers | Prague Castle | 1617 to 1620 | the grievances of Protestant nobles; the fall from the window; the pamphlets about the survival | the defenestration was a planned political act rather than a spontaneous riot | the event caused the Thirty Years War on its own | Protestant nobles threw two royal governors from a window of Prague Castle in May 1618. | Both men survived the fall.
Linen and Carbon | history of science | the dating of the Shroud of Turin | scientists, church officials and believers | laboratories in Oxford, Zurich and Tucson | 1978 to 1989 | the sample cut from one corner; the three laboratories; the objections to the result | the dating was sound, and the objections to it have not held up | the sample was from a medieval repair | Three laboratories carbon-dated samples of the Shroud of Turin in 1988. | They placed the linen between 1260 and 1390.
A Map of Vinland | history | the Vinland Map | dealers, librarians and scientists | Yale University Library | 1957 to 2021 | the map bound with a genuine manuscript; the ink tests; the final verdict | the map was believed because it confirmed what experts wanted to find | the map is a genuine medieval document | Yale unveiled the Vinland Map in 1965. | Yale declared it a forgery in 2021.
Drake's Brass Plate | history | Drake's plate of brass | historians, pranksters and metallurgists | the Bancroft Library in California | 1936 to 1977 | the plate found by the road; the historian's eager endorsement; the metal tests | the plate was accepted because it flattered Californian history | the plate was an honest mistake | A brass plate said to have been left by Francis Drake was publicised in 1937. | Tests in 1977 showed that the brass was modern.
Runes in Minnesota | history | the Kensington Runestone | farmers, runologists and local boosters | the farm near Kensington in Minnesota | 1898 to 1910 | the stone among tree roots; the runes and their dates; the local pride invested in it | belief in the runestone lasted because it served Scandinavian American identity | the stone is a genuine record of Norse explorers | Olof Ohman said he found the runestone among tree roots near Kensington, Minnesota, in 1898. | Most runologists regard the inscription as modern.
A Toy in the Loch | media | the surgeon's photograph | hoaxers, newspaper editors and monster hunters | Loch Ness in the Scottish Highlands | 1933 to 1994 | the newspaper's big-game hunter; the respectable name lent to the photograph; the confession | the photograph was believed because a respectable profession vouched for it | the photograph was genuine until proved otherwise | The so-called surgeon's photograph of the Loch Ness monster was published in the Daily Mail in April 1934. | Christian Spurling confessed in 1993 that it showed a toy submarine with a model head.
Bards on Primrose Hill | literature | Iolo Morganwg and the Gorsedd | antiquaries, poets and Welsh patriots | London and Glamorgan | 1789 to 1826 | the ceremony on Primrose Hill; the forged medieval texts; the place of the Gorsedd in the Eisteddfod | Iolo's forgeries invented traditions that have become genuine through use | Iolo's work was simply fraud with no value | Iolo Morganwg held the first Gorsedd of bards on Primrose Hill in 1792. | Many of the medieval texts he supplied were found to be his own inventions.
The Marvellous Boy | literature | Chatterton's Rowley poems | a young poet, antiquaries and Romantic poets | Bristol and London | 1764 to 1770 | the invented monk; the experts who rejected him; the legend of his death | Chatterton became a Romantic hero because his death was turned into a legend | Chatterton was a fraud with no talent | Thomas Chatterton claimed to have found poems by a fifteenth-century monk named Thomas Rowley. | Chatterton died in London in 1770 at the age of seventeen.
Royals on a Warship | history | the Dreadnought hoax | pranksters, naval officers and journalists | Weymouth and the Channel Fleet | 1910 | the disguises; the tour of the ship; the navy's embarrassment | the hoax mocked imperial pomp in a way that said much about its authors | the hoax was a harmless undergraduate prank | Hoaxers disguised as Abyssinian royals were shown round HMS Dreadnought in February 1910. | Virginia Stephen, later Virginia Woolf, was one of the party.
Digging the Common | politics | the Diggers | labourers, landowners and writers | St George's Hill in Surrey | 1649 to 1650 | the digging of common land; the pamphlets of Gerrard Winstanley; the attacks by local landowners | the Diggers were broken by local landowners rather than by the state | the Diggers were a harmless fringe group | Gerrard Winstanley's Diggers began to cultivate common land on St George's Hill in April 1649. | Their colonies had been broken up by 1650.
A Famine in Bengal | history | the Bengal famine of 1943 | villagers, officials and relief workers | Bengal in wartime India | 1942 to 1944 | the rise in rice prices; the wartime policies; the relief that came late | the famine was caused by policy and prices more than by a shortage of food | the famine was caused by a natural failure of the harvest | The Bengal famine of 1943 killed around three million people. | Amartya Sen argued in 1981 that food supply alone did not explain it.
The Zong | law | the Zong case | enslaved Africans, crew and lawyers | the Atlantic and the court of King's Bench | 1781 to 1783 | the killings at sea; the insurance claim; the campaign that followed | the case turned a murder into an insurance dispute and so helped to expose the trade | the case was only a dispute about insurance | The crew of the Zong threw more than a hundred enslaved Africans overboard in 1781. | The owners' insurance claim came before the courts in 1783.
The Amistad | law | the Amistad case | captives, abolitionists and lawyers | the coast of Long Island and the Supreme Court | 1839 to 1842 | the revolt at sea; the legal argument; the return to Africa | the captives won their freedom through a legal argument about illegal trading | the case ended slavery's legal protection in America | Captives aboard the Amistad took control of the ship in July 1839. | The Supreme Court ordered their release in 1841.
Waiting at Cape Sabine | exploration | the Greely expedition | soldiers, relief crews and the press | Ellesmere Island in the high Arctic | 1881 to 1884 | the polar station; the failed relief voyages; the survivors' controversy | the disaster came from failed relief planning in Washington more than from Greely's leadership | Greely's poor leadership caused the deaths | Adolphus Greely's expedition landed at Lady Franklin Bay in 1881. | Seven men were still alive when rescuers reached Cape Sabine in June 1884.
A Small Ship Through the Ice | exploration | Amundsen's voyage through the Northwest Passage | sailors, Inuit hosts and explorers | the Arctic archipelago of Canada | 1903 to 1906 | the small herring boat; the winters learning from the Inuit; the arrival in Alaska | Amundsen succeeded because he learned from the Inuit rather than from the navy | Amundsen succeeded through luck | Roald Amundsen's small ship Gjøa left Norway in June 1903. | It reached Nome in Alaska in 1906.
The Source of the Nile | exploration | Speke and the Nile | explorers, African guides and geographers | the lakes of East Africa | 1856 to 1864 | the lake reached alone; the quarrel with Burton; the public debate that never happened | Speke was right about the lake but could not prove it | Burton's doubts were justified | John Hanning Speke reached the southern shore of Lake Victoria in 1858. | Richard Burton disputed his claim that it was the Nile's source.
Houses From the Factory | architecture | the post-war prefabs | families, builders and ministers | bomb-damaged towns across Britain | 1944 to 1960 | the factory-made houses; the fitted kitchens; the families who refused to leave | the prefabs were loved because they offered comforts many families had never had | the prefabs were poor temporary housing | The Housing (Temporary Accommodation) Act of 1944 paid for factory-made houses. | More than 150,000 prefabs were built.
Sails Over the Harbour | architecture | the Sydney Opera House | architects, engineers and politicians | Bennelong Point in Sydney | 1957 to 1973 | the winning sketches; the shells that could not be built as drawn; the architect's resignation | the building succeeded because engineers and architect solved problems the competition ignored | the building was one architect's undisturbed vision | Jørn Utzon won the competition for the Sydney Opera House in 1957. | He resigned from the project in 1966.
Casts in South Kensington | art | the Cast Courts | curators, students and visitors | the South Kensington Museum in London | 1867 to 1900 | the plaster copies of famous works; the column cut in two; the students who drew them | the casts were a serious tool for teaching that fashion later dismissed | the casts were second-best substitutes | The Cast Courts at the South Kensington Museum opened in 1873. | They display a plaster cast of Trajan's Column in two pieces.
Patch Cords | music | the Moog synthesizer | engineers, musicians and record companies | Trumansburg in New York | 1964 to 1975 | the modules and patch cords; the record that made it famous; the portable model | the synthesizer spread because musicians shaped it rather than engineers alone | the synthesizer was an engineer's invention that musicians merely adopted | Robert Moog demonstrated his synthesizer modules in 1964. | Wendy Carlos's Switched-On Bach appeared in 1968.
Greetings on Gold | media | the Voyager Golden Record | scientists, artists and NASA officials | the spacecraft launched from Florida | 1977 | the choice of music; the greetings in many languages; the images excluded | the record is a portrait of its makers rather than of humanity | the record fairly represents all of humanity | The Voyager spacecraft carrying the Golden Records were launched in 1977. | Carl Sagan chaired the committee that chose the contents.
Houses by Mail | economic history | Sears mail-order houses | rural families, railway agents and catalogue designers | small towns across the United States | 1908 to 1940 | the kits of numbered parts; the loans offered by Sears; the mortgages lost in the Depression | the houses sold because of credit more than because of design | the houses sold because they were cheap | Sears began selling houses by mail order in 1908. | Rural Free Delivery helped the catalogue reach farm families.
An Article in Social Text | media | the Sokal hoax | physicists, editors and theorists | the offices of a cultural studies journal | 1994 to 1997 | the parody article; the revelation; the debate about science | the hoax exposed weak editing more than the emptiness of a discipline | the hoax proved that cultural studies was nonsense | Alan Sokal's hoax article appeared in Social Text in 1996. | He revealed the hoax in Lingua Franca.
Lying Stones | history of science | Beringer's lying stones | a professor, his colleagues and collectors | Würzburg in Franconia | 1725 to 1726 | the carved stones; the colleagues who planted them; the lawsuit that followed | the hoax shows how pride could blind a learned man | Beringer was a fool who deserved his fate | Johann Beringer published a book on carved stones found near Würzburg in 1726. | Two colleagues had planted the stones to embarrass him.
The Horse That Counted | psychology | Clever Hans | a horse, its owner and psychologists | Berlin | 1900 to 1907 | the horse that tapped answers; the commission that found no trick; the discovery of cues | Clever Hans taught psychology more than any horse could learn arithmetic | the horse's owner was a fraud | Oskar Pfungst showed in 1907 that Clever Hans was responding to unconscious cues. | Wilhelm von Osten had shown the horse to crowds in Berlin.
A Child and a White Rat | psychology | the Little Albert experiment | psychologists, a baby and his mother | a hospital in Baltimore | 1919 to 1920 | the fear conditioned with a loud noise; the lack of follow-up; the textbooks that retold it | the experiment became famous in textbooks far beyond its weak evidence | the experiment proved how fears are learned | John Watson and Rosalie Rayner conditioned an infant known as Little Albert in 1920. | They published their report in the Journal of Experimental Psychology.
Sane in Insane Places | psychology | the Rosenhan experiment | pseudopatients, psychiatrists and journalists | psychiatric hospitals in the United States | 1969 to 1973 | the false patients admitted; the diagnosis that stuck; the later doubts about the data | the study shaped psychiatry more than its data deserved | the study proved psychiatric diagnosis worthless | David Rosenhan published On Being Sane in Insane Places in 1973. | The journalist Susannah Cahalan later questioned his data.
"""

SCHOLARS = ["Appleby", "Bewley", "Cowperthwaite", "Dobson", "Ellwood", "Fearon", "Gaskarth", "Hodgson", "Irving",
            "Jopson", "Kendal", "Lowther", "Mounsey", "Nicholson", "Oglethorpe", "Pattinson", "Quayle", "Routledge",
            "Satterthwaite", "Tyson", "Varty", "Walker-Iredale", "Yeowart", "Atkinson-Brough"]

OPEN = [
    "Ask a room of students about {x} and the answers will mostly agree, which is itself a warning sign.",
    "{X} is usually told as a story with a beginning, a villain and a moral.",
    "The received account of {x} would fit on a postcard, and that is part of the problem.",
    "Hardly anyone who writes about {x} resists the urge to turn it into a parable.",
    "Somewhere between the legend and the archive lies what actually happened with {x}.",
    "Popular histories tend to treat {x} as business long since settled.",
    "On the surface, {x} offers a neat lesson with a neat ending.",
    "Not many stories are repeated as often, or checked as rarely, as {x}.",
    "The phrase {x} still calls up a ready-made set of pictures.",
    "Even specialists disagree about how much weight {x} can bear.",
    "Any survey textbook will sum up {x} in a few confident lines.",
    "I first met {x} in a footnote, and the footnote turned out to be the interesting part.",
]
SETUP = [
    "I draw mainly on material from {setting}.",
    "Most of what follows concerns {people}.",
    "Dates are given where they matter and left out where they do not.",
    "Where the sources disagree, both versions are reported.",
    "The years in question ({period}) are few enough to study closely.",
    "Some of the evidence is fragmentary, and I have tried not to stretch it.",
]
ASK = [
    "Everything below turns on one question: {question}",
    "That leaves a question to keep in view: {question}",
    "Stated as plainly as I can manage: {question}",
    "So a simple question follows: {question}",
]
QUESTION = ["who gained and who lost from {x}?", "how much of the familiar story would {people} have recognised?",
            "what did {setting} look like before {x} changed it?", "why has the tidy version of {x} lasted so long?"]
THESIS = [
    "Here I argue that {thesis}.",
    "I want to suggest that {thesis}.",
    "The view taken in this essay is that {thesis}.",
    "Weighed fairly, the evidence shows that {thesis}.",
    "Through {s1}, {s2} and {s3}, what follows defends the view that {thesis}.",
    "Put briefly, {thesis}.",
    "What I hope to show is that {thesis}.",
    "The better reading, and the one argued here, is that {thesis}.",
]
BACKDROP = [
    "The background matters more than it first appears.",
    "The years covered here ({period}) were already restless ones.",
    "For {people}, daily life left little margin for error.",
    "Nobody at the start expected {x} to be remembered at all.",
    "Habits and institutions were shifting at different speeds.",
    "Many of those involved wrote about it later, usually in their own defence.",
    "{Scholar} dates the real start of the story a little earlier than most.",
    "The best records that survive were kept in {setting}.",
    "Exact dates matter less here than the order in which things happened.",
    "Earlier arrangements had been improvised and were often disputed.",
    "Old routines gave way faster than anyone had predicted.",
    "Contemporaries seldom noticed the larger pattern while it was forming.",
]
TERMS = [
    "A word on terms is needed first.",
    "Most labels now attached to {x} were invented afterwards.",
    "{People} did not use the vocabulary that historians now apply to them.",
    "Where a modern word appears here, it is a convenience and not a claim about how people thought.",
    "Even the name {x} carries an interpretation inside it.",
    "Names matter, because each one quietly takes a side.",
]
SOURCES = [
    "The evidence comes in three main kinds.",
    "Official papers from {setting} record decisions but seldom the reasons behind them.",
    "Letters and diaries written by {people} fill some gaps, though each was written for a particular reader.",
    "Newspapers reported {x} quickly and at times carelessly.",
    "Memoirs written long afterwards are the liveliest sources and the least reliable.",
    "Objects, buildings and pictures offer a check on the written record.",
]
LEAD = [
    "Begin with {s}.",
    "The strongest evidence concerns {s}.",
    "Less obvious, though no less important, is {s}.",
    "Any honest account has to deal with {s}.",
    "{S} repays a second look.",
    "Turn now to {s}.",
    "Much depends on how we understand {s}.",
    "The record is richest on {s}.",
    "It pays to pause over {s}.",
    "Then there is {s}.",
]
DETAIL = [
    "Most retellings approach {s} from its end and work backwards, which flattens it.",
    "Those who lived through {s} rarely thought it worth describing at length.",
    "A timeline of {setting} shows {s} more clearly than any narrative does.",
    "Cost shaped {s} more than principle did, though principle was often invoked.",
    "In the official papers, {s} appears only in passing.",
    "The people most touched by {s} left the fewest words behind.",
    "Control of {s} brought a good deal of influence with it.",
    "{Scholar} treats {s} as the turning point, and the choice is defensible.",
    "Some writers have inflated {s} into something larger than it was.",
    "Among {people}, reactions to {s} divided sharply.",
    "To recover {s}, a historian has to read the documents against their purpose.",
    "Set out in order, {s} stops looking mysterious.",
    "{S} had a humdrum side that textbooks seldom mention.",
    "For {people}, {s} was first a practical problem and only later a symbol.",
    "No single person designed {s}; it grew by accretion.",
    "When {s} happened mattered almost as much as what it involved.",
]
FIGURE = [
    "Working through {num} cases, {Scholar} ({year}) credits {s} with around {pct} per cent of the shift that followed.",
    "{Scholar}'s sample of {num} documents mentions {s} in roughly {pct} per cent of entries.",
    "{Scholar} ({year}) estimates that {s} shifted the outcome by about {pct} per cent.",
    "Of the {num} records checked by {Scholar} in {year}, only a handful ignore {s}.",
    "{Scholar} ({year}) identifies {num} comparable episodes and finds the same pattern in most.",
    "Gaps remain in the figures, {Scholar} concedes, yet on {s} they all lean one way.",
    "Revisiting the archive in {year}, {Scholar} puts the weight of {s} at nearly {pct} per cent.",
    "According to {Scholar}, earlier studies of {s} measured the wrong things entirely.",
]
CASE = [
    "{Scholar} traces one family's fortunes through these years.",
    "Consider {setting}, where {people} faced {s} unaided.",
    "Similar cases can be found far from {setting}.",
    "Instances of this kind are common; counter-examples are scarce.",
    "The same pattern recurs across the whole span ({period}).",
    "When {people} described it in their own words, this is what they emphasised.",
    "A short search of the records turns up many more examples.",
]
TIE = [
    "This, in small, is the case the essay is making: {thesis}.",
    "One example proves little, but this one sits badly with the usual story.",
    "{S}, then, belongs at the centre of the account rather than its margins.",
    "Here is one reason to think that {thesis}.",
    "The shift looks small in a table and large in people's lives.",
    "The point will matter again when the main objection is weighed.",
    "Whatever view one takes, {s} cannot be left out.",
]
PIVOT = [
    "With {s}, the picture begins to change.",
    "Yet {s} is only half of the story.",
    "{S} altered the terms of the whole debate.",
    "That is where {s} comes in.",
]
QUOTE_LEAD = [
    "{Scholar} sums up {setting} memorably:",
    "Years later, a witness from {setting} recalled:",
    "At a {year} symposium on {x}, one speaker remarked:",
    "{Scholar} is blunt about {s}:",
    "On {s}, {Scholar} is best heard in full:",
]
QUOTE = [
    "The deeper I read into {x}, the less of the famous story was left standing.",
    "At the time, {s} was not history to anyone. It was simply the week's work.",
    "I was taught {x} as a clean break. The documents show a slow fraying.",
    "Follow the money behind {s} and the mystery mostly dissolves.",
    "There are two versions of {x}: the one that was lived and the one that was repeated.",
    "What survives about {s} is tedious paperwork, and the tedium tells us something.",
]
QUOTE_AFTER = [
    "The line is almost too quotable, but it is not wrong.",
    "One voice, certainly, though a well-informed one.",
    "Since the speaker had nothing to gain, the remark carries weight.",
    "Even allowing for hindsight, it stands up.",
]
QUOTE_AFTER2 = [
    "Other accounts by {people} support it.",
    "It further hints that {s} was common knowledge at the time.",
    "How far it applies outside {setting} is less clear.",
    "Its real interest lies in what it shows about {s}.",
    "It sits uneasily beside the textbook account of {x}.",
]
LIST_LEAD = [
    "Across the evidence, the better outcomes of {x} shared a few conditions:",
    "Wherever {people} fared well, the same elements appear:",
    "A repeat of the best results in {setting} would have required:",
    "Put simply, the successful cases had the following in common:",
]
LIST_ITEM = [
    "a clear early understanding of {s}",
    "real consultation with {people} about {s}",
    "quick responses to the first warnings about {s}",
    "independent checks on {s}",
    "testing {s} in one place before spreading it",
    "candour about the costs of {s}",
]
LIST_EXTRA = ["reliable funding for {x} over the long term", "someone with authority to stop {x}",
              "records of {x} that outlived their keepers", "an agreed point at which to revisit {x}"]
COMPARE = [
    "Set beside other cases, {x} looks less exceptional.",
    "Comparable pressures elsewhere produced quite different results.",
    "Where {people} were consulted early, disputes were milder.",
    "Comparisons are imperfect, since {s2} differed widely from place to place.",
    "Still, the outcome in {setting} was never the only one on offer.",
    "On balance, consent counted for more than speed.",
]
OBJECTION = [
    "Against this, it is often said that {rival}.",
    "The weightiest counter-argument holds that {rival}.",
    "A common reply is that {rival}.",
    "One could reasonably object that {rival}.",
    "Some of the evidence seems to imply that {rival}.",
]
OBJ_MORE = [
    "{People} might well have said the same.",
    "It is a serious position, held by serious historians.",
    "{Scholar2} ({year2}) makes the case most thoroughly.",
    "There is something in it, since every choice about {x} cost somebody something.",
]
REPLY = [
    "Yet the papers kept in {setting} point elsewhere.",
    "Neither does it account for {s2}.",
    "More fundamentally, it assumes what it needs to prove.",
    "It leans on a version of {x} that newer work has overturned.",
    "If it were right, the outcomes would have been uniform, and they were not.",
    "At most it shows that there were costs, not that the costs were decisive.",
]
END_FIRST = [
    "To conclude, {thesis}.",
    "Read together, the sources point to one conclusion: {thesis}.",
    "None of this settles the question for ever.",
    "Where, then, does this leave us?",
    "Every part of this essay has pointed the same way: {thesis}.",
    "Stripped of detail, one point remains.",
    "A one-line summary of {x} would be tidy, and it would also be false.",
]
END_MID = [
    "{S1}, {s2} and {s3} each account for part of the story, and together for most of it.",
    "The view that {rival} is understandable, but it cannot carry the weight put on it.",
    "Small details have proved more revealing than large theories.",
    "Questions like these did not end with the period itself.",
    "Much remains to be found in the archives.",
    "The result is less dramatic than the legend and better founded.",
]
END_LAST = [
    "For {people}, the consequences outlasted the events themselves.",
    "The obvious follow-up is a study that sets {setting} against its neighbours.",
    "Most of all, {x} was the product of choices that could have gone another way.",
    "The lesson of {x} is less about heroes than about institutions.",
    "The story of {x} is worth retelling, provided it is told with care.",
    "In the end, {x} deserves a more patient reading than it usually gets.",
]
HD_BACKDROP = ["Background", "Setting the scene", "Before the story starts", "The wider picture", "Where it began",
               "Some background"]
HD_TERMS = ["A note on terms", "Words and labels", "What to call it"]
HD_SOURCES = ["The evidence", "Sources and their limits", "What the records show"]
HD_STRAND = ["{S}", "Turning to {s}", "The question of {s}", "{S} in focus", "Looking at {s}", "About {s}"]
HD_COMPARE = ["A wider view", "Elsewhere", "Points of comparison"]
HD_OBJECTION = ["Objections", "A counter-argument", "The case against", "Another view", "Weighing the alternative",
                "Possible objections"]
HD_END = ["Conclusions", "In conclusion", "Summing up", "Final remarks", "Closing thoughts"]


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
    """Compose a card's essay. Its first paragraph opens with an opener and closes on the thesis. Fact one goes
    into the backdrop paragraph, fact two either there too or into the paragraph on the second strand. Next may come
    a paragraph about terms or one about sources. Every strand has one paragraph or two, and may be followed by a
    one-sentence pivot, a quotation, a list or a comparison. Then the objection, stating the card's rival view, with
    its reply, and last the ending, whose final sentence names the card's subject. Roughly three essays in five
    have headings; within an essay no pattern is used more than once."""
    left: dict[int, list[str]] = {}

    def draw(pool: list[str]) -> str:
        rest = left.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    who = rng.sample(SCHOLARS, 2)
    base = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                thesis=card["thesis"], rival=card["rival"], Scholar=who[0], Scholar2=who[1])

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1968, 2022), year2=rng.randint(1974, 2023),
                    pct=rng.choice([8, 12, 18, 23, 29, 34, 39, 44, 52, 58, 67, 71]),
                    num=rng.choice([14, 23, 38, 57, 76, 96, 140, 212]))
        return pattern.format(**base, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    base["question"] = cap(fill(rng.choice(QUESTION)))
    headed = rng.random() < 0.6
    blocks: list[tuple] = []
    thesis = fill(draw(THESIS))
    opener = fill(draw(OPEN))
    opening = [opener]
    if rng.random() < 0.45:
        opening.append(fill(draw(SETUP)))
    if rng.random() < 0.35:
        opening.append(fill(draw(ASK)))
    opening.append(thesis)
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(draw(HD_BACKDROP))))
    ground = [fill(draw(BACKDROP)), card["facts"][0]] + [fill(draw(BACKDROP)) for _ in range(rng.randint(2, 3))]
    held = [card["facts"][1]]
    if rng.random() < 0.5:
        ground.insert(rng.randint(2, len(ground)), held.pop())
    blocks.append(para(*ground))
    extra = rng.random()
    if extra < 0.24:
        if headed:
            blocks.append(("heading", fill(draw(HD_TERMS))))
        blocks.append(para(*[fill(p) for p in [TERMS[0]] + rng.sample(TERMS[1:], rng.randint(2, 3))]))
    elif extra < 0.48:
        if headed:
            blocks.append(("heading", fill(draw(HD_SOURCES))))
        blocks.append(para(*[fill(p) for p in [SOURCES[0]] + rng.sample(SOURCES[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.45 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(draw(PIVOT), s)))
        if headed:
            blocks.append(("heading", fill(draw(HD_STRAND), s)))
        body = [fill(draw(LEAD), s), fill(draw(DETAIL), s), fill(draw(FIGURE), s)]
        if rng.random() < 0.6:
            body.insert(2, fill(draw(DETAIL), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(draw(CASE), s))
        if held and i == 1:
            body.insert(1, held.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(draw(TIE), s)))
        else:
            blocks.append(para(*body, fill(draw(TIE), s)))
        if quote_at == i:
            blocks.append(para(fill(draw(QUOTE_LEAD), s)))
            blocks.append(("quote", fill(draw(QUOTE), s)))
            blocks.append(para(fill(draw(QUOTE_AFTER), s), fill(draw(QUOTE_AFTER2), s)))
        if list_at == i:
            blocks.append(para(fill(draw(LIST_LEAD))))
            items = [cap(fill(draw(LIST_ITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    if rng.random() < 0.25:
        if headed:
            blocks.append(("heading", fill(draw(HD_COMPARE))))
        blocks.append(para(*[fill(draw(COMPARE)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(draw(HD_OBJECTION))))
    objection = fill(draw(OBJECTION))
    doubt = [objection, fill(draw(OBJ_MORE)), fill(draw(REPLY), s2), fill(draw(REPLY), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(draw(OBJ_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(draw(HD_END))))
    last = fill(draw(END_LAST))
    end = [fill(draw(END_FIRST))] + [fill(draw(END_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last)


# ------------------------------------------------------------------------------------------ invented bits

SITE_LEVELS = {
    "caldbeck": ["Foundation year", "First-year undergraduate", "Second-year undergraduate", "Access course",
                 "Summer school"],
    "eskdale": ["Year 12", "Year 13", "EPQ", "IB Year 1", "IB Year 2"],
    "hawkshead": ["A level", "IB Diploma", "Pre-U", "Scottish Higher", "EPQ"],
    "brampton": ["Access to HE (Humanities)", "Access to HE (Social Science)", "Access to HE (History and Law)"],
}
SITE_GRADES = {
    "caldbeck": ["First", "High 2:1", "2:1", "72%", "68%", "Distinction"],
    "eskdale": ["A*", "A", "A-", "B+", "7", "6", "39/40", "36/40"],
    "hawkshead": ["A*", "A", "7", "D2", "Band 5"],
    "brampton": ["Distinction", "Merit", "Pass"],
}
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled in main(); the widgets that quote other essays look them up here


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Whether `text` is found in the essay titled `title` and in no other essay of the set."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def opening_sentence(title: str) -> str:
    """The first sentence of the essay (an opener, which names the card's subject)."""
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and only_in(sen, title), title
    return sen


def closing_sentence(title: str) -> str:
    """The last sentence of the essay's last paragraph."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and only_in(sen, title), title
    return sen


def objection_sentence(title: str) -> str:
    """The sentence that states the card's rival view (the first sentence of the objection paragraph)."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def first_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert only_in(fact, title), title
    return fact


class Page(g2.Page):
    """The Page of sites2, plus this set's course level, grade, subject and the list of the site's titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])
        self.serial = rng.randint(1000, 9999)


SEED = 1717  # main() sets it; each site draws the pages of its rare elements from it


def _pages_for(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"seventeen/{SEED}/{site}/{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Whether this page is among the `count` pages the site gives the piece `role`."""
    return page.index in _pages_for(site, role, count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """This page's position (0, 1, 2 ...) in the list of pages given `role`, or None if it is not on it."""
    pages = _pages_for(site, role, count)
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """A moving piece goes before the essay (True) on `first` pages and after it (False) everywhere else."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"seventeen/{SEED}/{site}/{role}/before").shuffle(order)
    return page.index in order[:first]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece) -> None:
    """Insert a template piece at `pos` in the essay's pieces. While the piece in front of that spot is a heading
    or a paragraph ending in a colon, move one step earlier: a lead-in stays next to what it introduces."""
    while pos > 0 and body[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_of(kind: str, value) -> str:
    return "lead" if kind == "paragraph" and value.rstrip().endswith(":") else kind


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def by_subject(p: Page) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in p.site_titles:
        out.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    return {k: sorted(v) for k, v in sorted(out.items())}


def essay_pieces(p: Page, heading, para, quote, listing) -> list[tuple[str, str]]:
    """The visible essay blocks as (kind, html) pieces; a paragraph ending in a colon is a "lead"."""
    pieces = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", heading(value)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), para(value)))
        elif kind == "quote":
            pieces.append(("text", quote(value)))
        else:
            ordered, items = value
            pieces.append(("text", listing(ordered, items)))
    return pieces


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ---- 1. caldbeck: Astro Starlight, a college writing centre's Essay Atlas -----------------------------------------

CB_ROOT = "https://atlas.caldbeck.ac.uk"
CB_NAME = "Essay Atlas"
CB_OWNER = "Caldbeck College Writing Centre"
CB_ASIDE_TITLES = ["Tutor's aside", "Why this works", "Borrow this move", "Watch the wording"]
CB_ASIDES = [
    "The paragraph opens with its point, then earns it. Try covering the first sentence and guessing what follows.",
    "A number is only as good as its source, and this writer never lets one appear without a name beside it.",
    "Look at how little summary there is here. The writer trusts the reader to remember the background.",
    "This is the hinge of the essay on {topic}: everything before it sets up the claim, everything after tests it.",
    "The writer qualifies the claim without abandoning it. That balance is what markers mean by nuance.",
    "Notice the verbs. The writer argues, weighs and doubts; the sources never simply say things.",
    "If you only had time to reread one paragraph of this essay, this would be the one to choose.",
]
CB_BANNERS = [
    "Drop-in writing clinics move to the library's first floor from Monday.",
    "The Atlas is being reorganised over the summer; some addresses may change.",
    "Twelve new annotated essays have been added for the spring term.",
]
CB_OLDER = ("This essay answered an assignment brief that has since been rewritten. Its argument is still worth "
            "reading, but check your own brief before borrowing its structure.")
CB_STEPS = ["Read and took notes for {a} hours across two weeks.",
            "Wrote a one-page plan and showed it to a tutor.",
            "Drafted the body paragraphs first, the opening last ({b} hours).",
            "Cut about {c} words in the final edit."]
CB_CRITERIA = [("Argument and thesis", 25), ("Use of evidence", 25), ("Engagement with other views", 20),
               ("Structure", 15), ("Expression and referencing", 15)]
CB_SVG = '<svg aria-hidden="true" class="astro-icon" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Z"></path></svg>'


def cb_cid(name: str) -> str:
    return f"data-astro-cid-{hexid('caldbeck', 'cid', name, n=8)}"


def cb_href(title: str) -> str:
    return f"/atlas/{slug(ESSAYS_BY_TITLE[title]['tags'][0])}/{slug(title)}/"


def cb_heading(text: str, anchor: str) -> str:
    return (f'<div class="sl-heading-wrapper level-h2"><h2 id="{anchor}">{esc(text)}</h2><a class="sl-anchor-link" href="#{anchor}">'
            f'<span aria-hidden="true" class="sl-anchor-icon">{CB_SVG}</span><span class="sr-only">Section titled \u201c{esc(text)}\u201d</span></a></div>')


def cb_aside(kind: str, title: str, inner: str) -> str:
    return (f'<aside aria-label="{html.escape(title)}" class="starlight-aside starlight-aside--{kind}"><p class="starlight-aside__title" aria-hidden="true">'
            f'{CB_SVG}{esc(title)}</p><div class="starlight-aside__content">{inner}</div></aside>')


def caldbeck(p: Page) -> str:
    rng = p.rng
    site = "caldbeck"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    href = cb_href(p.title)
    url = CB_ROOT + href
    used: dict[str, int] = {}
    toc: list[tuple[str, str]] = []

    def anchor(text: str) -> str:
        a = anchor_id(text)
        used[a] = used.get(a, 0) + 1
        return a if used[a] == 1 else f"{a}-{used[a] - 1}"

    def heading(text: str) -> str:
        a = anchor(text)
        toc.append((text, a))
        p.clutter.append(f"Section titled \u201c{text}\u201d")
        return cb_heading(text, a)

    pieces = essay_pieces(p, heading, lambda v: f"<p>{esc(v)}</p>", lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "aside", 13, p):
        title = rng.choice(CB_ASIDE_TITLES)
        text = note_for(CB_ASIDES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", cb_aside(rng.choice(["tip", "note"]), title, f"<p>{esc(text)}</p>")))
        p.clutter += [title, text]
    turn = rank_on(site, "process", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            lead = "How the writer got from notes to a final draft:"
            steps = [s.format(a=rng.randint(6, 14), b=rng.randint(5, 11), c=rng.randint(120, 400)) for s in CB_STEPS]
            piece = f"<p>{esc(lead)}</p>\n" + '<ol role="list" class="sl-steps">' + "".join(f"<li><p>{esc(s)}</p></li>" for s in steps) + "</ol>"
            p.clutter += [lead] + steps
        else:
            rows = [(c, rng.randint(top - 6, top - 1), top) for c, top in CB_CRITERIA]
            body = "".join(f"<tr><td>{esc(c)}</td><td>{got} / {top}</td></tr>" for c, got, top in rows)
            piece = ("<details><summary>Marks against the five criteria</summary>\n<table><thead><tr><th>Criterion</th><th>Mark</th></tr></thead>"
                     f"<tbody>{body}</tbody></table>\n</details>")
            p.clutter += ["Marks against the five criteria", "Criterion Mark"] + [f"{c} {got} / {top}" for c, got, top in rows]
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The other {fmt_int(more)} words of this essay are for Caldbeck students and staff."
        pieces.append(("wall", cb_aside("danger", "Members only", f"<p>{esc(wall)}</p>\n<p><a class=\"sl-link-button not-content primary\" href=\"/login/?next={quote(href)}\">Sign in with your college login</a></p>")))
        p.clutter += ["Members only", wall, "Sign in with your college login"]
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Works Cited")))
        pieces.append(("refs", "<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>"))
    # the reference, in a Tabs component under its own h2, before or after the essay
    year = 2022 + p.index % 3
    harvard = f"{CB_OWNER} ({year}) {p.title}. {CB_NAME}. Available at: {url} (Accessed: day month year)."
    mla = f"\u201c{p.title}.\u201d {CB_NAME}, {CB_OWNER}, {year}, {url.replace('https://', '')}."
    tab = 300 + p.index * 4
    tabs = (f'<starlight-tabs data-sync-key="refstyle" {cb_cid("tabs")}><div class="tablist-wrapper not-content" {cb_cid("tabs")}><ul role="tablist" {cb_cid("tabs")}>'
            f'<li role="presentation" class="tab" {cb_cid("tabs")}><a role="tab" href="#tab-panel-{tab}" id="tab-{tab}" aria-selected="true" tabindex="0" {cb_cid("tabs")}>Harvard</a></li>'
            f'<li role="presentation" class="tab" {cb_cid("tabs")}><a role="tab" href="#tab-panel-{tab + 1}" id="tab-{tab + 1}" aria-selected="false" tabindex="-1" {cb_cid("tabs")}>MLA</a></li></ul></div>'
            f'<div id="tab-panel-{tab}" aria-labelledby="tab-{tab}" role="tabpanel" {cb_cid("tabs")}><p>{esc(harvard)}</p></div>'
            f'<div id="tab-panel-{tab + 1}" aria-labelledby="tab-{tab + 1}" role="tabpanel" hidden {cb_cid("tabs")}><p>{esc(mla)}</p></div></starlight-tabs>')
    p.clutter += [harvard, mla, "Referencing this essay"]
    if half_and_half(site, "cite", p):
        cite_head = heading("Referencing this essay")
        pieces.insert(0, ("cite", cite_head + "\n" + tabs))
        toc.insert(0, toc.pop())
    else:
        pieces.append(("cite", heading("Referencing this essay") + "\n" + tabs))
    # the counts: Starlight cards whose bodies are paragraphs
    cards = [("Level of study", p.level), ("Mark", p.grade), ("Essay size", f"{fmt_int(p.words)} words of running text"),
             ("Paper needed", f"{p.pages} A4 {'sheet' if p.pages == 1 else 'sheets'} in print")]
    grid = f'<div class="card-grid" {cb_cid("cardgrid")}>' + "".join(
        f'<article class="card sl-flex" {cb_cid("card")}><p class="title sl-flex" {cb_cid("card")}><span class="icon" {cb_cid("card")}>{CB_SVG}</span>'
        f'<span {cb_cid("card")}>{esc(k)}</span></p><div class="body" {cb_cid("card")}><p>{esc(v)}</p></div></article>' for k, v in cards) + "</div>"
    p.clutter += [f"{k} {v}" for k, v in cards]
    older = ""
    if shown_on(site, "older", 6, p):
        older = cb_aside("caution", "Older brief", f"<p>{esc(CB_OLDER)}</p>") + "\n"
        p.clutter += ["Older brief", CB_OLDER]
    essay_html = "\n".join(h for _, h in pieces)
    # other essays' opening sentences, as link cards under an h2 of the essay's own heading markup
    openings_head = heading("Openings worth borrowing")
    lead = "Three other essays in the Atlas, and the sentence each one opens with:"
    links = ""
    for t in rng.sample(p.others, 3):
        sen = opening_sentence(t)
        links += (f'<div class="sl-link-card" {cb_cid("linkcard")}><span class="sl-flex stack" {cb_cid("linkcard")}><a href="{cb_href(t)}" {cb_cid("linkcard")}>'
                  f'<span class="title" {cb_cid("linkcard")}>{esc(t)}</span></a><span class="description" {cb_cid("linkcard")}>{esc(sen)}</span></span>'
                  f'<svg aria-hidden="true" class="icon rtl:flip" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" {cb_cid("linkcard")}><path d="m14 6-6 6 6 6"></path></svg></div>\n')
        p.clutter += [t, sen]
    p.clutter += ["Openings worth borrowing", lead]
    helped = rng.randint(3, 140)
    p.clutter += ["Did this page help you write?", "Not really", f"{helped} students said yes"]
    # sidebar: top-level links, then every essay under its subject
    groups = ""
    for subject, titles in by_subject(p).items():
        here = p.title in titles
        items = ""
        for t in titles:
            cur = ' aria-current="page"' if t == p.title else ""
            badge = (f'<span class="sl-badge note small" {cb_cid("badge")}>New</span>' if int(hexid(site, "new", t, n=4), 16) % 6 == 0 else "")
            items += (f'<li {cb_cid("sidebar")}><a href="{cb_href(t)}"{cur} class="large" {cb_cid("sidebar")}><span {cb_cid("sidebar")}>{esc(t)}</span>{badge}</a></li>')
            if t != p.title:
                p.clutter.append(t)
        groups += (f'<li {cb_cid("sidebar")}><details{" open" if here else ""} {cb_cid("sidebar")}><summary {cb_cid("sidebar")}><div class="group-label" {cb_cid("sidebar")}>'
                   f'<span class="large" {cb_cid("sidebar")}>{esc(subject)}</span></div><svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m14 6-6 6 6 6"></path></svg></summary>'
                   f'<ul class="sl-sidebar-sub" {cb_cid("sidebar")}>{items}</ul></details></li>')
    toc_items = '<li><a href="#_top"><span>Overview</span></a></li>' + "".join(f'<li><a href="#{a}"><span>{esc(h)}</span></a></li>' for h, a in toc)
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="sl-banner" {cb_cid("banner")}>{esc(CB_BANNERS[turn])}</div>\n'
        p.clutter.append(CB_BANNERS[turn])
    prev_t, next_t = rng.sample(p.others, 2)
    updated = date(2023, 1, 9) + timedelta(days=rng.randint(0, 600))
    stamp = f"{updated.day} {updated.strftime('%b')} {updated.year}"
    p.clutter += [prev_t, next_t, CB_NAME, CB_OWNER, "Skip to content", "On this page", "Start here", "How tutors mark",
                  "Referencing guide", "Suggest an edit", f"Last updated: {stamp}", "Built with Starlight", "Ctrl K",
                  f"\u00a9 {CB_OWNER}. Essays are shared with their writers' permission for study only."]
    desc = html.escape(f"An annotated {p.topic} essay ({p.level}, {p.grade}) from the {CB_OWNER}.")
    main_cid = cb_cid("main")
    return f"""<!DOCTYPE html><html lang="en-GB" dir="ltr" data-has-toc data-has-sidebar class="" data-theme="light"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(p.title)} | {CB_NAME}</title><link rel="canonical" href="{url}"/><link rel="sitemap" href="/sitemap-index.xml"/><link rel="shortcut icon" href="/favicon.svg" type="image/svg+xml"/><meta name="generator" content="Astro v5.7.10"/><meta name="generator" content="Starlight v0.34.1"/><meta property="og:title" content="{html.escape(p.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:locale" content="en_GB"/><meta property="og:description" content="{desc}"/><meta property="og:site_name" content="{CB_NAME}"/><meta name="twitter:card" content="summary_large_image"/><meta name="description" content="{desc}"/><script>
	window.StarlightThemeProvider = (() => {{
		const storedTheme = typeof localStorage !== 'undefined' && localStorage.getItem('starlight-theme');
		const theme = storedTheme || (window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
		document.documentElement.dataset.theme = theme === 'light' ? 'light' : 'dark';
		return {{ updatePickers(theme = storedTheme || 'auto') {{}} }};
	}})();
</script><link rel="stylesheet" href="/_astro/print.{hexid(site, 'print', n=8)}.css" media="print"/><link rel="stylesheet" href="/_astro/index.{hexid(site, 'css', n=8)}.css"/><script type="module" src="/_astro/page.{hexid(site, 'page', n=8)}.js"></script></head><body><a href="#_top" {cb_cid("skip")}>Skip to content</a><div class="page sl-flex" {cb_cid("page")}><header class="header" {cb_cid("page")}><div class="header" {cb_cid("header")}><div class="title-wrapper sl-flex" {cb_cid("header")}><a href="/" class="site-title sl-flex" {cb_cid("title")}><img class="light:sl-hidden print:hidden" alt="" src="/_astro/logo.{hexid(site, 'logo', n=8)}.svg" width="32" height="32"/><span translate="no" {cb_cid("title")}>{CB_NAME}</span></a></div><div class="sl-flex print:hidden" {cb_cid("header")}><site-search class="" {cb_cid("search")}><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="" {cb_cid("search")}><svg aria-hidden="true" class="" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M21.7 20.3 18 16.6a8.7 8.7 0 1 0-1.4 1.4l3.7 3.7a1 1 0 0 0 1.4-1.4Z"></path></svg><span class="sl-hidden md:sl-block" aria-hidden="true" {cb_cid("search")}>Search</span><kbd class="sl-hidden md:sl-flex" style="display: none;" {cb_cid("search")}><kbd {cb_cid("search")}>Ctrl</kbd><kbd {cb_cid("search")}>K</kbd></kbd></button><dialog style="padding:0" aria-label="Search" {cb_cid("search")}><div class="dialog-frame sl-flex" {cb_cid("search")}><button data-close-modal class="sl-flex md:sl-hidden" {cb_cid("search")}>Cancel</button><div class="search-container" {cb_cid("search")}><div id="starlight__search" {cb_cid("search")}></div></div></div></dialog></site-search></div><div class="sl-hidden md:sl-flex print:hidden right-group" {cb_cid("header")}><div class="sl-flex social-icons" {cb_cid("header")}><a href="https://mastodon.caldbeck.ac.uk/@writingcentre" rel="me" class="sl-flex" {cb_cid("social")}><span class="sr-only" {cb_cid("social")}>Mastodon</span>{CB_SVG}</a></div><starlight-theme-select><label style="--sl-select-width: 6.25em" {cb_cid("select")}><span class="sr-only" {cb_cid("select")}>Theme</span><select {cb_cid("select")}><option value="dark" {cb_cid("select")}>Dark</option><option value="light" {cb_cid("select")}>Light</option><option value="auto" selected="true" {cb_cid("select")}>Auto</option></select></label></starlight-theme-select></div></div></header><nav class="sidebar print:hidden" aria-label="Main" {cb_cid("page")}><starlight-menu-button class="print:hidden" {cb_cid("menu")}><button aria-expanded="false" aria-label="Menu" aria-controls="starlight__sidebar" class="sl-flex md:sl-hidden" {cb_cid("menu")}><svg aria-hidden="true" class="open-menu" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M3 8h18a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Z"></path></svg></button></starlight-menu-button><div id="starlight__sidebar" class="sidebar-pane" {cb_cid("page")}><div class="sidebar-content sl-flex" {cb_cid("page")}><sl-sidebar-state-persist data-hash="{hexid(site, 'hash', n=10)}"><ul class="top-level" {cb_cid("sidebar")}><li {cb_cid("sidebar")}><a href="/start/" class="large" {cb_cid("sidebar")}><span {cb_cid("sidebar")}>Start here</span></a></li><li {cb_cid("sidebar")}><a href="/marking/" class="large" {cb_cid("sidebar")}><span {cb_cid("sidebar")}>How tutors mark</span></a></li><li {cb_cid("sidebar")}><a href="/referencing/" class="large" {cb_cid("sidebar")}><span {cb_cid("sidebar")}>Referencing guide</span></a></li>{groups}</ul></sl-sidebar-state-persist></div></div></nav><div class="main-frame" {cb_cid("page")}>{banner}<div class="lg:sl-flex" {cb_cid("twocol")}><aside class="right-sidebar-container print:hidden" {cb_cid("twocol")}><div class="right-sidebar" {cb_cid("twocol")}><div class="sl-container" {cb_cid("twocol")}><starlight-toc data-min-h="2" data-max-h="3" {cb_cid("toc")}><nav aria-labelledby="starlight__on-this-page" {cb_cid("toc")}><h2 id="starlight__on-this-page" {cb_cid("toc")}>On this page</h2><ul class="isMobile" style="--depth: 0;" {cb_cid("toc")}>{toc_items}</ul></nav></starlight-toc></div></div></aside><div class="main-pane" {cb_cid("twocol")}><main data-pagefind-body lang="en-GB" dir="ltr" {main_cid}><div class="content-panel" {cb_cid("panel")}><div class="sl-container" {cb_cid("panel")}><mobile-starlight-toc data-min-h="2" data-max-h="3" {cb_cid("mtoc")}><nav aria-labelledby="starlight__on-this-page--mobile" {cb_cid("mtoc")}><details id="starlight__mobile-toc" {cb_cid("mtoc")}><summary id="starlight__on-this-page--mobile" class="sl-flex" {cb_cid("mtoc")}><div class="toggle sl-flex" {cb_cid("mtoc")}>On this page</div><span class="display-current" {cb_cid("mtoc")}>Overview</span></summary><div class="dropdown" {cb_cid("mtoc")}><ul class="isMobile" style="--depth: 0;" {cb_cid("toc")}>{toc_items}</ul></div></details></nav></mobile-starlight-toc><h1 id="_top" {cb_cid("h1")}>{esc(p.title)}</h1></div></div><div class="content-panel" {cb_cid("panel")}><div class="sl-container" {cb_cid("panel")}><div class="sl-markdown-content" {cb_cid("markdown")}>{older}{grid}
{essay_html}
{openings_head}
<p>{esc(lead)}</p>
{links}</div><div class="atlas-feedback not-content" {cb_cid("feedback")}><p class="atlas-feedback__question">Did this page help you write?</p><button type="button" class="sl-link-button secondary">Yes</button> <button type="button" class="sl-link-button secondary">Not really</button><p class="atlas-feedback__count">{helped} students said yes</p></div><footer class="sl-flex" {cb_cid("footer")}><div class="meta sl-flex" {cb_cid("footer")}><a href="https://git.caldbeck.ac.uk/writing-centre/atlas/-/edit/main/src/content/docs{href.rstrip('/')}.mdx" class="sl-flex print:hidden" {cb_cid("edit")}>{CB_SVG}Suggest an edit</a><p {cb_cid("updated")}>Last updated: <time class="sl-time" datetime="{updated.isoformat()}T00:00:00.000Z">{stamp}</time></p></div><div class="pagination-links print:hidden" dir="ltr" {cb_cid("pager")}><a href="{cb_href(prev_t)}" rel="prev" {cb_cid("pager")}><svg aria-hidden="true" class="rtl:flip" width="24" height="24" viewBox="0 0 24 24" fill="currentColor"><path d="m14 6-6 6 6 6"></path></svg><span {cb_cid("pager")}>Previous<br {cb_cid("pager")}/><span class="link-title" {cb_cid("pager")}>{esc(prev_t)}</span></span></a><a href="{cb_href(next_t)}" rel="next" {cb_cid("pager")}><svg aria-hidden="true" class="rtl:flip" width="24" height="24" viewBox="0 0 24 24" fill="currentColor"><path d="m10 6 6 6-6 6"></path></svg><span {cb_cid("pager")}>Next<br {cb_cid("pager")}/><span class="link-title" {cb_cid("pager")}>{esc(next_t)}</span></span></a></div><div class="kudos sl-flex print:hidden" {cb_cid("footer")}><a href="https://starlight.astro.build/" {cb_cid("footer")}>{CB_SVG}Built with Starlight</a></div><p class="legal" {cb_cid("footer")}>&copy; {CB_OWNER}. Essays are shared with their writers' permission for study only.</p></footer></div></div></main></div></div></div></div></body></html>
"""


# ---- 2. eskdale: NodeBB 3 (Harmony), a sixth-form forum's "Show Your Essay" category ------------------------------

ES_ROOT = "https://forum.eskdale6.org"
ES_NAME = "Eskdale Sixth Form Forum"
ES_CAT = "Show Your Essay"
ES_MEMBERS = ["wordsmith_ellie", "jk.pearce", "Hamza_R", "ollie-b", "tash.m", "Priyanka_S", "finn_o", "the_real_kai",
              "Ruby_L", "nadia.k", "George_W", "becca_t"]
ES_GROUPS = [("Year 12", "#1565c0"), ("Year 13", "#2e7d32"), ("Alumni", "#6a1b9a"), ("Peer mentor", "#ef6c00")]
ES_SIGS = ["History, Politics and Psychology. Coffee first, questions later.",
           "Trying to get into medicine, send help and flashcards.",
           "Former Year 13, now reading Law. Happy to look at plans.",
           "Geography is the best subject and I will not be taking questions.",
           "EPQ done, never again, would recommend.",
           "If it isn't referenced it didn't happen.",
           "Maths and Physics. I only read essays when they have graphs.",
           "Peer mentor for Year 12 humanities, message me."]
ES_NOTES = ["Posting this with my teacher's OK, so please don't copy it wholesale.",
            "Sharing this because someone asked how I structured it. Feedback welcome.",
            "My teacher said I could put this up here. Please don't hand it in as your own."]
ES_REMARK_LABELS = ["Teacher's note:", "Feedback:", "Ms Ashworth wrote:", "Marker:"]
ES_REMARKS = [
    "this is the paragraph that lifted the mark, keep the evidence-then-comment rhythm",
    "good, but say who produced that figure before you use it",
    "excellent turn here from narrative to argument",
    "you could lose a sentence in this paragraph and gain clarity",
    "this links back to the question without saying so, which is the best way",
    "the strongest use of {topic} material in the whole piece",
    "careful: one more qualification here and the claim disappears",
]
ES_REPLIES = [
    "This is really helpful, thank you for posting it.",
    "How long was the original word limit?",
    "The objection paragraph is so good, I never know how to do those.",
    "Did you plan it all before writing or work it out as you went?",
    "Bookmarking this for next term.",
    "Honestly clearer than half the revision guides.",
    "What did you read first, the secondary stuff or the sources?",
    "Well done on the grade, it shows.",
    "Could you share your plan too if you still have it?",
    "Never thought about it from that angle before.",
]
ES_CAPTIONS = ["first page with the ticks, sorry about the photo", "the cover sheet, names blurred",
               "my plan on the back of a worksheet"]
ES_BANNERS = [
    "Study leave starts on Friday: the forum stays open all through exams.",
    "Please read the updated rules on sharing coursework before posting.",
    "The forum will be down briefly on Sunday night for an upgrade.",
]
ES_ARCHIVED = "This topic is archived: replies are closed and the essay is kept for reference."
ES_CONTINUED = "(continued, the forum cut my first post off at the character limit)"


def es_tid(title: str) -> int:
    return int(hexid("eskdale", "tid", title, n=5), 16) % 9000 + 400


def es_href(title: str) -> str:
    return f"/topic/{es_tid(title)}/{slug(title)}"


def es_stamp(d: datetime) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}, {d.strftime('%H:%M')}"


def es_group(name: str) -> tuple[str, str]:
    return ES_GROUPS[int(hexid("eskdale", "group", name, n=4), 16) % len(ES_GROUPS)]


def es_uid(name: str) -> int:
    return int(hexid("eskdale", "uid", name, n=4), 16) % 3000 + 5


def es_post(pid: int, index: int, name: str, when: datetime, content: str, sig: str, votes: int, edited: datetime | None,
            owner: bool) -> str:
    uid = es_uid(name)
    group, colour = es_group(name)
    letter = name.lstrip("_")[0].upper()
    bg = "#" + hexid("eskdale", "bg", name, n=6)
    edit = (f'<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon" title="Edited {when.isoformat()}"></i> '
            f'<span data-editor="{name}" component="post/editor" class="visually-hidden">last edited by {esc(name)} {es_stamp(edited)}</span>'
            if edited else f'<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon hidden"></i>')
    return f"""<li component="post" class="pt-4{' topic-owner-post' if owner else ''}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="{int(when.timestamp()) * 1000}" data-username="{name}" data-userslug="{slug(name)}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>
<a component="post/anchor" data-index="{index}" id="{index + 1}"></a>
<meta itemprop="datePublished" content="{when.isoformat()}Z">
<div class="d-flex align-items-start gap-3">
<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);"><a class="d-inline-block position-relative text-decoration-none" href="/user/{slug(name)}" aria-label="Profile page for user {name}"><span title="{name}" data-uid="{uid}" class="avatar avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: {bg};">{letter}</span><span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status offline"><span class="visually-hidden">Offline</span></span></a></div>
<div class="post-container d-flex flex-grow-1 flex-column w-100" style="min-width:0;">
<div class="d-flex align-items-center gap-1 flex-wrap w-100 post-header mt-1" itemprop="author" itemscope itemtype="https://schema.org/Person">
<meta itemprop="name" content="{name}">
<span class="text-nowrap d-flex gap-1 align-items-center"><a class="fw-bold text-nowrap text-truncate" href="/user/{slug(name)}" data-username="{name}" data-uid="{uid}">{esc(name)}</a></span>
<a href="/groups/{slug(group)}"><span class="badge rounded-1 text-uppercase text-truncate text-decoration-none" style="color:#ffffff;background-color: {colour};"><span class="badge-text align-text-bottom">{esc(group)}</span></span></a>
<div class="d-flex gap-1 align-items-center"><span class="text-muted">wrote on</span> <a href="/post/{pid}" class="timeago text-muted" title="{when.isoformat()}Z">{es_stamp(when)}</a> {edit}</div>
</div>
<div class="content text-break" component="post/content" itemprop="text">
{content}
</div>
<div component="post/footer" class="post-footer border-bottom pb-2">
<div component="post/signature" data-uid="{uid}" class="text-xs text-muted mt-2"><p dir="auto">{esc(sig)}</p></div>
<div class="d-flex flex-wrap-reverse gap-2 justify-content-end">
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools"><a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="Reply"><i class="fa fa-fw fa-reply text-primary"></i></a><a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="Quote"><i class="fa fa-fw fa-quote-right text-primary"></i></a><div class="d-flex votes align-items-center"><a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post"><i class="fa fa-fw fa-chevron-up text-primary"></i></a><meta itemprop="upvoteCount" content="{votes}"><meta itemprop="downvoteCount" content="0"><a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{votes}" title="Voters">{votes}</a></div></div>
</div>
</div>
</div>
</div>
</li>
"""


def eskdale(p: Page) -> str:
    rng = p.rng
    site = "eskdale"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    op = rng.choice(ES_MEMBERS)
    tid = es_tid(p.title)
    pid = tid * 11 + 3
    href = es_href(p.title)
    url = ES_ROOT + href
    started = datetime(2022, 9, 5, 15, 10) + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 400))
    pieces = essay_pieces(p, lambda v: f'<h3 dir="auto">{esc(v)}</h3>', lambda v: f'<p dir="auto">{esc(v)}</p>',
                          lambda v: f'<blockquote>\n<p dir="auto">{esc(v)}</p>\n</blockquote>',
                          lambda o, items: f"<{'ol' if o else 'ul'}>\n" + "\n".join(f'<li dir="auto">{esc(i)}</li>' for i in items) + f"\n</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    edited = None
    if shown_on(site, "remark", 13, p):
        label = rng.choice(ES_REMARK_LABELS)
        text = note_for(ES_REMARKS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<blockquote>\n<p dir="auto"><strong>{esc(label)}</strong> {esc(text)}</p>\n</blockquote>'))
        p.clutter.append(f"{label} {text}")
        edited = started + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    turn = rank_on(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            lead = "Mark breakdown from the cover sheet:"
            rows = [(c, rng.randint(top - 3, top), top) for c, top in [("AO1 Knowledge", 10), ("AO2 Sources", 10), ("AO3 Argument", 15), ("AO4 Writing", 5)]]
            table = ('<table class="table table-bordered table-striped">\n<thead>\n<tr>\n<th>Objective</th>\n<th>Mark</th>\n</tr>\n</thead>\n<tbody>\n'
                     + "".join(f"<tr>\n<td>{esc(c)}</td>\n<td>{got}/{top}</td>\n</tr>\n" for c, got, top in rows) + "</tbody>\n</table>")
            piece = f'<p dir="auto">{esc(lead)}</p>\n{table}'
            p.clutter += [lead, "Objective Mark"] + [f"{c} {got}/{top}" for c, got, top in rows]
        else:
            caption = rng.choice(ES_CAPTIONS)
            img = hexid(site, p.index, "img", n=16)
            piece = (f'<p dir="auto"><img src="/assets/uploads/files/{img}-scan.jpg" alt="scan of the marked essay" class="img-fluid img-markdown" /></p>\n'
                     f'<p dir="auto"><em>{esc(caption)}</em></p>')
            p.clutter.append(caption)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
        edited = edited or started + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Guests can only see the start of this post. Register or log in to read the other {fmt_int(more)} words."
        pieces.append(("wall", f'<div class="alert alert-warning" component="post/content/guest-limit"><p dir="auto">{esc(wall)}</p>'
                               f'<a class="btn btn-primary btn-sm" href="/register">Register</a> <a class="btn btn-outline-secondary btn-sm" href="/login">Log in</a></div>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h3 dir="auto">Works Cited</h3>'))
        pieces.append(("refs", "<ul>\n" + "\n".join(f'<li dir="auto">{mk}</li>' for _, mk in p.refs) + "\n</ul>"))
    # on some pages the essay runs on into the poster's second post
    second: list[tuple[str, str]] = []
    if shown_on(site, "split", 7, p) and p.cut is None:
        at = rng.randint(len(pieces) // 2, max(len(pieces) // 2, len(pieces) - 3))
        while at > 1 and pieces[at - 1][0] in ("heading", "lead"):
            at -= 1
        second = [("cont", f'<p dir="auto"><em>{esc(ES_CONTINUED)}</em></p>')] + pieces[at:]
        pieces = pieces[:at]
        p.clutter.append(ES_CONTINUED)
    # the poster's own note moves: first thing in the post on some pages, last thing on the others
    note = rng.choice(ES_NOTES)
    note_html = ("note", f'<p dir="auto"><em>{esc(note)}</em></p>')
    p.clutter.append(note)
    if half_and_half(site, "note", p):
        pieces.insert(0, note_html)
    elif second:
        second.append(note_html)
    else:
        pieces.append(note_html)
    votes = rng.choice([0, 1, rng.randint(2, 9), rng.randint(10, 35)])
    sig = ES_SIGS[int(hexid(site, "sig", op, n=4), 16) % len(ES_SIGS)]
    posts = es_post(pid, 0, op, started, "\n".join(h for _, h in pieces), sig, votes, edited, True)
    group = es_group(op)[0]
    p.clutter += [op, f"wrote on {es_stamp(started)}", sig, group]
    if edited:
        p.clutter.append(f"last edited by {op} {es_stamp(edited)}")
    when = started
    names = [op]
    index = 1
    if second:
        when = started + timedelta(minutes=rng.randint(1, 4))
        posts += es_post(pid + 1, 1, op, when, "\n".join(h for _, h in second), sig, rng.choice([0, 1, 2]), None, True)
        p.clutter.append(f"wrote on {es_stamp(when)}")
        index = 2
    # replies; about half quote a sentence of the essay under the "@name said in" line
    quotable = [s for b in p.visible() if b[0] == "paragraph" for s in sentences_of(b[1]) if len(s.split()) >= 8]
    n_r = rng.randint(0, 4)
    others = [m for m in ES_MEMBERS if m != op]
    for k, (who, text) in enumerate(zip(rng.sample(others, n_r), rng.sample(ES_REPLIES, n_r))):
        when += timedelta(hours=rng.randint(1, 50), minutes=rng.randint(0, 59))
        body = f'<p dir="auto">{esc(text)}</p>'
        if quotable and rng.random() < 0.5:
            said = rng.choice(quotable)
            body = (f'<p dir="auto"><a class="plugin-mentions-user plugin-mentions-a" href="/uid/{es_uid(op)}" aria-label="Profile: {op}">@<bdi>{esc(op)}</bdi></a> said in '
                    f'<a href="/post/{pid}">{esc(p.title)}</a>:</p>\n<blockquote>\n<p dir="auto">{esc(said)}</p>\n</blockquote>\n{body}')
            p.clutter.append(f"@{op} said in {p.title}:")
        rsig = ES_SIGS[int(hexid(site, "sig", who, n=4), 16) % len(ES_SIGS)]
        posts += es_post(pid + 7 + k * 5, index, who, when, body, rsig, rng.choice([0, 0, 1, 3]), None, False)
        p.clutter += [text, who, f"wrote on {es_stamp(when)}", rsig, es_group(who)[0]]
        names.append(who)
        index += 1
    n_posts = index
    views = rng.randint(40, 3000)
    stats = [(n_posts, "Posts"), (len(set(names)), "Posters"), (views, "Views"), (fmt_int(p.words), "words in the essay"),
             (p.pages, "pages if printed")]
    stats_html = "".join(f'<span class="badge text-body border stats text-xs"><i class="fa fa-fw fa-chart-simple"></i> <span title="{v}" class="fw-normal">{v}</span> '
                         f'<span class="text-lowercase fw-normal">{label}</span></span>' for v, label in stats)
    p.clutter += [f"{fmt_int(p.words)} words in the essay", f"{p.pages} pages if printed", f"{views} Views"]
    tags = [slug(p.topic), slug(p.level)]
    tags_html = "".join(f'<a href="/tags/{t}"><span class="badge border fw-normal tag tag-class-{t}" data-tag="{t}">{t}</span></a>' for t in tags)
    # suggested topics: the closing sentence of three other essays as their teaser
    suggested = ""
    for t in rng.sample(p.others, 3):
        sen = closing_sentence(t)
        poster = ES_MEMBERS[int(hexid(site, "starter", t, n=4), 16) % len(ES_MEMBERS)]
        n_rep = int(hexid(site, "replies", t, n=2), 16) % 7 + 1
        suggested += (f'<li component="category/topic" class="category-item hoverable d-flex flex-column flex-lg-row align-items-start px-0 border-bottom" data-tid="{es_tid(t)}">'
                      f'<div class="d-flex p-0 col-12 col-lg-7 gap-2 gap-lg-3 pe-1 align-items-start"><div class="flex-grow-1 d-flex flex-wrap gap-1 position-relative">'
                      f'<h3 component="topic/header" class="title text-break fs-5 fw-semibold m-0 tracking-tight w-100"><a class="text-reset" href="{es_href(t)}">{esc(t)}</a></h3>'
                      f'<span class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color: #4e8098;">{ES_CAT}</span></div></div>'
                      f'<div class="d-flex p-0 col-lg-5 col-12 align-content-stretch"><div class="stats text-xs text-muted"><span class="fs-5 ff-secondary lh-1">{n_rep}</span> replies</div>'
                      f'<div component="topic/teaser" class="meta teaser col-lg-7"><div class="lastpost border-start border-4 lh-sm h-100"><a class="text-muted text-decoration-none" href="/user/{slug(poster)}">{esc(poster)}</a>'
                      f'<div class="post-content text-xs ps-2 line-clamp-sm-2 lh-sm text-break position-relative flex-fill"><p dir="auto">{esc(sen)}</p></div></div></div></div></li>\n')
        p.clutter += [t, sen, f"{n_rep} replies"]
    # the widget listing every other topic of the category
    listing = ""
    for t in p.others:
        by = ES_MEMBERS[int(hexid(site, "by", t, n=4), 16) % len(ES_MEMBERS)]
        listing += f'<li class="mb-1"><a href="{es_href(t)}">{esc(t)}</a> <span class="text-muted text-xs">by {esc(by)}</span></li>\n'
        p.clutter += [t, f"{t} by {by}"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div component="global-alert" class="alert alert-info mb-0 rounded-0 text-center" role="alert">{esc(ES_BANNERS[turn])}</div>\n'
        p.clutter.append(ES_BANNERS[turn])
    archived = ""
    if shown_on(site, "archived", 6, p):
        archived = f'<div component="topic/archived" class="alert alert-secondary mb-0">{esc(ES_ARCHIVED)}</div>\n'
        p.clutter.append(ES_ARCHIVED)
    p.clutter += [ES_NAME, ES_CAT, "Log in to reply", "Loading More Posts", "Suggested Topics", "All essays in this category",
                  f"1 out of {n_posts}", "Powered by NodeBB", "Skip to content", "Oldest to Newest"]
    flat = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", "\n".join(h for _, h in pieces)))).strip()
    desc = html.escape(flat[:200].rsplit(" ", 1)[0] + "\u2026")
    cfg = html.escape(f'{{"relative_path":"","upload_url":"/assets/uploads","assetBaseUrl":"/assets","siteTitle":"{ES_NAME}","version":"3.8.4","cache-buster":"v={hexid(site, "cb", n=11)}"}}', quote=False)
    return f"""<!DOCTYPE html>
<html lang="en-GB" data-dir="ltr" style="direction: ltr;">
<head>
<title>{esc(p.title)} | {ES_NAME}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
<meta name="content-type" content="text/html; charset=UTF-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="mobile-web-app-capable" content="yes" />
<meta property="og:site_name" content="{ES_NAME}" />
<meta name="msapplication-badge" content="frequency=30; polling-uri={ES_ROOT}/sitemap.xml" />
<meta name="theme-color" content="#ffffff" />
<meta name="title" content="{html.escape(p.title)}" />
<meta property="og:title" content="{html.escape(p.title)}" />
<meta name="description" content="{desc}" />
<meta property="og:description" content="{desc}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{started.isoformat()}Z" />
<meta property="article:section" content="{ES_CAT}" />
<meta property="og:url" content="{url}" />
<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={hexid(site, 'ico', n=11)}" />
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
<link rel="search" title="{ES_NAME}" type="application/opensearchdescription+xml" href="/osd.xml" />
<link rel="prefetch" href="/assets/src/modules/composer.js?v={hexid(site, 'cb', n=11)}" />
<link rel="stylesheet" href="/assets/client.css?v={hexid(site, 'cb', n=11)}" />
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" href="/topic/{tid}.rss" />
<script>
var config = JSON.parse('{cfg}');
</script>
</head>
<body class="page-topic page-topic-{tid} page-topic-{slug(p.title)} template-topic page-topic-category-7 page-topic-category-show-your-essay parent-category-7 page-status-200 theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">Skip to content</a>
{banner}<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="open text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top">
<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">
<li class="nav-item mx-2" title="Categories"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/categories" aria-label="Categories"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-list"></i><span class="nav-text small visible-open fw-semibold text-truncate">Categories</span></span></a></li>
<li class="nav-item mx-2" title="Recent"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/recent" aria-label="Recent"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-clock-o"></i><span class="nav-text small visible-open fw-semibold text-truncate">Recent</span></span></a></li>
<li class="nav-item mx-2" title="Tags"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/tags" aria-label="Tags"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-tags"></i><span class="nav-text small visible-open fw-semibold text-truncate">Tags</span></span></a></li>
<li class="nav-item mx-2" title="Popular"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/popular" aria-label="Popular"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-fire"></i><span class="nav-text small visible-open fw-semibold text-truncate">Popular</span></span></a></li>
<li class="nav-item mx-2" title="Groups"><a class="nav-link navigation-link d-flex gap-2 justify-content-between align-items-center" href="/groups" aria-label="Groups"><span class="d-flex gap-2 align-items-center text-nowrap truncate-open"><i class="fa fa-fw fa-users"></i><span class="nav-text small visible-open fw-semibold text-truncate">Groups</span></span></a></li>
</ul>
<div class="sidebar-toggle-container align-self-start"><div class="sidebar-toggle m-2 d-none d-lg-block"><a href="#" role="button" component="sidebar/toggle" class="nav-link d-flex gap-2 align-items-center p-2 pointer w-100 text-nowrap" title="Expand" aria-label="Sidebar Toggle"><i class="fa fa-fw fa-angles-right"></i><i class="fa fa-fw fa-angles-left"></i><span class="nav-text visible-open fw-semibold small lh-1">Collapse</span></a></div></div>
<ul class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 mb-2"><li class="nav-item mx-2"><a class="nav-link navigation-link d-flex gap-2 align-items-center" href="/register"><i class="fa fa-fw fa-user-plus"></i><span class="nav-text small visible-open fw-semibold">Register</span></a></li><li class="nav-item mx-2"><a class="nav-link navigation-link d-flex gap-2 align-items-center" href="/login"><i class="fa fa-fw fa-sign-in"></i><span class="nav-text small visible-open fw-semibold">Login</span></a></li></ul>
</nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 brand-container"><div class="col-12 d-flex border-bottom pb-3"><div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch"><a component="brand/anchor" href="/" title="Brand Logo"><img component="brand/logo" alt="{ES_NAME} logo" class="" src="/assets/uploads/system/site-logo.png?v={hexid(site, 'logo', n=11)}" /></a><a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/"><h1 class="fs-6 fw-bold text-body mb-0">{ES_NAME}</h1></a></div></div></div>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="1" /><a href="/" itemprop="item"><span class="fw-semibold" itemprop="name">Home</span></a></li><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="2" /><a href="/category/7/show-your-essay" itemprop="item"><span class="fw-semibold" itemprop="name">{ES_CAT}</span></a></li><li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active"><meta itemprop="position" content="3" /><span class="fw-semibold" itemprop="name">{esc(p.title)}</span></li></ol>
<noscript><div class="alert alert-danger"><p>Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in <strong>read-only mode</strong>.</p></div></noscript>
<div class="d-flex flex-column gap-3" itemid="{href}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{html.escape(p.title)}">
<meta itemprop="url" content="{href}">
<meta itemprop="datePublished" content="{started.isoformat()}Z">
<div class="d-flex flex-column gap-3">
<div class="d-flex gap-2 flex-wrap">
<div class="d-flex flex-column gap-3 flex-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break">
<span class="topic-title" component="topic/title">{esc(p.title)}</span>
</h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap">
<a href="/category/7/show-your-essay" class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color: #4e8098;border-color: #4e8098!important; max-width: 70vw;"><i class="fa fa-fw fa-pencil"></i> {ES_CAT}</a>
<div data-tid="{tid}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">{tags_html}</div>
<div class="d-flex gap-2" component="topic/stats">{stats_html}</div>
</div>
</div>
</div>
{archived}<div class="row mb-4 mb-lg-0">
<div class="topic col-lg-9">
<div class="sticky-tools"><div class="d-flex gap-2 justify-content-end"><div class="btn-group bottom-sheet" component="thread/sort"><button class="btn btn-ghost btn-sm ff-secondary d-flex gap-2 align-items-center dropdown-toggle" data-bs-toggle="dropdown" type="button" aria-haspopup="true" aria-expanded="false" aria-label="Post sort option, Oldest to Newest"><i class="fa fa-fw fa-arrow-down-wide-short text-primary"></i><span class="d-none d-md-inline fw-semibold">Oldest to Newest</span></button></div><a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Log in to reply</a></div></div>
<ul component="topic" class="posts timeline mt-sm-2 p-0 py-3" data-tid="{tid}" data-cid="7">
{posts}</ul>
<div component="topic/navigator" class="pagination-block text-center"><span class="pagination-text">1 out of {n_posts}</span></div>
<div class="d-flex justify-content-end"><a component="topic/reply/guest" href="/login" class="btn btn-sm btn-primary">Log in to reply</a></div>
<div component="topic/loading" class="d-flex justify-content-center hidden"><span class="text-muted">Loading More Posts</span></div>
</div>
<div data-widget-area="sidebar" class="col-lg-3 col-sm-12">
<div class="card mb-3"><h5 class="card-header">All essays in this category</h5><div class="card-body"><ul class="list-unstyled mb-0">
{listing}</ul></div></div>
</div>
</div>
<div class="row mb-4 mb-lg-0"><div class="col-lg-12"><div class="suggested-topics"><h3 class="fw-semibold fs-5">Suggested Topics</h3><ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="20">
{suggested}</ul></div></div></div>
</div>
</div>
</div>
</main>
</div>
<footer id="footer" class="container footer"><div class="copyright">Powered by <a target="_blank" rel="noopener" href="https://nodebb.org">NodeBB</a> | <a target="_blank" rel="noopener" href="//github.com/NodeBB/NodeBB/graphs/contributors">Contributors</a></div></footer>
<script defer src="/assets/nodebb.min.js?v={hexid(site, 'cb', n=11)}"></script>
</body>
</html>
"""


# ---- 3. hawkshead: TiddlyWiki 5, a revision notebook with several tiddlers open ----------------------------------

HK_NAME = "Hawkshead Notebook"
HK_SUBTITLE = "essays worth rereading, with notes from the history and English departments"
HK_EDITORS = ["JHolme", "RGilpin", "KBraithwaite", "TFell"]
HK_MARGIN_LABELS = ["Margin:", "Pencilled beside this:", "Teacher's gloss:", "Note for next year:"]
HK_MARGINS = [
    "the whole essay pivots here, so slow down and reread the previous sentence",
    "see how the figure arrives with its source already attached",
    "a weaker essay would stop at the example; this one says what the example proves",
    "good place to compare with your own {topic} notes",
    "the qualification keeps the claim honest without killing it",
    "every sentence here is doing one job, and only one",
    "notice that the paragraph ends by looking forward, not by summarising",
]
HK_BANNERS = [
    "The notebook has moved to a new address; old bookmarks will redirect until July.",
    "Thirty new essays were added over the Easter holidays.",
    "Some links to the old exam board pages no longer work and are being fixed.",
]
HK_RECHECK = ("Waiting to be rechecked: this essay was written before the current specification, so its "
              "structure may not match what examiners now expect.")
HK_START = ["This notebook collects essays that students and teachers thought worth rereading, each with a few notes.",
            "Close a tiddler with the cross in its title bar; the index on the right lists every essay by subject."]
HK_OBJ_LEAD = "Every essay here faces at least one objection. Three from elsewhere in the notebook, to set beside the one above:"
HK_LOG = ["draft 1  {a} words  plan only", "draft 2  {b} words  all sections", "draft 3  {c} words  after feedback",
          "final    {d} words  references checked"]
HK_SVG = '<svg class="tc-image-button" height="22pt" viewBox="0 0 128 128" width="22pt"><path d="M64 0a64 64 0 1 0 0 128A64 64 0 0 0 64 0z"></path></svg>'


def hk_href(title: str) -> str:
    return quote(title, safe="") + ".html"


def hk_date(d: datetime) -> str:
    return f"{ordinal(d.day)} {d.strftime('%B')} {d.year} at {int(d.strftime('%I'))}:{d.strftime('%M')}{d.strftime('%p').lower()}"


def hk_link(title: str, resolves: bool = True) -> str:
    return f'<a class="tc-tiddlylink tc-tiddlylink-{"resolves" if resolves else "missing"}" href="{hk_href(title)}">{esc(title)}</a>'


def hk_frame(title: str, tags: list[str], editor: str, when: datetime, body: str, extra_top: str = "", extra_end: str = "") -> str:
    tag_classes = " ".join(f"tc-tagged-{quote(t, safe='')}" for t in tags)
    pills = "".join(f'<span class="tc-tag-list-item" data-tag-title="{html.escape(t)}"><button class="tc-btn-invisible tc-tag-label tc-tag-{quote(t, safe="")}" '
                    f'style="fill:#333333; color:#333333; background-color:#{hexid("hawkshead", "tag", t, n=6)};">{esc(t)}</button></span>' for t in tags)
    buttons = "".join(f'<button class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2F{b}" title="{t}" aria-label="{b}">{HK_SVG}</button>'
                      for b, t in [("more-tiddler-actions", "More actions"), ("edit", "Edit this tiddler"), ("close", "Close this tiddler")])
    return (f'<div class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists {tag_classes}" data-tiddler-title="{html.escape(title)}" '
            f'data-tags="{html.escape(" ".join(tags))}" role="article">\n<div class="tc-tiddler-title"><div class="tc-titlebar"><span class="tc-tiddler-controls">{buttons}</span>'
            f'<span><h2 class="tc-title">{esc(title)}</h2></span></div></div>\n<div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div>\n'
            f'<div class="tc-subtitle">{hk_link(editor, False)} {hk_date(when)}</div>\n<div class="tc-tags-wrapper">{pills}</div>\n'
            f'{extra_top}<div class="tc-tiddler-body tc-reveal">{body}</div>\n{extra_end}</div>')


def hk_para(text: str) -> str:
    """A paragraph, with the first mention of each scholar linked to a (missing) tiddler, as a wiki would."""
    out = esc(text)
    for name in SCHOLARS:
        out = re.sub(rf"\b{re.escape(name)}\b", hk_link(name, False).replace("\\", "\\\\"), out, count=1)
    return f"<p>{out}</p>"


def hawkshead(p: Page) -> str:
    rng = p.rng
    site = "hawkshead"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    pieces = essay_pieces(p, lambda v: f'<h2 class="">{esc(v)}</h2>', hk_para,
                          lambda v: f'<blockquote class="tc-quote"><p>{esc(v)}</p></blockquote>',
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "margin", 13, p):
        label = rng.choice(HK_MARGIN_LABELS)
        text = note_for(HK_MARGINS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="hn-margin"><p><strong>{esc(label)}</strong> {esc(text)}</p></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            rows = [(c, rng.randint(top - 3, top), top) for c, top in [("Knowledge", 12), ("Analysis", 12), ("Evaluation", 12), ("Communication", 4)]]
            body = '<tr class="evenRow"><th>Objective</th><th>Awarded</th><th>Out of</th></tr>' + "".join(
                f'<tr class="{"oddRow" if i % 2 == 0 else "evenRow"}"><td>{esc(c)}</td><td>{got}</td><td>{top}</td></tr>' for i, (c, got, top) in enumerate(rows))
            piece = f'<table class="hn-marks"><caption class="tc-table-caption">Marks as awarded</caption><tbody>{body}</tbody></table>'
            p.clutter += ["Marks as awarded", "Objective Awarded Out of"] + [f"{c} {got} {top}" for c, got, top in rows]
        else:
            lead = "The writer's revision log, copied from the back of the draft:"
            w = p.words
            lines = [ln.format(a=rng.randint(150, 250), b=w + rng.randint(150, 400), c=w + rng.randint(30, 140), d=w) for ln in HK_LOG]
            piece = f"<p>{esc(lead)}</p><pre><code>" + "\n".join(esc(ln) for ln in lines) + "</code></pre>"
            p.clutter += [lead] + [re.sub(r"\s+", " ", ln) for ln in lines]
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Everything after this point ({fmt_int(more)} words) is kept in the staff copy of the notebook. Ask in the library for access."
        pieces.append(("wall", f'<div class="tc-message-box hn-locked"><p>{esc(wall)}</p></div>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h2 class="">Works Cited</h2>'))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    editor = rng.choice(HK_EDITORS)
    added = datetime(2021, 10, 4, 9, 0) + timedelta(days=rng.randint(0, 800), minutes=rng.randint(0, 700))
    modified = added + timedelta(days=rng.randint(1, 200), minutes=rng.randint(0, 600))
    # the counts: rows of the tiddler's field table under the body
    fields = [("course", p.level), ("grade", p.grade), ("essay-words", fmt_int(p.words)), ("a4-sheets", str(p.pages)),
              ("added", added.strftime("%Y%m%d%H%M%S") + "000")]
    table = ('<div class="hn-fields"><table class="tc-view-field-table"><tbody>' + "".join(
        f'<tr class="tc-view-field"><td class="tc-view-field-name">{esc(k)}</td><td class="tc-view-field-value">{esc(v)}</td></tr>' for k, v in fields)
             + "</tbody></table></div>\n")
    p.clutter += [f"{k} {v}" for k, v in fields]
    recheck = ""
    if shown_on(site, "recheck", 6, p):
        recheck = f'<div class="hn-recheck"><p>{esc(HK_RECHECK)}</p></div>\n'
        p.clutter.append(HK_RECHECK)
    tags = ["Essays", cap(p.topic), p.level]
    essay_frame = hk_frame(p.title, tags, editor, modified, "".join(h for _, h in pieces), recheck, table)
    p.clutter += [editor, f"{editor} {hk_date(modified)}"]
    # the other tiddlers in the story river
    items = ""
    for t in rng.sample(p.others, 3):
        sen = objection_sentence(t)
        items += f"<li>{hk_link(t)}: {esc(sen)}</li>"
        p.clutter += [t, sen]
    obj_when = datetime(2024, 1, 8, 19, 12) + timedelta(days=rng.randint(0, 90))
    objections = hk_frame("Objections, collected", ["Study skills"], "TFell", obj_when, f"<p>{esc(HK_OBJ_LEAD)}</p><ul>{items}</ul>")
    p.clutter += ["Objections, collected", "Study skills", HK_OBJ_LEAD, f"TFell {hk_date(obj_when)}"]
    start = hk_frame("Start here", ["About"], "JHolme", datetime(2023, 9, 4, 8, 30), "".join(f"<p>{esc(s)}</p>" for s in HK_START))
    p.clutter += ["Start here", f"JHolme {hk_date(datetime(2023, 9, 4, 8, 30))}"] + HK_START
    story = [essay_frame, objections]
    open_titles = [p.title, "Objections, collected"]
    if half_and_half(site, "start", p):
        story.insert(0, start)
        open_titles.insert(0, "Start here")
    else:
        story.append(start)
        open_titles.append("Start here")
    # sidebar: the open tiddlers, the index by subject (h3 subject headings) and recent edits
    open_list = "".join(f'<div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini tc-small-gap-right" title="Close this tiddler">\u00d7</button>{hk_link(t)}</div>' for t in open_titles)
    index = ""
    for subject, titles in by_subject(p).items():
        index += f'<h3 class="">{esc(subject)}</h3><ul>' + "".join(f"<li>{hk_link(t)}</li>" for t in titles) + "</ul>"
        p.clutter += [t for t in titles if t != p.title]
    recent = ""
    day = datetime(2024, 4, 2, 10, 0)
    for t in rng.sample(p.others, 4):
        day -= timedelta(days=rng.randint(1, 12))
        stamp = f"{ordinal(day.day)} {day.strftime('%B')} {day.year}"
        recent += f'<div class="tc-menu-list-item">{stamp}</div><div class="tc-menu-list-subitem">{hk_link(t)}</div>'
        p.clutter += [t, stamp]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        when = datetime(2024, 3, 1, 8, 0) + timedelta(days=turn * 9, minutes=turn * 37)
        subtitle = f"$:/hawkshead/notices - {when.strftime('%H:%M:%S')}, {ordinal(when.day)} {when.strftime('%B')} {when.year}:"
        banner = (f'<div class="tc-alerts"><div class="tc-alert"><div class="tc-alert-toolbar"><button class="tc-btn-invisible" title="Dismiss">{HK_SVG}</button></div>'
                  f'<div class="tc-alert-subtitle">{esc(subtitle)}</div><div class="tc-alert-body"><p>{esc(HK_BANNERS[turn])}</p></div></div></div>\n')
        p.clutter += [subtitle, HK_BANNERS[turn]]
    exported = datetime(2024, 4, 12, 17, 5)
    footer = f"Exported as static pages from TiddlyWiki 5.3.3 on {ordinal(exported.day)} {exported.strftime('%B')} {exported.year}."
    p.clutter += [HK_NAME, HK_SUBTITLE, "Essays by subject", "Recently edited", footer]
    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="5.3.3" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="apple-mobile-web-app-status-bar-style" content="black-translucent" />
<meta name="mobile-web-app-capable" content="yes"/>
<meta name="format-detection" content="telephone=no">
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<link rel="stylesheet" href="static.css">
<title>{esc(p.title)}: {HK_NAME}</title>
</head>
<body class="tc-body">
{banner}<section class="tc-story-river tc-static-story-river">
{chr(10).join(story)}
</section>
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar">
<div class="tc-sidebar-header"><div class="tc-reveal">
<h1 class="tc-site-title">{HK_NAME}</h1>
<div class="tc-site-subtitle">{esc(HK_SUBTITLE)}</div>
<div class="tc-page-controls"><button class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fhome" title="Open the default tiddlers" aria-label="home">{HK_SVG}</button><button class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Fcontrol-panel" title="Open control panel" aria-label="control panel">{HK_SVG}</button></div>
<div class="tc-sidebar-lists tc-sidebar-search"><div class="tc-search"><input type="search" class="tc-popup-handle" placeholder="Search" /></div></div>
<div class="tc-sidebar-lists tc-sidebar-tabs"><div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main"><button class="tc-tab-selected" aria-selected="true">Open</button><button aria-selected="false">Recent</button><button aria-selected="false">Tools</button><button aria-selected="false">More</button></div><div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main"><div class="tc-reveal"><div class="tc-sidebar-tab-open">{open_list}</div></div></div></div></div>
<div class="hn-sidebar-segment"><p class="hn-segment-title"><strong>Essays by subject</strong></p><div class="hn-index">{index}</div></div>
<div class="hn-sidebar-segment"><p class="hn-segment-title"><strong>Recently edited</strong></p><div class="tc-timeline">{recent}</div></div>
<p class="hn-export">{esc(footer)}</p>
</div></div>
</div>
</body>
</html>
"""


# ---- 4. brampton: Blackboard Learn (original course view), a further-education course's content folder -----------

BR_ROOT = "https://vle.brampton-college.ac.uk"
BR_COURSE = "AHE-HUM-2324"
BR_COURSE_NAME = "Access to HE Diploma: Humanities and Social Science 2023/24"
BR_COURSE_ID = "_48213_1"
BR_TUTORS = ["Ms J. Armstrong", "Mr P. Nixon", "Dr S. Graham", "Mrs L. Routh"]
BR_REMARK_LABELS = ["Tutor comment:", "Marker's note:", "Look here:", "Feedback point:"]
BR_REMARKS = [
    "this is exactly the kind of paragraph that meets the Distinction descriptor for analysis",
    "notice how the source is named before the figure is used",
    "a good example of moving from what happened to why it matters",
    "this could be shorter, but every sentence is relevant",
    "here the writer answers the question directly, without announcing it",
    "the strongest handling of {topic} evidence in this batch of exemplars",
    "the objection is stated fairly before it is answered; copy this",
]
BR_DESCRIPTORS = [("GD1 Understanding the subject", 0), ("GD2 Application of knowledge", 0),
                  ("GD6 Quality of written communication", 0), ("GD7 Use of sources and referencing", 0)]
BR_OVERALL = [
    "A confident piece of work with a clear line of argument from start to finish.",
    "The argument is well supported throughout; the conclusion could be bolder.",
    "Excellent use of evidence, and a fair treatment of the other side of the debate.",
    "Well organised and clearly written. Referencing is accurate and consistent.",
    "A thoughtful essay that goes beyond description in almost every paragraph.",
    "Strong throughout, with a particularly good middle section.",
]
BR_BANNERS = [
    "The VLE will be unavailable on Saturday from 7am to 11am for maintenance.",
    "Enrolment for the September intake is now open: speak to your personal tutor.",
    "Library opening hours change over half term. See the Library tab for details.",
]
BR_OLDER = ("This exemplar was written against the previous version of the unit. The grading descriptors have "
            "changed slightly since then.")
BR_INTEGRITY = ("Exemplars are shared so that you can see what good work looks like. Copying from an exemplar, even "
                "with changes, is plagiarism and will be reported under the college's academic misconduct policy.")
BR_FIRST = ("Read the exemplar once for the argument and once for the way it uses evidence. The tutor comments in "
            "red show where the grading descriptors were met.")
BR_FACTS_LEAD = "Three other exemplars in this area, and the first piece of evidence each one uses:"
BR_MENU = ["Home Page", "Announcements", "Course Information", "Unit Handbooks", "Exemplar Essays", "Assignments",
           "My Grades", "Discussions", "Library Resources", "Help for Students"]


def br_content_id(title: str) -> str:
    return f"_{int(hexid('brampton', 'content', title, n=5), 16) % 900000 + 100000}_1"


def br_href(title: str) -> str:
    return f"/webapps/blackboard/content/listContent.jsp?course_id={BR_COURSE_ID}&amp;content_id={br_content_id(title)}"


def br_item(cid: str, title: str, body: str, icon: str = "document", extra: str = "", linked: bool = False) -> str:
    head = (f'<a href="/webapps/blackboard/content/launchLink.jsp?course_id={BR_COURSE_ID}&amp;content_id={cid}" onclick="this.href=\'#\';"><span style="color:#000000;">{esc(title)}</span></a>'
            if linked else f'<span style="color:#000000;">{esc(title)}</span>')
    return (f'<li id="contentListItem:{cid}" class="clearfix liItem read">\n<img alt="" src="{BR_ROOT}/images/ci/sets/set12/{icon}_on.gif" class="item_icon">\n'
            f'<div class="item clearfix" id="{cid}">\n<h3>{head}</h3>\n</div>\n'
            f'<div class="details">\n<div class="vtbegenerated">{body}</div>\n{extra}</div>\n</li>')


def brampton(p: Page) -> str:
    rng = p.rng
    site = "brampton"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    folder = f"Exemplar {p.index}: {p.category}"
    pieces = essay_pieces(p, lambda v: f"<h4>{esc(v)}</h4>", lambda v: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if shown_on(site, "remark", 13, p):
        label = rng.choice(BR_REMARK_LABELS)
        text = note_for(BR_REMARKS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p><span style="color: #e03e2d;"><strong>{esc(label)}</strong> {esc(text)}</span></p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            levels = ["Distinction", "Merit", "Pass"]
            rows = [(d, rng.choice(levels[:2] if p.grade != "Pass" else levels[1:])) for d, _ in BR_DESCRIPTORS]
            body = "".join(f'<tr><td style="width: 70%;">{esc(d)}</td><td>{esc(g)}</td></tr>' for d, g in rows)
            piece = (f'<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><td><strong>Grading descriptor</strong></td>'
                     f'<td><strong>Achieved</strong></td></tr>{body}</tbody></table>')
            p.clutter += ["Grading descriptor Achieved"] + [f"{d} {g}" for d, g in rows]
        else:
            overall, quoted = rng.randint(3, 14), rng.randint(1, 3)
            line = f"Similarity report: {overall}% overall, of which {min(quoted, overall)}% is quotation and references."
            piece = f'<p><em>{esc(line)}</em></p>'
            p.clutter.append(line)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"[The remaining {fmt_int(more)} words of this exemplar are released once you have submitted your own plan for Assignment 3.]"
        pieces.append(("wall", f"<p><strong>{esc(wall)}</strong></p>"))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h4>Works Cited</h4>"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    doc = f"{slug(p.title)[:40]}-exemplar.docx"
    kb = f"{rng.randint(180, 420) / 10:.1f}"
    attach = (f'<div class="contextItemDetailsHeaders clearfix"><div class="detailsLabel">Attached Files:</div><div class="detailsValue">'
              f'<ul class="attachments clearfix"><li><img alt="File" src="{BR_ROOT}/images/ci/ng/cal_year_event.gif"> '
              f'<a href="/bbcswebdav/pid-{int(hexid(site, "pid", p.title, n=5), 16)}-dt-content-rid-{int(hexid(site, "rid", p.title, n=6), 16)}_1/xid-{int(hexid(site, "xid", p.title, n=6), 16)}_1" target="_blank">'
              f'{doc}</a> ({kb} KB)</li></ul></div></div>\n')
    p.clutter.append(f"{doc} ({kb} KB)")
    base = int(br_content_id(p.title)[1:-2])
    items = [br_item(f"_{base + 1}_1", "Read this first", f"<p>{esc(BR_FIRST)}</p>" + (f"<p><strong>Please note:</strong> {esc(BR_OLDER)}</p>" if shown_on(site, "older", 6, p) else ""))]
    p.clutter += ["Read this first", BR_FIRST]
    if shown_on(site, "older", 6, p):
        p.clutter.append(f"Please note: {BR_OLDER}")
    # the counts: rows of a table in the "About this exemplar" item
    tutor = rng.choice(BR_TUTORS)
    submitted = date(2022, 9, 12) + timedelta(days=rng.randint(0, 560))
    rows = [("Unit", f"{p.category} (academic writing)"), ("Course", p.level), ("Overall grade", p.grade),
            ("Words counted by the tutor", fmt_int(p.words)), ("A4 sides when printed", str(p.pages)),
            ("Marked by", tutor), ("Submitted", submitted.strftime("%d/%m/%Y"))]
    about = '<table style="border-collapse: collapse;" border="1" cellpadding="4"><tbody>' + "".join(
        f"<tr><td><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>" for k, v in rows) + "</tbody></table>"
    items.append(br_item(f"_{base + 2}_1", "About this exemplar", about))
    p.clutter += ["About this exemplar"] + [f"{k} {v}" for k, v in rows]
    essay_item = br_item(f"_{base + 3}_1", p.title, "\n".join(h for _, h in pieces), "document", attach)
    integrity = br_item(f"_{base + 4}_1", "Academic integrity", f"<p>{esc(BR_INTEGRITY)}</p>")
    p.clutter += ["Academic integrity", BR_INTEGRITY]
    if half_and_half(site, "integrity", p):
        items += [integrity, essay_item]
    else:
        items += [essay_item, integrity]
    overall = rng.choice(BR_OVERALL)
    items.append(br_item(f"_{base + 5}_1", "Tutor's overall comment", f"<p>{esc(overall)}</p><p>{esc(tutor)}</p>"))
    p.clutter += ["Tutor's overall comment", overall, tutor]
    facts = ""
    for t in rng.sample(p.others, 3):
        fact = first_fact(t)
        facts += f"<li><strong>{esc(t)}</strong>: {esc(fact)}</li>"
        p.clutter += [t, fact]
    items.append(br_item(f"_{base + 6}_1", "How other exemplars bring in evidence", f"<p>{esc(BR_FACTS_LEAD)}</p><ul>{facts}</ul>"))
    p.clutter += ["How other exemplars bring in evidence", BR_FACTS_LEAD]
    items.append(br_item(f"_{base + 7}_1", "Discuss this exemplar", "<p>Post one thing you would borrow from this essay, and one thing you would do differently.</p>",
                         "discussion", "", True))
    p.clutter += ["Discuss this exemplar", "Post one thing you would borrow from this essay, and one thing you would do differently."]
    # the course menu: the course's areas, then every exemplar folder
    menu = "".join(f'<li id="paletteItem:_{3100 + i}_1" class="clearfix{" active" if name == "Exemplar Essays" else ""}"><a href="/webapps/blackboard/content/listContent.jsp?course_id={BR_COURSE_ID}&amp;content_id=_{3100 + i}_1" target="_self"><span title="{name}">{name}</span></a></li>'
                   for i, name in enumerate(BR_MENU))
    exemplars = ""
    for n, t in enumerate(p.site_titles, 1):
        label = f"Exemplar {n}: {cap(ESSAYS_BY_TITLE[t]['tags'][0])}"
        cur = " active" if t == p.title else ""
        exemplars += f'<li id="paletteItem:{br_content_id(t)}" class="clearfix{cur}"><a href="{br_href(t)}" target="_self"><span title="{html.escape(t)}">{esc(label)}</span></a></li>'
        if t != p.title:
            p.clutter.append(label)
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="institutionBanner" class="receipt good" role="alert"><span class="inlineReceiptSpan">{esc(BR_BANNERS[turn])}</span></div>\n'
        p.clutter.append(BR_BANNERS[turn])
    p.clutter += [BR_COURSE_NAME, f"{BR_COURSE}: {BR_COURSE_NAME}", "Exemplar Essays", "Attached Files:", "Mark Reviewed",
                  "My Institution", "Content Collection", "Brampton College", "Course Menu", folder,
                  "Brampton College virtual learning environment, running Blackboard Learn."]
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(folder)} &ndash; {BR_COURSE}</title>
<link rel="stylesheet" type="text/css" href="/common/shared.css?v=3900.82.0-rel.45+{hexid(site, 'v', n=7)}" id="css_0">
<link rel="stylesheet" type="text/css" href="/branding/themes/brampton_2023/theme.css?v=3900.82.0-rel.45+{hexid(site, 'v', n=7)}" id="css_1">
<script type="text/javascript" src="/javascript/i18n.js?v=3900.82.0-rel.45+{hexid(site, 'v', n=7)}"></script>
<script type="text/javascript" src="/javascript/prototype.js?v=3900.82.0-rel.45+{hexid(site, 'v', n=7)}"></script>
<script type="text/javascript" src="/javascript/page.js?v=3900.82.0-rel.45+{hexid(site, 'v', n=7)}"></script>
<script type="text/javascript">var courseId = '{BR_COURSE_ID}'; var contentId = '{br_content_id(p.title)}'; page.bundle.addKey('breadcrumbs.collapse', 'Collapse');</script>
</head>
<body class="ineditmode" id="{hexid(site, 'body', n=8)}">
<div id="skip_link"><a href="#contentPanel" class="hideoff">Skip to course content</a></div>
<div id="globalNavPageNavArea">
<table class="globalNavWrapper" role="presentation"><tr><td id="globalNavPageHeaderArea">
<div class="brandingImgWrap"><a href="/webapps/portal/execute/defaultTab" target="_top"><img src="/branding/themes/brampton_2023/images/logo.png" alt="Brampton College"></a></div>
<div id="global-nav"><a id="global-nav-link" href="#" class="global-nav-link">Guest <span class="hideoff">Global Menu</span></a></div>
<ul id="appTabList" class="clearfix"><li class="mainButton"><a href="/webapps/portal/execute/tabs/tabAction?tab_tab_group_id=_1_1" target="_top"><span>My Institution</span></a></li><li class="mainButton active"><a href="/webapps/portal/execute/tabs/tabAction?tab_tab_group_id=_2_1" target="_top"><span>Courses</span></a></li><li class="mainButton"><a href="/webapps/portal/execute/tabs/tabAction?tab_tab_group_id=_3_1" target="_top"><span>Community</span></a></li><li class="mainButton"><a href="/webapps/cmsmain/webui/?subaction=search" target="_top"><span>Content Collection</span></a></li></ul>
</td></tr></table>
</div>
{banner}<div id="globalNavPageContentArea">
<div class="locationPane" id="locationPane">
<div id="breadcrumbs" class="clearfix"><div class="path" role="navigation" aria-label="Breadcrumb navigation"><ol class="clearfix" id="breadcrumb">
<li id="crumb_1" class="root"><a href="/webapps/blackboard/execute/launcher?type=Course&amp;id={BR_COURSE_ID}" target="_self">{BR_COURSE}: {esc(BR_COURSE_NAME)}</a></li>
<li id="crumb_2"><a href="/webapps/blackboard/content/listContent.jsp?course_id={BR_COURSE_ID}&amp;content_id=_3104_1" target="_self">Exemplar Essays</a></li>
<li id="crumb_3" class="placeholder">{esc(folder)}</li>
</ol></div></div>
<div id="navigationPane" class="navigationPane">
<div id="menuWrap"><div id="puller"><a href="#" title="Hide Course Menu"><img src="/images/ci/ng/hide_course_menu.png" alt="Hide Course Menu"></a></div>
<div id="courseMenuPalette" class="navPaletteContent">
<div class="navPaletteTitle"><h2 class="hideoff">Course Menu</h2><h3 id="courseMenu_link" title="{BR_COURSE}: {html.escape(BR_COURSE_NAME)}"><span>{BR_COURSE}: {esc(BR_COURSE_NAME)}</span></h3></div>
<ul id="courseMenuPalette_contents" class="courseMenu">{menu}
<li class="clearfix divider subhead"><h3><span title="Exemplars">Exemplars</span></h3></li>{exemplars}</ul>
</div></div>
</div>
<div id="contentPanel" class="contentPane">
<div id="pageTitleDiv" class="pageTitle clearfix"><div id="pageTitleBar" class="clearfix"><h1 id="pageTitleHeader" tabindex="-1"><span id="pageTitleText"><span style="color:#000000;">{esc(folder)}</span></span></h1></div></div>
<div id="content" class="contentBox">
<div class="container clearfix" id="containerdiv">
<div id="actionbar" class="actionBarMicro"><div class="actionBar"><div class="reviewStatus"><a class="button-5" href="/webapps/blackboard/execute/reviewContent?course_id={BR_COURSE_ID}&amp;content_id={br_content_id(p.title)}">Mark Reviewed</a></div></div></div>
<ul id="content_listContainer" class="contentList">
{chr(10).join(items)}
</ul>
</div>
</div>
</div>
</div>
<div id="copyright"><p>Brampton College virtual learning environment, running Blackboard Learn.</p></div>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # site: (page writer, number of teaser pages, number of pages with references, twin pages or None)
    "caldbeck": (caldbeck, 3, 4, None),    # Starlight; wrapped h2s with "Section titled", cards, asides, moving tabs
    "eskdale": (eskdale, 3, 3, None),      # NodeBB; dir=auto paragraphs, stat badges, essay running into a 2nd post
    "hawkshead": (hawkshead, 3, 3, None),  # TiddlyWiki; essay one tiddler of several, field table, moving tiddler
    "brampton": (brampton, 2, 4, None),    # Blackboard Learn; essay one content item of several, folder title
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1717)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # a card is passed over when its essay repeats a block or list item of an earlier one
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

"""Generator for the THIRTEENTH held-out set of essay-site folders (issue 13: site learning at first contact).

    /work/main/.venv/bin/python heldout/sites13/generate.py /work/corpora/sites13-heldout [--seed 419]

It writes four invented essay-sample sites of 18 pages each, in markup families that no earlier set (heldout/sites/
to sites12/) has used. For each site: OUTDIR/<site>/page-NN.html, and beside it OUTDIR/<site>/truth/page-NN.md in
the truth format described at the top of bench/scoring.py. The essays come from this file's own topic cards
(ESSAY_CARDS) and sentence patterns, none of them shared with the eighth to twelfth sets, so the code under test
has never met this text. Every card is used on at most one page; OUTDIR/SOURCES.tsv maps pages to cards. The
output is a pure function of the seed.

Sites (markup families):
  thornymire  vBulletin 4 forum thread (showthread.php): postbit_legacy posts, the essay in the first post's
              blockquote.postcontent as BBCode output -- paragraphs split by <br /> pairs, headings as
              <b><font size>, quotes as bbcode_container -- with the poster's "Label: value" lines at the top of the
              same text run, grey italic asides between paragraphs, an inline attachment fieldset, userinfo
              label/value lists, thanks lists, replies quoting the essay, and "Similar Threads" whose previews are
              the first sentence of other essays' objection paragraphs
  garsdale    Quarto website of a university writing lab: quarto-title-meta heading/contents pairs, the essay in
              main#quarto-document-content as <section class="level2"> blocks, callouts with a tutor's annotations,
              column-margin asides, an announcement bar, the appendix (Works Cited, Reuse, Citation with BibTeX),
              seminar responses, and a listing grid whose descriptions are other essays' first sentences, with
              their reading times
  mossgill    Obsidian Publish digital garden: markdown-preview-view with every block in its own div.el-* wrapper,
              the front matter shown as a highlighted YAML code block (label/value pairs, the counts as bare
              numbers), tagged paragraphs as notes, embedded notes holding lists, "On this page" outline, backlinks
              quoting a sentence of other essays, webmention replies
  ulpha       Brightspace (D2L) content topic of a college's academic-skills module: d2l-navigation header,
              table-of-contents panel, d2l-htmlblock holding the instructor's HTML template (a vertical label/value
              table, numbered annotation alerts, Word-pasted spans in every paragraph, an embedded activity),
              release-condition teasers, "Quotations used in other exemplars", an embedded discussion

Truth files, folder layout and the teaser / Works Cited bookkeeping come from the first three sets' generators,
which are imported as they are and not modified.
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
The Rainhill Trials | history of technology | the Rainhill locomotive trials | railway directors and engineers | the Liverpool and Manchester Railway | 1829 | the rival locomotives; the design of Stephenson's Rocket; the case for cable haulage | Rainhill mattered more as public theatre for steam power than as a fair engineering test | Rocket won only because it was the finest machine of its age | The Rainhill Trials were held in October 1829. | Stephenson's Rocket was the only locomotive to complete the trials.
A Lighthouse on the Bell Rock | history of technology | the building of the Bell Rock Lighthouse | Robert Stevenson's masons | the North Sea off Arbroath | 1807 to 1811 | working between the tides; dovetailed granite courses; the argument over who designed it | the lighthouse was a triumph of organisation as much as of design | the tower was the work of a single engineering genius | The Bell Rock Lighthouse was first lit in 1811. | It is the oldest surviving lighthouse built on a rock washed by the open sea.
Why the Tay Bridge Fell | history of technology | the collapse of the Tay Bridge | engineers and the court of inquiry | Dundee | 1878 to 1880 | wind pressure on the girders; faulty iron castings; the inquiry's verdict on Thomas Bouch | the bridge fell because of a chain of small economies for which no single person was responsible | the disaster was caused by an unforeseeable freak storm | The first Tay Bridge collapsed in a storm on 28 December 1879 while a train was crossing it. | The court of inquiry found that the bridge had been badly designed, built and maintained.
The Cat and Mouse Act | politics | the Cat and Mouse Act | suffragette prisoners and Home Office officials | Edwardian Britain | 1913 and 1914 | forcible feeding; release and re-arrest; how the newspapers responded | the act damaged the government more than it damaged the movement it was meant to contain | the act was a clever measure that defeated the hunger strike | The Prisoners (Temporary Discharge for Ill-Health) Act was passed in 1913. | Prisoners released under it could be re-arrested once their health recovered.
The Great Reform Act | politics | the Reform Act of 1832 | Whig ministers, radicals and borough patrons | Britain | 1830 to 1832 | the rotten boroughs; the riots of 1831; the limits of the new franchise | the act was designed to protect aristocratic government by reforming it | the act was the first planned step towards democracy | The Reform Act of 1832 abolished many rotten boroughs, such as Old Sarum. | Most adult men still could not vote after 1832.
The Rebecca Riots | history | the Rebecca Riots | tenant farmers | rural south-west Wales | 1839 to 1844 | the toll gates; rioters disguised in women's clothing; the commission of inquiry | the riots were a disciplined protest about rural poverty rather than random disorder | the riots were simple lawlessness stirred up by a few troublemakers | Rioters attacked toll gates in south-west Wales dressed in women's clothes. | An act of 1844 reformed the toll system in South Wales.
The Salon des Refuses | art history | the Salon des Refusés | painters and critics | Paris | 1863 | the jury of the official Salon; Manet's Le Déjeuner sur l'herbe; the laughter of the crowds | the exhibition mattered because it made the jury's judgement look like one opinion among many | the Salon des Refusés was a straightforward victory for modern art | Napoleon III allowed rejected works to be shown at the Salon des Refusés in 1863. | Manet's Le Déjeuner sur l'herbe was among the paintings shown.
The Armory Show | art history | the Armory Show | artists, critics and visitors | New York | 1913 | Duchamp's Nude Descending a Staircase; the newspaper cartoons; the American collectors | the show changed American collecting faster than it changed American painting | the show turned American artists into modernists overnight | The International Exhibition of Modern Art opened in New York in 1913. | Marcel Duchamp's Nude Descending a Staircase, No. 2 was among the works shown.
The First Night of The Rite of Spring | music | the premiere of The Rite of Spring | the audience and the Ballets Russes | the Théâtre des Champs-Élysées | 1913 | Stravinsky's score; Nijinsky's choreography; the legend of the riot | the uproar was as much about dance and social rivalry as about music | the audience rioted simply because the music was too modern | The Rite of Spring was first performed in Paris on 29 May 1913. | The music was by Igor Stravinsky and the choreography by Vaslav Nijinsky.
The Promenade Concerts | music | the Proms | concertgoers and conductors | London | since 1895 | cheap standing tickets; the BBC's takeover; the Last Night | the Proms survived by keeping a popular format for serious music | the Proms have always been an elite entertainment | Henry Wood conducted the first season of Promenade concerts in 1895. | The BBC took over the running of the Proms in 1927.
The Gramophone at Home | music | the gramophone | families and record companies | Britain and the United States | the 1890s to the 1930s | flat discs; the home market; radio as a rival | the gramophone changed what music was for, not only how it was heard | the gramophone simply made concerts available to everyone | Emile Berliner patented the gramophone in 1887. | Records of the period turned at about 78 revolutions per minute.
Radio Caroline and the Pirate Stations | media studies | offshore pirate radio | DJs, listeners and Post Office officials | ships anchored off the English coast | 1964 to 1967 | the shortage of pop on the BBC; advertising revenue; the law that silenced the ships | the pirates won the argument even though they lost the battle | the pirate stations were a passing fad with no lasting effect | Radio Caroline began broadcasting from a ship in 1964. | The BBC launched Radio 1 in 1967, the year the pirate stations were outlawed.
Panic and The War of the Worlds | media studies | the 1938 War of the Worlds broadcast | listeners and newspaper editors | the United States | 1938 | the format of fake news bulletins; the newspaper reports of panic; later audience research | the panic was largely created by newspapers keen to discredit radio | millions of Americans fled their homes believing Martians had landed | Orson Welles's radio version of The War of the Worlds was broadcast on 30 October 1938. | The play was presented as a series of interrupted news bulletins.
A Coronation on Television | media studies | the televised coronation of 1953 | viewers and BBC producers | Britain | 1953 | the argument over allowing cameras; buying and renting sets; watching at the neighbours' | the coronation made television a household habit by making viewing a social event | the coronation broadcast was only a royal spectacle with no wider effect | The coronation of Elizabeth II took place on 2 June 1953. | Millions of people watched it on television, many of them in other people's homes.
The Domesday Survey | history | the Domesday survey | royal commissioners and landholders | England | 1086 | counting land and livestock; the purpose of the survey; what the survey leaves out | Domesday was a record of lordship more than a census of people | Domesday was a simple tax list | The Domesday survey was carried out in 1086 on the orders of William the Conqueror. | It does not cover London or Winchester.
Bushel's Case and the Jury | law | Bushel's Case | jurors and judges | London | 1670 | the trial of Penn and Mead; the jury's refusal to convict; the ruling on jurors' independence | the case protected juries by accident, through a quarrel about procedure | the judges in 1670 set out to defend liberty | William Penn and William Mead were tried in 1670 for preaching to an unlawful assembly. | In Bushel's Case the courts ruled that jurors could not be punished for their verdict.
The Matchwomen's Strike | history | the matchwomen's strike of 1888 | match workers and campaigners | Bow in east London | 1888 | phossy jaw; Annie Besant's article; the settlement with the employers | the strike was won by the workers' own organisation as much as by middle-class allies | the strike was organised from outside by Annie Besant | Workers at the Bryant and May factory in Bow went on strike in July 1888. | Annie Besant had described conditions at the factory in her paper The Link.
Closing the Zuiderzee | geography | the Zuiderzee Works | Dutch engineers and fishing villages | the Netherlands | 1920 to 1975 | the Afsluitdijk; the new polders; the end of the fishery | the works traded a way of life for safety and land, a trade most Dutch people accepted | the project was a purely technical achievement without losers | The Afsluitdijk closed off the Zuiderzee in 1932. | Much of the reclaimed land became the province of Flevoland.
The Hoover Dam | history of technology | the Hoover Dam | engineers and labourers | the Colorado River | 1931 to 1936 | heat and danger on the site; the Depression labour market; water and power for the south-west | the dam was built quickly because the Depression made labour cheap and compliant | the dam was a pure triumph of American engineering | The Hoover Dam was completed in 1936. | The reservoir behind it is called Lake Mead.
The Manhattan Grid | geography | the Commissioners' Plan of 1811 | planners and landowners | New York | 1807 to 1860 | the rectangular grid; Central Park as a later correction; land speculation | the grid was a plan for selling land, and its virtues as a street plan were accidental | the grid was a visionary design for a great city | The Commissioners' Plan of 1811 laid out Manhattan's grid of streets. | Central Park was not part of the original plan.
Haussmann's Boulevards | geography | the rebuilding of Paris | Haussmann's engineers and displaced residents | Paris | 1853 to 1870 | the boulevards; sewers and water supply; the cost of the works | the rebuilding was a public-health project as much as a military one | the boulevards were built mainly so that troops could crush revolts | Napoleon III appointed Georges-Eugène Haussmann prefect of the Seine in 1853. | Haussmann was dismissed in 1870.
The First Garden City | geography | the garden city movement | Ebenezer Howard's followers | Hertfordshire | 1898 to the 1920s | Howard's diagrams; Letchworth; the compromise with private developers | the garden city survived as a style long after it failed as a social reform | the garden cities achieved everything Howard hoped for | Ebenezer Howard set out his garden city idea in a book published in 1898. | Letchworth was founded as the first garden city in 1903.
Stockholm's Congestion Charge | economics | Stockholm's congestion charge | drivers and city politicians | Stockholm | 2006 and 2007 | the trial period; the referendum; traffic once the charge was permanent | the charge won support because people could see the empty roads before they voted | drivers were forced to accept a charge they never wanted | Stockholm ran a congestion charge trial in the first half of 2006. | A referendum on the charge was held in the city in September 2006.
Ford's Moving Line | economics | the moving assembly line | Ford workers and managers | Highland Park, Michigan | 1913 and 1914 | the Model T; the turnover of workers; the five-dollar day | the five-dollar day was the price of making the line bearable rather than a gift | Ford raised wages out of generosity | Ford introduced a moving assembly line at Highland Park in 1913. | The five-dollar day was announced in January 1914.
Inventing the Weekend | sociology | the two-day weekend | factory workers and employers | Britain and the United States | the 1870s to the 1940s | the Saturday half-holiday; the leisure industries; the five-day week | the weekend was won in pieces, by bargaining and by the needs of business | the weekend was handed down by generous employers | Many British workers gained a Saturday half-holiday in the later nineteenth century. | Henry Ford adopted a five-day week in his factories in 1926.
Lubbock's Bank Holidays | sociology | the first bank holidays | clerks, shop workers and day-trippers | Victorian Britain | 1871 | Lubbock's act; excursion trains; seaside crowds | the bank holidays became popular holidays by accident, through the railways | Parliament planned the bank holidays as a gift to workers | The Bank Holidays Act was passed in 1871. | It was introduced by the banker and politician Sir John Lubbock.
Founding the Football League | sport | the Football League | club directors and professional players | northern England and the Midlands | 1885 to 1900 | professionalism; a fixed list of fixtures; gate money | the league was a business arrangement to protect paid football | the league grew naturally out of the amateur game | The Football League was founded in 1888 with twelve clubs. | William McGregor of Aston Villa first proposed it.
The Bodyline Tour | sport | the Bodyline tour | cricketers and administrators | Australia | 1932 and 1933 | leg theory; Jardine's captaincy; the diplomatic quarrel | Bodyline was a rational tactic that exposed how much cricket depended on unwritten rules | Bodyline was plain unsporting violence | England toured Australia in 1932 and 1933 under Douglas Jardine. | The tactic was meant to limit the scoring of Donald Bradman.
Breaking Four Minutes | sport | the four-minute mile | runners and coaches | Oxford | 1954 | interval training; the pacemakers; the idea of a barrier | the four-minute mile fell when it did because of method and rivalry, not because a barrier broke | Bannister simply overcame a psychological wall | Roger Bannister ran a mile in under four minutes in May 1954. | John Landy broke Bannister's record a few weeks later.
Women's Football and the Ban | sport | the ban on women's football | players, spectators and FA officials | England | 1917 to 1971 | the wartime crowds; the FA's ruling; the slow return | the ban was about control of the game rather than concern for women's health | the ban reflected a real lack of public interest | The Football Association banned women's teams from its members' grounds in 1921. | The ban was lifted in 1971.
The Olympic Boycotts | politics | the Olympic boycotts of 1980 and 1984 | athletes and governments | Moscow and Los Angeles | 1980 to 1984 | the invasion of Afghanistan; the athletes' lost chances; the Soviet reply | the boycotts punished athletes while changing very little in world politics | the boycotts were an effective form of peaceful pressure | The United States led a boycott of the 1980 Moscow Olympics. | The Soviet Union and most of its allies stayed away from Los Angeles in 1984.
The Great Vowel Shift | linguistics | the Great Vowel Shift | speakers of English | England | about 1400 to 1700 | the long vowels; spelling fixed by printing; regional differences | the shift was a slow drift across regions and classes rather than a single event | the shift was a sudden change in the way everyone spoke | The Great Vowel Shift changed the pronunciation of the long vowels of English. | Printing helped to fix English spelling while pronunciation was still changing.
Reading the Rosetta Stone | archaeology | the decipherment of Egyptian hieroglyphs | scholars in London and Paris | Egypt and Europe | 1799 to 1822 | the three scripts on the stone; Thomas Young's work; Champollion's breakthrough | the decipherment was a relay in which Champollion ran the final and longest stage | Champollion cracked the code alone | The Rosetta Stone was found by French soldiers in 1799. | Champollion announced his decipherment in 1822.
The Antikythera Mechanism | archaeology | the Antikythera mechanism | sponge divers and researchers | the Greek island of Antikythera | since 1900 | the gear trains; the X-ray studies; what it reveals about Greek engineering | the mechanism shows a tradition of skilled instrument making, not a lone wonder | the mechanism was a freak with no predecessors | Sponge divers found the wreck near Antikythera in 1900. | The mechanism was noticed among the finds in 1902.
The Vindolanda Letters | archaeology | the Vindolanda tablets | soldiers and their families | Hadrian's Wall | about AD 100 | the letters home; the birthday invitation; daily life on the frontier | the tablets show a frontier that was more domestic and literate than its walls suggest | the frontier was a purely military world | Wooden writing tablets have been found at Vindolanda since 1973. | One tablet is an invitation to a birthday party sent by Claudia Severa.
The Terracotta Warriors | archaeology | the Terracotta Army | farmers, archaeologists and conservators | Shaanxi province | since 1974 | the emperor's tomb; the unopened mound; the problem of fading paint | leaving the tomb unopened is the most scientific decision made about it | the tomb should be opened as soon as possible | Farmers digging a well discovered the first figures in 1974. | The army guards the tomb of Qin Shi Huang, the first emperor of China.
Halley's Return | astronomy | Halley's prediction of the comet | astronomers | England and Europe | 1705 to 1759 | Newton's gravitation; the calculations; the watch for the comet | the comet's return persuaded the public of Newton's physics more than any book | the return proved nothing new to astronomers | Edmond Halley predicted that the comet of 1682 would return. | It reappeared at the end of 1758, after his death.
Finding Neptune | astronomy | the discovery of Neptune | astronomers in Britain, France and Germany | Paris, Berlin and Cambridge | 1845 and 1846 | Le Verrier's calculations; Adams's priority; national rivalry | Neptune was found by calculation, but the credit was settled by national pride | the credit for Neptune was always clear | Johann Galle found Neptune in 1846 near the position Le Verrier had predicted. | British astronomers later claimed that John Couch Adams had made similar calculations first.
The Transit of Venus | astronomy | the 1769 transit of Venus | astronomers and sailors | Tahiti and observing stations around the world | 1761 to 1769 | measuring the distance to the Sun; Cook's voyage; the black drop effect | the expeditions failed at their stated aim but succeeded as a model of scientific cooperation | the expeditions were a complete failure | Captain Cook's first voyage observed the transit of Venus from Tahiti in 1769. | The observations were meant to calculate the distance from the Earth to the Sun.
Measuring the Metre | history of science | the metric system | French revolutionaries and scientists | France | the 1790s to 1840 | measuring the meridian; popular resistance; export to other countries | the metric system succeeded through administration and trade rather than revolutionary enthusiasm | the metric system was welcomed because it was rational | The metre was first defined as one ten-millionth of the distance from the North Pole to the equator. | France made the metric system compulsory in 1840.
The Tin Can | history of technology | the tin can | soldiers, sailors and manufacturers | Britain and France | 1795 to 1860 | Appert's bottles; Durand's patent; the late arrival of the can opener | the can was a military technology before it was a kitchen one | canned food was a simple convenience for households | Peter Durand patented the idea of preserving food in tin cans in 1810. | Practical can openers appeared decades after the first cans.
Staying On Until Sixteen | education | the raising of the school leaving age | teenagers and teachers | England and Wales | 1964 to 1973 | new buildings; the curriculum for reluctant pupils; the long-term results | the reform worked in the long run despite a poorly prepared start | the reform kept bored teenagers in school for no benefit | The school leaving age in England and Wales was raised to sixteen in 1972. | Many schools put up new buildings, known as ROSLA blocks, for the extra pupils.
The Montessori Classroom | education | the Montessori method | teachers and young children | Rome | 1907 onwards | child-sized furniture; learning materials; the training of teachers | the method spread because it was teachable as a system | the method works only because of Montessori's personal genius | Maria Montessori opened her first Casa dei Bambini in Rome in 1907. | She was one of the first women in Italy to qualify as a doctor.
The Hawthorne Studies | sociology | the Hawthorne studies | factory workers and researchers | the Western Electric works near Chicago | 1924 to 1932 | the lighting experiments; the relay assembly test room; the idea of the Hawthorne effect | the studies are remembered for a conclusion that their own data barely support | the studies proved that attention alone raises productivity | Experiments on lighting and output began at the Hawthorne Works in 1924. | Elton Mayo became the best-known interpreter of the studies.
Mass-Observation | sociology | Mass-Observation | volunteer diarists and researchers | Britain | 1937 to 1950 | the founders' aims; the diaries; the reliability of the material | Mass-Observation is most valuable for what its volunteers chose to record about themselves | Mass-Observation was an amateur survey of little value | Mass-Observation was founded in 1937 by Tom Harrisson, Charles Madge and Humphrey Jennings. | Hundreds of its volunteers kept diaries through the war years.
Lloyd's Coffee House | economics | Lloyd's of London | merchants and underwriters | London | the 1680s to the 1770s | shipping news; private underwriting; the move out of the coffee house | Lloyd's grew from a trusted source of information rather than from capital | Lloyd's was founded as an insurance company | Edward Lloyd's coffee house was a meeting place for people in the shipping trade. | Lloyd's List began printing shipping news in 1734.
Launching the Lifeboats | history | the lifeboat service | volunteer crews and coastal communities | the coasts of Britain and Ireland | 1824 onwards | William Hillary's appeal; self-righting boats; funding by donation | the lifeboat service lasted because it tied rescue to local pride | the service depended mainly on government support | Sir William Hillary founded the institution that became the RNLI in 1824. | Most of its crews are volunteers.
Going Underground | history of technology | the Metropolitan Railway | passengers and engineers | London | 1854 to 1870 | cut-and-cover building; steam trains in tunnels; the growth of the suburbs | the underground solved a street problem and created a suburban one | the underground was built to serve the suburbs from the start | The Metropolitan Railway opened in January 1863. | It was the world's first underground railway.
Arriving at Ellis Island | history | Ellis Island | immigrants and inspectors | New York harbour | 1892 to 1924 | the medical inspection; the questioning; the quota laws | Ellis Island was a gate meant to admit most people while appearing to screen them | Ellis Island turned away huge numbers of arrivals | Ellis Island opened as an immigration station in 1892. | Most people who passed through it were admitted within a few hours.
The Klondike Stampede | history | the Klondike gold rush | prospectors | the Yukon | 1896 to 1899 | the mountain passes; the supply rule; Dawson City | the real fortunes of the Klondike were made by suppliers rather than miners | the Klondike made ordinary prospectors rich | Gold was found on Bonanza Creek in 1896. | The Canadian authorities required each prospector to bring about a year's supply of food.
The Pony Express | history of communication | the Pony Express | riders and station keepers | the American West | 1860 and 1861 | the relay stations; the cost of each letter; the telegraph | the Pony Express was a financial failure that succeeded as advertising | the Pony Express was a profitable business ended by bad luck | The Pony Express began carrying mail in April 1860. | It closed soon after the transcontinental telegraph was completed in 1861.
FitzRoy's Forecasts | history of science | public weather forecasting | sailors and meteorologists | Britain | 1854 to 1866 | the storm warnings; reports by telegraph; the ridicule of failed forecasts | FitzRoy's forecasts were abandoned because of their public failures, not their real record | the forecasts were abandoned because they were worthless | Robert FitzRoy began publishing weather forecasts in The Times in 1861. | FitzRoy had earlier been captain of HMS Beagle.
The Ordnance Survey | geography | the Ordnance Survey | surveyors and soldiers | Britain | 1791 to 1870 | the triangulation; military purposes; the one-inch maps | the survey became a civil institution because its maps were more useful than its soldiers | the survey was always meant for the public | The Ordnance Survey traces its beginnings to 1791. | Its first one-inch map, of Kent, was published in 1801.
Mercator's Map | geography | the Mercator projection | navigators and map readers | Europe | 1569 onwards | straight compass courses; the distortion of areas; the use of the map in classrooms | the projection was right for sailors and wrong for classrooms | the projection was designed to exaggerate Europe | Gerardus Mercator published his world map in 1569. | The projection keeps compass bearings as straight lines but enlarges areas far from the equator.
The Swing Riots | history | the Swing Riots | farm labourers | southern England | 1830 and 1831 | threshing machines; threatening letters signed Captain Swing; the punishments handed out | the riots were a bargaining tactic by labourers with no other way to be heard | the riots were blind destruction by desperate men | Farm labourers in southern England smashed threshing machines in 1830. | Letters threatening farmers were signed with the name Captain Swing.
The Secret Ballot | politics | the secret ballot | voters, candidates and landlords | Britain | 1832 to 1872 | bribery at elections; intimidation by landlords and employers; voting at the hustings | the ballot changed elections slowly, because it ended intimidation more than it ended bribery | the Ballot Act cleaned up British elections at a stroke | The Ballot Act of 1872 introduced secret voting in British elections. | Before then votes were declared in public at the hustings.
The Zinoviev Letter | politics | the Zinoviev letter | journalists, civil servants and Labour ministers | Britain | 1924 | the publication days before polling; the question of forgery; the effect on the result | the letter mattered less to the 1924 result than to Labour's lasting suspicion of the establishment | the letter cost Labour the 1924 election | The Daily Mail published the Zinoviev letter days before the general election of 1924. | The letter is now widely thought to have been a forgery.
The Three-Day Week | economics | the three-day week | workers, employers and the Heath government | Britain | the winter of 1973 and 1974 | the miners' overtime ban; rationing electricity; the February election | the three-day week did less damage to output than to the government that imposed it | the three-day week brought British industry to a standstill | The three-day week began on 1 January 1974. | Commercial users of electricity were limited to three working days a week.
Green Shield Stamps | economics | trading stamps | shoppers and retailers | Britain | 1958 to 1991 | stamps as loyalty rewards; the quarrel over price cutting; the catalogue shops | trading stamps were a clever way of cutting prices without being seen to cut them | trading stamps were a harmless free gift to shoppers | Green Shield Stamps were launched in Britain in 1958. | The company later turned its catalogue shops into Argos.
The Barcode at the Checkout | economics | the barcode | grocers and engineers | the United States | 1949 to 1974 | the early patent; agreeing a single standard; the first scan at a checkout | the barcode succeeded as an agreement between grocers more than as an invention | the barcode was a clever idea that spread by itself | The first product scanned with a UPC barcode at a checkout was a packet of chewing gum in 1974. | Norman Woodland and Bernard Silver patented an early barcode design.
The First Cash Machine | economics | the cash machine | bank customers and bank staff | Enfield, north London | 1967 | the voucher system; Saturday banking; the later plastic card | the cash machine was introduced to cut staff costs, and customer convenience came second | the cash machine was designed purely for customers' benefit | The first cash machine was installed at a Barclays branch in Enfield in 1967. | Early machines used paper vouchers rather than plastic cards.
The Sinclair C5 | history of technology | the Sinclair C5 | engineers, buyers and journalists | Britain | 1985 | the battery and the motor; safety on the road; the launch in winter | the C5 failed because it was sold as a car substitute when it was really a tricycle | the C5 failed because its inventor was ahead of his time | The Sinclair C5 was launched in January 1985. | Production stopped later the same year.
The R101 Airship | history of technology | the R101 airship | engineers and Air Ministry officials | Britain and France | 1924 to 1930 | the added weight of the design; the rush to fly to India; the crash near Beauvais | the R101 was lost to political deadlines more than to engineering | the R101 was brought down by bad weather alone | The R101 crashed in northern France in October 1930 on its way to India. | The disaster ended Britain's airship programme.
The Comet Airliner | history of technology | the de Havilland Comet | engineers, airlines and accident investigators | Britain | 1949 to 1958 | the first jet passenger services; the crashes; the tests on metal fatigue | the Comet's failure made later jet travel safe, at the cost of Britain's lead | the Comet was simply a badly built aircraft | The Comet began the world's first scheduled jet airliner service in 1952. | A series of crashes led to a long investigation into metal fatigue.
Mallard's Record | history of technology | Mallard's speed record | railwaymen and engineers | the East Coast Main Line | 1938 | streamlining; the run down Stoke Bank; competition between the railway companies | the record was a publicity exercise that also proved a real engineering point | the record run was an accident of favourable conditions | The locomotive Mallard reached 126 miles per hour in July 1938. | It remains the fastest steam locomotive on record.
The Foundling Hospital | sociology | the Foundling Hospital | mothers, governors and children | London | 1739 to 1800 | the tokens left with babies; the support of artists; the admission ballot | the hospital was as much a project of fashionable charity as of child welfare | the hospital was a simple act of kindness to abandoned children | Thomas Coram founded the Foundling Hospital in London in 1739. | Mothers often left small tokens with their babies.
Raikes and the Sunday Schools | education | the Sunday school movement | working children and volunteer teachers | Gloucester and beyond | the 1780s to the 1830s | reading the Bible; Sunday as the only free day; the fear of idle children | the Sunday schools taught more children to read than any other institution of their time | the Sunday schools were mainly about religious control | Robert Raikes promoted Sunday schools in Gloucester in the 1780s. | Many working children learned to read at Sunday school.
Payment by Results | education | payment by results | teachers and school inspectors | England | 1862 to the 1890s | the Revised Code; examinations in the three Rs; teaching to the test | payment by results achieved cheapness at the price of narrowing what schools taught | payment by results raised standards in every school | The Revised Code of 1862 tied school grants to pupils' examination results. | Robert Lowe defended it in Parliament.
The Mechanics' Institutes | education | the mechanics' institutes | skilled workers and middle-class reformers | Britain | the 1820s to the 1850s | science lectures for workers; the libraries; the drift towards clerks | the institutes served clerks and shopkeepers better than the mechanics they were named after | the institutes brought science to the working class | The London Mechanics' Institute was founded in 1823. | It later became Birkbeck, University of London.
The BBC Micro | education | the BBC Micro | teachers, pupils and programmers | British schools | 1981 to the early 1990s | the television series; subsidised machines for schools; a generation of programmers | the BBC Micro mattered more for the programmers it inspired than for what it taught in class | the BBC Micro transformed classroom teaching | The BBC Micro was launched in 1981. | It was built by Acorn Computers.
Dunlop's Tyre | history of technology | the pneumatic tyre | cyclists and manufacturers | Belfast and Britain | 1845 to 1900 | Dunlop's tricycle; the earlier patent; the cycling boom | the tyre succeeded the second time because the bicycle had created a market for it | Dunlop invented the pneumatic tyre from nothing | John Boyd Dunlop developed a pneumatic tyre for his son's tricycle in 1888. | Robert William Thomson had patented a similar idea in the 1840s.
The Tea Race of 1866 | economics | the Great Tea Race of 1866 | clipper crews and tea merchants | the sea route from China to London | 1866 | the premium for the first tea; the route round the Cape; the Suez Canal three years later | the race was the high point of a trade already being overtaken by steam | the clippers were at the height of their usefulness | Several clippers raced from China to London with the new season's tea in 1866. | Taeping and Ariel docked in London on the same tide.
The Case of Mary Mallon | history of science | Mary Mallon's case | health officials and newspaper readers | New York | 1907 to 1938 | healthy carriers of typhoid; her forced isolation; the press nickname | Mallon was treated harshly because she was a poor immigrant woman, not only because she was a carrier | Mallon's isolation was a simple matter of public safety | Mary Mallon was identified as a healthy carrier of typhoid in 1907. | She spent her last decades in isolation on North Brother Island.
Herschel's New Planet | astronomy | the discovery of Uranus | astronomers and royal patrons | Bath | 1781 and 1782 | the home-made telescope; deciding what the object was; the royal pension | Herschel's discovery owed as much to his instrument making as to luck | Uranus was found purely by chance | William Herschel observed Uranus from his garden in Bath in 1781. | He wanted to name the planet after George III.
The Lovell Telescope | astronomy | the Lovell Telescope | engineers and radio astronomers | Jodrell Bank in Cheshire | 1952 to 1960 | the soaring costs; tracking Sputnik; the debt that followed | the telescope was saved from its debts by the space race | the telescope was a well-planned project from the start | The Lovell Telescope at Jodrell Bank was completed in 1957. | It tracked the rocket that launched Sputnik 1.
The Lord Chamberlain's Blue Pencil | law | theatre censorship | playwrights and the Lord Chamberlain's office | Britain | 1737 to 1968 | the licensing of new plays; political satire; the campaign for abolition | stage censorship lasted because it suited theatre managers as well as governments | censorship was simply forced on an unwilling theatre | The Licensing Act of 1737 required new plays to be approved by the Lord Chamberlain. | Theatre censorship was abolished by the Theatres Act of 1968.
The Statute of Anne | law | the Statute of Anne | authors and booksellers | Britain | 1710 to 1774 | the limited term of protection; the booksellers' claims; the ruling in Donaldson's case | the statute was a booksellers' law that authors later claimed as their own | the statute was written to protect authors | The Statute of Anne came into force in 1710. | It is often described as the first copyright act.
Married Women and Property | law | the Married Women's Property Act of 1882 | wives, husbands and campaigners | Britain | 1857 to 1882 | a wife's earnings; the courts of equity; the campaign for reform | the act changed less in daily life than in the legal idea of marriage | the act gave married women full equality | The Married Women's Property Act of 1882 let married women own property in their own right. | Before it, a wife's property largely passed to her husband on marriage.
The Red Flag Act | history of technology | the Red Flag Act | road users and legislators | Britain | 1865 to 1896 | the man walking in front; the speed limits; the first motor cars | the act was reasonable for steam traction engines and absurd only for motor cars | the act was a foolish law that held back British motoring | The Locomotive Act of 1865 required a person to walk ahead of road locomotives. | The requirement was removed in 1896.
Pitman's Shorthand | linguistics | Pitman shorthand | clerks, reporters and secretaries | Britain | 1837 to the 1960s | writing by sound; the speed of reporting; office work for women | shorthand shaped office work as much as journalism | shorthand was only a trick for fast note-taking | Isaac Pitman published his shorthand system in 1837. | Shorthand was widely used by journalists and secretaries.
Louis Braille's Code | linguistics | braille | blind readers and their teachers | France | 1824 to 1854 | raised dots instead of raised letters; the school's resistance; official adoption | braille spread because blind readers insisted on it against their teachers' wishes | braille was adopted as soon as its value was seen | Louis Braille developed his reading system as a teenager in the 1820s. | His school adopted it officially only after his death.
Founding the National Gallery | art history | the founding of the National Gallery | collectors, MPs and visitors | London | 1824 to 1838 | the Angerstein purchase; the building on Trafalgar Square; free entry | the gallery was founded to improve public taste and national prestige in equal measure | the gallery was created purely for the education of the poor | Parliament bought 38 paintings from John Julius Angerstein in 1824. | The National Gallery moved to Trafalgar Square in 1838.
The Theft of the Mona Lisa | art history | the theft of the Mona Lisa | museum staff, police and newspaper readers | Paris and Florence | 1911 to 1913 | the empty wall; the suspects; the return of the painting | the theft made the Mona Lisa famous to people who had never cared about painting | the painting was already the most famous in the world | The Mona Lisa was stolen from the Louvre in 1911. | It was recovered in Florence in 1913.
The First Boat Race | sport | the Boat Race | oarsmen and spectators | the Thames | 1829 to 1860 | the challenge between two students; crowds on the towpath; the move to Putney | the Boat Race became national because the railways and newspapers made it a spectacle | the Boat Race was always a national event | The first Boat Race between Oxford and Cambridge was rowed in 1829. | The race is now rowed on the Thames between Putney and Mortlake.
The Ashes Urn | sport | the Ashes | cricketers and journalists | England and Australia | 1882 and 1883 | the mock obituary; Ivo Bligh's tour; the story of the urn | the Ashes grew from a newspaper joke into a tradition because both countries wanted a rivalry | the Ashes began as a solemn national contest | A mock obituary of English cricket appeared in the Sporting Times in 1882. | England's captain Ivo Bligh was given a small urn during the following tour.
The Marathon Distance | sport | the marathon distance | runners and Olympic organisers | London | 1908 to 1921 | the route from Windsor; the finish in front of the royal box; the later standard | the odd distance stuck because the 1908 race became a famous drama | the distance was set by careful planning | The 1908 London Olympic marathon was run over 26 miles 385 yards. | That distance became the standard in 1921.
The First Tour de France | sport | the first Tour de France | cyclists and newspaper owners | France | 1903 | the newspaper war; the long night stages; cheating riders | the Tour was invented to sell a newspaper, and that origin explains its character | the Tour was created to celebrate French sport | The first Tour de France was held in 1903. | It was created to boost the sales of the newspaper L'Auto.
The Kennington Common Meeting | politics | the Kennington Common meeting | Chartists, special constables and ministers | London | April 1848 | the size of the crowd; the government's preparations; the signatures on the petition | the meeting was a defeat in the press more than on the common | the meeting showed that Chartism had no support | The Chartists held a mass meeting on Kennington Common in April 1848. | Many of the signatures on their petition turned out to be false.
"""

SCHOLARS = ["Aldersley", "Bamford", "Chadwick", "Dunleavy", "Eastwood", "Fothergill", "Gathercole", "Heskin",
            "Illingworth", "Jowett", "Kinsella", "Lumb", "Mallinson", "Nwachukwu", "Oddie", "Pickersgill", "Quinlan",
            "Rushworth", "Sugden", "Thistlethwaite", "Umpleby", "Verity", "Wormald", "Yelland"]

HOOK = [
    "Most people first meet {x} as a single line in a school textbook.",
    "It is tempting to think that everything worth saying about {x} has already been said.",
    "Popular memory has turned {x} into something close to a fable.",
    "Anniversaries of {x} tend to produce the same newspaper features year after year.",
    "Before {x} can be discussed properly, a few myths need clearing away.",
    "The familiar version of {x} is tidy, confident and misleading in its emphasis.",
    "Specialists have quarrelled over {x} for longer than most of them would care to admit.",
    "For an episode so often retold, {x} remains oddly hard to pin down.",
    "A student meeting {x} for the first time could be forgiven for thinking it simple.",
    "Behind the well-worn story of {x} lies a messier and more interesting one.",
    "How {x} is remembered says as much about later generations as about the events themselves.",
    "Few topics split a seminar group as reliably as {x}.",
]
ORIENT = [
    "Most of the evidence used below comes from {setting}.",
    "What {people} left behind is patchy, and the gaps matter.",
    "Two generations of researchers have pulled the subject in opposite directions.",
    "Part of the difficulty is that the labels now in use were invented afterwards.",
    "The time frame throughout is {period}.",
    "Much of what gets repeated today was first written down decades later.",
]
ASK = [
    "That raises one central question: {question}",
    "The question worth asking, then, is this: {question}",
    "Everything below returns to one problem: {question}",
    "Stated plainly, the issue is this: {question}",
]
STANCE = [
    "The argument of this essay is that {thesis}.",
    "The contention here is that {thesis}.",
    "My aim here is to establish that {thesis}.",
    "By weighing {s1}, {s2} and {s3}, the discussion below reaches the view that {thesis}.",
    "Taken together, the sources point to one conclusion: {thesis}.",
    "In short, my position is that {thesis}.",
    "What this essay sets out to demonstrate is that {thesis}.",
    "The view taken here, with some reservations, is that {thesis}.",
]
ASK_GENERIC = ["why is {x} still so often misunderstood?", "how much did {people} actually shape {x}?",
               "is the standard account of {x} good enough?", "who paid for {x}, and who profited?"]
SCENE = [
    "A little context will help before the argument proper.",
    "Much depends on the circumstances of the time ({period}).",
    "Circumstances then were far removed from anything familiar now.",
    "At first, {x} drew attention only from a handful of insiders.",
    "Developments did not move at one pace everywhere.",
    "A large share of the surviving documents were written by people with something to prove.",
    "{Scholar} treats these years as the true beginning of the story.",
    "The richest material comes from {setting}.",
    "Exact dates matter less here than the overall direction of travel.",
    "The situation beforehand had hardly been settled either.",
    "Within a generation, older habits had largely disappeared.",
    "Many observers misjudged what was unfolding in front of them.",
]
LEAD = [
    "First, consider {s}.",
    "The core of the matter is {s}.",
    "Harder to judge is the part played by {s}.",
    "Less often discussed, but no less important, is {s}.",
    "It would be a mistake to pass quickly over {s}.",
    "Alongside this must be set {s}.",
    "Some of the strongest evidence relates to {s}.",
    "Any serious account has to deal with {s}.",
    "A further factor is {s}.",
    "The next thing to look at closely is {s}.",
]
DEVELOP = [
    "Letters of the time suggest that {people} talked about {s} far more than the official papers did.",
    "It is easy to forget how uncertain the outcome of {s} looked at the time.",
    "In {setting}, {s} set off consequences that nobody had foreseen.",
    "Each of the main witnesses gives a slightly different version of {s}.",
    "What stands out about {s} is how late contemporaries grasped the point.",
    "The burden of {s} fell unevenly, and mostly on those with least say.",
    "The significance of {s} lies in the alternatives that were closed off as a result.",
    "Neither camp in the later debate gave {s} the attention it deserved.",
    "On the ground, {people} understood {s} better than the commentators did.",
    "Newspapers of the day gave {s} only passing mention.",
    "Seen up close, {s} looks planned rather than accidental.",
    "Minor adjustments to {s} ended up mattering a great deal.",
    "On this point the standard story of {x} simply runs out of evidence.",
    "With {s}, speed mattered at least as much as scale.",
    "Other outcomes were possible, and {s} could easily have gone differently.",
    "Local choices in {setting} shaped {s} more than any central plan.",
]
DATA = [
    "{Scholar} ({year}) attributes about {pct} per cent of the change to {s}.",
    "A {year} study of the surviving testimony found that {pct} per cent of witnesses saw {s} as the decisive factor.",
    "Across {num} cases, {Scholar} ({year}) finds much the same pattern.",
    "{Scholar}'s {year} figures are modest, but they all point in one direction.",
    "A {year} re-examination of the records suggests a change of roughly {pct} per cent within a decade.",
    "Of the {num} examples gathered by {Scholar} ({year}), only a handful do not fit.",
    "{Scholar} concedes that the data are incomplete, though they hang together well.",
    "According to {Scholar}, earlier work on {s} asked the wrong questions entirely.",
]
CASE = [
    "Take {setting}, where {people} faced {s} with little outside help.",
    "{Scholar} follows one group of {people} who saw their plans wrecked by {s}.",
    "Parallels can be found far beyond {setting}.",
    "Examples of this are plentiful; counter-examples are rare.",
    "The documents of the period come back to this again and again.",
    "When {people} described their own experience, this was what they emphasised.",
    "Even a short search of the surviving records turns up many such cases.",
]
TIE = [
    "This strengthens the case that {thesis}.",
    "By itself this proves little, but it cannot easily be explained away.",
    "That is why the question of {s} has to be read alongside everything else.",
    "Read like this, {s} becomes part of the reason why {thesis}.",
    "It is a modest detail, yet it changes how {x} should be assessed.",
    "This point will return when the objections are weighed.",
    "A fair judgement must leave room for {s}.",
]
QLEAD = [
    "Looking back on {setting}, {Scholar} sums it up like this:",
    "A witness from among {people}, recalling events decades afterwards, said:",
    "At a {year} symposium on {x}, one contributor remarked:",
    "{Scholar} is unusually blunt about {s}:",
    "{Scholar}'s verdict on {s} is worth giving at length:",
]
QTEXT = [
    "We kept looking for the one decision that explained {x}. There were a hundred small ones instead.",
    "Nobody sat down and chose {s}. It all accumulated, week by week, until it was simply how things were.",
    "The surprising thing about {x} is how ordinary it felt to the people living through it.",
    "I assumed {x} would be a footnote by now. Instead it keeps coming back.",
    "You did not need a report to notice {s}. You only had to stand in the street and look.",
    "Blaming ignorance for {x} lets everyone off too lightly. People knew; they had other priorities.",
]
QREACT = [
    "It is a striking way to put it, and broadly a just one.",
    "The remark overstates the case a little, but the core holds.",
    "Coming from someone with no stake in the outcome, it deserves to be taken seriously.",
    "It is convincing, though harder to prove than it sounds.",
]
QREACT2 = [
    "Other testimony from {people} leans in the same direction.",
    "It further suggests that contemporaries grasped {s} perfectly well.",
    "Whether it applies beyond {setting} needs testing separately.",
    "Its real value is what it reveals about {s}.",
    "It is a useful corrective to neater accounts of {x}.",
]
LLEAD = [
    "Looking across the evidence, several conditions seem to shape how {x} unfolds:",
    "Wherever {people} were involved, the same ingredients kept appearing:",
    "Anyone hoping to repeat the better outcomes in {setting} would need:",
    "Put briefly, the successful cases of {x} shared these features:",
]
LITEM = [
    "a realistic understanding of {s} from the outset",
    "proper consultation with {people} over {s}",
    "an early warning whenever {s} begins to falter",
    "independent oversight of {s}",
    "a small-scale trial of {s} before anything larger",
    "plain speaking about the cost of {s}",
]
LMORE = ["funding for {x} guaranteed for years, not months", "someone with the authority to call a halt to {x}",
         "records of {x} kept in a form that outlasts changes of staff", "a realistic schedule for judging {x}"]
ABROAD = [
    "A wider view helps to keep {x} in perspective.",
    "In other places, similar pressures around {x} produced quite different decisions.",
    "Wherever {people} had a voice from the start, disagreements were less bitter.",
    "The comparison is imperfect, because {s2} did not operate in the same way everywhere.",
    "Even so, it suggests that what happened in {setting} was one possibility among several.",
    "It also hints that consent counted for more than speed.",
]
OBJECT = [
    "Ranged against all of this is the belief that {rival}.",
    "Some will object that {rival}.",
    "The most serious challenge comes from the claim that {rival}.",
    "A sceptical reader might reasonably argue that {rival}.",
    "At first sight, some of the evidence seems to suggest that {rival}.",
]
OBJECT_MORE = [
    "The view would have been familiar to {people}.",
    "Thoughtful scholars have argued this, and the argument deserves respect.",
    "{Scholar2} ({year2}) gives the fullest version of it.",
    "It contains some truth, since every decision about {x} came at a price.",
]
REBUT = [
    "Yet the experience of {setting} tells a different story.",
    "It also fails to explain why {s2} carried such weight.",
    "More seriously, the objection assumes exactly what it needs to prove.",
    "It rests on an understanding of {x} that has long been superseded.",
    "If it were right, the results would have been uniform, and they were not.",
    "In the end it identifies a genuine cost without showing that the cost was decisive.",
]
WRAP_OPEN = [
    "To conclude, {thesis}.",
    "Weighing everything, the evidence indicates that {thesis}.",
    "None of this settles the debate for good.",
    "Where, then, does this leave the argument?",
    "Throughout, the aim has been to show that {thesis}.",
    "Stepping back from the details, one thing stands out.",
    "A one-line verdict would be convenient, yet {x} will not fit inside one.",
]
WRAP = [
    "{S1}, {s2} and {s3} each account for part of the story; only together do they account for all of it.",
    "The view that {rival} is not baseless, but it cannot carry the argument.",
    "The small particulars have proved more revealing than the grand explanations.",
    "That question remains open for {people} today.",
    "An obvious next step would be to set {setting} beside other cases.",
    "Most of all, {x} grew out of decisions that people could have taken otherwise.",
    "What matters now is what can be learned from it.",
    "That verdict is less dramatic than the popular version, but it is easier to defend.",
]
H_SCENE = ["{Setting}, {period}", "Setting the scene", "The starting point", "Where it all began", "Before {s1}",
           "The background in brief"]
H_STRAND = ["{S}", "The question of {s}", "{S} reconsidered", "Turning to {s}", "What {s} tells us", "The place of {s}"]
H_ABROAD = ["A wider view", "Looking further afield", "Comparisons"]
H_OBJECT = ["Objections considered", "The other side", "Weighing the alternative", "A rival explanation",
            "Counter-arguments", "Is the critics' case stronger?"]
H_WRAP = ["Conclusions", "Summing up", "Final verdict", "Closing remarks", "In the end"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"card{n:02d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Build one essay from a card. It opens with a hook and ends its opening on the thesis; then come the card's
    facts as background, one or two paragraphs for each strand, now and then a quotation, a list or a comparison,
    an objection and its rebuttal, and a conclusion. About three in five get headings. A pattern is drawn at most
    once per essay."""
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
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1979, 2023), year2=rng.randint(1984, 2023),
                    pct=rng.choice([9, 14, 18, 23, 27, 31, 38, 44, 52, 61, 68]),
                    num=rng.choice([19, 33, 58, 86, 112, 164, 240]))
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

LEVELS = ["Year 12", "Year 13", "AS level", "A level", "Level 3 Extended Diploma", "Level 4 (first year)",
          "Level 5 (second year)", "IB Diploma", "Access to HE", "Foundation year"]
GRADES = ["A*", "A", "A-", "B", "Distinction", "Merit", "68%", "72%", "First (71)", "2:1 (65)", "6 (IB)"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def word_cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


def only_in(text: str, title: str) -> bool:
    """Whether `text` is found in the essay called `title` and nowhere else among the chosen essays."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def objection_sentence(title: str) -> str:
    """The first sentence of the essay's objection paragraph (the one that states the card's rival view)."""
    rival = ESSAYS_BY_TITLE[title]["card"]["rival"]
    para = next(p for p in paragraphs_of(title) if rival in p)
    return next(s for s in sentences_of(para) if rival in s)


def hook_sentence(title: str) -> str:
    return sentences_of(paragraphs_of(title)[0])[0]


def quotation_of(title: str) -> str | None:
    return next((v for k, v in ESSAYS_BY_TITLE[title]["blocks"] if k == "quote"), None)


def middle_sentence(title: str, rng: random.Random) -> str:
    """A sentence of 10 words or more from a body paragraph (not the opening, not the last), found in no other essay."""
    paras = paragraphs_of(title)[1:-1]
    pool = [s for p in paras for s in sentences_of(p) if len(s.split()) >= 10 and only_in(s, title)]
    return rng.choice(pool)


class Page(g2.Page):
    """sites2's Page, plus the level, grade, subject and sibling titles this set uses."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.post_id = rng.randint(10 ** 5, 10 ** 6 - 1)


SEED = 419  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page | int) -> bool:
    """Whether this page is one of the `count` pages (of 18) on which `site` shows `role`; the pages are drawn once per site from the seed."""
    index = page if isinstance(page, int) else page.index
    return index in random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """The rank (0-based, in page order) of this page among the `count` pages that show `role`, or None."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For a moving element: True on `first` pages of the 18, False on the rest (shuffled once per site)."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "writer": p.author.split()[0], "title": p.title, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece, is_heading) -> None:
    """Place a template piece at `pos` in the essay; if that would follow a heading directly, step back so the piece
    sits above the heading."""
    while pos > 0 and is_heading(body[pos - 1]):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_heading(piece) -> bool:
    """A heading, or a paragraph that leads into a quotation or a list: nothing is put straight after these."""
    return piece[0] in ("heading", "lead")


def lead_or_text(paragraph: str) -> str:
    return "lead" if paragraph.rstrip().endswith(":") else "text"


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---- 1. thornymire: vBulletin 4 forum thread --------------------------------------------------------------------

TM_ROOT = "https://forums.thornymire.co.uk"
TM_NAME = "Thornymire Student Forums"
TM_POSTERS = [  # name, user title, location, signature
    ("marram_grass", "Senior Member", "Whitby", "Lower sixth, history and geography. I read slowly but I read everything."),
    ("otterburn_j", "Regular Member", "Hexham", "Access course survivor. Now doing a proper degree, apparently."),
    ("kestrel_and_kettle", "Junior Member", "Barrow-in-Furness", "Year 13. Coffee, past papers, repeat."),
    ("penwortham_lass", "Senior Member", "Preston", "Second year, part-time, two kids, one essay a fortnight."),
    ("slate_and_heather", "Regular Member", "Ambleside", "IB student. Extended essay on hold while I learn to sleep again."),
    ("bowness.bea", "Senior Member", "Windermere", "Foundation year. Will swap feedback for biscuits."),
    ("tarn_hows_tom", "Junior Member", "Coniston", "AS level, still working out how paragraphs work."),
]
TM_REPLIERS = [("wastwater_wren", "Regular Member"), ("inglebyarncliffe", "Junior Member"), ("gritstone_gabe", "Senior Member"),
               ("heron.and.hay", "Regular Member"), ("sedge_warbler", "Junior Member"), ("ffion_hughes", "Regular Member"),
               ("mallerstang", "Senior Member"), ("the_fell_runner", "Regular Member"), ("birkbeck_bryony", "Junior Member"),
               ("crummock_cal", "Regular Member"), ("nightjar_nadia", "Senior Member")]
TM_PLACES = ["Kendal", "Lancaster", "Carlisle", "Darlington", "Skipton", "Penrith", "Keswick", "Sedbergh", "Durham",
             "Ulverston", "Morecambe"]
TM_REPLIES = [
    "Brilliant, thank you for putting this up. My paragraphs never flow like this.",
    "The second section is really strong but I think the opening could be shorter.",
    "Bookmarked for when we do this topic after Easter.",
    "How long did this take you? I'm on my third draft of mine and it's still a mess.",
    "I'd have given it a higher mark to be honest.",
    "Nice use of the numbers, you don't just throw them in.",
    "Is there a reading list that goes with this? A couple of those authors look worth chasing.",
    "The ending actually answers the question, which is more than mine ever do.",
    "Slightly long in the middle for me but the argument is clear throughout.",
    "Going to borrow the structure for my plan (only the structure, don't worry).",
]
TM_ASIDE_LABELS = ["Side note:", "For anyone reading:", "Teacher wrote here:", "PS:"]
TM_ASIDES = [
    "this is the paragraph I rewrote three times, so go easy on it",
    "the numbers in this bit all came from the {topic} reading pack",
    "I know the paragraph above is long, I ran out of time to split it",
    "somebody asked about sources for this section, they are in my first reply",
    "my {topic} teacher underlined this whole paragraph and wrote 'yes' next to it",
    "not sure this paragraph earns its place, happy to hear if you'd cut it",
    "changed a couple of words here after the first replies",
]
TM_ATTACH = [("Attached Images", "{slug}-plan-photo.jpg", "jpg"), ("Attached Files", "{slug}-feedback-sheet.pdf", "pdf")]
TM_ANNOUNCE = [
    "The forums will be read-only from 10pm on Saturday while we upgrade the server.",
    "Exam season etiquette: please don't post live exam questions until the paper has finished everywhere.",
    "New sub-forum: University Applications. Read the sticky thread before you post.",
]
TM_PLEA = ("This essay has already been marked and is on the plagiarism checker, so copying it will get you caught. "
           "Use it for ideas only.")
TM_WELCOME = ("Welcome to Thornymire! If this is your first visit, have a look at the FAQ using the link above. You will "
              "need to register before you can post or reply: use the register link above. To start reading, pick a "
              "forum from the list below.")
TM_TIPS = ["Essay Showcase rules: post the mark, the level and what you want feedback on.",
           "Please thank useful posts instead of replying 'thanks'.",
           "Threads with no activity for 12 months are locked automatically."]


def tm_when(d: date, rng: random.Random) -> str:
    return f"{d.strftime('%d-%m-%Y')}, {rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def tm_userinfo(p: Page, name: str, title: str, joined: str, place: str, posts: int, thanks: int) -> str:
    p.clutter.append(f"{thanks * 2 + 1} Times in {thanks + 1} Posts")
    return (f'<div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" '
            f'href="{TM_ROOT}/member.php?u={int(hexid(name, n=5), 16) % 90000}" title="{name} is offline"><strong>{name}</strong></a></div>'
            f'<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{name} is offline" border="0" /></div>'
            f'<span class="usertitle">{title}</span><a class="postuseravatar" href="{TM_ROOT}/member.php?u={int(hexid(name, n=5), 16) % 90000}" title="{name} is offline">'
            f'<img src="image.php?u={int(hexid(name, n=5), 16) % 90000}&amp;dateline=1554212345" alt="{name}\'s Avatar" title="{name}\'s Avatar" /></a><hr />'
            f'<dl class="userinfo_extra"><dt>Join Date</dt> <dd>{joined}</dd><dt>Location</dt> <dd>{esc(place)}</dd><dt>Posts</dt> <dd>{fmt_int(posts)}</dd></dl>'
            f'<dl class="user_thanks"><dt>Thanks</dt> <dd>{thanks}</dd><dt>Thanked</dt> <dd>{thanks * 2 + 1} Times in {thanks + 1} Posts</dd></dl></div>')


def tm_quote_box(inner: str) -> str:
    return ('<div class="bbcode_container">\n\t<div class="bbcode_quote">\n\t\t<div class="quote_container">\n'
            f'\t\t\t<div class="bbcode_quote_container"></div>\n\t\t\t{inner}\n\t\t</div>\n\t</div>\n</div>')


def thornymire(p: Page) -> str:
    rng = p.rng
    site = "thornymire"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    thread_id = 20000 + p.post_id % 60000
    s = slug(p.title)
    url = f"{TM_ROOT}/showthread.php?t={thread_id}-{s.title()}"
    post_no = 300000 + p.post_id
    user, utitle, uplace, sig = TM_POSTERS[rng.randrange(len(TM_POSTERS))]
    posted = date(2015, 1, 1) + timedelta(days=rng.randint(0, 2400))
    when = tm_when(posted, rng)
    # the post body: BBCode output, paragraphs separated by <br /> pairs; (kind, html, inline?)
    pieces: list[tuple[str, str, bool]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f'<b><font size="3">{esc(value)}</font></b>', True))
        elif kind == "paragraph":
            pieces.append((lead_or_text(value), esc(value), True))
        elif kind == "quote":
            pieces.append(("text", tm_quote_box(esc(value)), False))
        else:
            ordered, items = value
            start, end = ('<ol class="decimal">', "</ol>") if ordered else ("<ul>", "</ul>")
            pieces.append(("text", start + "".join(f'<li style="">{esc(i)}</li>' for i in items) + end, False))
    n_essay = len(pieces)
    if shown_on(site, "aside", 13, p):  # the poster's own grey aside between paragraphs
        label = rng.choice(TM_ASIDE_LABELS)
        text = note_for(TM_ASIDES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<font color="#696969"><i>[{esc(label)} {esc(text)}]</i></font>', True), kind_heading)
        p.clutter.append(f"[{label} {text}]")
    turn = rank_on(site, "attach", 4, p)
    if turn is not None:  # an inline attachment fieldset, two kinds in turn
        legend, fname, ext = TM_ATTACH[turn % 2]
        fname = fname.format(slug=s[:24].strip("-"))
        size, views = f"{rng.randint(40, 900)}.{rng.randint(0, 9)} KB", rng.randint(12, 400)
        line = f"{fname} ({size}, {views} views)"
        put(pieces, rng.randint(2, len(pieces) - 1),
            ("attach", f'<fieldset class="postcontent"><legend><img src="images/misc/paperclip.png" class="inlineimg" alt="" /> {legend}</legend>'
                       f'<ul><li><img class="inlineimg" src="images/attach/{ext}.gif" alt="" /> <a href="attachment.php?attachmentid={p.post_id % 9000 + 100}&amp;d={1500000000 + p.post_id}">{esc(fname)}</a> ({size}, {views} views)</li></ul></fieldset>', False),
            kind_heading)
        p.clutter += [legend, line]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The rest of this post ({fmt_int(more)} more words) is only shown to registered members."
        pieces.append(("wall", f'<div class="guest_cut"><b>{esc(wall)}</b> <a href="{TM_ROOT}/register.php">Register now</a> or <a href="{TM_ROOT}/login.php">log in</a> to read it.</div>', False))
        p.clutter += [wall, "Register now or log in to read it."]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<b><font size="3">Works Cited</font></b>', True))
        pieces.append(("refs", "<br />\n".join(mk for _, mk in p.refs), True))
    plea = ("note", f'<div style="text-align: center;"><b>{esc(TM_PLEA)}</b></div>', False)
    p.clutter.append(TM_PLEA)
    if half_and_half(site, "plea", p):
        pieces.insert(0, plea)
    else:
        pieces.append(plea)
    # the poster's label / value lines, at the top of the same text run
    length = f"{fmt_int(p.words)} (about {plural(p.pages, 'side')} of A4)"
    wants = rng.choice(["is my argument clear?", "the conclusion", "paragraph links", "anything, be brutal",
                        "whether the sources are used well", "spelling and grammar"])
    lines = [("Subject", p.category), ("Level", p.level), ("Word count", length), ("Mark", p.grade),
             ("Feedback wanted on", wants)]
    header = "<br />\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in lines)
    p.clutter += [f"Subject: {p.category}", f"Level: {p.level}", f"Word count: {length}", f"Mark: {p.grade}", f"Feedback wanted on: {wants}"]
    run = header
    prev_inline = True
    for _, h, inline in pieces:
        run += ("<br />\n<br />\n" if prev_inline and inline else "\n") + h
        prev_inline = inline
    # who thanked the poster
    thankers = rng.sample([r for r, _ in TM_REPLIERS], rng.randint(0, 5))
    thanks_box = ""
    if thankers:
        lead = f"These {len(thankers)} members found this post useful:" if len(thankers) > 1 else "This member found this post useful:"
        thanks_box = (f'<li class="postbit postbit-lite thanks_postbit" id="post_thanks_box_{post_no}"><div class="thanks_box"><div class="thanks_lead">{lead}</div>'
                      f'<div class="thanks_names">{", ".join(f"<a href={chr(34)}{TM_ROOT}/member.php?u={int(hexid(t, n=5), 16) % 90000}{chr(34)} rel={chr(34)}nofollow{chr(34)}>{t}</a>" for t in thankers)}</div></div></li>')
        p.clutter += [lead, ", ".join(thankers)]
    joined = posted - timedelta(days=rng.randint(30, 1500))
    posts_n, thanks_n = rng.randint(20, 2400), rng.randint(0, 180)
    joined_s = f"{joined.strftime('%b')} {joined.year}"
    p.clutter += [user, utitle, uplace, sig, f"{joined.strftime('%b')} {joined.year}", "Join Date", "Reply With Quote"]
    edited = ""
    if rng.random() < 0.5:
        ed = posted + timedelta(days=rng.randint(0, 3))
        reason = rng.choice(["typo", "added the mark", "formatting", "fixed the list", "spacing"])
        ed_day, ed_time = tm_when(ed, rng).split(", ")
        edited = (f'<blockquote class="postcontent lastedited"><img src="images/buttons/edit_40b.png" class="editedbyimg" alt="" /> '
                  f'Last edited by {user}; <span class="date">{ed_day}</span> at <span class="time">{ed_time}</span>. <span class="reason">Reason:</span> {reason}</blockquote>')
        p.clutter += [f"Last edited by {user}; {ed_day} at {ed_time}. Reason: {reason}"]
    first = (f'<li class="postbitlegacy postbitim postcontainer old" id="post_{post_no}">\n<div class="posthead"><span class="postdate old"><span class="date">{when.split(", ")[0]},&nbsp;<span class="time">{when.split(", ")[1]}</span></span></span>'
             f'<span class="nodecontrols"><a name="post{post_no}" href="{url}&amp;p={post_no}#post{post_no}" class="postcounter">#1</a><a id="postcount{post_no}" name="1"></a></span></div>\n'
             f'<div class="postdetails">{tm_userinfo(p, user, utitle, joined_s, uplace, posts_n, thanks_n)}\n'
             f'<div class="postbody"><div class="postrow has_after_content"><h2 class="title icon">{esc(p.title)}</h2>\n<div class="content"><div id="post_message_{post_no}">\n'
             f'<blockquote class="postcontent restore ">{run}\n</blockquote></div></div>\n{edited}</div>\n'
             f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{esc(sig)}</div></blockquote></div>\n'
             '<div class="cleardiv"></div></div></div>\n'
             f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_{post_no}" class="newreply" href="{TM_ROOT}/newreply.php?do=newreply&amp;p={post_no}" rel="nofollow" title="Reply With Quote"><img id="quoteimg_{post_no}" src="images/clear.gif" alt="Reply With Quote" />  Reply With Quote</a></span></div></div>\n<hr />\n</li>\n{thanks_box}\n')
    p.clutter += [when.split(", ")[0] + ", " + when.split(", ")[1]]
    # replies: the same postbit; the first may quote a sentence of the essay
    replies = ""
    n_rep = rng.randint(2, 5)
    day = posted
    quotable = [sen for k, v in p.visible() if k == "paragraph" for sen in sentences_of(v) if len(sen.split()) >= 9]
    for n, ((who, wtitle), text) in enumerate(zip(rng.sample(TM_REPLIERS, n_rep), rng.sample(TM_REPLIES, n_rep)), 2):
        day = day + timedelta(days=rng.randint(0, 6))
        w = tm_when(day, rng)
        pid = post_no + n * 37
        qhtml = ""
        if n == 2 and quotable and rng.random() < 0.6:
            sen = rng.choice(quotable)
            qhtml = tm_quote_box(f'<div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Quote" /> Originally Posted by <strong>{user}</strong> '
                                 f'<a href="{url}&amp;p={post_no}#post{post_no}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="View Post" /></a></div>'
                                 f'<div class="message">{esc(sen)}</div>') + "\n"
            p.clutter.append(f"Originally Posted by {user}")
        rj = day - timedelta(days=rng.randint(10, 2000))
        place = rng.choice(TM_PLACES)
        rj_s = f"{rj.strftime('%b')} {rj.year}"
        replies += (f'<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">\n<div class="posthead"><span class="postdate old"><span class="date">{w.split(", ")[0]},&nbsp;<span class="time">{w.split(", ")[1]}</span></span></span>'
                    f'<span class="nodecontrols"><a name="post{pid}" href="{url}&amp;p={pid}#post{pid}" class="postcounter">#{n}</a></span></div>\n'
                    f'<div class="postdetails">{tm_userinfo(p, who, wtitle, rj_s, place, rng.randint(5, 3000), rng.randint(0, 90))}\n'
                    f'<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">{qhtml}{esc(text)}</blockquote></div></div></div><div class="cleardiv"></div></div></div>\n'
                    f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="newreply" href="{TM_ROOT}/newreply.php?do=newreply&amp;p={pid}" rel="nofollow" title="Reply With Quote">  Reply With Quote</a></span></div></div>\n<hr />\n</li>\n')
        p.clutter += [who, wtitle, text, w, f"{rj.strftime('%b')} {rj.year}", place]
    results = f"Results 1 to {n_rep + 1} of {n_rep + 1}"
    views = rng.randint(90, 9000)
    p.clutter += [results, f"Views: {fmt_int(views)}"]
    # similar threads: the most-quoted line of each is the first sentence of its objection paragraph
    rows = ""
    for t in rng.sample(p.others, 4):
        line = objection_sentence(t)
        starter = rng.choice([u for u, *_ in TM_POSTERS] + [r for r, _ in TM_REPLIERS])
        rep = rng.randint(1, 19)
        lp = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1500))
        lpw = tm_when(lp, rng)
        tid = 20000 + int(hexid(t, n=5), 16) % 60000
        rows += (f'<li class="floatcontainer"><div class="titleblock"><h6><a href="{TM_ROOT}/showthread.php?t={tid}-{slug(t).title()}" title="">{esc(t)}</a></h6>'
                 f'<div class="starter_forum">By {starter} in forum Essay Showcase</div>'
                 f'<div class="threadpreview smallfont"><span class="shade">Most quoted:</span> \u201c{esc(line)}\u201d</div></div>'
                 f'<div class="dateblock"><span class="shade">Replies:</span> {rep}<div class="starter_forum"><span class="shade">Last Post:</span> {lpw.split(", ")[0]}, <span class="time">{lpw.split(", ")[1]}</span></div></div></li>')
        p.clutter += [t, line, f"By {starter} in forum Essay Showcase", lpw]
    p.clutter += ["Similar Threads", "Most quoted:", "Last Post:"]
    tags = [slug(p.category), slug(p.level), "feedback"]
    p.clutter += [TM_NAME, "Study Help", "Essay Showcase", "Thread Tools", "Show Printable Version", "Email this Page",
                  "Subscribe to this Thread", "Linear Mode", "Switch to Hybrid Mode", "Switch to Threaded Mode",
                  "Tags for this Thread", "Posting Permissions", "You may not post new threads",
                  "You may not post replies", "You may not post attachments", "You may not edit your posts",
                  "BB code is On", "Smilies are On", "HTML code is Off", "Forum Rules", "Today's Posts",
                  "What's New?", "Advanced Search", "Remember Me?", "Contact Us", "Study Groups",
                  "All times are GMT. The time now is", "Powered by vBulletin", "vBulletin Solutions Inc. All rights reserved.",
                  "Thornymire Student Forums is run by volunteers. Posts are the views of their authors.", f"Thread: {p.title}"]
    announce = ""
    turn = rank_on(site, "announce", 3, p)
    if turn is not None:
        announce = (f'<ol id="announcements" class="announcements"><li class="announcerow"><div class="announcement"><dl><dt>Announcement:</dt>'
                    f'<dd><a href="{TM_ROOT}/announcement.php?f=19">{esc(TM_ANNOUNCE[turn])}</a></dd></dl></div></li></ol>')
        p.clutter += ["Announcement:", TM_ANNOUNCE[turn]]
    notices = ""
    if shown_on(site, "welcome", 6, p):
        notices = f'<div id="notices" class="notices"><ol><li class="restore" id="navbar_notice_1">{esc(TM_WELCOME)}</li></ol></div>'
        p.clutter.append(TM_WELCOME)
    tip = TM_TIPS[p.index % len(TM_TIPS)]
    p.clutter.append(tip)
    desc = html.escape(word_cut(block_text(p.blocks[0]), 26))
    now = f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html">
<head>
\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="{TM_ROOT}" />
<base href="{TM_ROOT}/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" />
\t<link rel="Shortcut Icon" href="favicon.ico" type="image/x-icon" />
<meta name="keywords" content="{html.escape(', '.join(tags))}, {html.escape(p.title.lower())}" />
<meta name="description" content="{desc}" />
<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
<script type="text/javascript">
<!--
\tvar SESSIONURL = "";
\tvar SECURITYTOKEN = "guest";
\tvar IMGDIR_MISC = "images/misc";
\tvar vb_disable_ajax = parseInt("0", 10);
// -->
</script>
<script type="text/javascript" src="clientscript/vbulletin_core.js?v=425"></script>
\t<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=1&amp;d={1600000000 + int(hexid(site, n=5), 16)}&amp;td=ltr&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css,vbulletin-chrome.css,vbulletin-formcontrols.css," />
\t<title> {esc(p.title)}</title>
\t<link rel="canonical" href="{url}" />
\t<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=1&amp;td=ltr&amp;sheet=toolsmenu.css,postlist.css,showthread.css,postbit.css,options.css,attachment.css,poll.css,lightbox.css" />
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header">
\t<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/thornymire-logo.png" alt="{TM_NAME} - Powered by vBulletin" /></a></div>
\t<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li>
\t<li><div id="navbar_loginform"><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="User Name" /> <input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" /> <input type="submit" class="loginbutton" tabindex="104" value="Log in" title="Enter your username and password in the boxes provided to login, or click the 'register' button to create a profile for yourself." accesskey="s" /></div></div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> Remember Me?</label></div></form></div></li></ul></div>
</div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Forum</a><ul class="floatcontainer"><li><a href="search.php?do=getdaily">Today's Posts</a></li><li><a rel="help" href="faq.php" accesskey="5">FAQ</a></li><li><a href="calendar.php">Calendar</a></li><li><a href="group.php">Study Groups</a></li></ul></li><li><a class="navtab" href="activity.php">What's New?</a></li></ul>
<div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search"><span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span><span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" tabindex="100"/></span></span></form><ul class="navbar_advanced_search"><li><a href="search.php" accesskey="4">Advanced Search</a></li></ul></div></div>
</div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="forum.php">{TM_NAME}</a></li><li class="navbit"><a href="forumdisplay.php?f=4-Study-Help">Study Help</a></li><li class="navbit"><a href="forumdisplay.php?f=19-Essay-Showcase">Essay Showcase</a></li><li class="navbit lastnavbit"><span> {esc(p.title)}</span></li></ul><hr /></div>
{notices}
{announce}
<div id="above_postlist" class="above_postlist"><div id="pagination_top" class="pagination_top"><div id="postpagestats_above" class="postpagestats">{results}</div></div></div>
<div id="pagetitle" class="pagetitle"><h1>Thread: <span class="threadtitle"><a href="{url}" title="Reload this Page">{esc(p.title)}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">Thread Tools</a></h6><ul class="popupbody popuphover"><li><a href="printthread.php?t={thread_id}&amp;pp=10&amp;page=1" accesskey="3" rel="nofollow">Show Printable Version</a></li><li><a href="sendmessage.php?do=sendtofriend&amp;t={thread_id}" rel="nofollow">Email this Page&hellip;</a></li><li><a href="subscription.php?do=addsubscription&amp;t={thread_id}" rel="nofollow">Subscribe to this Thread&hellip;</a></li></ul></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">Display</a></h6><ul class="popupbody popuphover"><li><label>Linear Mode</label></li><li><a href="{url}&amp;mode=hybrid"> Switch to Hybrid Mode</a></li><li><a href="{url}&amp;p={post_no}&amp;mode=threaded#post{post_no}"> Switch to Threaded Mode</a></li></ul></li>
</ul></div></div>
<div class="thread_info_views">Views: {fmt_int(views)}</div>
<div id="postlist" class="postlist restrain">
<ol id="posts" class="posts" start="1">
{first}{replies}</ol>
</div>
<div id="thread_info" class="thread_info block">
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><div id="similar_threads_list" class="thread_info_block blockbody formcontrols"><ol class="similar_threads">{rows}</ol></div></div>
<h4 class="threadinfohead blockhead">Tags for this Thread</h4><div id="thread_tags_list" class="thread_info_block blockbody formcontrols"><div class="inner_block"><div id="tag_list_cell">{", ".join(f'<a href="tags.php?tag={t}">{t}</a>' for t in tags)}</div></div></div>
<div class="options_block_container"><div class="options_block"><h4 class="collapse blockhead options_correct">Posting Permissions</h4><div class="thread_info_block blockbody formcontrols floatcontainer options_correct"><div id="forumrules" class="info_subblock"><ul class="youcandoblock"><li>You <strong>may not</strong> post new threads</li><li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li><li>You <strong>may not</strong> edit your posts</li><li>&nbsp;</li></ul><div class="bbcodeblock"><ul><li><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>On</strong></li><li><a href="misc.php?do=showsmilies" target="_blank">Smilies</a> are <strong>On</strong></li><li><a href="misc.php?do=bbcode#imgcode" target="_blank">[IMG]</a> code is <strong>On</strong></li><li>HTML code is <strong>Off</strong></li></ul></div><p class="rules_link"><a href="misc.php?do=showrules" target="_blank">Forum Rules</a></p></div></div></div>
<p class="forum_tip">{esc(tip)}</p>
</div></div>
</div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li><li><a href="{TM_ROOT}">{TM_NAME}</a></li><li><a href="archive/index.php">Archive</a></li><li><a href="#top" onclick="document.location.hash='top'; return false;">Top</a></li></ul></div>
<div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">{now}</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; 2024 vBulletin Solutions Inc. All rights reserved.</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">Thornymire Student Forums is run by volunteers. Posts are the views of their authors.</div>
</body>
</html>
"""


# ---- 2. garsdale: Quarto website of a university writing lab ------------------------------------------------------

GD_ROOT = "https://writinglab.garsdale.ac.uk"
GD_NAME = "Garsdale Writing Lab"
GD_TUTORS = ["Dr Imogen Satterthwaite", "Dr Kwame Boateng", "Ruth Metcalfe", "Dr Anselm Kirkby"]
GD_NOTE_LABELS = ["Tutor's annotation", "What this paragraph does", "Notice the move", "Borrow the technique"]
GD_NOTES = [
    "The opening sentence states the paragraph's claim before any evidence arrives. Readers know what to look for.",
    "Two sources are set against each other here instead of being summarised one after the other.",
    "{writer} qualifies the claim without abandoning it. Words like 'largely' and 'seldom' are doing real work.",
    "A weaker {topic} essay would narrate events at this point. This one evaluates them.",
    "The paragraph ends by linking back to the thesis, so the argument never drifts.",
    "The writer names the scholar, gives the date and then says why the source can be trusted.",
    "Look at how short the final sentence is. A short sentence after long ones lands the point.",
]
GD_MARGIN = ["Tutor's tally for this section: {a} ticks, {b} queries.",
             "Reading time for this section: about {m} minutes aloud."]
GD_ANNOUNCE = [
    "Drop-in writing tutorials move to the Library, Room 2.14, from next week.",
    "The Writing Lab is closed for the Easter break. Online appointments continue as normal.",
    "New: a set of annotated dissertations from last year's graduates is now online.",
]
GD_INTEGRITY = ("These essays are published so that you can see how good academic writing works. Reusing their wording "
                "in your own assessed work is academic misconduct under the University's regulations, and every essay "
                "here is held by the similarity checker.")
GD_CONSENT = "The Writing Lab keeps anonymous visit statistics. Choose whether to allow them."
GD_RESPONSES = [
    "I had never thought of ordering points by weight instead of by date. Trying it in my next essay.",
    "The objection paragraph is the part I learned most from.",
    "We discussed the opening in our seminar group and disagreed about whether it was too bold.",
    "Good to see an essay that uses numbers carefully rather than piling them up.",
    "The conclusion is the best part for me: it says something new without adding new evidence.",
    "I would have liked a clearer signpost before the second section.",
    "This helped me see what 'critical' actually means in the marking criteria.",
]
GD_NAMES = ["Harriet Oyinlola", "Callum Birkett", "Sana Mirza", "Tobias Ferrand", "Elin Pritchard", "Joe Capstick",
            "Nkechi Obi", "Rory Hebblethwaite", "Freya Lund", "Matthias Kerr"]


def gd_callout(kind: str, title: str, body: str) -> str:
    return (f'<div class="callout callout-style-default callout-{kind} callout-titled">\n<div class="callout-header d-flex align-content-center">\n'
            f'<div class="callout-icon-container">\n<i class="callout-icon"></i>\n</div>\n<div class="callout-title-container flex-fill">\n{esc(title)}\n</div>\n</div>\n'
            f'<div class="callout-body-container callout-body">\n{body}\n</div>\n</div>')


def gd_url(title: str) -> str:
    return f"{GD_ROOT}/essays/{slug(title)}/"


def gd_meta(label: str, value_html: str) -> str:
    return f'<div>\n<div class="quarto-title-meta-heading">{label}</div>\n<div class="quarto-title-meta-contents">\n{value_html}\n</div>\n</div>'


def garsdale(p: Page) -> str:
    rng = p.rng
    site = "garsdale"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = gd_url(p.title)
    published = p.date - timedelta(days=600)
    tutor = rng.choice(GD_TUTORS)
    student = p.author
    # the essay: text before the first heading, then <section class="level2"> per heading
    pieces: list[tuple[str, str]] = []
    used_ids: set[str] = set()
    toc = []
    for kind, value in p.visible():
        if kind == "heading":
            aid = anchor_id(value)
            while aid in used_ids:
                aid += "-1"
            used_ids.add(aid)
            toc.append((aid, value))
            pieces.append(("heading", f'<section id="{aid}" class="level2">\n<h2 class="anchored" data-anchor-id="{aid}">{esc(value)}</h2>'))
        elif kind == "paragraph":
            pieces.append((lead_or_text(value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f'<blockquote class="blockquote">\n<p>{esc(value)}</p>\n</blockquote>'))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            extra = ' type="1"' if ordered else ""
            pieces.append(("text", f"<{tag}{extra}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):  # the tutor's callout between the essay's paragraphs
        label = rng.choice(GD_NOTE_LABELS)
        text = note_for(GD_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", gd_callout("tip", label, f"<p>{esc(text)}</p>")), kind_heading)
        p.clutter += [label, text]
    turn = rank_on(site, "margin", 4, p)
    if turn is not None:  # a margin aside, two wordings in turn
        text = GD_MARGIN[turn % 2].format(a=rng.randint(3, 9), b=rng.randint(1, 4), m=rng.randint(2, 4))
        put(pieces, rng.randint(2, len(pieces) - 1),
            ("margin", f'<div class="no-row-height column-margin column-container"><div class="margin-aside-container">\n<p><span class="margin-aside">{esc(text)}</span></p>\n</div></div>'), kind_heading)
        p.clutter.append(text)
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"The rest of this annotated essay ({fmt_int(more)} more words, with the tutor's notes) is visible to "
                "Garsdale students only.")
        pieces.append(("wall", gd_callout("warning", "Members' content", f'<p>{esc(wall)}</p>\n<p><a href="{GD_ROOT}/login/?next={quote(url, safe="")}">Sign in with your Garsdale account</a></p>')))
        p.clutter += ["Members' content", wall, "Sign in with your Garsdale account"]
    integrity = ("note", gd_callout("important", "Academic integrity", f"<p>{esc(GD_INTEGRITY)}</p>"))
    p.clutter += ["Academic integrity", GD_INTEGRITY]
    if half_and_half(site, "integrity", p):
        pieces.insert(0, integrity)
    else:
        pieces.append(integrity)
    body = ""
    open_sections = 0
    for kind, h in pieces:
        if kind == "heading":
            body += "\n</section>" * open_sections
            open_sections = 1
        body += "\n" + h
    body += "\n</section>" * open_sections
    # seminar responses, inside the document, after the essay
    responses = ""
    n_resp = rng.choice([0, 1, 2, 2, 3, 4])
    for who, text in zip(rng.sample(GD_NAMES, n_resp), rng.sample(GD_RESPONSES, n_resp)):
        wk = f"Week {rng.randint(2, 11)} seminar"
        responses += f'<div class="response"><p class="response-meta"><strong>{esc(who)}</strong> \u00b7 {wk}</p><p>{esc(text)}</p></div>\n'
        p.clutter += [who, wk, text]
    if n_resp:
        responses = (f'<section id="responses" class="level2 unnumbered responses">\n<h2 class="unnumbered anchored" data-anchor-id="responses">Responses from the seminar</h2>\n'
                     f"{responses}</section>")
        p.clutter.append("Responses from the seminar")
    # listing: other essays, described by their first sentence, with reading time and word count
    cards = ""
    for n, t in enumerate(rng.sample(p.others, 3)):
        e = ESSAYS_BY_TITLE[t]
        hook = hook_sentence(t)
        mins = max(1, round(e["words"] / 238))
        cards += (f'<div class="g-col-1" data-index="{n}" data-listing-reading-time-sort="{mins}" data-listing-word-count-sort="{e["words"]}">\n'
                  f'<a href="{gd_url(t)}" class="quarto-grid-link">\n<div class="quarto-grid-item card h-100 card-left">\n<div class="card-body post-contents">\n'
                  f'<h5 class="no-anchor card-title listing-title">{esc(t)}</h5>\n<div class="card-text listing-description delink">{esc(hook)}</div>\n'
                  f'<div class="card-attribution card-text-small justify">\n<div class="listing-reading-time card-text text-muted">{mins} min</div>\n'
                  f'<div class="listing-word-count card-text text-muted">{fmt_int(e["words"])} words</div>\n</div>\n</div>\n</div>\n</a>\n</div>\n')
        p.clutter += [t, hook, f"{fmt_int(e['words'])} words"]
    listing = (f'<div class="quarto-listing quarto-listing-container-grid" id="listing-more">\n<h2 class="anchored" data-anchor-id="more">More annotated essays</h2>\n'
               f'<div class="list grid quarto-listing-cols-3">\n{cards}</div>\n</div>')
    p.clutter.append("More annotated essays")
    # the appendix: works cited, reuse, citation
    appendix = '<div id="quarto-appendix" class="default">'
    if p.cut is None and p.refs:
        entries = "".join(f'<div id="ref-{slug(plain.split(",")[0])}{k}" class="csl-entry" role="listitem">\n{mk}\n</div>\n' for k, (plain, mk) in enumerate(p.refs))
        appendix += (f'<section class="quarto-appendix-contents" role="doc-bibliography" id="quarto-bibliography"><h2 class="anchored quarto-appendix-heading">Works Cited</h2>'
                     f'<div id="refs" class="references csl-bib-body hanging-indent" role="list">\n{entries}</div></section>')
    key = f"{student.split()[1].lower()}{published.year}"
    bib = (f"@online{{{key},\n  author = {{{student.split()[1]}, {student.split()[0]}}},\n  title = {{{p.title}}},\n"
           f"  date = {{{published.isoformat()}}},\n  url = {{{url}}},\n  langid = {{en-GB}}\n}}")
    citeas = f"{student.split()[1]}, {student.split()[0]}. {published.year}. \u201c{p.title}.\u201d {GD_NAME}. {uk_date(published)}. {url}."
    appendix += ('<section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div>'
                 '<a rel="license" href="https://creativecommons.org/licenses/by-nc-nd/4.0/">CC BY-NC-ND 4.0</a></div></div></section>'
                 '<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div>'
                 f'<pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">{esc(bib)}</code></pre>'
                 '<div class="quarto-appendix-secondary-label">When you refer to this essay, credit it as:</div>'
                 f'<div id="ref-{key}" class="csl-entry quarto-appendix-citeas" role="listitem">\n{esc(citeas)}\n</div></div></section></div>')
    p.clutter += ["CC BY-NC-ND 4.0", "BibTeX citation:", f"@online{{{key},", f"title = {{{p.title}}},",
                  f"url = {{{url}}},", "langid = {en-GB}", "When you refer to this essay, credit it as:", citeas]
    # the title block: label / value pairs
    modified = published + timedelta(days=rng.randint(20, 500))
    module = f"{p.category.upper()[:3]}{rng.randint(1, 3)}{rng.randint(10, 99)} {p.category} ({p.level})"
    length = f"{fmt_int(p.words)} words \u00b7 {plural(p.pages, 'page')} when printed"
    summary = (f"An essay on {p.essay['card']['x']}, written for a {p.level} {p.topic} module and annotated by {tutor} "
               "for the Writing Lab.")
    meta = "\n".join([gd_meta("Module", f"<p>{esc(module)}</p>"), gd_meta("Published", f'<p class="date">{uk_date(published)}</p>'),
                      gd_meta("Modified", f'<p class="date-modified">{uk_date(modified)}</p>'),
                      gd_meta("Length", f"<p>{esc(length)}</p>"), gd_meta("Mark", f"<p>{esc(p.grade)}</p>")])
    p.clutter += [module, uk_date(published), uk_date(modified), length, "Annotated by", tutor, "Tutor's summary", summary,
                  "Affiliation", f"{p.level}, {p.category}"]
    # navigation: the sidebar lists every essay by subject; the margin lists this page's own headings
    subjects = sorted({ESSAYS_BY_TITLE[t]["tags"][0] for t in p.site_titles})
    side = ""
    for k, subj in enumerate(subjects, 1):
        items = "".join(f'<li class="sidebar-item">\n<div class="sidebar-item-container">\n<a href="{gd_url(t)}" class="sidebar-item-text sidebar-link{" active" if t == p.title else ""}">\n<span class="menu-text">{esc(t)}</span></a>\n</div>\n</li>\n'
                        for t in p.site_titles if ESSAYS_BY_TITLE[t]["tags"][0] == subj)
        side += (f'<li class="sidebar-item sidebar-item-section">\n<div class="sidebar-item-container">\n<a class="sidebar-item-text sidebar-link text-start" data-bs-toggle="collapse" data-bs-target="#quarto-sidebar-section-{k}" aria-expanded="true">\n'
                 f'<span class="menu-text">{esc(cap(subj))}</span></a>\n</div>\n<ul id="quarto-sidebar-section-{k}" class="collapse list-unstyled sidebar-section depth1 show">\n{items}</ul>\n</li>\n')
    p.clutter += list(p.others)
    toc_html = ""
    if toc:
        toc_html = ('<nav id="TOC" role="doc-toc" class="toc-active">\n<h2 id="toc-title">On this page</h2>\n<ul>\n'
                    + "".join(f'<li><a href="#{a}" id="toc-{a}" class="nav-link" data-scroll-target="#{a}">{esc(v)}</a></li>\n' for a, v in toc)
                    + '</ul>\n<div class="toc-actions"><ul><li><a href="https://github.com/garsdale-writing-lab/site/edit/main/essays/'
                    + slug(p.title) + '/index.qmd" class="toc-action"><i class="bi bi-github"></i>Edit this page</a></li><li><a href="https://github.com/garsdale-writing-lab/site/issues/new" class="toc-action"><i class="bi empty"></i>Report an issue</a></li></ul></div></nav>')
        p.clutter += ["On this page", "Edit this page", "Report an issue"]
    titles = p.site_titles
    prev_t = titles[p.index - 2] if p.index > 1 else None
    next_t = titles[p.index] if p.index < len(titles) else None
    pnav = '<nav class="page-navigation">\n<div class="nav-page nav-page-previous">\n'
    if prev_t:
        pnav += f'<a href="{gd_url(prev_t)}" class="pagination-link" aria-label="{html.escape(prev_t)}">\n<i class="bi bi-arrow-left-short"></i> <span class="nav-page-text">{esc(prev_t)}</span>\n</a>\n'
    pnav += '</div>\n<div class="nav-page nav-page-next">\n'
    if next_t:
        pnav += f'<a href="{gd_url(next_t)}" class="pagination-link" aria-label="{html.escape(next_t)}">\n<span class="nav-page-text">{esc(next_t)}</span> <i class="bi bi-arrow-right-short"></i>\n</a>\n'
    pnav += "</div>\n</nav>"
    announce = ""
    turn = rank_on(site, "announce", 3, p)
    if turn is not None:
        announce = (f'<div class="quarto-announcement alert alert-info alert-dismissible" data-position="above-navbar" data-announcement-id="{hexid(site, turn, n=32)}">\n'
                    f'<i class="bi bi-megaphone quarto-announcement-icon"></i>\n<div class="quarto-announcement-content">\n<p>{esc(GD_ANNOUNCE[turn])}</p>\n</div>\n'
                    '<i class="bi bi-x-lg quarto-announcement-action"></i>\n</div>')
        p.clutter.append(GD_ANNOUNCE[turn])
    consent = ""
    if shown_on(site, "consent", 6, p):
        consent = (f'<div id="gd-consent" class="consent-banner fixed-bottom" role="dialog" aria-live="polite"><p>{esc(GD_CONSENT)}</p>'
                   '<button class="btn btn-primary btn-sm">Allow</button> <button class="btn btn-outline-secondary btn-sm">Decline</button></div>')
        p.clutter.append(GD_CONSENT)
    p.clutter += [GD_NAME, "Annotated essays", "Writing guides", "Book a tutorial", "Back to top", "Built with Quarto",
                  "\u00a9 2024 Garsdale University Writing Lab"]
    desc = html.escape(word_cut(hook_sentence(p.title), 30))
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB"><head>

<meta charset="utf-8">
<meta name="generator" content="quarto-1.5.57">

<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">

<meta name="author" content="{html.escape(student)}">
<meta name="dcterms.date" content="{published.isoformat()}">
<meta name="description" content="{desc}">

<title>{esc(p.title)} \u2013 {GD_NAME}</title>
<style>
code{{white-space: pre-wrap;}}
span.smallcaps{{font-variant: small-caps;}}
div.columns{{display: flex; gap: min(4vw, 1.5em);}}
div.column{{flex: auto; overflow-x: auto;}}
div.hanging-indent{{margin-left: 1.5em; text-indent: -1.5em;}}
ul.task-list{{list-style: none;}}
</style>

<script src="../../site_libs/quarto-nav/quarto-nav.js"></script>
<script src="../../site_libs/quarto-nav/headroom.min.js"></script>
<script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script src="../../site_libs/quarto-search/autocomplete.umd.js"></script>
<script src="../../site_libs/quarto-search/fuse.min.js"></script>
<script src="../../site_libs/quarto-search/quarto-search.js"></script>
<meta name="quarto:offset" content="../../">
<script src="../../site_libs/quarto-html/quarto.js"></script>
<script src="../../site_libs/quarto-html/popper.min.js"></script>
<script src="../../site_libs/quarto-html/tippy.umd.min.js"></script>
<link href="../../site_libs/quarto-html/tippy.css" rel="stylesheet">
<link href="../../site_libs/quarto-html/quarto-syntax-highlighting.css" rel="stylesheet" id="quarto-text-highlighting-styles">
<script src="../../site_libs/bootstrap/bootstrap.min.js"></script>
<link href="../../site_libs/bootstrap/bootstrap-icons.css" rel="stylesheet">
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{json.dumps({"location": "navbar", "copy-button": False, "collapse-after": 3, "panel-placement": "end", "type": "overlay", "limit": 50, "keyboard-shortcut": ["f", "/", "s"], "show-item-context": False}, separators=(",", ":"))}</script>

<link rel="canonical" href="{url}">
<meta property="og:title" content="{html.escape(p.title)} \u2013 {GD_NAME}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{GD_NAME}">
</head>

<body class="nav-sidebar docked nav-fixed">

<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
{announce}
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a class="navbar-brand" href="../../index.html">
    <span class="navbar-title">{GD_NAME}</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Search"></div>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll me-auto">
  <li class="nav-item">
    <a class="nav-link active" href="../../essays.html" aria-current="page"> 
<span class="menu-text">Annotated essays</span></a>
  </li>  
  <li class="nav-item">
    <a class="nav-link" href="../../guides.html"> 
<span class="menu-text">Writing guides</span></a>
  </li>  
  <li class="nav-item">
    <a class="nav-link" href="../../book.html"> 
<span class="menu-text">Book a tutorial</span></a>
  </li>  
</ul>
          </div>
      </div>
    </nav>
    <nav class="quarto-secondary-nav">
      <div class="container-fluid d-flex">
        <nav class="quarto-page-breadcrumbs" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="../../essays.html">Annotated essays</a></li><li class="breadcrumb-item"><a href="{url}">{esc(p.title)}</a></li></ol></nav>
      </div>
    </nav>
</header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
  <nav id="quarto-sidebar" class="sidebar collapse collapse-horizontal quarto-sidebar-collapse-item sidebar-navigation docked overflow-auto">
    <div class="sidebar-menu-container"> 
    <ul class="list-unstyled mt-1">
{side}    </ul>
    </div>
</nav>
<div id="quarto-sidebar-glass" class="quarto-sidebar-collapse-item" data-bs-toggle="collapse" data-bs-target=".quarto-sidebar-collapse-item"></div>
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
{toc_html}
</div>
<main class="content" id="quarto-document-content">

<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">{esc(p.title)}</h1>
<div class="quarto-categories">
<div class="quarto-category">{esc(p.category)}</div>
<div class="quarto-category">{esc(p.level)}</div>
</div>
</div>

<div class="quarto-title-meta-author">
<div class="quarto-title-meta-heading">Author</div>
<div class="quarto-title-meta-heading">Affiliation</div>
<div class="quarto-title-meta-contents">
<p class="author">{esc(student)}</p>
</div>
<div class="quarto-title-meta-contents">
<p class="affiliation">{esc(p.level)}, {esc(p.category)}</p>
</div>
<div class="quarto-title-meta-heading">Annotated by</div>
<div class="quarto-title-meta-contents">
<p class="author">{esc(tutor)}</p>
</div>
</div>

<div class="quarto-title-meta">
{meta}
</div>

<div>
<div class="abstract">
<div class="block-title">Tutor's summary</div>
<p>{esc(summary)}</p>
</div>
</div>

</header>

{body}

{responses}

{listing}

{appendix}
</main>
<!-- /main column -->
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {{
  const toggleBodyColorMode = (bsSheetEl) => {{ }};
  const isCodeAnnotation = (el) => {{ return false; }};
}});
</script>
{pnav}
</div>
<!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>\u00a9 2024 Garsdale University Writing Lab</p>
</div>   
    <div class="nav-footer-center">
      &nbsp;
    </div>
    <div class="nav-footer-right">
<p>Built with <a href="https://quarto.org/">Quarto</a></p>
</div>
  </div>
</footer>
<a onclick="window.scrollTo(0, 0); return false;" role="button" id="quarto-back-to-top"><i class="bi bi-arrow-up"></i> Back to top</a>
{consent}

</body></html>
"""


# ---- 3. mossgill: Obsidian Publish digital garden -----------------------------------------------------------------

MG_ROOT = "https://mossgill.garden"
MG_NAME = "Mossgill"
MG_OWNER = "Wren Aldous"
MG_TAGS = ["#revisit", "#note-to-self", "#tutor-said", "#idea"]
MG_NOTES = [
    "the evidence in this paragraph came from a library book I can no longer find, so treat the figures with care",
    "this is the paragraph my tutor called 'the engine of the essay'",
    "if I wrote this again I would split the paragraph above in two",
    "link this to my notes on {topic} method when I get round to it",
    "first draft had the objection here; moving it later was the best edit I made",
    "the wording of the paragraph above is deliberately cautious, because the sources disagree",
    "a reader on Mastodon pointed out a weak link here, which I have since tightened",
]
MG_EMBEDS = [("Essay checklist", ["Thesis in the last sentence of the opening", "One claim per paragraph",
                                  "Every figure has a name and a date", "Objection answered, not ignored"]),
             ("How I read my own drafts", ["Read the first sentences only: do they make an argument?",
                                           "Circle every 'very' and 'clearly'", "Read the conclusion aloud"])]
MG_SITE_NOTICES = [
    "This garden is moving to a new address in the summer. Old links will keep working.",
    "Search is temporarily broken after the last update. Use the folder list on the left instead.",
    "I am taking a break from writing new notes until September. Replies may be slow.",
]
MG_SEEDLING = "This note is a seedling: I keep coming back to tidy it, so some wording may still change."
MG_REUSE = "Shared for reading, not for reuse: please don't copy any of this into work you hand in."
MG_WEBMENTIONS = [
    "Really clear piece. The way you handle the counter-argument is going in my teaching notes.",
    "Boosting this for anyone revising the topic this term.",
    "Enjoyed this, though I think you are a bit generous to the critics.",
    "Lovely garden. Is the checklist you embed published anywhere as a note of its own?",
    "This is how I wish essay guides were written: an actual essay, with the thinking left visible.",
    "Sharing with my sixth formers tomorrow.",
    "The list in the middle is the most useful part for me.",
]
MG_HANDLES = [("Nia Fenwick", "@nia@scholar.social"), ("Duncan Roe", "@droe@mastodon.online"),
              ("Priya Lakhani", "@plakhani@hcommons.social"), ("Gethin Ellis", "@gethin@toot.wales"),
              ("Marta Sobczak", "@marta@fediscience.org"), ("Ollie Grange", "@ollie@mstdn.social"),
              ("Beatrix Coyle", "@bcoyle@mas.to"), ("Samir Haddad", "@samir@sigmoid.social")]


def mg_href(title: str) -> str:
    return f"{MG_ROOT}/Essays/{quote(title)}"


def mg_token(key: str, value: str, comment: str = "", number: bool = False) -> str:
    v = f'<span class="token number">{esc(value)}</span>' if number else esc(value)
    c = f' <span class="token comment"># {esc(comment)}</span>' if comment else ""
    return f'<span class="token key atrule">{key}</span><span class="token punctuation">:</span> {v}{c}'


def mossgill(p: Page) -> str:
    rng = p.rng
    site = "mossgill"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = mg_href(p.title)
    pieces: list[tuple[str, str]] = []
    outline = []
    for kind, value in p.visible():
        if kind == "heading":
            outline.append(value)
            pieces.append(("heading", f'<div class="el-h2 heading-wrapper"><h2 data-heading="{html.escape(value)}" dir="auto" class="heading" id="{html.escape(value)}">'
                                      f'<div class="heading-collapse-indicator collapse-indicator collapse-icon"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="svg-icon right-triangle"><path d="M3 8L12 17L21 8"></path></svg></div>{esc(value)}</h2></div>'))
        elif kind == "paragraph":
            pieces.append((lead_or_text(value), f'<div class="el-p"><p dir="auto">{esc(value)}</p></div>'))
        elif kind == "quote":
            pieces.append(("text", f'<div class="el-blockquote"><blockquote dir="auto">\n<p>{esc(value)}</p>\n</blockquote></div>'))
        else:
            ordered, items = value
            if ordered:
                pieces.append(("text", '<div class="el-ol"><ol>' + "".join(f'<li data-line="{k}" dir="auto">{esc(i)}</li>' for k, i in enumerate(items)) + "</ol></div>"))
            else:
                pieces.append(("text", '<div class="el-ul"><ul class="has-list-bullet">' + "".join(f'<li data-line="{k}" dir="auto"><span class="list-bullet"></span>{esc(i)}</li>' for k, i in enumerate(items)) + "</ul></div>"))
    n_essay = len(pieces)
    if shown_on(site, "tagnote", 13, p):  # a tagged paragraph: the gardener's own note, in the essay's markup
        tag = rng.choice(MG_TAGS)
        text = note_for(MG_NOTES, p)
        text = cap(text)
        put(pieces, spot(n_essay, rng, 2, 6),
            ("note", f'<div class="el-p"><p dir="auto"><a href="#{tag[1:]}" class="tag" target="_blank" rel="noopener nofollow">{tag}</a> {esc(text)}</p></div>'), kind_heading)
        p.clutter.append(f"{tag} {text}")
    turn = rank_on(site, "embed", 4, p)
    if turn is not None:  # an embedded note holding a list, two notes in turn
        name, items = MG_EMBEDS[turn % 2]
        inner = '<div class="el-ul"><ul class="has-list-bullet">' + "".join(f'<li data-line="{k}" dir="auto"><span class="list-bullet"></span>{esc(i)}</li>' for k, i in enumerate(items)) + "</ul></div>"
        put(pieces, rng.randint(2, len(pieces) - 1),
            ("embed", f'<div class="el-p"><p dir="auto"><span alt="{name}" src="{name}" class="internal-embed markdown-embed inline-embed is-loaded" tabindex="-1" contenteditable="false">'
                      f'<div class="markdown-embed-title">{esc(name)}</div><div class="markdown-embed-content"><div class="markdown-preview-view markdown-rendered show-indentation-guide">'
                      f'<div class="markdown-preview-sizer markdown-preview-section">{inner}</div></div></div>'
                      f'<div class="markdown-embed-link" aria-label="Open link"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="svg-icon lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3"></path></svg></div></span></p></div>'), kind_heading)
        p.clutter += [name, *items]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"\U0001F512 The other {fmt_int(more)} words of this note live in my supporters' vault."
        pieces.append(("wall", f'<div class="el-p"><p dir="auto"><strong>{esc(wall)}</strong> <a class="external-link" href="https://ko-fi.com/mossgill" target="_blank" rel="noopener nofollow">Support the garden</a> to read them.</p></div>'))
        p.clutter += [wall, "Support the garden to read them."]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<div class="el-h2 heading-wrapper"><h2 data-heading="Works Cited" dir="auto" class="heading" id="Works Cited">Works Cited</h2></div>'))
        pieces += [("text", f'<div class="el-p"><p dir="auto">{mk}</p></div>') for _, mk in p.refs]
        outline.append("Works Cited")
    reuse = ("note", f'<div class="el-p"><p dir="auto"><em>{esc(MG_REUSE)}</em> Back to <a data-href="Essays index" href="{MG_ROOT}/Essays+index" class="internal-link" target="_blank" rel="noopener nofollow">Essays index</a></p></div>')
    p.clutter += [MG_REUSE, "Back to Essays index"]
    if half_and_half(site, "reuse", p):
        pieces.insert(0, reuse)
    else:
        pieces.append(reuse)
    seedling = ""
    if shown_on(site, "seedling", 6, p):
        seedling = ('<div class="el-div"><div data-callout-metadata="" data-callout-fold="" data-callout="warning" class="callout"><div class="callout-title" dir="auto">'
                    '<div class="callout-icon"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="svg-icon lucide-sprout"></svg></div>'
                    f'<div class="callout-title-inner">Still growing</div></div><div class="callout-content"><p dir="auto">{esc(MG_SEEDLING)}</p></div></div></div>')
        p.clutter += ["Still growing", MG_SEEDLING]
    # the front matter, shown as a highlighted YAML block: the label / value pairs and the bare counts
    planted = p.date - timedelta(days=700)
    tended = planted + timedelta(days=rng.randint(15, 500))
    status = rng.choice(["evergreen", "budding", "evergreen", "seedling" if seedling else "budding"])
    yaml_lines = [mg_token("subject", p.topic), mg_token("level", p.level), mg_token("grade", p.grade),
                  mg_token("word_count", str(p.words), number=True),
                  mg_token("pages", str(p.pages), comment="printed, 275 words a page", number=True),
                  mg_token("planted", planted.isoformat()), mg_token("tended", tended.isoformat()),
                  mg_token("status", status),
                  '<span class="token key atrule">tags</span><span class="token punctuation">:</span>',
                  f'  <span class="token punctuation">-</span> essay',
                  f'  <span class="token punctuation">-</span> {esc(slug(p.topic))}']
    front = ('<div class="el-pre mod-frontmatter mod-ui"><pre class="frontmatter language-yaml" tabindex="0" style="display: block;">'
             '<code class="language-yaml is-loaded">' + "\n".join(yaml_lines) + "</code></pre></div>")
    p.clutter += [f"subject: {p.topic}", f"level: {p.level}", f"grade: {p.grade}", f"word_count: {p.words}",
                  f"pages: {p.pages} # printed, 275 words a page", f"planted: {planted.isoformat()}",
                  f"tended: {tended.isoformat()}", f"status: {status}", "- essay", f"- {slug(p.topic)}"]
    # backlinks: other notes' sentences that link here
    back = ""
    for t in rng.sample(p.others, rng.randint(2, 3)):
        sen = middle_sentence(t, rng)
        back += (f'<div class="backlink-item"><a class="internal-link" href="{mg_href(t)}" data-href="{html.escape(t)}">{esc(t)}</a>'
                 f'<div class="backlink-context">{esc(sen)}</div></div>')
        p.clutter += [t, sen]
    backlinks = f'<div class="backlinks"><div class="backlinks-title">Links to this page</div><div class="backlink-items-container">{back}</div></div>'
    p.clutter.append("Links to this page")
    # webmentions: replies from the fediverse
    n_wm = rng.choice([0, 1, 2, 3, 3, 4])
    likes, boosts = rng.randint(0, 60), rng.randint(0, 25)
    counts = f"{plural(likes, 'like')} \u00b7 {plural(boosts, 'boost')} \u00b7 {plural(n_wm, 'reply')}".replace("replys", "replies")
    wm = ""
    day = tended
    for (name, handle), text in zip(rng.sample(MG_HANDLES, n_wm), rng.sample(MG_WEBMENTIONS, n_wm)):
        day = day + timedelta(days=rng.randint(0, 20))
        stamp = f"{day.day} {day.strftime('%b')} {day.year}"
        wm += (f'<li class="webmention"><div class="webmention-author"><img src="{MG_ROOT}/avatars/{hexid(handle, n=10)}.png" alt="" width="32" height="32"><strong>{esc(name)}</strong> <span class="webmention-handle">{esc(handle)}</span></div>'
               f'<div class="webmention-content"><p>{esc(text)}</p></div><time class="webmention-date" datetime="{day.isoformat()}">{stamp}</time></li>')
        p.clutter += [name, handle, text, stamp]
    webm = (f'<div class="webmentions"><h3 class="webmentions-title">Replies from around the web</h3><p class="webmentions-counts">{counts}</p><ol class="webmention-list">{wm}</ol>'
            '<p class="webmentions-hint">Reply from your own site or from Mastodon and it will show up here.</p></div>')
    p.clutter += ["Replies from around the web", counts, "Reply from your own site or from Mastodon and it will show up here."]
    # left: the folder tree, every note; right: graph and outline of this note's own headings
    subjects = sorted({ESSAYS_BY_TITLE[t]["tags"][0] for t in p.site_titles})
    tree = ""
    for subj in subjects:
        kids = "".join(f'<div class="tree-item"><div class="tree-item-self is-clickable{" mod-active" if t == p.title else ""}" data-path="Essays/{html.escape(cap(subj))}/{html.escape(t)}.md"><div class="tree-item-inner">{esc(t)}</div></div></div>'
                       for t in p.site_titles if ESSAYS_BY_TITLE[t]["tags"][0] == subj)
        tree += (f'<div class="tree-item mod-collapsible"><div class="tree-item-self is-clickable mod-collapsible"><div class="tree-item-icon collapse-icon"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="svg-icon right-triangle"><path d="M3 8L12 17L21 8"></path></svg></div>'
                 f'<div class="tree-item-inner">{esc(cap(subj))}</div></div><div class="tree-item-children">{kids}</div></div>')
    p.clutter += list(p.others)
    out_html = ""
    if outline:
        out_html = ('<div class="outline-view-outer node-insert-event"><div class="list-item published-section-header"><span class="published-section-header-icon"></span><span>On this page</span></div>'
                    '<div class="outline-view">' + "".join(f'<div class="tree-item"><div class="tree-item-self is-clickable"><div class="tree-item-inner">{esc(h)}</div></div></div>' for h in outline) + "</div></div>")
        p.clutter.append("On this page")
    notice = ""
    turn = rank_on(site, "sitenotice", 3, p)
    if turn is not None:
        notice = f'<div class="publish-site-notice" role="status">{esc(MG_SITE_NOTICES[turn])}</div>'
        p.clutter.append(MG_SITE_NOTICES[turn])
    p.clutter += [MG_NAME + " \u2014 notes and essays by " + MG_OWNER, "Start here", "About me",
                  "Interactive graph", "Powered by Obsidian Publish"]
    desc = html.escape(word_cut(block_text(p.blocks[0]), 24))
    page_md = f"Essays/{cap(p.topic)}/{p.title}.md"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(p.title)} - {MG_NAME}</title>
<link rel="preconnect" href="https://publish-01.obsidian.md">
<meta name="description" content="{desc}">
<meta property="og:title" content="{html.escape(p.title)} - {MG_NAME}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{MG_NAME}">
<link rel="canonical" href="{url}">
<link rel="alternate" title="{MG_NAME}" type="application/rss+xml" href="{MG_ROOT}/rss.xml">
<link rel="webmention" href="https://webmention.io/mossgill.garden/webmention">
<script type="text/javascript" src="https://publish.obsidian.md/app.js?{hexid(site, 'app', n=8)}"></script>
<link rel="stylesheet" href="https://publish.obsidian.md/app.css?{hexid(site, 'app', n=8)}">
<link rel="stylesheet" href="https://publish-01.obsidian.md/access/{hexid(site, 'uid', n=32)}/publish.css">
<script type="text/javascript">window.siteInfo={json.dumps({"uid": hexid(site, "uid", n=32), "host": "publish-01.obsidian.md", "customurl": "mossgill.garden", "status": "active"}, separators=(",", ":"))};window.preloadPage=fetch("https://publish-01.obsidian.md/access/{hexid(site, 'uid', n=32)}/{quote(page_md)}");</script>
</head>
<body class="theme-light publish css-settings-manager show-inline-title mod-windows is-frameless">
<div class="published-container print has-navigation has-graph has-outline has-backlinks has-search" style="--sidebar-left-width: 280px; --sidebar-right-width: 300px;">
<div class="site-header"><div class="clickable-icon site-header-hamburger"></div><div class="site-header-text"><a href="{MG_ROOT}/">{MG_NAME}</a></div></div>
{notice}
<div class="site-body">
<div class="site-body-left-column"><div class="site-body-left-column-inner">
<a href="{MG_ROOT}/" class="site-body-left-column-site-logo" aria-label="{MG_NAME}"><img src="{MG_ROOT}/logo.png" alt=""></a>
<div class="site-body-left-column-site-name" aria-label="{MG_NAME}">{MG_NAME} \u2014 notes and essays by {MG_OWNER}</div>
<div class="search-view-outer"><div class="search-view-container"><span class="published-search-icon"></span><input class="search-bar" type="text" placeholder="Search page or heading..."></div></div>
<div class="nav-view-outer"><div class="nav-view">
<div class="tree-item"><div class="tree-item-self is-clickable" data-path="Start here.md"><div class="tree-item-inner">Start here</div></div></div>
<div class="tree-item"><div class="tree-item-self is-clickable" data-path="Now.md"><div class="tree-item-inner">Now</div></div></div>
<div class="tree-item"><div class="tree-item-self is-clickable" data-path="About me.md"><div class="tree-item-inner">About me</div></div></div>
<div class="tree-item mod-collapsible"><div class="tree-item-self is-clickable mod-collapsible"><div class="tree-item-inner">Essays</div></div><div class="tree-item-children">{tree}</div></div>
</div></div>
</div></div>
<div class="site-body-center-column"><div class="render-container"><div class="render-container-inner"><div class="publish-renderer"><div class="markdown-preview-view markdown-rendered node-insert-event is-readable-line-width">
<div class="markdown-preview-sizer markdown-preview-section" style="padding-bottom: 0px; min-height: 1312px;">
<div class="markdown-preview-pusher" style="width: 1px; height: 0.1px; margin-bottom: 0px;"></div>
<div class="mod-header"><div class="inline-title" dir="auto">{esc(p.title)}</div></div>
{front}
{seedling}
{"".join(h for _, h in pieces)}
<div class="mod-footer">{backlinks}{webm}</div>
</div></div></div></div></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner">
<div class="graph-view-outer"><div class="list-item published-section-header"><span class="published-section-header-icon"></span><span>Interactive graph</span></div><div class="graph-view-container"><canvas width="268" height="268"></canvas></div></div>
{out_html}
</div></div>
</div>
<div class="site-footer"><a href="https://publish.obsidian.md/" target="_blank" rel="noopener">Powered by Obsidian Publish</a></div>
</div>
</body>
</html>
"""


# ---- 4. ulpha: Brightspace (D2L) content topic of an academic-skills module ---------------------------------------

UL_ROOT = "https://learn.ulpha.ac.uk"
UL_COLLEGE = "Ulpha College"
UL_NOTE_LABELS = ["Annotation {n}:", "Tutor comment:", "Skills link:", "Look here:"]
UL_NOTES = [
    "the topic sentence tells you the paragraph's argument, not just its subject.",
    "see how the writer introduces a source: name, date, and what the source shows.",
    "{writer} moves from explaining to judging. Find the sentence where that happens.",
    "paragraphs like this one are what push a {topic} essay towards the highest marks.",
    "the counter-argument gets a fair hearing before it is answered.",
    "cautious verbs ('suggests', 'points to') keep the claim within the evidence.",
    "compare this paragraph's length with yours. Around this length is usually right.",
]
UL_EMBEDS = [("Try this:", "H5P \u2013 drag the linking phrases back into this paragraph"),
             ("Watch:", "Kaltura \u2013 a tutor reads this section aloud and explains it ({m}:{s:02d})")]
UL_ALERTS = [
    "Brightspace will be unavailable on Sunday from 07:00 to 09:00 while it is updated.",
    "Reminder: the Unit 3 planning task is due on Friday at 17:00.",
    "Your tutor has added new exemplars to this unit. Check the course contents for the latest.",
]
UL_GUEST = "You are previewing this course as a guest. Your progress and completion will not be saved."
UL_INTEGRITY = ("Exemplars are for studying technique only. Copying or closely paraphrasing them in your own submission "
                "is a breach of the Ulpha College academic integrity policy.")
UL_TUTORS = [("Ms Harriet Quayle", "Academic Skills Tutor"), ("Mr Owain Pryce", "Learning Development Lead"),
             ("Dr Sunita Varma", "Study Skills Coordinator"), ("Mr Colin Ashburner", "Access Programme Tutor")]
UL_POSTERS = ["Aimee Dobson", "Tariq Begum", "Chloe Wainwright", "Reuben Osei", "Lily-Mae Forster", "Jakub Nowak",
              "Eve Castleton", "Dominic Hart"]
UL_POSTS = ["This made the structure make sense to me for the first time.", "Is this the same word limit as our essay?",
            "I like how every paragraph starts with the point.", "Could we have an exemplar at pass level to compare?",
            "The annotations are really helpful, thank you.", "I'm going to try ending my paragraphs like this."]
UL_UNITS = ["Unit 1: Reading critically", "Unit 2: Building an argument", "Unit 3: Exemplar essays",
            "Unit 4: Referencing and sources"]


def ul_span(text: str) -> str:
    return f'<span style="font-family: \'Times New Roman\', serif; font-size: 12pt;">{text}</span>'


def ul_topic_url(title: str) -> str:
    return f"{UL_ROOT}/d2l/le/content/{41200 + int(hexid('ulpha-course', n=3), 16) % 700}/viewContent/{800000 + int(hexid(title, n=5), 16) % 190000}/View"


def ulpha(p: Page) -> str:
    rng = p.rng
    site = "ulpha"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = ul_topic_url(p.title)
    course = f"ASK{rng.choice([40, 41, 50])}{rng.randint(10, 99)}: Academic Skills for {p.category}"
    tutor, role = UL_TUTORS[rng.randrange(len(UL_TUTORS))]
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<h3>{ul_span(esc(value))}</h3>"))
        elif kind == "paragraph":
            pieces.append((lead_or_text(value), f'<p style="line-height: 1.5;">{ul_span(esc(value))}</p>'))
        elif kind == "quote":
            pieces.append(("text", f'<blockquote style="margin-left: 40px;"><p>{ul_span(esc(value))}</p></blockquote>'))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{ul_span(esc(i))}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "annotation", 13, p):  # the tutor's annotation between the paragraphs
        label = rng.choice(UL_NOTE_LABELS).format(n=rng.randint(1, 4))
        text = note_for(UL_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6),
            ("note", f'<div class="alert alert-info ulpha-annotation" role="note"><p><strong>{esc(label)}</strong> {esc(text)}</p></div>'), kind_heading)
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "embed", 4, p)
    if turn is not None:  # an embedded activity with its caption, two kinds in turn
        lead, what = UL_EMBEDS[turn % 2]
        secs = rng.randint(70, 260)
        what = what.format(m=secs // 60, s=secs % 60)
        src = f"https://ulpha.h5p.com/content/{1290000000 + p.post_id}/embed" if turn % 2 == 0 else f"https://cdnapisec.kaltura.com/p/2450011/embedPlaykitJs/uiconf_id/{p.post_id}"
        put(pieces, rng.randint(2, len(pieces) - 1),
            ("embed", f'<div class="ulpha-embed"><p class="ulpha-embed-caption"><strong>{lead}</strong> {esc(what)}</p>'
                      f'<iframe src="{src}" width="100%" height="360" frameborder="0" allowfullscreen="allowfullscreen" title="{html.escape(what)}"></iframe></div>'), kind_heading)
        p.clutter.append(f"{lead} {what}")
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"The second half of this exemplar ({fmt_int(more)} words) is released once you have submitted the "
                "Unit 3 planning task.")
        pieces.append(("wall", f'<div class="alert alert-warning ulpha-locked" role="status"><p><strong>Release conditions</strong></p><p>{esc(wall)}</p>'
                               f'<p><a href="{UL_ROOT}/d2l/lms/dropbox/user/folders_list.d2l">Go to Assignments</a></p></div>'))
        p.clutter += ["Release conditions", wall, "Go to Assignments"]
    if p.cut is None and p.refs:
        pieces.append(("heading", f"<h3>{ul_span('Works Cited')}</h3>"))
        pieces += [("text", f'<p style="padding-left: 36px; text-indent: -36px;">{ul_span(mk)}</p>') for _, mk in p.refs]
    integ = ("note", f'<p class="ulpha-integrity"><img src="/content/enforced/{41200}-ASK/icons/integrity.png" alt="" width="24" height="24" /> <em>{esc(UL_INTEGRITY)}</em></p>')
    p.clutter.append(UL_INTEGRITY)
    if half_and_half(site, "integrity", p):
        pieces.insert(0, integ)
    else:
        pieces.append(integ)
    # the vertical label / value table at the top of the template
    assessment = rng.choice(["Summative essay", "Formative essay", "Timed essay (90 minutes)", "Coursework essay",
                             "End-of-unit essay"])
    year = f"{p.date.year - 1}\u2013{str(p.date.year)[2:]}"
    rows = [("Subject", p.category), ("Level", p.level), ("Assessment", assessment),
            ("Word count", f"{fmt_int(p.words)} words"), ("Printed length", f"{plural(p.pages, 'page')}, 1.5 line spacing"),
            ("Grade awarded", p.grade), ("Submitted", year)]
    facts = ('<table class="table table-bordered ulpha-facts" style="width: 100%;"><caption>About this exemplar</caption><tbody>'
             + "".join(f'<tr><th scope="row" style="width: 30%;">{k}</th><td>{esc(v)}</td></tr>' for k, v in rows) + "</tbody></table>")
    p.clutter += ["About this exemplar", "Assessment", assessment, "Word count", f"{fmt_int(p.words)} words",
                  "Printed length", f"{plural(p.pages, 'page')}, 1.5 line spacing", "Grade awarded", "Submitted", year]
    # quotations used in other exemplars, inside the same HTML block
    quoted = [t for t in p.others if quotation_of(t) and only_in(quotation_of(t), t)]
    box = ""
    for t in rng.sample(quoted, min(len(quoted), rng.randint(2, 3))):
        q = quotation_of(t)
        box += (f'<blockquote class="ulpha-mini"><p>\u201c{esc(q)}\u201d</p><p class="ulpha-mini-source">\u2014 quoted in '
                f'<a href="{ul_topic_url(t)}" target="_parent">{esc(t)}</a></p></blockquote>')
        p.clutter += [q, f"\u2014 quoted in {t}", t]
    others_box = (f'<div class="card ulpha-card"><div class="card-body"><h4 class="card-title">Quotations used in other exemplars</h4>'
                  f'<p>How other writers lead into and comment on a quotation:</p>{box}</div></div>') if box else ""
    if box:
        p.clutter += ["Quotations used in other exemplars", "How other writers lead into and comment on a quotation:"]
    template = ('<div class="container-fluid ulpha-template"><div class="row"><div class="col-sm-12">\n' + facts + "\n"
                + "\n".join(h for _, h in pieces) + "\n" + others_box + "\n</div></div></div>")
    # discussion embedded under the topic
    n_posts = rng.choice([0, 1, 2, 3, 4])
    posts = ""
    day = p.date
    for who, text in zip(rng.sample(UL_POSTERS, n_posts), rng.sample(UL_POSTS, n_posts)):
        day = day + timedelta(days=rng.randint(1, 12))
        stamp = f"{day.day} {day.strftime('%B')} {day.year} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
        replies_n = rng.randint(0, 3)
        posts += (f'<div class="d2l-discussion-post"><div class="d2l-discussion-post-author"><d2l-profile-image small></d2l-profile-image><span class="d2l-discussion-post-author-name">{esc(who)}</span> '
                  f'<span class="d2l-discussion-post-date">{stamp}</span></div><div class="d2l-htmlblock d2l-discussion-post-body"><p>{esc(text)}</p></div>'
                  f'<div class="d2l-discussion-post-actions"><d2l-button-subtle text="Reply"></d2l-button-subtle> <span class="d2l-discussion-post-replies">{plural(replies_n, "reply").replace("replys", "replies")}</span></div></div>')
        p.clutter += [who, stamp, text, plural(replies_n, "reply").replace("replys", "replies")]
    disc = (f'<div class="d2l-le-discussions-embedded"><h2 class="d2l-heading vui-heading-3">Discuss this exemplar</h2>'
            f'<p class="d2l-discussion-count">{plural(n_posts, "thread")} \u00b7 posted in Exemplar Essays Forum</p>{posts or "<p>No threads yet. Start the conversation.</p>"}</div>')
    p.clutter += ["Discuss this exemplar", f"{plural(n_posts, 'thread')} \u00b7 posted in Exemplar Essays Forum"]
    if not n_posts:
        p.clutter.append("No threads yet. Start the conversation.")
    # course contents panel: units and every exemplar; progress counter
    done = rng.randint(0, 17)
    contents = ""
    for k, unit in enumerate(UL_UNITS):
        if k == 2:
            items = "".join(f'<li class="d2l-le-toc-topic{" d2l-le-toc-topic-current" if t == p.title else ""}"><a href="{ul_topic_url(t)}">{esc(t)}</a></li>' for t in p.site_titles)
        else:
            items = f'<li class="d2l-le-toc-topic"><a href="#">{plural(rng.randint(3, 7), "topic")}</a></li>'
        contents += f'<li class="d2l-le-toc-module"><span class="d2l-le-toc-module-title">{unit}</span><ul>{items}</ul></li>'
    progress = f"{done} of {PAGES_PER_SITE} exemplars viewed"
    p.clutter += [progress, "Course contents", *UL_UNITS, *p.others]
    titles = p.site_titles
    nav = '<div class="d2l-le-topic-nav">'
    if p.index > 1:
        nav += f'<a class="d2l-le-topic-prev" href="{ul_topic_url(titles[p.index - 2])}"><span class="d2l-le-topic-nav-label">Previous topic</span> {esc(titles[p.index - 2])}</a>'
    if p.index < len(titles):
        nav += f'<a class="d2l-le-topic-next" href="{ul_topic_url(titles[p.index])}"><span class="d2l-le-topic-nav-label">Next topic</span> {esc(titles[p.index])}</a>'
    nav += "</div>"
    p.clutter += ["Previous topic" if p.index > 1 else "", "Next topic" if p.index < len(titles) else ""]
    alert = ""
    turn = rank_on(site, "alert", 3, p)
    if turn is not None:
        alert = f'<d2l-alert type="default" has-close-button>{esc(UL_ALERTS[turn])}</d2l-alert>'
        p.clutter.append(UL_ALERTS[turn])
    guest = ""
    if shown_on(site, "guest", 6, p):
        guest = f'<div class="d2l-guest-banner" role="status"><d2l-icon icon="tier1:alert"></d2l-icon> {esc(UL_GUEST)}</div>'
        p.clutter.append(UL_GUEST)
    viewed = date(2024, 9, 9) + timedelta(days=p.index * 2 + rng.randint(0, 3))
    posted_by = f"Added by {tutor}, {role}"
    p.clutter += [course, posted_by, f"Last visited {uk_date(viewed)}", "Mark as complete", "Web page",
                  f"Unit 3: Exemplar essays \u00b7 Topic {p.index} of {PAGES_PER_SITE}", UL_COLLEGE, "Course Home",
                  "Classlist", "Brightspace by D2L", "Help and support", "Jump to main content"]
    return f"""<!DOCTYPE html>
<html lang="en-gb" data-lang-default="en-us" data-app-version="20.24.9.19218" data-cdn="https://s.brightspace.com/lib" data-timezone='{{"name":"Europe/London","identifier":"Europe/London"}}' data-oslo='{{"batch":"/d2l/lp/oslo/batch","collection":"/d2l/lp/oslo/{hexid(site, "oslo", n=16)}","version":"20.24.9"}}'>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} - {esc(course)} - {UL_COLLEGE}</title>
<link rel="canonical" href="{url}">
<link rel="icon" href="{UL_ROOT}/d2l/lp/navbars/6606/theme/favicon">
<link rel="stylesheet" href="https://s.brightspace.com/lib/fonts/0.6.1/fonts.css">
<link rel="stylesheet" href="https://s.brightspace.com/lib/bsi/20.24.9-44/unbundled/bsi.css">
<script src="https://s.brightspace.com/lib/bsi/20.24.9-44/unbundled/polyfills.js"></script>
<script type="module" src="https://s.brightspace.com/lib/bsi/20.24.9-44/unbundled/d2l-navigation.js"></script>
<script>window.D2L = window.D2L || {{}}; D2L.LP = {{ Web: {{ UI: {{ Flags: {{}} }} }} }}; D2L.OrgUnitId = {41200 + int(hexid('ulpha-course', n=3), 16) % 700};</script>
</head>
<body class="d2l-body d2l-typography vui-typography daylight" data-ou="{41200 + int(hexid('ulpha-course', n=3), 16) % 700}">
<a class="d2l-skip-link" href="#d2l_body">Jump to main content</a>
<header><d2l-navigation class="d2l-navigation-s">
<d2l-navigation-main-header><div slot="left" class="d2l-navigation-s-header-logo-area"><d2l-navigation-link-image text="{UL_COLLEGE} Home" href="/d2l/home" src="{UL_ROOT}/d2l/lp/navbars/6606/theme/viewimage/1201/view?v=20.24.9"></d2l-navigation-link-image>
<div class="d2l-navigation-s-title-container"><a class="d2l-navigation-s-link" href="/d2l/home/41200" title="{html.escape(course)}">{esc(course)}</a></div></div>
<div slot="right" class="d2l-navigation-s-personal-menu"><d2l-navigation-button-notification-icon icon="tier3:email" text="Message alerts"></d2l-navigation-button-notification-icon><span class="d2l-navigation-s-personal-menu-text">Guest</span></div></d2l-navigation-main-header>
<d2l-navigation-main-footer><div slot="main" class="d2l-navigation-s-main-wrapper">
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/home/41200">Course Home</a></div>
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/le/content/41200/Home">Content</a></div>
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/le/41200/discussions/List">Discussions</a></div>
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/lms/dropbox/user/folders_list.d2l">Assignments</a></div>
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/lms/grades/my_grades/main.d2l">Grades</a></div>
<div class="d2l-navigation-s-item"><a class="d2l-navigation-s-link" href="/d2l/lms/classlist/classlist.d2l">Classlist</a></div>
</div></d2l-navigation-main-footer>
</d2l-navigation></header>
{guest}
<div class="d2l-page-main d2l-max-width d2l-min-width" id="d2l_body"><div class="d2l-page-main-padding">
{alert}
<div class="d2l-le-content-layout">
<aside class="d2l-le-content-toc" aria-label="Course contents"><h2 class="d2l-heading vui-heading-4">Course contents</h2><p class="d2l-le-toc-progress">{progress}</p><ul class="d2l-le-toc">{contents}</ul></aside>
<div class="d2l-le-content-topic-view">
<div class="d2l-page-header"><nav class="d2l-le-breadcrumbs" aria-label="Breadcrumbs"><a href="/d2l/le/content/41200/Home">Content</a> \u203a <a href="#">Unit 3: Exemplar essays</a></nav>
<h1 class="d2l-page-title d2l-heading vui-heading-1">{esc(p.title)}</h1>
<div class="d2l-le-topic-meta"><span>Unit 3: Exemplar essays \u00b7 Topic {p.index} of {PAGES_PER_SITE}</span> \u00b7 <span>Web page</span> \u00b7 <span>{esc(posted_by)}</span> \u00b7 <span>Last visited {uk_date(viewed)}</span></div>
<d2l-button-subtle icon="tier1:check" text="Mark as complete">Mark as complete</d2l-button-subtle></div>
<div class="d2l-fileviewer"><div class="d2l-fileviewer-text d2l-htmlblock d2l-htmlblock-untrusted">
{template}
</div></div>
{nav}
{disc}
</div>
</div>
</div></div>
<footer class="d2l-footer"><ul><li><a href="https://www.ulpha.ac.uk/help">Help and support</a></li><li><a href="https://www.ulpha.ac.uk/accessibility">Accessibility</a></li><li>Brightspace by D2L</li></ul></footer>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "thornymire": (thornymire, 3, 4, None),  # vBulletin 4; <br /> text run, label lines, asides, objection lines
    "garsdale": (garsdale, 3, 3, None),      # Quarto; title-meta pairs, callouts, appendix, other essays' first sentences
    "mossgill": (mossgill, 2, 4, None),      # Obsidian Publish; YAML front matter, tagged notes, backlink sentences
    "ulpha": (ulpha, 3, 3, None),            # Brightspace; label/value table, annotations, other essays' quotations
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=419)
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

"""Held-out site set 25 (issue 13): four more essay-hosting platforms, unseen by any batch, for testing how
site learning copes on first contact.

    usage (project interpreter): generate.py OUTDIR [--seed 2025]

For each of four sites it writes OUTDIR/<site>/page-01.html up to page-18.html, plus one truth note per page in
OUTDIR/<site>/truth/ in the form bench/scoring.py parses. None of these platforms appears in the twenty-four
earlier sets. Every essay is assembled on the fly from ESSAY_CARDS together with sentence templates
that belong to this set and no other. OUTDIR/SOURCES.tsv tells which card fed which page; each card feeds one page at
most, and a given seed reproduces identical bytes.

Sites (markup families):
  islay    Angelfire, a free home page of 1999 belonging to a high-school pupil. The provider's banner is
           injected above her own page; she never closes a P or an LI, and the page carries a visit counter,
           a ring of student sites, a poll here and there and, on some pages, her teacher's verdict. A plea
           not to copy the paper sits over the text on nine of the eighteen pages, beneath it elsewhere
  eigg     Lang-8, the language exchange, around 2012. A Spanish-speaking pupil posts her English essay
           sentence by sentence for native speakers to fix; their corrections repeat her sentences, some
           unchanged and some with a word struck out and another put in. A note in Spanish precedes the
           English on nine of the eighteen pages and comes after it elsewhere
  hoy      Posterous, the blog fed by e-mail, around 2010. The post is the body of a message: DIV lines
           with empty DIVs between them, a signature and a phone or school footer. The attached Word file
           is above the message on nine of the eighteen pages, beneath it elsewhere
  tresco   Storify, around 2013. The essay is split across text items of an ordered list, with tweets,
           photos and link cards from archives embedded between them. The writer's own tweet announcing
           the story leads the list on nine of the eighteen pages and ends it elsewhere

The first three sets lend, unchanged, the truth writer, where files go, the cutting of teasers and the
invented bibliographies.
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

# ------------------------------------------------------------------------------------------ topic cards
# Cards: a line each, with eleven fields parted by "|": title, subject, x (noun phrase), people (plural),
# setting, period (four-digit year required), a strand trio divided by ";", then thesis and rival (both
# finish a "that" clause), then two facts. A fact carries a single full stop, right at the end, so a
# sentence splitter keeps every fact intact.

ESSAY_CARDS = """
Pus on a Quill in Boston | medical history | the Boston inoculation quarrel of 1721 | Cotton Mather, the physician Zabdiel Boylston and the town's other doctors | Boston in Massachusetts | 1721 to 1722 | the smallpox brought in by ship; Boylston's trial of inoculation on his own son; the bomb thrown into Mather's house | the quarrel turned on whose right it was to gamble with other people's health | the opponents of inoculation were simply frightened of a new idea | Zabdiel Boylston inoculated his young son and two enslaved people in Boston in June 1721. | A lit grenade was thrown through Cotton Mather's window in November 1721.
Fever in the Capital | medical history | the Philadelphia yellow fever epidemic of 1793 | Benjamin Rush, the Free African Society and the departing federal government | the city of Philadelphia | 1793 | the flight of officials and wealthy families; the bleeding and purging urged by Rush; the nursing done by Black volunteers | the epidemic showed how quickly a city's duties fell on those who could not leave | Rush's harsh treatments saved more patients than they killed | About five thousand people died of yellow fever in Philadelphia in 1793. | Richard Allen and Absalom Jones organised Black nurses and carters during the epidemic.
Mosquitoes at Camp Lazear | medical history | the Yellow Fever Commission in Cuba | Walter Reed, Jesse Lazear and the volunteers at Camp Lazear | the army posts outside Havana | 1900 to 1901 | the test of Carlos Finlay's mosquito theory; the death of Jesse Lazear; the volunteers who slept among soiled bedding | the commission's success rested on its volunteers and its consent forms as much as on theory | the discovery belongs to Walter Reed alone | Jesse Lazear died of yellow fever in September 1900 after being bitten during the experiments. | Volunteers in the Havana experiments signed written consent forms.
Leicester Against the Lancet | medical history | the Leicester vaccination protest of 1885 | Leicester ratepayers, prosecuted parents and the Poor Law guardians | the town of Leicester | 1885 | the prosecutions of parents who refused; the great march through the town; the method of isolation that replaced compulsion | the protest was about compulsion and fines far more than about medicine | the protesters were cranks who put their town in danger | A huge demonstration against compulsory vaccination filled the streets of Leicester in March 1885. | Many Leicester parents were fined or jailed for refusing to have their children vaccinated.
A Hospital in Kit Form | medical history | the Renkioi hospital | Isambard Kingdom Brunel, the physician Edmund Parkes and the sick of the Crimean army | the Dardanelles coast of Turkey | 1855 to 1856 | Brunel's prefabricated wooden wards; the shipping and assembly on the Dardanelles; the low death rate among its patients | the hospital proved that design could save as many lives as nursing | the hospital came too late in the war to matter | Brunel designed prefabricated hospital buildings that were shipped out to Renkioi in 1855. | The death rate at Renkioi was far lower than at the hospital in Scutari.
Cholera and the Anatomists | social history | the cholera riots of 1832 in Liverpool | working people of Liverpool, doctors and the staff of cholera hospitals | the streets of Liverpool | 1832 | the fear that patients were killed for dissection; the crowds that attacked cholera hospitals; the appeals from the pulpit for calm | the riots grew from the memory of body snatching rather than from ignorance | the rioters were a superstitious mob and nothing more | Crowds attacked cholera hospitals and doctors in Liverpool in May and June 1832. | Rumour in Liverpool held that cholera patients were being killed so that their bodies could be dissected.
The Plague Commissioner of Poona | imperial history | the killing of Walter Rand | the Chapekar brothers, plague officials and the soldiers who searched homes | the city of Poona | 1896 to 1897 | the house searches by soldiers during the plague; the shooting of Rand after the jubilee celebrations; the trials and hangings that followed | the killing answered the humiliation of the searches rather than the plague itself | the plague measures were necessary and the killing was mere fanaticism | Walter Rand was shot in Poona on 22 June 1897 as he returned from the diamond jubilee celebrations. | The Chapekar brothers were hanged for their part in the killing.
Masks in Harbin | medical history | the Manchurian plague of 1910 | Wu Lien-teh, Qing officials and the marmot trappers | the city of Harbin | 1910 to 1911 | the marmot trade that carried the disease; the gauze masks Wu promoted; the mass cremation of the dead | the plague was stopped by public health measures rather than by medicine | the epidemic burnt itself out whatever officials did | Wu Lien-teh was sent to Harbin in December 1910 to fight an outbreak of pneumonic plague. | About sixty thousand people died in the Manchurian plague.
The Sunday School Excursion | transport history | the Armagh railway disaster | a Methodist Sunday school party, the railway crew and the Board of Trade | the line out of Armagh | 1889 | the overloaded excursion train stalling on the incline; the divided train running back down the slope; the law on continuous brakes that followed | the disaster changed railway law because so many of its victims were children | the crash was one crew's error and nothing more | Runaway carriages of a Sunday school excursion collided with a following train near Armagh in June 1889. | Eighty people died in the Armagh disaster, many of them children.
The Novelist on the Viaduct | transport history | the Staplehurst rail crash | the boat train's passengers, a gang of platelayers and Charles Dickens | the River Beult viaduct in Kent | 1865 | the rails lifted for repair; the foreman's misreading of the timetable; Dickens's work among the injured | the crash came from the routine of maintenance rather than any single blunder | Dickens's presence is the only reason anyone remembers the crash | A boat train ran onto a gap in the rails at Staplehurst in Kent in June 1865. | Ten passengers died in the Staplehurst crash.
An Open Drawbridge in Connecticut | transport history | the Norwalk rail accident | railway passengers, many of them physicians, and the engineer of the express | the Norwalk River bridge in Connecticut | 1853 | the open drawbridge; the signal the engineer missed; the new laws requiring trains to stop before drawbridges | the accident mattered because it pushed the state into regulating railways | the engineer alone was to blame | An express train ran through an open drawbridge at Norwalk in May 1853. | Forty-six people died at Norwalk, several of them doctors returning from a medical convention.
Italian Comedy at the Paris Opera | music history | the Querelle des Bouffons | Rousseau, the partisans of Rameau and a visiting Italian troupe | the Paris Opera | 1752 to 1754 | the performances of Pergolesi's La serva padrona; the pamphlets of the king's corner and the queen's corner; Rousseau's attack on French music | the quarrel was about what French taste ought to be rather than about two composers | the quarrel was a fashionable squabble of no consequence | An Italian troupe performed Pergolesi's La serva padrona in Paris in August 1752. | Rousseau published his Letter on French Music in 1753.
Two Composers and One Libretto | music history | the quarrel of the Gluckists and Piccinnists | Gluck, Niccolo Piccinni and their partisans at court | the Paris Opera | 1776 to 1781 | the rival settings of Iphigenia in Tauris; the press war between the factions; the court's patronage of both men | the quarrel was stirred up by the partisans far more than by the composers | the two composers were bitter personal enemies | Gluck's Iphigenia in Tauris had its Paris premiere in May 1779. | Piccinni's own setting of Iphigenia in Tauris followed in January 1781.
Rain on the Avon | theatre history | Garrick's Shakespeare Jubilee | David Garrick, Stratford townsfolk and visitors from London | the town of Stratford-upon-Avon | 1769 | the wooden rotunda by the river; the rain that washed out the pageant; the stage version that filled Drury Lane | the jubilee invented the tourist trade in Shakespeare | the jubilee was a washed-out failure | David Garrick staged a jubilee in honour of Shakespeare at Stratford-upon-Avon in September 1769. | Not a single play by Shakespeare was staged during the jubilee.
A Pot of Paint and a Farthing | art history | the libel case of Whistler against Ruskin | James McNeill Whistler, John Ruskin and a London jury | the Court of Exchequer in London | 1877 to 1879 | Ruskin's review of the Nocturne in Black and Gold; the trial and its farthing damages; Whistler's bankruptcy | the trial was about whether a critic or a painter decides what counts as art | Ruskin was right about the painting | Whistler sued John Ruskin for libel over a review published in 1877. | The jury awarded Whistler damages of one farthing in November 1878.
The Schooner From New York | sports history | the first race for the Hundred Guinea Cup | a syndicate of New York yachtsmen, the Royal Yacht Squadron and Queen Victoria | the waters around the Isle of Wight | 1851 | the design of the schooner; the race around the island; the cup carried off to New York | the race mattered because it unsettled British confidence at sea | the result was luck, given the confused course | In August 1851 the schooner America won a race that circled the Isle of Wight. | The trophy was later renamed the America's Cup after the winning yacht.
The Fight at Farnborough | sports history | the Heenan and Sayers prize fight | Tom Sayers, John Heenan and the crowds who came by special train | a field near Farnborough in Hampshire | 1860 | the illegal arrangements for the fight; Sayers fighting on with an injured arm; the crowd breaking the ring | the fight was the last great show of a sport the law would not tolerate | the fight was a brutal spectacle of no historical interest | Tom Sayers fought the American John Heenan near Farnborough in April 1860. | The fight was declared a draw after the crowd broke into the ring.
Coal Plants in the Wrong Rocks | history of science | the great Devonian controversy | Roderick Murchison, Adam Sedgwick and Henry De la Beche | the rocks of Devon and the rooms of the Geological Society | 1834 to 1842 | the fossil plants found in old greywacke; the debates at the Geological Society; the naming of the Devonian system | the controversy was settled by argument among gentlemen rather than by one discovery | De la Beche was simply wrong from the start | Henry De la Beche reported fossil plants of the coal age in older rocks of Devon in 1834. | Murchison and Sedgwick proposed the Devonian system in 1839.
Wandering Planets and a Publisher | history of science | the Velikovsky affair | Immanuel Velikovsky, American astronomers and the publishing house of Macmillan | the offices of Macmillan in New York | 1950 | the book's theory of wandering planets; the boycott threatened by scientists; the transfer of the book to another publisher | the scientists' campaign did more for the book than any review | the scientists were right to put pressure on the publisher | Macmillan published Immanuel Velikovsky's Worlds in Collision in 1950. | Macmillan handed the book to Doubleday within months after scientists threatened a boycott.
The Cabinet in Liverpool | social history | the Davenport brothers' tour of England | the Davenport brothers, their English audiences and the conjurers who exposed them | the music halls of Liverpool and Huddersfield | 1864 to 1865 | the spirit cabinet with its ropes and instruments; the knot that held them fast at Liverpool; the riots when shows failed | the tour taught conjurers more than it taught believers | the audiences were fools taken in by a crude trick | The Davenport brothers began their English tour in 1864. | A crowd wrecked the brothers' cabinet after a failed show at Liverpool in February 1865.
Boring the Great Bore | engineering | the Hoosac Tunnel | Massachusetts engineers, miners and the legislators who paid | the Hoosac Range in western Massachusetts | 1851 to 1875 | the failed boring machines; nitroglycerin and compressed-air drills; the deaths in the central shaft | the tunnel succeeded because it became a testing ground for new methods | the tunnel was a waste of public money | Work on the Hoosac Tunnel began in 1851. | Thirteen miners died in a fire at the tunnel's central shaft in 1867.
A Fortune Sent Across the Atlantic | cultural history | the Smithson bequest | James Smithson, the envoy Richard Rush and the Congress that argued over the money | Washington | 1829 to 1846 | the will of an Englishman who never saw America; the gold sovereigns shipped from London; the debate over what to found | the money's long limbo shaped the institution more than the donor's wishes | Smithson's gift was straightforward generosity | James Smithson died in 1829 leaving his estate to the United States should his nephew die without heirs. | Congress created the Smithsonian Institution in 1846.
The First Press at Westminster | cultural history | Caxton's press | William Caxton, his assistant Wynkyn de Worde and his noble patrons | the precincts of Westminster Abbey | 1476 to 1491 | the years in Bruges; the shop near the Chapter House; the choice of English texts to print | Caxton succeeded because he printed what courtiers wanted to read | Caxton was chiefly a scholar | William Caxton set up a printing press at Westminster in 1476. | Caxton printed an edition of Chaucer's Canterbury Tales in about 1477.
A Book Published on a Deathbed | history of science | the publication of De revolutionibus | Copernicus, Georg Joachim Rheticus and the editor Andreas Osiander | Frombork on the Baltic and the printing house in Nuremberg | 1539 to 1543 | the visit of Rheticus and his First Account; the unsigned preface by Osiander; the book's slow reception | the book owed its existence to a young disciple rather than to its author | the book caused an immediate scandal | De revolutionibus was printed in Nuremberg in 1543. | Andreas Osiander added an unsigned preface calling the theory a mere hypothesis.
The Astronomer's Mother | legal history | the witchcraft trial of Katharina Kepler | Katharina Kepler, her son Johannes and her accusers in Leonberg | the town of Leonberg in Wurttemberg | 1615 to 1621 | the quarrel with a neighbour that began the accusations; the defence written by the astronomer; the threat of torture | the case turned on a village quarrel more than on belief in witchcraft | the son's fame alone saved his mother | Katharina Kepler was arrested on a charge of witchcraft in August 1620. | She was released in October 1621.
Flasks on the Mer de Glace | history of science | the debate over spontaneous generation | Louis Pasteur, Felix Pouchet and the Academy of Sciences | Paris and the French Alps | 1859 to 1864 | the swan-necked flasks; the flasks opened on a glacier; the commission that Pouchet refused to face | Pasteur won as much by his standing in the Academy as by his experiments | Pouchet lost because his experiments were careless | The Academy of Sciences offered a prize in 1859 for work on spontaneous generation. | Pasteur opened flasks of broth on the Mer de Glace in 1860.
Who Invented the Calculus | history of science | the calculus priority dispute | Newton, Leibniz and a committee of the Royal Society | the Royal Society and the electoral court at Hanover | 1699 to 1716 | the charge of plagiarism made by Newton's followers; the report of 1712 written largely by Newton himself; the quarrel that divided English and continental mathematics | the dispute did more harm to English mathematics than to Leibniz | Leibniz took the method from Newton's papers | A committee of the Royal Society ruled in favour of Newton in 1712. | Leibniz died in Hanover in 1716 with the quarrel unresolved.
An Island Observatory | history of science | Tycho Brahe's observatory on Hven | Tycho Brahe, his assistants and the Danish crown | the island of Hven in the Sound | 1576 to 1597 | the royal grant of the island; the great mural quadrant; the quarrel with the new king | the observatory worked because a king paid for a precision nobody else could afford | Tycho's data were valuable only because of Kepler | King Frederick II granted Tycho Brahe the island of Hven in 1576. | Tycho left Hven for good in 1597.
Measuring the Equator | history of science | the French geodesic mission to Peru | Charles-Marie de La Condamine, Louis Godin and Pierre Bouguer | the Andes around Quito | 1735 to 1744 | the measurement of a degree of latitude; the murder of the expedition's surgeon in Cuenca; La Condamine's raft down the Amazon | the mission settled the shape of the earth only after the question had stopped mattering | the mission was a scientific triumph from start to finish | The French geodesic mission left for the viceroyalty of Peru in 1735. | The expedition's surgeon was killed by a crowd at a bullfight in Cuenca in 1739.
Shipwrecked Off Patagonia | naval history | the wreck of the Wager | Captain David Cheap, the gunner John Bulkeley and the castaways | Wager Island off the coast of Chile | 1741 to 1746 | the wreck during a voyage round the Horn; the split between captain and crew; the return home and the court martial | the court martial avoided the question of mutiny because the navy feared its own rules | the mutineers deserved hanging | HMS Wager was wrecked off the coast of Chile in May 1741. | A party led by the gunner John Bulkeley sailed an open boat to Brazil.
A Servant's Case in Edinburgh | legal history | Knight against Wedderburn | Joseph Knight, John Wedderburn and the Lords of Session | Perthshire and the Court of Session in Edinburgh | 1774 to 1778 | the newspaper report that prompted Knight's claim; the case before the sheriff at Perth; the final ruling in Edinburgh | Knight won because he knew his rights, not because the judges were kind | the judges were simply ahead of their time | Joseph Knight left John Wedderburn's service in Perthshire in 1774. | The Court of Session ruled in January 1778 that slavery had no legal standing in Scotland.
A Gauntlet in Westminster Hall | legal history | the case of Ashford against Thornton | Abraham Thornton, William Ashford and the judges of King's Bench | Westminster Hall | 1817 to 1819 | the death of Mary Ashford near Birmingham; the appeal of murder and the wager of battle; the Act abolishing it | an obsolete law survived because no one had bothered to repeal it | Thornton escaped justice through a trick | Abraham Thornton threw down a glove before the judges of King's Bench in November 1817. | Parliament abolished appeals of murder in 1819.
A College Charter in the Supreme Court | legal history | the Dartmouth College case | the college trustees, the state of New Hampshire and Daniel Webster | Hanover in New Hampshire and the Supreme Court | 1816 to 1819 | the state's attempt to turn the college into a university; Webster's plea in Washington; Marshall's ruling on charters as contracts | the case protected corporations more than it protected colleges | the ruling was a narrow one about a single college | The New Hampshire legislature turned the college into a state university in 1816. | The Supreme Court ruled for the college trustees in 1819.
A Free Bridge Beside a Toll Bridge | legal history | the Charles River Bridge case | the proprietors of the old toll bridge, the builders of the Warren Bridge and Chief Justice Taney | Boston and Charlestown | 1828 to 1837 | the toll bridge's charter; the new bridge that became free; Taney's reading of the charter | the case let new technology break old monopolies | the ruling robbed investors of their property | The Massachusetts legislature chartered the Warren Bridge in 1828. | In 1837 the Supreme Court found against the proprietors of the Charles River Bridge.
The Bootmakers' Society | legal history | Commonwealth against Hunt | the Boston Journeymen Bootmakers' Society, a bootmaker who would not join and Chief Justice Lemuel Shaw | Boston | 1840 to 1842 | the complaint by Jeremiah Horne; the conviction for conspiracy; Shaw's reversal | the ruling allowed unions to exist but left them weak | the case freed American labour at a stroke | Members of the Boston Journeymen Bootmakers' Society were convicted of conspiracy in 1840. | The Massachusetts Supreme Judicial Court overturned the conviction in 1842.
Fireworks on a Brooklyn Platform | legal history | the Palsgraf case | Helen Palsgraf, two railway guards and Judge Benjamin Cardozo | a station platform in Brooklyn | 1924 to 1928 | the parcel that fell and exploded; the scales that fell on Helen Palsgraf; Cardozo's rule on foreseeable harm | the case owes its fame to law teaching rather than to its facts | Cardozo's ruling was plainly just | A package of fireworks exploded on a Long Island Railroad platform in August 1924. | The New York Court of Appeals ruled against Helen Palsgraf in 1928.
Iron Tubes Over the Strait | engineering | the Britannia Bridge | Robert Stephenson, the engineer William Fairbairn and the railway's directors | the Anglesey shore and the mainland opposite | 1846 to 1850 | the wrought-iron tubes tested in a shipyard; the floating of the tubes into place; the fire that ended them long afterwards | the bridge was as much an experiment as a structure | the bridge was simply a great engineering success | The Britannia Bridge opened to trains in March 1850. | A fire destroyed the bridge's tubes in May 1970.
A Cut Through the Isthmus | engineering | the Corinth Canal | the Hungarian soldier Istvan Turr, French financiers and Greek contractors | the isthmus of Corinth | 1881 to 1893 | the bankruptcy of the first company; the narrow cut through soft rock; the ships that found it too tight | the canal was a prestige project whose usefulness came too late | the canal was a success from the start | Work on the Corinth Canal began in 1882. | The canal opened to shipping in 1893.
A Salt-Tax Farmer's Canal | engineering | the Canal du Midi | Pierre-Paul Riquet, Colbert and the labourers of Languedoc | the hills between Toulouse and the Mediterranean | 1666 to 1681 | the reservoir feeding the summit; the tax farm fortune Riquet spent; the men and women of the workforce | the canal rested on Riquet's private credit no less than on royal command | the canal was Colbert's achievement | Louis XIV authorised the Canal du Midi in 1666. | Riquet died in 1680, a few months before the canal opened.
A Waterway Across Sweden | engineering | the Gota Canal | Baltzar von Platen, Thomas Telford and the thousands of soldiers who dug it | the lakes of central Sweden | 1810 to 1832 | the Swedish army's labour; the advice and tools brought from Britain; the railway age that followed soon after | the canal came too late to pay but not too late to unite the country | the canal was a foolish waste | Work on the Gota Canal began in 1810. | The canal opened in 1832.
Steel Arches at St Louis | engineering | the Eads Bridge | James Eads, the steamboat interests and the caisson workers | the Mississippi at St Louis | 1867 to 1874 | the steel arches; caisson disease among the workers; the elephant led across to prove it safe | Eads's stubbornness beat the experts, and the bridge is its monument | the bridge was a folly the railways never needed | The Eads Bridge opened across the Mississippi at St Louis in 1874. | Fifteen workers died of caisson disease while the piers were sunk.
A Drain for the Comstock | engineering | the Sutro Tunnel | Adolph Sutro, the Bank of California and the Comstock miners | the silver mines of Virginia City in Nevada | 1869 to 1878 | the flooding and heat of the deep mines; the bank's opposition; the tunnel reaching the mines after they had peaked | the tunnel was defeated by timing rather than by engineering | the tunnel was a swindle from the first | Work on the Sutro Tunnel began in 1869. | The tunnel reached the Comstock mines in 1878.
Twenty Kilometres Under the Alps | engineering | the Simplon Tunnel | Swiss and Italian engineers, the firm of Brandt and Brandau and the workers at both ends | the Alps between Brig and Iselle | 1898 to 1906 | the hot springs and heat inside the mountain; the parallel gallery for ventilation; the moment the two headings met | the tunnel was won by ventilation and water supply rather than by drilling | the tunnel merely repeated earlier Alpine work | Boring of the Simplon Tunnel began in 1898. | The tunnel opened to traffic in 1906.
The Kaiser's Canal | engineering | the Kiel Canal | the German admiralty, Holstein labourers and Kaiser Wilhelm II | the neck of the Jutland peninsula | 1887 to 1895 | the naval purpose behind the canal; the digging across the marshes; the widening needed for larger warships | the canal was a naval project dressed up as a trade route | the canal was built for commerce first | Work on the Kiel Canal began in 1887. | Kaiser Wilhelm II opened the canal in June 1895.
A Blowout Under the Hudson | engineering | the first Hudson River tunnel | DeWitt Clinton Haskin, the sandhogs and New Jersey investors | the riverbed between Jersey City and Manhattan | 1874 to 1908 | the compressed-air method; the blowout of 1880; the decades of stopping and starting | the tunnel was delayed by money more than by the river | the tunnel was impossible with the methods of the day | Twenty workers died when part of the Hudson River tunnel flooded in July 1880. | Trains first ran through the tunnel in 1908.
A Stump on the Mall | cultural history | the Washington Monument | the Washington National Monument Society, the Know Nothings and the army engineers | the Mall in Washington | 1848 to 1884 | the stone sent by Pope Pius IX; the Know Nothing seizure of the society; the change of colour in the marble | the monument stalled over politics rather than money | the monument stalled because Americans had lost interest | Work on the Washington Monument halted in 1854 at about 150 feet. | The monument was completed in December 1884.
The Tune the Bells Played | cultural history | the burning of the Royal Exchange | London merchants, the fire engines of the insurance offices and the architect William Tite | Cornhill in London | 1838 to 1844 | the fire that began at Lloyd's; the bells that played as the tower fell; the competition for a new building | the fire mattered because it let the merchants rebuild in their own image | the fire was a simple accident with no wider meaning | The Royal Exchange burnt down in January 1838. | Queen Victoria opened the new Royal Exchange in 1844.
An Unwitnessed Codicil | cultural history | the Hugh Lane bequest | Sir Hugh Lane, Dublin Corporation and the trustees of the London gallery | Dublin and London | 1913 to 1959 | Dublin's refusal to build a gallery over the Liffey; the codicil left unwitnessed; the long quarrel between two cities | the pictures were lost to Dublin by bad luck and a missing signature | London's claim was sound in law and in fairness | Hugh Lane drowned when the Lusitania was sunk in May 1915. | A codicil leaving his pictures to Dublin was found unwitnessed.
A Golden Tiara in the Louvre | cultural history | the Tiara of Saitaphernes | the goldsmith Israel Rouchomovsky, the Louvre's curators and the dealers who sold it | the Louvre in Paris and the workshops of Odessa | 1896 to 1903 | the purchase of the tiara by the Louvre; the doubts of German scholars; the goldsmith's visit to Paris | the fraud worked because the curators wanted a masterpiece | the curators were fooled by an expert forger no one could have caught | The Louvre bought a gold tiara said to be ancient Scythian work in 1896. | Israel Rouchomovsky proved he had made the tiara by reproducing part of it in Paris in 1903.
Down the Niger to the Sea | exploration | the Lander brothers' Niger journey | Richard and John Lander and the rulers along the river | the lower Niger | 1830 | the journey from Badagry to Bussa; the canoe voyage down the river; the capture and ransom near the delta | the brothers succeeded because they travelled cheaply and depended on local help | the journey was a stroke of luck | Richard and John Lander traced the lower Niger to the sea in 1830. | The brothers were captured near the delta and ransomed.
North Through the Centre | exploration | John McDouall Stuart's crossings | Stuart, his small parties and the South Australian government | the centre of Australia | 1858 to 1862 | the prize offered by the colony; the repeated failures to get through; the arrival at the northern coast | Stuart succeeded because he travelled light and turned back in time | Stuart merely followed an easier route than his rivals | John McDouall Stuart reached the north coast of Australia in July 1862. | The overland telegraph line later followed much of Stuart's route.
Along the Ridges | exploration | the crossing of the Blue Mountains | Gregory Blaxland, William Lawson, William Charles Wentworth and their servants | the Blue Mountains west of Sydney | 1813 to 1815 | the plan to follow the ridges; the view of the western plains; the road built by convicts | the crossing mattered because the colony was ready to use it | the crossing was a heroic feat that changed everything overnight | Blaxland, Lawson and Wentworth set out to cross the Blue Mountains in May 1813. | A road over the mountains was finished in 1815.
Winter in the San Juans | exploration | Fremont's fourth expedition | John Charles Fremont, his guide Bill Williams and the men who died in the snow | the San Juan Mountains of Colorado | 1848 to 1849 | the winter route for a railway survey; the starvation in the mountains; the quarrels over blame | the disaster came from Fremont's pride rather than his guide's mistakes | the guide led the party astray | John Charles Fremont led a winter expedition into the San Juan Mountains in late 1848. | Ten of Fremont's men died in the mountains.
A Lieutenant Among the Spanish | exploration | Pike's expedition to the southwest | Zebulon Pike, his soldiers and Spanish officials | the upper Arkansas River and Santa Fe | 1806 to 1807 | the peak he could not climb; the stockade on the Rio Grande; the arrest by Spanish soldiers | the expedition was a spying mission as much as a survey | the expedition was a muddled failure | Zebulon Pike failed to reach the summit of the peak later named after him in November 1806. | Spanish soldiers took Pike and his men into custody in February 1807.
Counting Paces to Lhasa | exploration | the journeys of Nain Singh | Nain Singh, the Survey of India and the traders he travelled with | the road from Nepal to Lhasa | 1865 to 1866 | the prayer beads used to count paces; the secret measurements at Lhasa; the honours that came late | the surveys depended on local knowledge that the empire was slow to credit | the surveys were a British achievement with local helpers | Nain Singh reached Lhasa in January 1866. | Nain Singh counted his paces with a rosary of one hundred beads.
A Disguised Traveller in Lhasa | exploration | Alexandra David-Neel's journey to Lhasa | Alexandra David-Neel, her adopted son Aphur Yongden and Tibetan officials | the road to Lhasa | 1923 to 1927 | the disguise as a pilgrim; the two months in the forbidden city; the book that made her famous | years of study, more than daring, got her to Lhasa | the journey was a stunt | Alexandra David-Neel reached Lhasa in disguise in 1924. | David-Neel's book about the journey appeared in 1927.
Scurvy on the Commander Islands | exploration | Bering's second Kamchatka expedition | Vitus Bering, the naturalist Georg Steller and the sailors of the St Peter | the coast of Alaska and the Commander Islands | 1741 to 1742 | the ten hours Steller spent ashore in Alaska; the shipwreck on the island; the boat built from the wreck | the naturalist's advice is what kept the survivors alive | the expedition was a disaster from which nothing was learnt | Vitus Bering died on the island later named after him in December 1741. | The survivors built a small vessel from the wreck and reached Kamchatka in 1742.
Through the Northeast Passage | exploration | the Vega expedition | Adolf Erik Nordenskiold, his crew and the Chukchi people they met | the Arctic coast of Siberia | 1878 to 1880 | the voyage east along Siberia; the winter frozen in near the Bering Strait; the return by way of Suez | the voyage proved the passage possible and useless at once | the voyage opened a new trade route | The Vega sailed from Tromso in July 1878. | The Vega was frozen in for ten months close to the Bering Strait.
The Collapse of a Cincinnati Bank | economic history | the panic of 1857 | the Ohio Life Insurance and Trust Company, New York banks and western railroads | Wall Street and the Ohio valley | 1857 | the collapse of the Ohio Life office; the sinking of a steamship carrying gold; the bank suspensions in October | the panic spread through railway debts rather than through one bad bank | the panic was caused by one dishonest clerk | The Ohio Life Insurance and Trust Company failed in August 1857. | The steamship Central America sank with a large cargo of gold in September 1857.
The Bank That Sold the War | economic history | the failure of Jay Cooke and Company | Jay Cooke, the Northern Pacific Railroad and small investors | Philadelphia and Wall Street | 1873 | the bonds for the Northern Pacific; the failure of the bank; the closing of the stock exchange | the failure exposed how much of the boom rested on one railway's bonds | the failure was bad luck for an honest banker | Jay Cooke and Company closed its doors in September 1873. | The New York Stock Exchange shut for ten days after the failure.
A Corner in Railway Shares | economic history | the Northern Pacific corner | the house of Morgan, Edward Harriman and the short sellers | Wall Street | 1901 | the secret buying by Harriman; shares bid up beyond a thousand dollars; the holding company formed afterwards | the corner showed that two financiers could shake the whole market | the corner was a private quarrel with no wider effect | Northern Pacific shares rose above one thousand dollars in May 1901. | The Northern Securities Company was formed later in 1901.
Cyanide at the Law Courts | economic history | the Whitaker Wright affair | Whitaker Wright, the shareholders of the London and Globe and the Attorney General | the Royal Courts of Justice in London | 1900 to 1904 | the collapse of the London and Globe; the extradition from New York; the suicide after sentence | the affair showed how weak company law was against a confident promoter | Wright was a victim of bad markets | The London and Globe Finance Corporation collapsed in December 1900. | Whitaker Wright took cyanide minutes after he was sentenced in 1904.
The Victory Bond Club | economic history | the Bottomley fraud | Horatio Bottomley, small savers and an Old Bailey jury | the offices of the magazine John Bull | 1919 to 1922 | the club's promises to small savers; the pamphlet by a former associate; the trial at the Old Bailey | the fraud worked because Bottomley sold patriotism along with bonds | the savers were greedy and got what they deserved | Horatio Bottomley was convicted of fraud in May 1922. | Bottomley was sentenced to seven years in prison.
A Building Society That Built Nothing | economic history | the Liberator Building Society crash | Jabez Balfour, nonconformist savers and the detective who brought him back | London and Salta in Argentina | 1892 to 1895 | the collapse of the Liberator; the flight to Argentina; the trial at the Old Bailey | the crash worked through chapel trust rather than through greed | the savers were careless with their money | The Liberator Building Society collapsed in 1892. | Jabez Balfour received a sentence of fourteen years in 1895.
The Axe Falls on the Schools | economic history | the Geddes Axe | Sir Eric Geddes, the Treasury and the teachers | Whitehall | 1921 to 1922 | the committee's search for savings; the cuts to schools; the cuts to the armed services | the cuts were chosen for political ease rather than for economic sense | the cuts were unavoidable after the war | A committee chaired by Sir Eric Geddes recommended deep cuts in public spending in 1922. | The cuts fell heavily on education and the armed services.
A Report Published in July | economic history | the May Report | Sir George May's committee, the Labour cabinet and foreign bankers | Threadneedle Street and Downing Street | 1931 | the report forecasting a deficit; the run on sterling; the split of the Labour cabinet | the report caused the crisis it claimed to warn against | the report merely told the truth about the budget | The May Committee reported in July 1931 that the budget faced a large deficit. | The Labour government fell in August 1931.
Francis Place's Quiet Campaign | legal history | the repeal of the Combination Acts | Francis Place, Joseph Hume and the trades of London | the committee rooms of Westminster | 1824 to 1825 | the select committee packed with friendly witnesses; the strikes after repeal; the amending Act of 1825 | repeal came from careful management rather than from public pressure | repeal was a reckless mistake quickly corrected | Parliament repealed the Combination Acts in 1824. | A new Act in 1825 restored limits on union action.
The Prince of Jogjakarta | imperial history | the Java War | Prince Diponegoro, Dutch colonial officials and Javanese villagers | central Java | 1825 to 1830 | the road built across Diponegoro's ancestral graves; the guerrilla war; the arrest at the peace talks | the war was fought over land and dignity more than over religion | the war was a holy war and nothing else | Prince Diponegoro rose against the Dutch in Java in 1825. | Diponegoro was arrested during negotiations at Magelang in March 1830.
Coffee and Sugar for the Treasury | economic history | the Cultivation System in Java | Governor General Johannes van den Bosch, Javanese peasants and the Dutch treasury | the villages of Java | 1830 to 1870 | the share of land given to export crops; the profits sent home; the famines of the 1840s | the system enriched the Netherlands at the direct cost of Javanese food | the system brought prosperity to Java as well as to the Dutch | Johannes van den Bosch introduced the Cultivation System in Java in 1830. | Famine struck parts of Java in the late 1840s.
A Novel Against the Coffee Auctions | literary history | Max Havelaar | Eduard Douwes Dekker, Dutch readers and colonial officials | Lebak in western Java and the city of Amsterdam | 1856 to 1860 | Dekker's resignation at Lebak; the novel published under a pen name; the debate in parliament | the novel changed opinion without changing much policy | the novel brought down the colonial system | Eduard Douwes Dekker resigned his post at Lebak in 1856. | Max Havelaar was published under the name Multatuli in 1860.
Nutmeg Islands | imperial history | the Dutch conquest of the Banda Islands | Jan Pieterszoon Coen, the Bandanese and Japanese mercenaries | the Banda Islands | 1609 to 1621 | the nutmeg trade; the conquest; the plantations worked by enslaved people | the conquest was a deliberate policy rather than the excess of one man | Coen acted alone and against orders | Jan Pieterszoon Coen led the conquest of the Banda Islands in 1621. | Most of the Bandanese population was killed, enslaved or driven out.
The Amboyna Trial | imperial history | the Amboyna affair | Dutch officials, English merchants and Japanese soldiers in Dutch pay | the fort on Amboyna | 1623 | the arrest of a Japanese soldier questioning the guards; the confessions under torture; the pamphlets in London | the affair mattered more as propaganda than as an event | the English merchants really were plotting | Dutch officials on Amboyna executed ten English merchants in 1623. | The deaths remained a grievance in English politics for decades.
An Island Traded for Manhattan | imperial history | the exchange of Run for New Amsterdam | Dutch and English diplomats and the colonists of New Amsterdam | the town of Breda | 1664 to 1667 | the English seizure of New Amsterdam; the Dutch hold on the nutmeg island of Run; the treaty that confirmed each side's gains | the bargain looked sensible at the time and foolish only much later | the Dutch were outwitted at Breda | The Treaty of Breda was signed in July 1667. | The English kept New Amsterdam, which they had renamed New York.
A Debt for Independence | economic history | the Haitian indemnity | President Boyer, Charles X and French bankers | Port-au-Prince and Paris | 1825 to 1947 | the French warships off the coast; the loans from French banks; the long repayment | the indemnity crippled Haiti for a century | the indemnity was a fair price for recognition | Charles X demanded an indemnity of 150 million francs from Haiti in 1825. | The sum was later reduced to 90 million francs.
A Gunrunner Seized at Sea | diplomatic history | the Virginius affair | Cuban rebels, the ship's American and British crew and Spanish officials in Santiago | Santiago de Cuba | 1873 | the capture at sea; the executions; the British warship that halted them | the affair showed how weak the American navy had become | the executions were lawful punishment of pirates | A Spanish warship captured the Virginius in October 1873. | Fifty-three men were executed in Santiago de Cuba before a British warship arrived.
Sailors on Shore Leave in Valparaiso | diplomatic history | the Baltimore crisis | American sailors, Chilean crowds and President Benjamin Harrison | the port of Valparaiso | 1891 to 1892 | the brawl outside a saloon; the diplomatic notes; the threat of war | the crisis was inflated by an American government eager to flex new muscle | Chile provoked the crisis | Two American sailors were killed in a brawl in Valparaiso in October 1891. | Chile paid an indemnity of seventy-five thousand dollars in 1892.
A Boundary in the Jungle | diplomatic history | the Venezuela boundary crisis | Richard Olney, Lord Salisbury and the government of Venezuela | the border of British Guiana | 1895 to 1899 | the gold found in the disputed land; Olney's note to London; the arbitration tribunal | the crisis mattered for what it showed about American power rather than for the border | Venezuela won the argument | Secretary of State Richard Olney sent a forceful note to London over the Venezuela boundary in 1895. | An arbitration tribunal awarded the greater part of the contested land to British Guiana in 1899.
A Telegram Edited in Berlin | diplomatic history | the Ems Dispatch | Bismarck, the King of Prussia and the French ambassador Benedetti | the spa town of Ems and the offices of Berlin | 1870 | the Hohenzollern candidacy; the meeting at Ems; the shortened telegram | Bismarck used the telegram to make France appear the aggressor | the edited telegram made no difference to a war both sides wanted | Bismarck published a shortened version of a telegram from Ems in July 1870. | France declared war on Prussia within a week.
An Offer to Mexico | diplomatic history | the Zimmermann telegram | Arthur Zimmermann, British codebreakers and the American press | Room 40 in London and the German legation in Mexico | 1917 | the offer of American territory to Mexico; the interception and decoding; the publication in the newspapers | the telegram mattered because Zimmermann admitted it was genuine | the telegram alone pushed the United States into the war | British codebreakers intercepted a telegram from Arthur Zimmermann in January 1917. | The telegram was published in the American press on 1 March 1917.
A Gunboat on the Yangtze | diplomatic history | the sinking of the Panay | the crew of the gunboat, Japanese pilots and the State Department | the Yangtze above Nanking | 1937 | the attack from the air; the newsreel filmed on board; the apology and payment | the incident showed how little Americans wanted war in 1937 | the incident nearly started a war | Japanese aircraft sank the American gunboat Panay on the Yangtze in December 1937. | Japan apologised and paid an indemnity.
A Bomb on the Railway Line | diplomatic history | the Mukden incident | Japanese officers of the Kwantung Army, Chinese troops and the League of Nations | the railway outside Mukden | 1931 to 1932 | the staged explosion; the occupation of Manchuria; the commission sent by the League | the incident was planned by junior officers who pulled their government behind them | the Japanese government planned every step | A small bomb exploded on a Japanese-owned railway line near Mukden in September 1931. | The Lytton Commission reported to the League of Nations in 1932.
A Missing Soldier at Wanping | diplomatic history | the Marco Polo Bridge incident | Japanese and Chinese troops and the commanders on both sides | the town of Wanping near the Marco Polo Bridge | 1937 | the night exercises; the soldier reported missing; the escalation into full war | the war grew from escalation that neither side managed to stop | the clash was a deliberate plan for war | Japanese and Chinese troops clashed near the Marco Polo Bridge in July 1937. | The clash began after a Japanese soldier was reported missing following night exercises.
A Border War on the Steppe | military history | the battles of Khalkhin Gol | Georgy Zhukov, the Japanese Kwantung Army and Mongolian troops | the river Khalkhin Gol on the Mongolian border | 1939 | the disputed border; the Soviet tanks and supply lines; the ceasefire | the defeat turned Japan's ambitions towards the south | the battles were a minor border clash | Soviet and Mongolian forces under Georgy Zhukov defeated the Japanese at Khalkhin Gol in August 1939. | A ceasefire was agreed in September 1939.
Islands Between Two Countries | diplomatic history | the Aland Islands dispute | the islanders, the governments of Finland and Sweden and the League of Nations | the Aland Islands | 1917 to 1921 | the islanders' wish to join Sweden; the League commission; the guarantees of autonomy | the settlement worked because it gave the islanders most of what they wanted | the islanders were simply overruled | The League of Nations awarded the Aland Islands to Finland in 1921. | The islands kept wide self-government and Swedish as their language.
A Bombardment of Corfu | diplomatic history | the Corfu incident | Mussolini, the Greek government and the League of Nations | the island of Corfu | 1923 | the murder of an Italian general on the border; the bombardment and occupation; the settlement through the ambassadors | the incident showed the League could be bypassed by a great power | the League handled the incident well | Italian forces bombarded and occupied Corfu in August 1923. | An Italian general had been murdered on the Greek-Albanian border days before the bombardment.
The Wells at Walwal | diplomatic history | the Walwal incident | Italian colonial troops, Ethiopian soldiers and the League of Nations | the wells of Walwal in the Ogaden | 1934 to 1935 | the clash at the wells; the arbitration that blamed nobody; the Italian invasion | Italy used the clash as a pretext it had already planned for | the clash was a real provocation by Ethiopia | Italian and Ethiopian troops clashed at the wells of Walwal in December 1934. | Italy invaded Ethiopia in October 1935.
A Town on the Amazon | diplomatic history | the Leticia dispute | Peruvian civilians and soldiers, the Colombian government and the League of Nations | the town of Leticia on the Amazon | 1932 to 1934 | the seizure of the town; the fighting on the rivers; the League's administration of the town | both governments were looking for an exit, and that is why the dispute ended | the League had no real part in the settlement | Peruvian civilians and soldiers seized the town of Leticia in September 1932. | A League of Nations commission administered Leticia in 1933 and 1934.
Two Provinces and a Plebiscite That Never Happened | diplomatic history | the Tacna and Arica question | the governments of Chile and Peru and American mediators | the provinces of Tacna and Arica | 1884 to 1929 | the promised plebiscite; the Chileanisation of the provinces; the treaty that divided them | the division worked because both sides were tired of the dispute | the plebiscite would have settled the matter fairly | Chile and Peru signed a treaty in 1929 dividing the disputed provinces. | Tacna went to Peru and Arica to Chile.
The Saar Votes | diplomatic history | the Saar plebiscite | the voters of the Saar, Nazi organisers and the League commission | the Saar basin | 1920 to 1935 | the League's administration; the campaign for return to Germany; the vote and its result | the vote was about Germany rather than about Hitler | the vote was an endorsement of Nazism | Over ninety per cent of voters in the Saar chose union with Germany in January 1935. | The territory had been governed by a League of Nations commission since 1920.
A Port Taken by Irregulars | diplomatic history | the Memel revolt | Lithuanian irregulars, the French garrison and the Allied ambassadors | the port of Memel | 1923 | the staged rising; the French withdrawal; the convention that followed | the seizure worked because the Allies preferred a settled fact to a fight | the rising was a genuine local revolt | Lithuanian irregulars seized the Memel Territory in January 1923. | Germany took Memel back from Lithuania in March 1939.
A Fight at Copthall Common | sports history | the fights between Tom Molineaux and Tom Cribb | Tom Molineaux, Tom Cribb and the crowds of the prize ring | Copthall Common and a field in Leicestershire | 1810 to 1811 | Molineaux's arrival from America; the first fight and its disputed round; the rematch | the fights showed how the prize ring closed ranks against an outsider | Molineaux lost fairly on both occasions | Tom Molineaux fought Tom Cribb at Copthall Common in December 1810. | Cribb won a rematch in September 1811.
A Cup Made of Rupees | sports history | the Calcutta Cup | members of the Calcutta Football Club, the Rugby Football Union and the players of England and Scotland | Calcutta and the rugby grounds of Britain | 1872 to 1879 | the club's decline in India; the melting down of its funds; the first match for the cup | the cup was a gift from a club that could no longer play | the cup was a marketing gesture | The Calcutta Football Club's members had the cup made from melted silver rupees. | England and Scotland first played for the Calcutta Cup in 1879.
"""

SCHOLARS = ["Kermode", "Corlett", "Cregeen", "Kinvig", "Clucas", "Faragher", "Teare", "Skillicorn", "Callister",
            "Gelling", "Kneale", "Crellin", "Costain", "Mylchreest", "Sayle", "Killey", "Quirk", "Cannell", "Kewley",
            "Corkill", "Karran", "Looney"]

OPENING = [
    "Few episodes are remembered as selectively as {x}.",
    "Whenever {x} comes up, the same three or four details get trotted out.",
    "Nobody now doubts that {x} happened; what it amounted to is another matter.",
    "It is tempting to file {x} away as a footnote and leave it there.",
    "{X} tends to reach the textbooks already wrapped, labelled and shelved.",
    "I first came across {x} in a caption beneath an old picture.",
    "On its surface {x} looks like an open-and-shut story.",
    "For a long while {x} was narrated mostly by those who came out ahead.",
    "Popular retellings of {x} lean heavily towards melodrama.",
    "{X} has never quite settled into one agreed place in the record.",
    "The favourite version of {x} is brisk, colourful and incomplete.",
    "Specialists and casual readers recall {x} in strikingly different ways.",
]
FRAME = [
    "The bulk of my material was written in or about {setting}.",
    "The central figures here are {people}.",
    "Everything discussed falls inside {period}.",
    "Wherever the documents go quiet, I shall say so plainly.",
    "Chronology matters unusually much in this case.",
    "A few loose ends will have to stay loose.",
]
ROADMAP = [
    "I take {s1} first, then {s2}, and finish by answering the doubters.",
    "The method is simple: take each claim of the familiar account and test it on the documents.",
    "The argument moves forward roughly in order of date.",
    "{S1} is given a larger share of space here than usual.",
    "Objections are left until near the end.",
]
QUESTION_LEAD = [
    "Underneath the drama sits one puzzle: {question}",
    "Put plainly, the difficulty is this: {question}",
    "The question running underneath every section is this: {question}",
    "Each part of this essay returns to a single query: {question}",
]
QUESTIONS = ["who stood to gain most from {x}?", "how much real choice did {people} have?",
             "why has the shortened version of {x} survived so well?",
             "what would {setting} have looked like had events gone otherwise?"]
CLAIM_THESIS = [
    "I mean to argue that {thesis}.",
    "The pages below build the case that {thesis}.",
    "On balance, the record suggests that {thesis}.",
    "In short, my view is that {thesis}.",
    "Having worked through {s1}, {s2} and {s3}, I am persuaded that {thesis}.",
    "The better explanation, I think, is that {thesis}.",
    "What I hope to establish is that {thesis}.",
    "The evidence keeps leading towards one conclusion, namely that {thesis}.",
]
CONTEXT = [
    "A little background helps at this point.",
    "Pressure had been building for years beforehand.",
    "{People} could barely afford a single mistake.",
    "Nobody at the time could know how the episode would later be retold.",
    "Older arrangements were giving way, slowly and unevenly.",
    "The first accounts came from people anxious to defend their reputations.",
    "{Scholar} looks for the causes a generation earlier.",
    "Nearly all the extant documentation originates in {setting}.",
    "Dates and places are settled; motives are not.",
    "Regulations in force at the time were a patchwork, added to piece by piece.",
    "Procedure lagged a long way behind events.",
    "Those living through it could not see the whole of it.",
]
NAMING = [
    "The words used for {x} deserve a moment's attention.",
    "Most of the labels now stuck on {x} were invented long afterwards.",
    "{People} described themselves in terms that now sound odd.",
    "Modern labels appear below purely as shorthand.",
    "Even the phrase {x} carries a judgement inside it.",
    "No term in this field is neutral.",
]
RECORD = [
    "The evidence for {x} comes in three sorts.",
    "Registers from {setting} note outcomes and almost never motives.",
    "What {people} wrote to one another is colourful, though none of it was written for us.",
    "Newspapers covered {x} fast and not always accurately.",
    "Memoirs composed long afterwards supply atmosphere rather than proof.",
    "Objects, buildings and images can be checked against the written claims.",
]
CAST = [
    "Start with the men and women drawn into {x}.",
    "{People} wanted quite different things.",
    "Some left their own accounts, while most left none at all.",
    "{Scholar} gives the walk-on characters as much space as the stars, and is right to.",
    "Orders issued from far off narrowed every option they had.",
]
STRAND_IN = [
    "Take {s}.",
    "The evidence is richest around {s}.",
    "Central, though easily missed, is {s}.",
    "Nobody telling this straight can leave out {s}.",
    "{S} has received surprisingly little attention.",
    "Next comes {s}.",
    "A great deal hangs on {s}.",
    "Pause for a moment over {s}.",
    "Alongside all this ran {s}.",
    "The records say most about {s}.",
]
POINT = [
    "Seen from afar, {s} appears tidier than anyone caught up in it could have found it.",
    "Of those swept into {s}, only a handful kept any written record.",
    "Sorted into date order, the documents of {setting} expose {s} more sharply than any legend.",
    "Money weighed more heavily than principle in {s}.",
    "The official files give {s} barely a sentence.",
    "The people most harmed by {s} left the faintest trace behind.",
    "Control over {s} brought influence in other quarters.",
    "{Scholar} puts {s} at the centre of everything, and rightly so in my view.",
    "Some accounts stretch {s} well beyond anything the sources support.",
    "{People} argued fiercely over {s}.",
    "Every contemporary who described {s} had a stake in it.",
    "Looked at slowly, {s} loses most of its mystery.",
    "Beneath {s} lay routine labour that historians have largely ignored.",
    "For {people}, {s} was chiefly a practical headache.",
    "No one planned {s}; it simply accumulated.",
    "When {s} happened mattered as much as what happened.",
]
NUMBERS = [
    "{Scholar} ({year}) counts {num} cases and finds {s} in roughly {pct} of every hundred.",
    "Of {num} letters catalogued by {Scholar}, about {pct} per cent mention {s}.",
    "{Scholar} ({year}) assigns {s} something like {pct} per cent of the explanatory weight.",
    "Among {num} documents that {Scholar} examined in {year}, scarcely any ignore {s}.",
    "Lining up {num} comparable episodes, {Scholar} ({year}) spots {s} in all save a few.",
    "{Scholar} concedes the figures are patchy, though on {s} they agree.",
    "{Scholar} ({year}) credits {s} with roughly {pct} per cent of the subsequent change.",
    "{Scholar} suggests that earlier studies of {s} relied on the wrong sort of records.",
]
CASES = [
    "{Scholar} tracks it all through a single household's letters.",
    "In {setting}, {people} coped with {s} by their own wits.",
    "Similar patterns turn up well beyond {setting}.",
    "Cases like these are typical of {s}; exceptions are rare.",
    "Throughout {period} the same shape keeps recurring.",
    "When {people} recounted events in their own words, they dwelt on exactly this.",
    "More examples of {s} would not be hard to find.",
]
LINK_BACK = [
    "In miniature, then, the case is that {thesis}.",
    "One example proves nothing by itself, but this one sits awkwardly with the usual story of {s}.",
    "Put another way, any account that pushes {s} to the margins misses the heart of it.",
    "Chalk this up as one more reason to think that {thesis}.",
    "The difference seems slight in print; for those who endured {s} it was enormous.",
    "Any objection to my reading of {s} will have to reckon with this.",
    "Remove {s} from the story and its conclusions begin to wobble.",
]
PIVOT = ["Then {s} changed everything.", "After that came {s}.", "{S} moved the ground under everyone's feet.",
         "Everything afterwards depended on {s}."]
CITE_LEAD = [
    "{Scholar} sums up {setting} in a single line:",
    "Decades later, someone who had lived in {setting} recalled:",
    "At a {year} seminar on {x}, one historian remarked:",
    "{Scholar} is blunt on the subject of {s}:",
    "{Scholar} is most pointed when discussing {s}:",
]
CITED = [
    "Read with care, the standard story of {x} simply does not hang together.",
    "Nobody then regarded {s} as history; they regarded it as work to be done.",
    "Memory squeezes {x} into one dramatic day, whereas the documents describe a long grind.",
    "Most of the mystery surrounding {s} disappears once the accounts are actually read.",
    "{X} occurred only once, yet the retellings now outnumber and outweigh it.",
    "The paperwork on {s} is dull, which is exactly what makes it valuable.",
]
CITE_AFTER = [
    "A little too tidy, perhaps, but accurate all the same.",
    "One voice only, though it spoke from close quarters.",
    "Nothing was gained by admitting this, which is a reason to believe it.",
    "Hindsight may colour the memory; the substance holds.",
]
CITE_AFTER2 = [
    "{People} repeat the point in other places.",
    "In other words, {s} was no secret to anyone then.",
    "How far this applied beyond {setting} remains an open question.",
    "Above all it sheds light on {s}.",
    "Textbook versions of {x} leave no space for it.",
]
LIST_INTRO = [
    "Where {x} turned out less badly, a few conditions held:",
    "Whenever {people} coped well, the same ingredients crop up:",
    "To fare better, {setting} would have required:",
    "What little went right in {setting} shared certain traits:",
]
LIST_POINT = [
    "leaders who understood {s} early on",
    "genuine consultation with {people} about {s}",
    "a rapid response when {s} first faltered",
    "outside scrutiny of {s}",
    "a modest dress rehearsal for {s}",
    "an honest estimate of what {s} would cost",
]
LIST_EXTRA = ["money for {x} that survived each round of budget cuts", "someone in authority able to stop {x} outright",
              "paperwork on {x} kept long after its authors moved on", "a fixed date on which to review {x}"]
COMPARE = [
    "Set beside similar cases, {x} looks far less peculiar.",
    "Places strained as badly as {setting} reached quite unlike destinations.",
    "Early consultation with {people} usually calmed tempers.",
    "Comparison only goes so far, because nothing elsewhere quite matched {s2}.",
    "Right up to the last, the result in {setting} could have gone either way.",
    "Where opponents of {x} were handled patiently, outcomes tended to be kinder.",
]
COUNTERFACT = [
    "Picture {s2} ending otherwise.",
    "Such guessing settles nothing about {x}; its use is to reveal which supports were load-bearing.",
    "Remove {s1} from the sequence and the fate of {setting} becomes anyone's guess.",
    "{People} would then have had other decisions to make.",
    "Followed through to its end, the exercise leaves the outcome looking far from certain.",
]
LEGACY = [
    "The episode of {x} closed, but its effects kept spreading.",
    "Memories of {x} guided decisions in {setting} for decades.",
    "{People} handed on their account to the next generation.",
    "Inquiry after inquiry circled back to {s3}.",
    "Each anniversary of {x} brings new retellings, each slightly altered.",
    "Not every lesson later drawn from {x} survives scrutiny.",
]
DOUBT = [
    "Against all this, it might be objected that {rival}.",
    "The strongest opposing view holds that {rival}.",
    "People who know the period well sometimes reply that {rival}.",
    "A fair-minded critic could answer that {rival}.",
    "Some of the sources seem to support the idea that {rival}.",
]
DOUBT_MORE = [
    "{People} would probably have nodded along to this.",
    "Since serious historians hold this view, it deserves a proper answer.",
    "{Scholar2} ({year2}) presses the case at considerable length.",
    "The point has weight, for each choice made about {x} left someone worse off.",
]
ANSWER = [
    "Yet the documents surviving from {setting} lean in the opposite direction.",
    "It has nothing to say about {s2}.",
    "Its reasoning also runs in a circle.",
    "That reading needs {x} to have been a great deal less tangled than the surviving files show.",
    "Were it correct, everywhere would have ended as {setting} did.",
    "Nobody denies there was a price; showing that it decided the outcome is harder work.",
]
CLOSE_FIRST = [
    "To pull the threads together: {thesis}.",
    "Read together, the documents favour a single interpretation: {thesis}.",
    "The argument over {x} is far from finished.",
    "So what does all this establish about {x}?",
    "Every route through the evidence arrives at the same place: {thesis}.",
    "Once the detail is cleared away, a single conclusion about {x} is left standing.",
    "Writers keep reducing {x} to a slogan, and readers keep accepting it.",
]
CLOSE_MID = [
    "None of {s1}, {s2} or {s3} explains much alone, but the three together account for nearly all of it.",
    "The claim that {rival} should be heard out, though the documents weigh against it.",
    "Small particulars about {s1} did the heavy lifting here, not sweeping theory.",
    "Everyone who first argued about {x} is long dead, and the argument is not.",
    "Unopened boxes of papers from {setting} will no doubt change some details.",
    "Set the legend aside and a smaller {x} is left, one the documents can actually bear.",
]
CLOSE_LAST = [
    "{People} went on bearing the cost for years after the press moved on.",
    "The obvious next step is to weigh {setting} against other settings of a comparable kind.",
    "Whoever steered {x} had other options open throughout.",
    "{X} is a lesson in habits and institutions, not in wickedness.",
    "By all means tell the story of {x} again, but tell it with care.",
    "{X} has been badly labelled, and a patient reader is repaid.",
]
HD_BACK = ["Setting the scene", "Before it began", "Roots", "Background", "How things stood", "The starting position"]
HD_NAMING = ["A word on words", "Names and labels", "Terminology"]
HD_RECORD = ["Sources", "The documents", "Where the evidence lives"]
HD_CAST = ["The people involved", "Who took part", "The main actors"]
HD_STRAND = ["{S}", "On {s}", "Considering {s}", "{S} reconsidered", "Next: {s}", "The question of {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Similar cases"]
HD_COUNTER = ["Another outcome", "Paths not taken", "Counterfactuals"]
HD_LEGACY = ["Consequences", "Afterlife", "Long-term effects"]
HD_DOUBT = ["An opposing view", "Objections", "The case against", "Answering critics", "Reservations", "Another reading"]
HD_CLOSE = ["Conclusions", "Summing up", "In the end", "Closing thoughts", "Last words"]

# The oldest site of the set is dated 1998-99, so no invented study may be later than this.
LATEST_STUDY = 1997


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 11, line
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Turns one card into an essay.

    The opener names the subject straight away and finishes on the thesis, with an optional frame, plan or
    question squeezed between. Background holds fact one; fact two either joins it or turns up with strand
    two. Terms, sources or participants may earn a paragraph apiece. Strands get one paragraph or a pair,
    sometimes preceded by a short turning sentence and trailed by a quoted witness or a list. Comparison,
    what-if and aftermath are extras. Near the end comes the opposing case with its answer; the last
    sentence mentions the subject, the participants or the setting. Headings are a coin toss. No template repeats inside
    an essay, and every paragraph holds some card detail, so paragraphs never coincide across essays."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 4), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([8, 11, 17, 23, 28, 34, 39, 44, 51, 57, 63, 71, 78]),
                     num=rng.choice([14, 17, 26, 33, 41, 58, 64, 93, 127, 152, 231]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # a paragraph drawn from a pool must hold at least one sentence that names something from the card
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.26, ROADMAP, "plan"), (0.28, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(2, 3))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
    aside = rng.random()
    for low_, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.28, RECORD, HD_RECORD, "sources"),
                                          (0.28, 0.4, CAST, HD_CAST, "people")):
        if low_ <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(2, 3))))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.32 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(take(LINK_BACK), s)))
        else:
            blocks.append(para(*body, fill(take(LINK_BACK), s)))
        if quote_at == i:
            parts.append("quotation")
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", fill(take(CITED), s)))
            blocks.append(para(fill(take(CITE_AFTER), s), fill(take(CITE_AFTER2), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take(LIST_INTRO))))
            items = [cap(fill(take(LIST_POINT), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.45:
        parts.append("comparison" if extra < 0.17 else "what-if" if extra < 0.31 else "aftermath")
    if extra < 0.17:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.31:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(2, 3))))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(2, 3))))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    objection = fill(take(DOUBT))
    doubt = [objection, fill(take(DOUBT_MORE)), fill(take(ANSWER), s2), fill(take(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    end = [fill(take(CLOSE_FIRST))] + [fill(take(CLOSE_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last, figures=figures, headed=headed, parts=parts)


# --------------------------------------------------------------------------------- helpers for all four sites

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() stocks it; neighbour quotations are looked up here
SEED = 2025  # replaced by main(); the rare blocks are drawn from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def belongs_to(text: str, title: str) -> bool:
    """Is `text` found in `title`'s essay, and absent from every other essay here?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def closing_line(title: str) -> str:
    """The essay's final sentence, which always names its subject, its people or its place."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and belongs_to(sen, title), title
    return sen


def head_snippet(title: str, chars: int = 100) -> str:
    """The first `chars` characters of the essay, cut wherever they end, even inside a word."""
    cut = paragraphs_of(title)[0][:chars].rstrip()
    assert belongs_to(cut, title), title
    return cut


def fact_one(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert belongs_to(fact, title), title
    return fact


def objection_of(title: str) -> str:
    """First sentence of the objections paragraph (its wording carries the opposing view)."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(q.startswith(sen) for q in paragraphs_of(title)) and belongs_to(sen, title), title
    return sen


SITE_LEVELS = {
    "islay": ["World History, 3rd period", "Western Civ seminar", "junior year European History", "History Fair entry"],
    "eigg": ["IB History HL", "IB History SL", "my bachillerato history class", "the British Council course"],
    "hoy": ["A2 History coursework", "AS History", "the Extended Project", "A2 History, unit 4"],
    "tresco": ["HIST 110", "AP World History", "HIST 245 (digital history)", "Honours seminar 3"],
}
SITE_GRADES = {
    "islay": ["A", "A-", "B+", "96%", "18/20", "A (yay!)"],
    "eigg": ["6", "7", "5", "6", "7", "6"],
    "hoy": ["A*", "A", "B", "A", "A*", "B"],
    "tresco": ["A", "A-", "B+", "92", "88", "A"],
}


class Page(g2.Page):
    """Page class of set two, extended: course, mark, card, and every title of this site by page number."""

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
    return sorted(random.Random(f"set25:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """True if this page came up when the seed chose `count` pages to carry `role`."""
    return page.index in _picked(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Zero-based rank within the draw for `role`; None if the draw missed this page."""
    chosen = _picked(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """A seeded shuffle of the page numbers; its first `first` pages show the movable block above the text."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"set25:{SEED}:{site}:{role}:above").shuffle(order)
    return page.index in order[:first]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts at `pos`, though never between a heading, or any colon-terminated lead-in, and the block it
    introduces: the index walks backwards until that cannot happen. Block one always stays in front."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """Pairs of kind and markup, one per block on show; paragraphs closing on a colon are tagged "lead"."""
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


def backdate(p: Page, latest: int) -> None:
    """Reference years from the shared helper can reach 2023; this shifts each of them back by a single
    offset so no entry is newer than the page. Both the truth's text and the page's markup are shifted."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", text)


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


# ---- 1. islay: a pupil's free home page on Angelfire, 1999 ---------------------------------------------------

IS_OWNER = "Rhona Pennycook"
IS_SITE = "Rhona's History Loft"
IS_DIR = "ia/rhona_loft"
IS_MAIL = "rhona_p@hotbox-mail.com"
IS_BROTHER = "Lachie"
IS_HOST_ADS = [
    "Free e-mail for life at MailMoth, sign up in 60 seconds",
    "Cheap calls home: 9 cents a minute with DialBridge",
    "Win a trip to Aruba! Enter the SunQuest sweepstakes",
    "Books, CDs and videos at BarnOwl Direct, now with 30% off",
]
IS_MARQUEES = ["~*~ Welcome up to the Loft! Make yourself at home and read a paper or two ~*~",
               "~*~ History papers by Rhona, typed up and put online for you ~*~"]
IS_PLEA = ("Hey! If you are a student, PLEASE don't turn this in as if you wrote it. Teachers know how to "
           "search the web too, and I worked hard on it. Quote it and put my name in your bibliography instead. "
           "Thank you!!")
IS_NOTE_LABELS = ["Between you and me:", "Tangent alert:", "Update, later:", "Honest confession:"]
IS_NOTES = [
    "this was the hardest part to write and took me a whole weekend",
    "my teacher put a big check mark next to this paragraph",
    "I found most of this in an encyclopedia on CD-ROM",
    "my best friend thinks this part is boring but I like it",
    "if you know a better book about this, e-mail me",
    "I almost cut this paragraph to save space",
    "this paragraph got me the extra points",
]
IS_TEACHER = [
    "Thoughtful and well organized. Watch your transitions in the middle section.",
    "Your evidence is used very well. Next time, explain why this still matters today.",
    "A strong argument. A few sentences run on, but the thinking is clear.",
    "Very mature analysis for a junior. See me about entering this in the county contest.",
    "Good research, but the ending feels hurried.",
]
IS_NEWS = [
    "I put three more papers up this month, scroll down to see them!",
    "My guestbook has a new home since the old one broke. Please sign it again!",
    "The Loft won its first award this week! Thanks so much to all who voted.",
]
IS_CREDIT = f"Typed in from my handwritten copy by my big brother {IS_BROTHER}. Thanks, bro!!"
IS_POLL_OPTIONS = ["More papers about explorers", "More court cases", "Something about science",
                   "Anything, I just like the pictures"]
IS_TUNES = ["Greensleeves", "Scarborough Fair", "the Skye Boat Song", "Canon in D"]
IS_RING = "Student Historians' Ring"


def is_posted(title: str) -> date:
    return date(1998, 9, 1) + timedelta(days=number("islay", "posted", title, mod=480))


def is_day(t: date) -> str:
    return f"{t.month}/{t.day}/{str(t.year)[2:]}"


def islay(p: Page) -> str:
    rng = p.rng
    site = "islay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 1998)
    card = p.card
    posted = is_posted(p.title)
    order = {t: k for k, t in enumerate(p.site_titles, 1)}

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "OL" if ordered else "UL"
        return f"<{tag}>\n" + "\n".join(f"<LI>{esc(i)}" for i in items) + f"\n</{tag}>"

    # her editor wrote P and LI without closing tags, as many hand-made pages of the day did
    pieces = shown_pieces(p, lambda v: f'<H3><FONT COLOR="#800000">{esc(v)}</FONT></H3>', lambda v, k: f"<P>{esc(v)}",
                          lambda v: f"<BLOCKQUOTE><I>{esc(v)}</I></BLOCKQUOTE>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(IS_NOTE_LABELS)
        text = rng.choice(IS_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<P><FONT COLOR="#CC0000" SIZE=2><B>{esc(label)}</B> {esc(text)}</FONT>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{cap(card['setting'])} (scanned at the public library, sorry it's blurry)"
            piece = (f'<P><CENTER><IMG SRC="scan{number(site, "scan", p.title, mod=80, base=10)}.jpg" HEIGHT=240 WIDTH=320 ALT="picture">'
                     f"<BR><FONT SIZE=1>{esc(caption)}</FONT></CENTER>")
        else:
            tune = IS_TUNES[number(site, "tune", p.title, mod=len(IS_TUNES))]
            caption = f"The music you hear is {tune} in MIDI. Turn your speakers down if it is driving you crazy!"
            piece = (f'<BGSOUND SRC="tune{number(site, "midi", p.title, mod=40, base=1)}.mid" LOOP=INFINITE>'
                     f"<P><CENTER><FONT SIZE=1><I>{esc(caption)}</I></FONT></CENTER>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        rest = (f"Part Two is the other {fmt_int(p.rest_words())} words. It has its own page because the upload "
                "kept timing out when it was all in one file.")
        pieces.append(("wall", f'<P><CENTER><A HREF="{slug(p.title)}-part2.html"><B>On to Part Two &gt;&gt;</B></A>'
                               f"<BR><FONT SIZE=2>({esc(rest)})</FONT></CENTER>"))
        p.clutter += ["On to Part Two", rest]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<H3><FONT COLOR="#800000">Works Cited</FONT></H3>'))
        pieces.append(("refs", "\n".join(f"<P>{mk}" for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    counts = (f"Length: {fmt_int(p.words)} words, or {p.pages} {pages_word(p.pages)} "
              "when it comes out of our printer")
    course = f"Written for {p.level} -- grade: {p.grade}"
    p.clutter += [counts, course]
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f"<CENTER><FONT SIZE=2><I>{esc(IS_CREDIT)}</I></FONT></CENTER>\n"
        p.clutter.append(IS_CREDIT)
    plea = (f'<P><CENTER><TABLE BORDER=2 CELLPADDING=6 WIDTH=500 BGCOLOR="#FFFFCC"><TR><TD><FONT SIZE=2>'
            f"{esc(IS_PLEA)}</FONT></TD></TR></TABLE></CENTER>\n")
    p.clutter.append(IS_PLEA)
    ahead = placed_before(site, "plea", p)
    verdict = ""
    if carries(site, "teacher", 7, p):
        said = IS_TEACHER[number(site, "teacher", p.title, mod=len(IS_TEACHER))]
        verdict = ('<P><FONT FACE="Comic Sans MS" SIZE=2 COLOR="#006600">' + "My teacher's comment on the back page: "
                   f"&quot;{esc(said)}&quot;</FONT>\n")
        p.clutter += ["My teacher's comment on the back page:", said]
    poll = ""
    if carries(site, "poll", 5, p):
        options = "".join(f'<INPUT TYPE=radio NAME=choice VALUE={k}> {esc(o)}<BR>\n' for k, o in enumerate(IS_POLL_OPTIONS, 1))
        poll = (f'<P><CENTER><FORM ACTION="http://pollbox.freepolls-web.com/cgi-bin/vote.cgi?id={number(site, "poll", mod=90000, base=10000)}" METHOD=POST>'
                f'<TABLE BGCOLOR="#E0E8FF" CELLPADDING=5 BORDER=1><TR><TD><FONT SIZE=2><B>Poll time!</B> What should I put up next?<BR>\n'
                f'{options}<INPUT VALUE="Vote" TYPE=submit> <A HREF="http://pollbox.freepolls-web.com/results">See results</A></FONT></TD></TR></TABLE></FORM></CENTER>\n')
        p.clutter += ["Poll time!", "What should I put up next?", "See results"] + IS_POLL_OPTIONS
    building = ""
    if carries(site, "building", 4, p):
        building = ('<P><CENTER><IMG SRC="construct.gif" HEIGHT=32 WIDTH=38 ALT="working"> <FONT SIZE=2>This page is still '
                    "being worked on. Pictures coming soon!</FONT></CENTER>\n")
        p.clutter.append("This page is still being worked on. Pictures coming soon!")
    # other papers in the Loft, each quoted by its closing sentence
    others = ""
    for t in rng.sample(p.others, 3):
        last = closing_line(t)
        others += (f'<LI><A HREF="paper{order[t]:02d}.html">{esc(t)}</A><BR><FONT SIZE=2>Its last words: '
                   f"<I>&quot;{esc(last)}&quot;</I></FONT>\n")
        p.clutter += [t, last]
    p.clutter.append("More papers up in the Loft:")
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<CENTER><BLINK><FONT COLOR="#FF0000"><B>NEW!</B></FONT></BLINK> <FONT SIZE=2>{esc(IS_NEWS[turn])}</FONT></CENTER>\n'
        p.clutter.append(IS_NEWS[turn])
    ad = IS_HOST_ADS[number(site, "ad", p.index, mod=len(IS_HOST_ADS))]
    visits = number(site, "visits", p.title, mod=6000, base=140)
    since = is_day(posted)
    marquee = IS_MARQUEES[p.index % 2]
    updated = is_day(posted + timedelta(days=number(site, "upd", p.title, mod=60)))
    p.clutter += [ad, marquee, f"{visits:06d} visits to this page since {since}", "Build your own free home page",
                  "Report this page", "Browse more home pages", f"This site belongs to the {IS_RING}",
                  "Random site", "List all sites", "Best viewed with Netscape Navigator 4 at 800x600",
                  f"Last updated {updated}", IS_MAIL, "Sign my guestbook", "Read my guestbook",
                  "Awards the Loft has won:", f"\u00a9 1999 {IS_OWNER}", "Hosted free by Angelfire"]
    nav = " ".join(f'<A HREF="{u}"><IMG SRC="btn_{u.split(".")[0]}.gif" BORDER=0 ALT="{a}"></A>'
                   for u, a in (("index.html", "Home"), ("me.html", "About Me"), ("papers.html", "My Papers"),
                                ("links.html", "Cool Links"), ("awards.html", "Awards")))
    return f"""<HTML>
<HEAD>
<TITLE>{esc(IS_SITE)} -- {esc(p.title)}</TITLE>
<META NAME="keywords" CONTENT="history, papers, essays, {esc(p.topic)}, school">
</HEAD>
<BODY BACKGROUND="parchment.gif" BGCOLOR="#FFF8DC" TEXT="#2B1B0E" LINK="#000099" VLINK="#663399">
<!-- Angelfire banner -->
<TABLE WIDTH="100%" BGCOLOR="#FFCC33" CELLSPACING=0 CELLPADDING=3 BORDER=0><TR>
<TD><A HREF="http://www.angelfire.com/"><IMG SRC="http://www.angelfire.com/doc/images/af_{digest(site, 'logo', n=4)}.gif" ALT="Angelfire" HEIGHT=30 WIDTH=120 BORDER=0></A></TD>
<TD><FONT FACE="Verdana" SIZE=1><A HREF="http://www.angelfire.com/build/">Build your own free home page</A> | <A HREF="http://www.angelfire.com/browse/">Browse more home pages</A> | <A HREF="http://www.angelfire.com/abuse/?page={IS_DIR}">Report this page</A></FONT></TD>
<TD ALIGN=RIGHT><FORM ACTION="http://www.angelfire.com/search/"><FONT SIZE=1>Search:</FONT> <INPUT SIZE=12 NAME=q> <INPUT VALUE="Go" TYPE=submit></FORM></TD></TR>
<TR><TD ALIGN=CENTER COLSPAN=3><A HREF="http://ads.angelfire.com/click?{digest(site, 'ad', p.index, n=8)}"><IMG SRC="http://ads.angelfire.com/img/{digest(site, 'adimg', p.index, n=8)}.gif" BORDER=0 ALT="" HEIGHT=60 WIDTH=468></A><BR><FONT FACE="Verdana" SIZE=1>{esc(ad)}</FONT></TD></TR></TABLE>
<!-- end banner -->
<CENTER>
<MARQUEE BEHAVIOR=scroll WIDTH=500><FONT FACE="Comic Sans MS" COLOR="#993300">{esc(marquee)}</FONT></MARQUEE><BR>
{nav}
</CENTER>
{news}<HR WIDTH=600>
<CENTER><H2><FONT FACE="Georgia" COLOR="#660000">{esc(p.title)}</FONT></H2>
<FONT SIZE=2><I>{esc(course)}</I><BR>{esc(counts)}</FONT></CENTER>
{credit}{plea if ahead else ""}<TABLE WIDTH=600 ALIGN=CENTER><TR><TD><FONT FACE="Times New Roman" SIZE=3>
{body}
</FONT>
{verdict}</TD></TR></TABLE>
{"" if ahead else plea}{building}<HR WIDTH=600>
<TABLE WIDTH=600 ALIGN=CENTER><TR><TD><FONT SIZE=3><B>More papers up in the Loft:</B></FONT>
<UL>
{others}</UL>
</TD></TR></TABLE>
{poll}<P><CENTER><FONT FACE="Courier New" SIZE=2><B>{visits:06d}</B> visits to this page since {since}</FONT></CENTER>
<P><CENTER><TABLE CELLPADDING=5 BORDER=1><TR><TD ALIGN=CENTER><FONT SIZE=2>This site belongs to the <B>{IS_RING}</B><BR>
[ <A HREF="http://ring.studenthist-net.org/prev?id=212">Prev</A> | <A HREF="http://ring.studenthist-net.org/next?id=212">Next</A> | <A HREF="http://ring.studenthist-net.org/random">Random site</A> | <A HREF="http://ring.studenthist-net.org/list">List all sites</A> ]</FONT></TD></TR></TABLE></CENTER>
<P><CENTER><FONT SIZE=2><B>Awards the Loft has won:</B></FONT><BR><IMG SRC="award_quill.gif" ALT="award" HEIGHT=80 WIDTH=80> <IMG SRC="award_scroll.gif" ALT="award" HEIGHT=80 WIDTH=80></CENTER>
<P><CENTER><A HREF="http://guestbook.gbhost-free.com/sign?u=rhona">Sign my guestbook</A> | <A HREF="http://guestbook.gbhost-free.com/view?u=rhona">Read my guestbook</A><BR>
<FONT SIZE=1>Best viewed with Netscape Navigator 4 at 800x600 -- E-mail me: <A HREF="mailto:{IS_MAIL}">{IS_MAIL}</A> -- Last updated {updated}<BR>
&copy; 1999 {esc(IS_OWNER)} -- Hosted free by Angelfire</FONT></CENTER>
</BODY>
</HTML>
"""


# ---- 2. eigg: Lang-8, an English essay corrected by native speakers, 2012 ------------------------------------

EI_USER = "maru_valdes"
EI_NATIVE = [
    "Este es el ensayo que entregué para {level}. Sé que es largo, pero cualquier corrección me ayuda muchísimo. "
    "¡Gracias de antemano a quien lo lea!",
    "Mi profesora dice que mi inglés suena demasiado formal. ¿Qué os parece? Corregid todo lo que veáis, por favor.",
    "Lo escribí en tres tardes y lo he revisado dos veces, pero seguro que quedan errores. ¡Mil gracias!",
    "Subo aquí mi redacción de historia porque el examen oral es la semana que viene y quiero practicar.",
]
EI_INTROS = [
    "Hello everybody! Here is my essay for {level}. It has {words} words and it fills {pages} in Microsoft Word, so sorry "
    "for the length. Please correct anything you see!",
    "Hi! This is the essay I did for {level}. It is {words} words long, which is {pages} in Microsoft Word. All corrections "
    "are welcome!",
]
EI_NOTE_LABELS = ["Question for correctors:", "I am not sure here:", "My profesora said:", "Help please:"]
EI_NOTES = [
    "is it natural to say it like this in English?",
    "I think this sentence is too long but I don't know how to cut it",
    "this part was better in Spanish",
    "which preposition is correct here?",
    "I used a dictionary a lot for this paragraph",
    "please tell me if the tense is wrong",
    "my teacher wanted more linking words here",
]
EI_CORRECTORS = [("dave_in_leeds", "English (UK)"), ("Kirsten_M", "English (US)"), ("bookish_ben", "English (US)"),
                 ("hollie.writes", "English (US)"), ("Ruairi_O", "English (Ireland)")]
EI_GENERAL = [
    "Really impressive essay! I only changed some spellings to American English.",
    "Your English is very good. Most of my changes are small things.",
    "Great work, it reads naturally. Good luck with the exam!",
    "I enjoyed this a lot. I learned something new today.",
    "Very well written. British spelling is also fine, by the way, I just changed it out of habit.",
]
EI_PERFECT = ["This sentence is perfect!", "Natural, no changes needed.", "Sounds great as it is."]
EI_SPELLING = {"favourite": "favorite", "colourful": "colorful", "towards": "toward", "labour": "labor",
               "honour": "honor", "organised": "organized", "centre": "center", "judgement": "judgment",
               "defence": "defense", "neighbour": "neighbor", "colour": "color", "favour": "favor",
               "labourers": "laborers", "authorised": "authorized", "apologised": "apologized", "travelled": "traveled",
               "organisers": "organizers"}
EI_WHY = ["In American English we spell it this way.", "Just a spelling difference between US and UK.",
          "This is the American spelling."]
EI_NEWS = [
    "Lang-8 will be unavailable for maintenance on Tuesday from 2:00 to 4:00 (JST).",
    "New feature: you can now receive an e-mail when somebody corrects your entry.",
    "Thank you for 500,000 members! Keep helping each other learn.",
]
EI_CREDIT = "Thank you to Kirsten_M for correcting my last entry, I learned a lot from it!"
EI_COMMENTS = [
    ("tomo_kyoto", "Your essay is very interesting. I am also studying history in English!"),
    ("chen.lin", "Wow, your English is much better than mine. Can we be friends?"),
    ("dave_in_leeds", "Let me know when part two is up and I will correct it."),
    ("anya_spb", "So many new words for me here, thanks for posting!"),
]


def ei_posted(title: str) -> datetime:
    return datetime(2011, 9, 3, 18, 40) + timedelta(days=number("eigg", "day", title, mod=420),
                                                     minutes=number("eigg", "min", title, mod=280))


def ei_stamp(t: datetime) -> str:
    return f"{t.strftime('%b')} {t.day}, {t.year} {t.hour:02d}:{t.minute:02d}"


def eigg(p: Page) -> str:
    rng = p.rng
    site = "eigg"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2011)
    card = p.card
    posted = ei_posted(p.title)

    def sentence_spans(text: str) -> str:
        return " ".join(f'<span class="sentence" id="s{digest(site, text, k, n=6)}">{esc(s)}</span>'
                        for k, s in enumerate(sentences(text)))

    def listing(ordered: bool, items: list[str]) -> str:
        return '<p class="typed-list">' + "<br />".join((f"{n}. " if ordered else "- ") + esc(i) for n, i in enumerate(items, 1)) + "</p>"

    # the site gives learners no formatting: headings come out as bold lines, quotations as indented lines
    pieces = shown_pieces(p, lambda v: f'<p class="line"><strong>{esc(v)}</strong></p>', lambda v, k: f"<p>{sentence_spans(v)}</p>",
                          lambda v: f'<p class="indent" style="margin-left:2em">{esc(v)}</p>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(EI_NOTE_LABELS)
        text = rng.choice(EI_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="learner-note">({esc(label)} {esc(text)})</p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Picture from my history textbook: {card['setting']}"
            piece = (f'<p class="entry-image"><img src="http://lang-8.com/uploads/images/{digest(site, "img", p.title, n=12)}.jpg" width="400" alt="" />'
                     f"<br />{esc(caption)}</p>")
        else:
            caption = "Recording: me reading this paragraph aloud. Please tell me if my pronunciation is OK!"
            piece = (f'<p class="entry-audio"><a href="http://lang-8.com/uploads/voice/{digest(site, "mp3", p.title, n=12)}.mp3">'
                     f"&#9835; {esc(caption)}</a></p>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"To be continued! The journal box is too small for my whole essay, so the other "
                f"{fmt_int(p.rest_words())} words will be in my next entry.")
        pieces.append(("wall", f'<p class="continued"><em>{esc(wall)}</em></p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<p class="line"><strong>Works Cited</strong></p>'))
        pieces.append(("refs", "\n".join(f"<p>{esc(plain)}</p>" for plain, _ in p.refs)))
    intro = EI_INTROS[number(site, "intro", p.title, mod=len(EI_INTROS))].format(
        level=p.level, words=fmt_int(p.words), pages=f"{p.pages} {pages_word(p.pages)}")
    p.clutter.append(intro)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="thanks">{esc(EI_CREDIT)}</p>\n'
        p.clutter.append(EI_CREDIT)
    body = "\n".join(h for _, h in pieces)
    native_text = EI_NATIVE[number(site, "native", p.title, mod=len(EI_NATIVE))].format(level=p.level)
    native = (f'<div id="body_show_mo" class="journal_body native" lang="es"><p class="lang-label">Spanish</p>'
              f"<p>{esc(native_text)}</p></div>")
    p.clutter.append(native_text)
    ahead = placed_before(site, "native", p)
    # corrections: each native speaker repeats some of her sentences, unchanged or with a spelling changed
    shown = [s for b in p.visible() if b[0] == "paragraph" for s in sentences(block_text(b)) if len(s.split()) > 5]
    fixable = [s for s in shown if any(re.search(rf"\b{w}\b", s) for w in EI_SPELLING)]
    boxes = ""
    who_all = rng.sample(EI_CORRECTORS, rng.randint(1, 3))
    when = posted
    for who, native_of in who_all:
        when += timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
        items = ""
        chosen = rng.sample(fixable, min(len(fixable), rng.randint(1, 2))) + rng.sample(shown, rng.randint(1, 2))
        for s in chosen:
            word = next((w for w in EI_SPELLING if re.search(rf"\b{w}\b", s)), None)
            if word:
                m = re.search(rf"\b{word}\b", s)
                tail = re.match(r"\S*(?:\s+\S+){0,3}", s[m.end():]).group(0)
                fixed = (f'{esc(s[:m.start()])}<span class="sline">{esc(word)}</span> <span class="redline">{esc(EI_SPELLING[word])}</span>'
                         f"{esc(s[m.end():])}")
                why = EI_WHY[number(site, "why", s, mod=len(EI_WHY))]
                items += (f'<li class="correction_field"><p class="original">{esc(s)}</p><p class="corrected">{fixed}</p>'
                          f'<p class="correction_comment">{esc(why)}</p></li>\n')
                p.clutter += [f"{word} {EI_SPELLING[word]}{tail}", why]
            else:
                ok = EI_PERFECT[number(site, "ok", s, mod=len(EI_PERFECT))]
                items += (f'<li class="correction_field"><p class="original">{esc(s)}</p>'
                          f'<p class="corrected perfect">{esc(s)}</p><p class="correction_comment">{esc(ok)}</p></li>\n')
                p.clutter.append(ok)
        general = EI_GENERAL[number(site, "general", p.title, who, mod=len(EI_GENERAL))]
        thanks = rng.randint(0, 6)
        helped = f"{thanks} {'person' if thanks == 1 else 'people'} found this correction helpful"
        boxes += (f'<div class="correction_box"><div class="corrector"><img src="http://lang-8.com/images/avatars/{digest(site, who, n=8)}.png" width="32" alt="" />'
                  f'<a href="/users/{slug(who)}" class="name">{esc(who)}</a> <span class="native">Native tongue: {esc(native_of)}</span> '
                  f'<span class="date">{ei_stamp(when)}</span></div>\n<ul class="corrections">\n{items}</ul>\n'
                  f'<p class="general_comment">{esc(general)}</p><p class="thanks_line"><a class="button" href="#">Thank you!</a> '
                  f"{helped}</p></div>\n")
        p.clutter += [general, f"Native tongue: {native_of}", ei_stamp(when),
                      helped]
    comments = ""
    for who, said in rng.sample(EI_COMMENTS, rng.randint(0, 2)):
        comments += f'<div class="comment"><a href="/users/{slug(who)}">{esc(who)}</a><p>{esc(said)}</p></div>\n'
        p.clutter.append(said)
    # other entries by her, each shown by the first hundred characters of its text
    entries = ""
    for t in rng.sample(p.others, 3):
        snip = head_snippet(t)
        entries += (f'<li><a href="/{EI_USER}/journals/{number(site, "entry", t, mod=900000, base=1000000)}">{esc(t)}</a>'
                    f'<p class="excerpt">{esc(snip)}...</p><span class="meta">{plural(number(site, "nc", t, mod=4, base=1), "correction")}</span></li>\n')
        p.clutter += [t, snip]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div id="announcement">{esc(EI_NEWS[turn])}</div>\n'
        p.clutter.append(EI_NEWS[turn])
    n_corr = len(who_all)
    p.clutter += ["Native language", "Practicing", "English, French", f"Journals: {number(site, 'nj', mod=40, base=30)}",
                  "Corrections made: 212", "+ Add as friend", f"Other entries by {EI_USER}", "Corrections",
                  ei_stamp(posted), "Language exchange for everyone: write, get corrected, correct others.",
                  "\u00a9 2012 Lang-8, Inc."]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} | {EI_USER}'s journal | Lang-8</title>
<link rel="stylesheet" href="http://lang-8.com/stylesheets/all_{digest(site, 'css', n=8)}.css" type="text/css" />
<script type="text/javascript" src="http://lang-8.com/javascripts/base_{digest(site, 'js', n=8)}.js"></script>
</head>
<body id="journals_show">
<div id="header"><a href="/" id="logo"><img src="http://lang-8.com/images/logo.png" alt="Lang-8" width="110" height="34" /></a>
<ul id="global_nav"><li><a href="/">Home</a></li><li><a href="/journals">Journals</a></li><li><a href="/friends">Friends</a></li><li><a href="/messages">Messages</a></li><li><a href="/help">Help</a></li></ul>
<div id="session"><a href="/login">Log in</a> | <a href="/signup">Sign up</a></div></div>
{news}<div id="container">
<div id="side">
<div id="user_info"><img src="http://lang-8.com/images/avatars/{digest(site, 'me', n=8)}.png" width="64" alt="" /><a class="user_name" href="/{EI_USER}">{EI_USER}</a>
<dl><dt>Native language</dt><dd>Spanish</dd><dt>Practicing</dt><dd>English, French</dd></dl>
<p>Journals: {number(site, 'nj', mod=40, base=30)}<br />Corrections made: 212</p><a class="button" href="#">+ Add as friend</a></div>
</div>
<div id="main">
<div class="journal_entry">
<div class="journal_head"><h2 class="journal_title">{esc(p.title)}</h2><p class="journal_date">{ei_stamp(posted)}</p></div>
{(native + chr(10)) if ahead else ""}<div id="body_show_ori" class="journal_body" lang="en">
<p class="intro">{esc(intro)}</p>
{credit}{body}
</div>
{"" if ahead else native + chr(10)}</div>
<div id="corrections_area"><h3>Corrections ({n_corr})</h3>
{boxes}</div>
<div id="comments_area"><h3>Comments</h3>
{comments}<form action="#"><textarea name="comment"></textarea><input type="submit" value="Write a comment" /></form></div>
<div id="other_entries"><h3>Other entries by {EI_USER}</h3><ul>
{entries}</ul></div>
</div>
</div>
<div id="footer"><p>Language exchange for everyone: write, get corrected, correct others.</p><p><a href="/about">About</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p><p>&copy; 2012 Lang-8, Inc.</p></div>
</body>
</html>
"""


# ---- 3. hoy: Posterous; e-mailed posts from an A-level pupil, 2010 ---------------------------------------------

HO_OWNER = "Elspeth Rennick"
HO_BLOG = "Elspeth writes things down"
HO_HOST = "elspethrennick.posterous.com"
HO_DESC = "Sixth-form history, revision notes and the odd rant. Everything here arrives by e-mail."
HO_SCHOOL = "Kingsmead Sixth Form College"
HO_INTROS = [
    "Final draft pasted below for the revision group: {words} words, {pages} once printed. The Word version is "
    "attached as well.",
    "Here it is at last. {words} words ({pages} printed), handed in on Friday. Attached too, if you'd rather have "
    "the file.",
]
HO_FOOTERS = [
    "Sent from my iPhone",
    "Sent from my BlackBerry\u00ae wireless device",
    (f"This message was sent from the {HO_SCHOOL} e-mail system. It is intended only for the person to whom it is "
     "addressed. If you are not that person, please delete it and tell the sender."),
]
HO_NOTE_LABELS = ["Note to the group:", "Quick aside:", "Mum's verdict:", "Revision hint:"]
HO_NOTES = [
    "learn the dates in this bit, they came up last year",
    "Ms Hardcastle wanted a source quoted here and I forgot",
    "I rewrote this bit on the bus home",
    "bookmark this one for the timed essay",
    "the textbook gets this slightly wrong, trust the handout",
    "worth six marks on its own apparently",
    "I could have said twice as much here",
]
HO_NEWS = [
    "Posterous now lets you post to several sites at once with a single e-mail. Try it!",
    "Group posterous: invite your friends to post on the same site by e-mail.",
    "Autopost is back for Flickr and Tumblr after this weekend's outage.",
]
HO_CREDIT = "(Proofread by Oluchi from the revision group, cheers Oluchi!)"
HO_RESPONDERS = ["Oluchi A", "Tom Whitelaw", "Grace", "Mr Sandilands", "jakeb", "Hannah K"]
HO_RESPONSES = [
    "Thanks Elspeth, printing this out for the mock.",
    "Brilliant, miles clearer than anything in my folder.",
    "Could you do the next one on the reading list too?",
    "Well argued. Mind the length in the real exam though.",
    "Sending this to everyone in my set, hope that's ok!",
    "How many hours did you spend on this?? Mine is half as long.",
]


def ho_posted(title: str) -> datetime:
    return datetime(2009, 10, 4, 16, 20) + timedelta(days=number("hoy", "day", title, mod=500),
                                                     minutes=number("hoy", "min", title, mod=360))


def hoy(p: Page) -> str:
    rng = p.rng
    site = "hoy"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2009)
    card = p.card
    posted = ho_posted(p.title)
    gap = "<div><br></div>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    # a mail client's markup: each line a DIV, each blank line a DIV holding a BR
    pieces = shown_pieces(p, lambda v: f"<div><b>{esc(v)}</b></div>", lambda v, k: f"<div>{esc(v)}</div>",
                          lambda v: f'<blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>{esc(v)}</div></blockquote>',
                          listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(HO_NOTE_LABELS)
        text = rng.choice(HO_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div><font color="#888888">[{esc(label)} {esc(text)}]</font></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Map of {card['setting']} from the revision pack"
            piece = (f'<div class="p_image_embed"><a href="http://posterous.com/getfile/files.posterous.com/{HO_HOST.split(".")[0]}/{digest(site, "img", p.title, n=10)}/map.jpg.scaled1000.jpg">'
                     f'<img alt="Map" height="300" src="http://posterous.com/getfile/files.posterous.com/{HO_HOST.split(".")[0]}/{digest(site, "img", p.title, n=10)}/map.jpg.scaled500.jpg" width="500" /></a>'
                     f"<div>{esc(caption)}</div><div>Click here to see the full-size image</div></div>")
            p.clutter.append("Click here to see the full-size image")
        else:
            caption = f"Voice memo: me summing up {card['x']} in two minutes"
            piece = (f'<div class="p_audio_embed"><a href="http://posterous.com/getfile/files.posterous.com/{HO_HOST.split(".")[0]}/{digest(site, "m4a", p.title, n=10)}/memo.m4a">'
                     f"memo.m4a</a> ({number(site, 'kb', p.title, mod=900, base=300)} KB)<div>{esc(caption)}</div>"
                     '<div>Click to play the audio</div></div>')
            p.clutter.append("Click to play the audio")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"(Only the first half fits in the e-mail without it bouncing, so the other "
                f"{fmt_int(p.rest_words())} words are in the attached file.)")
        pieces.append(("wall", f"<div><i>{esc(wall)}</i></div>"))
        p.clutter.append(wall.strip("()"))
    if p.cut is None and p.refs:
        pieces.append(("heading", "<div><b>Works Cited</b></div>"))
        pieces.append(("refs", gap.join(f"<div>{mk}</div>" for _, mk in p.refs)))
    intro = HO_INTROS[number(site, "intro", p.title, mod=len(HO_INTROS))].format(
        words=fmt_int(p.words), pages=f"{p.pages} {pages_word(p.pages)}")
    lines = [f"<div>{esc(intro)}</div>"]
    p.clutter.append(intro)
    if carries(site, "credit", 6, p):
        lines.append(f"<div>{esc(HO_CREDIT)}</div>")
        p.clutter.append(HO_CREDIT.strip("()"))
    lines += [h for _, h in pieces]
    footer = HO_FOOTERS[number(site, "footer", p.title, mod=len(HO_FOOTERS))]
    lines += ["<div>-- </div><div>Elspeth Rennick</div>" f"<div>Upper Sixth, {HO_SCHOOL}</div>",
              f'<div><font size="1" color="#999999">{esc(footer)}</font></div>']
    p.clutter += [footer, f"Upper Sixth, {HO_SCHOOL}"]
    body = gap.join(lines)
    # the attached Word file: nine pages show it above the message and nine below
    fname = f"{slug(p.title)[:28].rstrip('-')}_final.doc"
    size = number(site, "doc", p.title, mod=80, base=28)
    attached = (f'<div class="p_embed p_file_embed"><img alt="Doc" src="http://posterous.com/images/filetypes/doc.png" height="32" width="32" /> '
                f'<a href="http://posterous.com/getfile/files.posterous.com/{HO_HOST.split(".")[0]}/{digest(site, "doc", p.title, n=10)}/{fname}">{esc(fname)}</a> '
                f'<span class="p_file_size">{size} KB</span> <a class="p_view" href="#">Preview this file</a></div>')
    p.clutter += [fname, f"{size} KB", "Preview this file"]
    ahead = placed_before(site, "attachment", p)
    # revision cards in the sidebar: first facts from three other posts
    flash = ""
    for t in rng.sample(p.others, 3):
        fact = fact_one(t)
        flash += f'<li><span class="fact">{esc(fact)}</span> <a href="/{slug(t)}" class="src">{esc(t)}</a></li>'
        p.clutter += [fact, t]
    responses = ""
    chosen = rng.sample(range(len(HO_RESPONDERS)), rng.randint(0, 3))
    for c in chosen:
        who, said = HO_RESPONDERS[c], HO_RESPONSES[(c + p.index) % len(HO_RESPONSES)]
        at = posted + timedelta(hours=rng.randint(2, 90))
        stamp = f"{at.strftime('%B')} {at.day}, {at.year}"
        responses += (f'<div class="response"><div class="response_author"><a href="#">{esc(who)}</a> responded:</div>'
                      f'<div class="response_body">{esc(said)}</div><div class="response_date">{stamp}</div></div>\n')
        p.clutter += [said, f"{who} responded:"]
    k = p.site_titles.index(p.title)
    nav = ""
    if k > 0:
        nav += f'<a href="/{slug(p.site_titles[k - 1])}" class="prev">&laquo; {esc(p.site_titles[k - 1])}</a> '
        p.clutter.append(p.site_titles[k - 1])
    if k + 1 < len(p.site_titles):
        nav += f'<a href="/{slug(p.site_titles[k + 1])}" class="next">{esc(p.site_titles[k + 1])} &raquo;</a>'
        p.clutter.append(p.site_titles[k + 1])
    alike = ""
    for t in rng.sample(p.others, 3):
        alike += (f'<a class="lw" href="/{slug(t)}"><img src="http://thumbs.postpics-cdn.com/{digest(site, "lw", t, n=8)}.jpg" width="100" height="100" alt="" />'
                  f"<span>{esc(t)}</span></a>")
        p.clutter.append(t)
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div id="posterous_notice">{esc(HO_NEWS[turn])}</div>\n'
        p.clutter.append(HO_NEWS[turn])
    views = number(site, "views", p.title, mod=900, base=40)
    date_line = f"{posted.strftime('%A')}, {posted.strftime('%B')} {posted.day}, {posted.year}"
    tags = ["history", "revision", p.topic]
    tag_links = " ".join(f'<a href="/tag/{slug(t)}">{esc(t)}</a>' for t in tags)
    months = sorted({(ho_posted(t).year, ho_posted(t).month) for t in p.site_titles})[-6:]
    archive = "".join(f'<li><a href="/archive/{y}/{m}">{datetime(y, m, 1).strftime("%B")} {y} ({sum((ho_posted(t).year, ho_posted(t).month) == (y, m) for t in p.site_titles)})</a></li>' for y, m in reversed(months))
    p.clutter += [HO_BLOG, HO_DESC, date_line, f"{views} views", "Posted via email from", "Filed under",
                  f"{len(chosen)} responses" if len(chosen) != 1 else "1 response", "Leave a response",
                  "Elsewhere on this blog:", "Revision flashcards", "Subscribe to this posterous",
                  "Create your own posterous", "Theme by Posterous"]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} - {esc(HO_BLOG)}</title>
<link href="http://posterous.com/stylesheets/theme_{digest(site, 'css', n=8)}.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://{HO_HOST}/rss.xml" />
<script src="http://posterous.com/javascripts/posterous_{digest(site, 'js', n=8)}.js" type="text/javascript"></script>
</head>
<body>
<div id="posterous_bar"><a href="http://posterous.com" class="logo">posterous</a> <a href="http://posterous.com/explore">Explore</a> <a href="http://posterous.com/login">Sign in</a> <a class="create" href="http://posterous.com/signup">Create your own posterous</a> <a class="subscribe" href="#">Subscribe to this posterous</a></div>
{news}<div id="wrapper">
<div id="header"><h1><a href="http://{HO_HOST}">{esc(HO_BLOG)}</a></h1><p class="description">{esc(HO_DESC)}</p></div>
<div id="main">
<div class="post">
<div class="post_header"><h2 class="post_title"><a href="http://{HO_HOST}/{slug(p.title)}">{esc(p.title)}</a></h2><div class="post_date">{date_line}</div></div>
<div class="post_body">
{(attached + chr(10)) if ahead else ""}<div class="p_email_body">{body}</div>
{"" if ahead else attached + chr(10)}<div class="posterous_autopost">Posted via email from <a href="http://{HO_HOST}">{esc(HO_BLOG)}</a></div>
</div>
<div class="post_footer"><span class="tags">Filed under // {tag_links}</span> <span class="views">{views} views</span> <a href="#">Tweet</a> <a href="#">Like</a></div>
<div class="responses"><h3>{f"{len(chosen)} responses" if len(chosen) != 1 else "1 response"}</h3>
{responses}<form action="#" class="response_form"><h4>Leave a response</h4><textarea name="response"></textarea><input type="submit" value="Post response" /></form></div>
</div>
<div class="post_nav">{nav}</div>
<div id="related_posts"><h4>Elsewhere on this blog:</h4>{alike}</div>
</div>
<div id="sidebar">
<div class="widget about"><h3>About</h3><img src="http://posterous.com/getfile/avatars/{digest(site, 'me', n=8)}.jpg" width="60" alt="" /><p>{esc(HO_DESC)}</p></div>
<div class="widget flashcards"><h3>Revision flashcards</h3><ul>{flash}</ul></div>
<div class="widget archive"><h3>Archive</h3><ul>{archive}</ul></div>
</div>
</div>
<div id="footer">Theme by Posterous &middot; <a href="http://posterous.com">Powered by Posterous</a></div>
</body>
</html>
"""


# ---- 4. tresco: Storify, an essay told between embedded tweets, photos and links, 2013 -----------------------

TR_NAME = "Tobiah Ptakowski"
TR_HANDLE = "jptak_hist"
TR_TEACHER = "DrAdebisiHist"
TR_TWEETERS = [
    ("Harbourside Archives", "harbourside_arc", "Just catalogued a box of letters touching on {x}. Reading room open Thursday."),
    ("Old Maps Daily", "oldmapsdaily", "Today's map: {setting}, drawn within a few decades of the events."),
    ("History Teachers Net", "histteachnet", "Great student projects on {topic} this week. Keep them coming!"),
    ("The Footnote Society", "footnotesoc", "Reminder for students of {topic}: always check what a secondary source cites."),
    ("Museum of Ordinary Things", "ordinarythingsmus", "From our stores: an object that belonged to one of {people}."),
]
TR_LINKS = [("{X}: catalogue entry", "archives.hub-catalogue.org"), ("Primary sources on {topic}", "openarchive-library.net"),
            ("Timeline: {period}", "timelines.histnet.edu")]
TR_NOTE_LABELS = ["Side-track:", "For my classmates:", "Fixed since posting:", "Fun detail:"]
TR_NOTES = [
    "the tweet above is where I found my best source",
    "this is the part we argued about in seminar",
    "I swapped a source here after feedback",
    "click through the link card for the full document",
    "the photo is not the exact place, but close",
    "this is where my word count exploded",
    "thanks to the archive for replying to my tweet about this",
]
TR_NEWS = [
    "Storify now lets you add GIFs from any page. Try it in your next story!",
    "Scheduled maintenance: stories may load slowly on Sunday between 2 and 4 a.m. PT.",
    "New: embed a story on your blog with a single line of code.",
]
TR_CREDIT = f"Thanks to @{TR_TEACHER} for letting us use Storify for this assignment."
TR_COOKIES = "Storify keeps a few small files in your browser so you stay signed in and so we can count how stories get read. Carry on and you accept this."
TR_ANNOUNCE = "Finally done! My essay on {x}, sources and all, is up on Storify"


def tr_posted(title: str) -> datetime:
    return datetime(2013, 1, 7, 14, 5) + timedelta(days=number("tresco", "day", title, mod=300),
                                                   minutes=number("tresco", "min", title, mod=480))


def tr_stamp(t: datetime) -> str:
    return f"{t.strftime('%a')}, {t.strftime('%b')} {t.day:02d} {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"


def tresco(p: Page) -> str:
    rng = p.rng
    site = "tresco"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2012)
    card = p.card
    posted = tr_posted(p.title)
    slots = dict(x=card["x"], X=cap(card["x"]), setting=card["setting"], topic=p.topic, people=card["people"],
                 period=card["period"])

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(TR_NOTE_LABELS)
        text = rng.choice(TR_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="aside"><em>{esc(label)}</em> {esc(text)}</p>'))
        p.clutter.append(f"{label} {text}")

    def tweet(name: str, handle: str, text: str, when: datetime) -> str:
        return (f'<div class="sfy-tweet"><div class="sfy-tweet-author"><img src="https://si0.twimg.com/profile_images/{digest(site, handle, n=10)}/a_normal.jpg" width="32" alt="" />'
                f'<a class="sfy-name" href="https://twitter.com/{handle}">{esc(name)}</a> <span class="sfy-handle">@{handle}</span></div>'
                f'<blockquote class="sfy-tweet-text">{esc(text)}</blockquote>'
                f'<div class="sfy-meta"><a href="https://twitter.com/{handle}/status/{number(site, handle, text, mod=9 * 10**17, base=10**17)}">{when.strftime("%b")} {when.day}, {when.year}</a> &middot; via Twitter</div></div>')

    # embedded sources between the text elements: two or three per page
    embeds = []
    for name, handle, text in rng.sample(TR_TWEETERS, rng.randint(1, 2)):
        said = text.format(**slots)
        when = posted - timedelta(days=rng.randint(3, 200))
        embeds.append(("embed", f'<li class="sfy-el sfy-el-tweet">{tweet(name, handle, said, when)}</li>'))
        p.clutter += [said, name, f"@{handle}", f"{when.strftime('%b')} {when.day}, {when.year}"]
    title_, domain = rng.choice(TR_LINKS)
    link_title = title_.format(**slots)
    embeds.append(("embed", f'<li class="sfy-el sfy-el-link"><div class="sfy-link"><img src="https://storify.com/thumb/{digest(site, "lk", p.title, n=10)}.png" width="80" alt="" />'
                            f'<a href="http://{domain}/item/{number(site, "lk", p.title, mod=90000, base=10000)}" class="sfy-link-title">{esc(link_title)}</a>'
                            f'<span class="sfy-link-domain">{domain}</span></div></li>'))
    p.clutter += [link_title, domain]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Photo of {card['setting']} (Flickr, CC BY-SA)"
            embeds.append(("embed", f'<li class="sfy-el sfy-el-image"><img src="https://farm9.staticflickr.com/{number(site, "fl", p.title, mod=9000, base=1000)}/{digest(site, "fl", p.title, n=10)}_b.jpg" width="500" alt="" />'
                                    f'<p class="sfy-caption">{esc(caption)}</p></li>'))
        else:
            caption = f"Listen: a radio piece on {card['x']}, via SoundCloud"
            embeds.append(("embed", f'<li class="sfy-el sfy-el-audio"><iframe height="166" width="100%" src="https://w.soundcloud.com/player/?visual=false&amp;url=https%3A%2F%2Fapi.soundcloud.com%2Ftracks%2F{number(site, "sc", p.title, mod=9 * 10**7, base=10**7)}"></iframe>'
                                    f'<p class="sfy-caption">{esc(caption)}</p></li>'))
        p.clutter.append(caption)
    # the text elements: a new element starts at each heading and after each embed
    items: list[tuple[str, str]] = [("text", h) if kind != "embed" else (kind, h) for kind, h in pieces]
    for e in embeds:
        slot_in(items, rng.randint(2, max(2, len(items) - 1)), e)
    elements: list[str] = []
    run: list[str] = []
    for kind, h in items:
        if kind == "embed" or (h.startswith("<h2>") and run):
            if run:
                elements.append('<li class="sfy-el sfy-el-text"><div class="sfy-text">' + "\n".join(run) + "</div></li>")
                run = []
        if kind == "embed":
            elements.append(h)
        else:
            run.append(h)
    if run:
        elements.append('<li class="sfy-el sfy-el-text"><div class="sfy-text">' + "\n".join(run) + "</div></li>")
    # her own tweet announcing the story: the first element on nine pages, the last on nine
    announce = TR_ANNOUNCE.format(**slots)
    own = f'<li class="sfy-el sfy-el-tweet sfy-own">{tweet(TR_NAME, TR_HANDLE, announce, posted + timedelta(minutes=4))}</li>'
    p.clutter += [announce, TR_NAME, f"@{TR_HANDLE}"]
    if placed_before(site, "own", p):
        elements.insert(0, own)
    else:
        elements.append(own)
    if carries(site, "credit", 6, p):
        elements.insert(0, f'<li class="sfy-el sfy-el-text"><div class="sfy-text"><p class="credit">{esc(TR_CREDIT)}</p></div></li>')
        p.clutter.append(TR_CREDIT)
    gate = ""
    if p.cut is not None:
        hidden = len(p.blocks) - p.cut
        wall = (f"Sign in to keep reading: {hidden} more elements and "
                f"{fmt_int(p.rest_words())} words are waiting.")
        gate = (f'<div class="sfy-gate"><p>{esc(wall)}</p><a class="btn btn-twitter" href="/auth/twitter">Sign in with Twitter</a> '
                f'<a class="btn btn-facebook" href="/auth/facebook">Sign in with Facebook</a></div>\n')
        p.clutter += [wall, "Sign in with Twitter", "Sign in with Facebook"]
    refs = ""
    if p.cut is None and p.refs:
        refs = ('<li class="sfy-el sfy-el-text"><div class="sfy-text"><h2>Works Cited</h2>\n'
                + "\n".join(f'<p class="ref">{mk}</p>' for _, mk in p.refs) + "</div></li>")
    counts = f"My essay for {p.level}: {fmt_int(p.words)} words, {p.pages} {pages_word(p.pages)} on paper, with the sources I leaned on dropped in between."
    p.clutter.append(counts)
    # more stories by the same student, each described by its objection sentence
    more = ""
    for t in rng.sample(p.others, 3):
        line = objection_of(t)
        more += (f'<li class="story-card"><a href="/{TR_HANDLE}/{slug(t)}"><img src="https://storify.com/thumb/{digest(site, "card", t, n=10)}.png" width="120" alt="" />'
                 f'<h4>{esc(t)}</h4></a><p class="story-card-desc">{esc(line)}</p><span class="story-card-meta">{plural(number(site, "el", t, mod=20, base=12), "element")}</span></li>')
        p.clutter += [t, line]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="site-announcement">{esc(TR_NEWS[turn])}</div>\n'
        p.clutter.append(TR_NEWS[turn])
    cookies = ""
    if carries(site, "cookies", 11, p):
        cookies = f'<div id="cookie-consent"><p>{esc(TR_COOKIES)}</p><button>Got it</button></div>\n'
        p.clutter.append(TR_COOKIES)
    views = number(site, "views", p.title, mod=3000, base=60)
    p.clutter += [f"Storified by {TR_NAME}", tr_stamp(posted), f"{fmt_int(views)} views", f"More stories by {TR_NAME}",
                  "Create a story", "Storify lets you curate social networks to build social stories.",
                  "\u00a9 2013 Storify Inc."]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} (with images, tweets) &middot; {TR_HANDLE} &middot; Storify</title>
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:description" content="{html.escape(counts)}">
<link rel="stylesheet" href="https://storify.com/public/css/story-{digest(site, 'css', n=8)}.css">
<script src="https://storify.com/public/js/story-{digest(site, 'js', n=8)}.js"></script>
</head>
<body class="story-page">
{cookies}<header class="navbar"><a class="brand" href="https://storify.com/">Storify</a>
<nav><a href="/browse">Browse</a> <a href="/create">Create a story</a> <a href="/login">Sign in</a></nav></header>
{news}<article class="story" id="story-{digest(site, 'story', p.title, n=16)}">
<header class="story-header">
<h1 class="story-title">{esc(p.title)}</h1>
<p class="story-description">{esc(counts)}</p>
<div class="story-meta">Storified by <a href="/{TR_HANDLE}">{esc(TR_NAME)}</a> &middot; <time>{tr_stamp(posted)}</time> &middot; <span class="views">{fmt_int(views)} views</span></div>
<div class="story-actions"><a href="#">Embed</a> <a href="#">Share</a> <a href="#">Like</a> <a href="#">Notify</a></div>
</header>
<ol class="story-elements">
{chr(10).join(elements)}
{refs}</ol>
{gate}<footer class="story-footer"><a href="/{TR_HANDLE}">{esc(TR_NAME)}</a> <span>@{TR_HANDLE}</span></footer>
</article>
<section class="more-stories"><h3>More stories by {esc(TR_NAME)}</h3><ul>{more}</ul></section>
<footer class="site-footer"><p>Storify lets you curate social networks to build social stories.</p><p><a href="/about">About</a> <a href="/tos">Terms</a> <a href="/privacy">Privacy</a></p><p>&copy; 2013 Storify Inc.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------- main

SITES = {  # folder -> (writer; teaser pages; pages with references; twin pair, unused)
    "islay": (islay, 3, 4, None),    # Angelfire: open P tags, visit counter, plea above or below
    "eigg": (eigg, 3, 3, None),      # Lang-8: her sentences repeated in corrections, Spanish note above or below
    "hoy": (hoy, 3, 4, None),        # Posterous: mail DIVs, signature and footer, attachment above or below
    "tresco": (tresco, 2, 4, None),  # Storify: text elements among embeds, her own tweet first or last
}


def units_of(essay: dict) -> set[str]:
    """Normalised text of blocks (headings excepted) and list items exceeding five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes through the shuffled deck, rejecting an essay whenever any unit of it sits inside an accepted
    essay or any accepted unit sits inside it, until `need` essays are accepted."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}:essay:{card['id']}"))
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
    ap.add_argument("--seed", type=int, default=2025)
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
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()

"""Generator for the SIXTEENTH held-out set of essay-site folders (issue 13: site learning at first contact).

    /work/main/.venv/bin/python heldout/sites16/generate.py /work/corpora/sites16-heldout [--seed 1613]

Four invented essay-sample sites, 18 pages each, each in a markup family that no earlier set (heldout/sites/
through sites15/) imitates. A page is written to OUTDIR/<site>/page-NN.html and its truth to
OUTDIR/<site>/truth/page-NN.md (format: the docstring of bench/scoring.py). The essays are built here from topic
cards (ESSAY_CARDS) and sentence patterns that the eighth to fifteenth sets do not contain, so the tool under
test has never met their wording. No card is used twice; OUTDIR/SOURCES.tsv records which card is on which page.
The same seed gives the same bytes.

Sites (markup families):
  elsdon     VitePress 1 with the default theme: a sixth-form consortium's handbook of model answers. Headings carry
             a header-anchor holding a zero-width space, the sidebar groups are h2 elements and its entries <p>s,
             the counts sit in a list inside a details block, custom blocks interrupt the essay, a Shiki code block
             with the reference moves, a VPTeamMembers grid names the markers (h1 names), and "How other answers
             state their claim" quotes the thesis sentence of other essays
  otterburn  Simple Machines Forum 2.1 (Curve2): a common-room board where students swap essays. The essay is
             BBCode output inside div.inner: paragraphs are runs of text split by <br>, headings are bold sized
             spans followed by a single <br>, quotes are bbc_standard_quote blockquotes with a cite, and the
             poster's own counts line moves between the top and the bottom of the post. Replies share the post
             markup and sometimes quote a sentence of the essay; "Similar topics" shows the opening words of the
             first body paragraph of other essays
  rothbury   TYPO3 12 with the Bootstrap Package: an international school library's exemplar pages. The essay is
             cut into content elements (div.frame) at its headings, and template pieces are content elements of
             the same frame markup between them: a teacher's comment, a bullet or table element, the reference
             box that moves, an accordion of questions and a card menu whose abstracts are the first sentence
             naming the second strand of other essays
  alwinton   Open edX (legacy courseware): a MOOC unit. The essay is an HTML XBlock inside a vertical; a reflection
             XBlock, a video XBlock with its transcript or a marking-grid XBlock splits it in two on some pages,
             the honour-code XBlock moves, a poll XBlock shows results and a CAPA problem offers the second fact
             sentence of other essays as its choices

Truth files, folders and the choice of teaser and Works Cited pages come from helpers of the first three sets,
imported unchanged.
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
norm, block_text, slug, works_cited, person = g.norm, g.block_text, g.slug, g.works_cited, g.person
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------ the essays
# A card is eleven fields split by "|": title, subject, x (a singular noun phrase), people (plural), setting,
# period, three strands (noun phrases split by ";"), thesis (a clause), rival view (a clause), and two facts.
# Facts hold no full stop before their last one, so that a sentence splitter keeps each in one piece.

ESSAY_CARDS = """
Shaking the Capital | geography | the Lisbon earthquake | survivors, clergy and royal ministers | Lisbon and the Portuguese coast | 1755 to 1780 | the tsunami and the fires after the shock; Pombal's rebuilding of the lower town; the quarrel among philosophers about providence | the disaster mattered most as a test of how an early modern state could respond to catastrophe | the earthquake is remembered chiefly for shaking Europe's faith in a kindly God | The earthquake struck Lisbon on the morning of 1 November 1755. | Voltaire published a poem on the disaster in 1756.
Sparks on the Wires | history of science | the solar storm of 1859 | telegraph operators, astronomers and newspaper readers | telegraph offices in Europe and North America | 1859 | the flare sketched by Richard Carrington; auroras seen far towards the equator; telegraph lines that ran without batteries | the storm revealed how a young communications network had made people exposed to events on the sun | the storm was a curiosity with no lasting significance | Richard Carrington observed an intense solar flare on 1 September 1859. | During the storm auroras were seen as far south as the Caribbean.
Syrup in the Streets | history of technology | the Boston molasses flood | dock workers, residents and engineers | Boston's North End | 1915 to 1925 | a tank that leaked from the day it was filled; the wave of syrup through the streets; the long court hearing afterwards | the flood came from a company cutting corners, as the court eventually found | the tank burst because anarchists had planted a bomb in it | A storage tank full of molasses burst in Boston on 15 January 1919. | The flood killed 21 people.
The Book Nobody Can Read | history | the Voynich manuscript | book dealers, cryptographers and historians | a Jesuit college near Rome and later Yale | 1912 to 2009 | the unknown alphabet; the plant drawings that match no known plant; the radiocarbon test on the vellum | the manuscript reveals the confidence of its would-be solvers far better than it reveals its author | the manuscript is a modern forgery made to deceive collectors | Wilfrid Voynich bought the manuscript in 1912. | Radiocarbon dating in 2009 placed its vellum in the early fifteenth century.
A Disc of Stars | archaeology | the Nebra sky disc | looters, dealers and police | a hilltop near Nebra in Saxony-Anhalt | about 1600 BC and from 1999 | the gold sun, moon and stars; the police sting in Basel; the quarrel over its date | the disc's value depends on a find-spot that only the looters ever saw | the disc's age and origin are beyond doubt | Treasure hunters dug up the disc in 1999. | Swiss police recovered it in a sting in Basel in 2002.
Walls of Granite | archaeology | the debate over Great Zimbabwe | colonial writers, archaeologists and Zimbabwean historians | the granite ruins in south-eastern Zimbabwe | 1871 to 1980 | colonial myths of foreign builders; Caton-Thompson's excavation; the ruins as a national emblem | the long denial of African builders reveals colonial politics rather than honest archaeological doubt | real uncertainty about the builders lasted until modern dating settled it | Karl Mauch visited the ruins in 1871 and credited them to foreign builders. | Gertrude Caton-Thompson concluded in 1929 that they were of African origin.
The Statues That Walked | archaeology | the collapse of Rapa Nui society | islanders, European visitors and archaeologists | Rapa Nui in the eastern Pacific | 1200 to 1877 | the carving and moving of the moai; the loss of the palm forest; disease and slave raids after contact | the island's society was broken mainly by outsiders rather than by its own folly | the islanders destroyed themselves by felling every tree | Dutch sailors reached the island on Easter Sunday 1722. | Peruvian slave raiders carried off many islanders in 1862 and 1863.
Pillars Before Farming | archaeology | Göbekli Tepe | hunter-gatherers, archaeologists and tourists | a ridge near Şanlıurfa in south-eastern Turkey | about 9500 BC and from 1995 | the carved T-shaped pillars; the deliberate burying of the enclosures; the claim of temples before farming | monumental building here came before farming and may have helped to bring it about | the site was a temple and nothing besides | Klaus Schmidt began excavating at Göbekli Tepe in 1995. | Its oldest pillars were raised around 9500 BC.
Houses Entered From the Roof | archaeology | Çatalhöyük | early farmers, excavators and visitors | the Konya plain in central Anatolia | about 7100 to 5950 BC | entrances through the roof; burials beneath the floors; the equal size of households | the town was held together by household rituals rather than by rulers | the town was run by priests who served a mother goddess | James Mellaart first excavated Çatalhöyük in the early 1960s. | Ian Hodder reopened the excavations in 1993.
Letters Shaped Like the Mouth | linguistics | the Korean alphabet | scholars, officials and ordinary readers | the Joseon court in Seoul | 1443 to 1945 | letters modelled on the organs of speech; resistance from officials who wrote in Chinese; the alphabet's revival in the twentieth century | the alphabet's design was a triumph but its success had to wait for modern nationalism | the alphabet was taken up at once because it was so easy to learn | King Sejong promulgated the new alphabet in 1446. | The text that announced it was called Hunminjeongeum.
Talking Leaves | linguistics | the Cherokee syllabary | Cherokee readers, missionaries and printers | the Cherokee Nation in the south-eastern United States | 1809 to 1838 | a sign for every syllable; the newspaper printed in two languages; forced removal to the west | the syllabary spread because Cherokee people taught it to one another rather than through schools | the syllabary succeeded only with missionary support | Sequoyah completed his syllabary in 1821. | The Cherokee Phoenix began publication in 1828.
Numbers on the Spines | education | the Dewey Decimal Classification | librarians, readers and publishers | American public and college libraries | 1876 to 1950 | ten main classes; books shelved by subject rather than by arrival; the slant of the religion class | Dewey's scheme won because it was practical, whatever its assumptions | the scheme was adopted because it was a neutral map of knowledge | Melvil Dewey published his classification in 1876. | It divides knowledge into ten main classes.
A Card for Everything | media | the Mundaneum | bibliographers, pacifists and librarians | Brussels and later Mons | 1895 to 1934 | millions of index cards; the universal decimal classification; the dream of a world city | the Mundaneum foreshadowed the web in its ambitions but not in its methods | the Mundaneum was an eccentric failure with nothing to teach | Paul Otlet and Henri La Fontaine began their universal card index in 1895. | The index eventually held more than twelve million cards.
Brushes Between the Lips | history of medicine | the case of the radium dial painters | dial painters, company doctors and lawyers | watch factories in New Jersey and Illinois | 1917 to 1938 | shaping the brushes with their lips; the companies' denials; the lawsuits | the women won recognition because they kept fighting while they were dying | the dangers of radium were unknown at the time | Women at the United States Radium Corporation painted watch dials with luminous paint. | Five of them settled their case against the company in 1928.
A Pill for Morning Sickness | history of medicine | the thalidomide disaster | pregnant women, doctors and regulators | West Germany, Britain and the United States | 1957 to 1968 | a drug sold as safe in pregnancy; babies born with shortened limbs; Frances Kelsey's refusal to approve it | thalidomide changed drug regulation because one regulator's caution had been vindicated | the disaster could not have been foreseen with the science of the day | Thalidomide went on sale in West Germany in 1957. | It was withdrawn from sale in 1961.
The Bones of a Hand | history of science | the discovery of X-rays | physicists, doctors and the public | Röntgen's laboratory in Würzburg | 1895 to 1900 | the glowing screen in a dark room; the photograph of a hand; the rush into medical use | X-rays were adopted so fast that their dangers were learned the hard way | X-rays were a lucky accident that any physicist might have made | Wilhelm Röntgen discovered X-rays in November 1895. | One of his first images showed the bones of his wife's hand.
Rows of Breathing Tanks | history of medicine | the iron lung | polio patients, nurses and engineers | hospital wards in the United States and Britain | 1928 to 1960 | the negative-pressure tank; wards full of patients during the epidemics; the vaccines that ended the need | the iron lung saved lives but also shaped how society saw disability | the iron lung was only a stopgap of little lasting importance | Philip Drinker and Louis Shaw built an iron lung in 1928. | Lord Nuffield paid for iron lungs to be given to hospitals across Britain.
Two Towns on the Elbe | public health | the Hamburg cholera epidemic | city officials, bacteriologists and residents | Hamburg and neighbouring Altona | 1892 | unfiltered river water; the sand filters at Altona; the merchants who ran the city | the epidemic exposed a city government that put trade before health | the epidemic was bad luck that no city could have escaped | Cholera killed more than 8,000 people in Hamburg in 1892. | Robert Koch was sent to investigate the outbreak.
The Polio Pioneers | public health | the 1954 polio vaccine trial | children, parents and volunteers | schools across the United States | 1954 to 1955 | the Polio Pioneers; the dummy injections; the faulty batches made by Cutter | the trial's greatest success was the public trust it built and nearly lost | the trial mattered only because the vaccine worked | More than a million children took part in the polio vaccine field trial of 1954. | The results were announced on 12 April 1955.
A Thorn Hedge Across India | economic history | the inland customs line | customs officers, salt carriers and smugglers | British India from the Punjab to Orissa | 1840 to 1879 | the thorn hedge; the salt duty it protected; its quiet abolition | the hedge shows how a tax could be enforced by a barrier few Britons ever heard of | the hedge was a minor administrative curiosity | At its greatest extent the customs line ran for more than 2,000 miles. | The line was abandoned in 1879.
The Treasure Ships | maritime history | the voyages of Zheng He | sailors, court eunuchs and Ming officials | the Indian Ocean from Nanjing to East Africa | 1405 to 1433 | the giant ships; tribute missions and a giraffe; the end of the voyages | the voyages stopped for reasons of court politics and cost rather than a lack of curiosity | China turned its back on the sea because its culture was inward-looking | Zheng He led the first of seven voyages in 1405. | A giraffe was presented at the Ming court in 1414.
Trunks Out of Timbuktu | history | the rescue of the Timbuktu manuscripts | librarians, families and couriers | Timbuktu and Bamako | 2012 to 2013 | private family libraries; the occupation by armed groups; the smuggling south by road and river | the manuscripts were saved by quiet local networks rather than by outsiders | the manuscripts survived because international agencies intervened | Armed groups occupied Timbuktu in 2012. | Librarians moved hundreds of thousands of manuscripts to Bamako.
Bat-Men on the Moon | media | the Great Moon Hoax | editors, readers and astronomers | the offices of the New York Sun | 1835 | the winged men and blue unicorns; the telescope credited to John Herschel; the paper's rising sales | the hoax succeeded because it copied the style of real science writing | readers were fooled because they were ignorant | The New York Sun published the moon stories in August 1835. | They claimed the discoveries came from the astronomer John Herschel.
Sixty Forged Notebooks | media | the Hitler diaries scandal | forgers, journalists and historians | the offices of Stern in Hamburg | 1981 to 1985 | the secret cash payments; handwriting comparisons; forensic tests on paper and ink | the scandal was a failure of editorial judgement more than of expertise | the diaries fooled everyone because they were brilliant forgeries | Stern magazine announced the discovery of the diaries in April 1983. | The forger Konrad Kujau was later jailed.
Spaghetti on the Trees | media | the spaghetti harvest hoax | broadcasters, viewers and newspaper critics | the studios of the BBC | 1957 | Richard Dimbleby's grave narration; viewers asking how to grow spaghetti; the trust placed in television | the hoax worked because of the authority television held in the 1950s | viewers were fooled because spaghetti was unfamiliar food | The BBC broadcast the spaghetti harvest report on 1 April 1957. | It was shown on the current affairs programme Panorama.
Hooves Off the Ground | history of technology | Muybridge's photographs of a galloping horse | photographers, racehorse owners and painters | Leland Stanford's farm at Palo Alto | 1872 to 1887 | trip wires and a row of cameras; the question of the lifted hooves; painters who had to change | Muybridge's pictures changed how artists saw movement more than they settled any bet | the photographs were taken only to settle a wager | Eadweard Muybridge photographed a horse in motion at Palo Alto in 1878. | The pictures showed all four hooves off the ground at once.
A Train Towards the Audience | media | the first Lumière film show | inventors, showmen and paying audiences | a basement room of the Grand Café in Paris | 1895 to 1897 | the Cinématographe; short films of everyday life; the legend of the fleeing audience | the first audiences were struck by ordinary details rather than frightened | the audience ran screaming from an approaching train | The Lumière brothers held a paid film show in Paris on 28 December 1895. | The Cinématographe served as camera, printer and projector.
The Tinfoil Cylinder | history of technology | Edison's phonograph | inventors, businessmen and performers | Menlo Park in New Jersey | 1877 to 1890 | the tinfoil cylinder; Edison's list of uses; the later market for recorded music | the phonograph found its purpose in entertainment against its inventor's plans | Edison knew from the start that recorded music was the market | Thomas Edison demonstrated his phonograph in 1877. | He pictured it mainly as a dictation machine for offices.
Varnish and Legend | history of music | the reputation of Stradivari's violins | makers, dealers and soloists | Cremona and the concert halls of Europe | 1700 to 2017 | the varnish and the wood; prices paid by collectors; blind listening tests | the violins' fame owes as much to the market as to their sound | Stradivari's violins sound better than any modern instrument | Antonio Stradivari made his instruments in Cremona. | In blind tests soloists often could not tell old Italian violins from new ones.
Morris at Headington | history of music | Cecil Sharp's collecting of folk songs | collectors, singers and schoolteachers | English villages and the Appalachian mountains | 1899 to 1918 | the morris dancers at Headington Quarry; songs taken down from cottagers; the versions taught in schools | Sharp preserved many songs but shaped them to fit his own idea of Englishness | Sharp simply recorded folk tradition as he found it | Cecil Sharp saw morris dancers at Headington Quarry on Boxing Day 1899. | He collected songs in the Appalachian mountains between 1916 and 1918.
The Bard of the Mist | literature | the Ossian poems | a Highland schoolmaster, critics and readers | the Scottish Highlands and the salons of Europe | 1760 to 1805 | the claim of ancient manuscripts; Samuel Johnson's scorn; the report of the Highland Society | the poems were neither genuine nor simple fakes but something in between | the poems were a straightforward forgery | James Macpherson published Fragments of Ancient Poetry in 1760. | Samuel Johnson called the poems a fraud.
One Night of Vortigern | literature | William Henry Ireland's Shakespeare forgeries | a young forger, his father and theatre audiences | London | 1794 to 1805 | forged deeds and letters; the play Vortigern; the confession | the forgeries succeeded because collectors wanted more Shakespeare than existed | the forgeries fooled everyone because they were skilful | William Henry Ireland began forging Shakespeare documents in 1794. | Vortigern was performed at Drury Lane in April 1796.
Green Covers Every Month | literature | the serial publication of The Pickwick Papers | an author, illustrators and publishers | the office of Chapman and Hall in London | 1836 to 1837 | the death of the first illustrator; the arrival of Sam Weller; sales of forty thousand copies | serial publishing shaped Dickens's writing as much as his writing made the format | Dickens's genius alone explains the book's success | The Pickwick Papers appeared in monthly parts from March 1836. | The first illustrator, Robert Seymour, died that April.
Articles on Trades | literature | the Encyclopédie | philosophers, printers and censors | Paris | 1751 to 1772 | cross-references that mocked the church; the royal ban of 1759; the printer who secretly cut articles | the Encyclopédie's subversion lay in its ordinary articles on trades as much as in its famous ones | the Encyclopédie was only a reference book | The first volume of the Encyclopédie appeared in 1751. | Denis Diderot and Jean d'Alembert were its first editors.
Anyone Can Edit | media | the launch of Wikipedia | volunteers, academics and editors | the early web | 2000 to 2005 | the slow, expert-reviewed Nupedia; the open wiki; the comparison in Nature in 2005 | Wikipedia succeeded because it accepted being unfinished | Wikipedia succeeded only because it was free | Wikipedia was launched on 15 January 2001. | It began as a side project of Nupedia.
A Press in Istanbul | history of technology | İbrahim Müteferrika's printing press | scribes, printers and Ottoman officials | Istanbul | 1727 to 1797 | the sultan's licence; the seventeen books; the livelihoods of calligraphers | printing in Arabic script spread slowly for reasons of cost and script rather than religious hostility | religious authorities banned printing outright | İbrahim Müteferrika received permission to print books in 1727. | His press produced seventeen titles.
Proclamation Against Coffee | economic history | Charles II's ban on coffeehouses | coffee drinkers, merchants and royal ministers | the coffeehouses of London | 1652 to 1676 | news and gossip over coffee; the proclamation of 1675; its withdrawal within days | the ban collapsed because coffeehouses had become part of the commercial city | the ban failed only because it was badly drafted | Charles II issued a proclamation to close the coffeehouses in December 1675. | It was withdrawn in January 1676 before it came into force.
White Gold in Saxony | history of technology | the secret of Meissen porcelain | alchemists, potters and princes | Dresden and the castle at Meissen | 1708 to 1760 | the alchemist held as a prisoner; the search for kaolin; the leaking of the secret | European porcelain came from organised experiment rather than alchemy | porcelain was found by an alchemist's lucky accident | Johann Friedrich Böttger helped to produce hard-paste porcelain in Saxony around 1708. | The Meissen manufactory opened in 1710.
A Brother in Jasper | art history | the Wedgwood anti-slavery medallion | potters, abolitionists and buyers | Etruria in Staffordshire | 1787 to 1807 | the kneeling figure; medallions worn as jewellery; the limits of pity | the medallion made abolition fashionable but kept the enslaved in the pose of supplicants | the medallion was just a piece of jewellery | Josiah Wedgwood's factory produced the anti-slavery medallion in 1787. | Its motto asked Am I Not a Man and a Brother.
Purple From Coal Tar | history of science | the discovery of mauveine | chemists, dyers and fashionable buyers | a home laboratory in east London | 1856 to 1870 | a failed attempt to make quinine; the new dye works; the fashion for mauve | mauveine mattered mostly because it began the synthetic chemical industry | mauveine was a fashionable colour and nothing more | William Perkin discovered mauveine in 1856, at the age of eighteen. | He opened a factory to make the dye in 1857.
Notched Sticks and Flames | economic history | the burning of the Exchequer tallies | Exchequer clerks, workmen and members of Parliament | the Palace of Westminster | 1826 to 1834 | notched wooden receipts; the abolition of the tallies; the overheated furnaces | an old accounting system took Parliament down with it because nobody planned its disposal | the fire was a random accident with no connection to the tallies | The Exchequer stopped using tally sticks in 1826. | Burning the old tallies in a furnace set the Palace of Westminster alight in October 1834.
Debit and Credit | economic history | double-entry bookkeeping | merchants, clerks and teachers of arithmetic | Venice and the trading cities of Italy | 1300 to 1600 | debits matched by credits; Pacioli's printed summary; the spread to northern Europe | double entry spread because it suited partnerships, not because it created capitalism | double-entry bookkeeping created modern capitalism | Luca Pacioli described double-entry bookkeeping in a book printed in 1494. | The method was already in use among Italian merchants.
Branches of the Medici | economic history | the collapse of the Medici bank | bankers, branch managers and popes | Florence, Bruges and London | 1397 to 1494 | the papal business; loans to princes; weak control over the branches | the bank failed because partners in distant branches lent too freely to rulers | the bank fell only because the Medici were expelled from Florence | Giovanni di Bicci de' Medici founded the bank in 1397. | The bank collapsed in 1494.
Empty Nets off Newfoundland | environmental history | the collapse of the northern cod | fishermen, scientists and politicians | Newfoundland | 1960 to 1992 | factory trawlers; optimistic estimates of the stock; the moratorium | the collapse was a failure of science and politics together | the cod were wiped out by foreign fleets alone | Canada declared a moratorium on the northern cod fishery in July 1992. | About 30,000 people lost their jobs.
Two Dozen Rabbits | environmental history | the rabbit plague in Australia | settlers, farmers and scientists | Victoria and the Australian interior | 1859 to 1955 | the two dozen rabbits set free; the rabbit-proof fences; myxomatosis | the plague shows how one settler's sport became a continental problem | rabbits spread only because Australia had no predators | Thomas Austin released two dozen rabbits on his estate in 1859. | Myxomatosis was released in Australia in 1950.
Toads in the Cane | environmental history | the cane toad in Australia | sugar growers, scientists and wildlife | the cane fields of Queensland | 1935 to 2000 | beetles the toads failed to eat; the toads' spread westwards; poisoned predators | the toad's introduction shows the danger of fixing one pest with another | the toads were a reasonable choice given the knowledge of the time | Cane toads were brought to Queensland in 1935. | They were meant to control beetles in the sugar cane.
The Last Tiger of Tasmania | environmental history | the extinction of the thylacine | trappers, sheep farmers and zoo keepers | Tasmania | 1830 to 1936 | bounties paid on thylacines; disease in the wild; protection that came too late | government bounties drove the thylacine to extinction, with disease finishing the work | the thylacine died out naturally | The last known thylacine died in Hobart Zoo in September 1936. | Tasmania paid bounties on thylacines from 1888 to 1909.
Martha in Cincinnati | environmental history | the extinction of the passenger pigeon | hunters, railway shippers and naturalists | the forests of eastern North America | 1850 to 1914 | the vast flocks; telegraph and railways that helped the hunters; the bird's need for huge colonies | the pigeon's collapse came from market hunting made efficient by new technology | the pigeons were too numerous for people to destroy | The last passenger pigeon, named Martha, died at Cincinnati Zoo in September 1914. | Flocks had once darkened the sky for hours.
Lead in the Tank | environmental history | leaded petrol | chemists, oil companies and public health researchers | Dayton in Ohio and roads around the world | 1921 to 2021 | the anti-knock additive; deaths at the factory; Clair Patterson's measurements | leaded petrol lasted so long because industry paid for the science | the dangers of lead were not understood until late | Thomas Midgley found in 1921 that tetraethyl lead stopped engines knocking. | Algeria was the last country to stop selling leaded petrol, in 2021.
A Cooling Globe | history of science | the debate over the age of the Earth | physicists, geologists and biologists | Glasgow and the geological societies | 1862 to 1905 | calculations of a cooling Earth; the time that evolution needed; radioactivity | Kelvin's error came from an assumption, not from poor mathematics | Kelvin was simply wrong out of arrogance | Lord Kelvin estimated the age of the Earth from its rate of cooling in 1862. | The discovery of radioactivity gave the Earth an extra source of heat.
Boulders Far From Home | history of science | the theory of an ice age | naturalists, geologists and clergy | Neuchâtel and the Alps | 1837 to 1875 | boulders far from their sources; scratched and polished rocks; the slow acceptance in Britain | the ice age theory won through field evidence gathered by many hands | Agassiz proved the ice age single-handed | Louis Agassiz presented his ice age theory at Neuchâtel in 1837. | Erratic boulders were among its main evidence.
Wheat and the Party Line | history of science | Lysenkoism | agronomists, geneticists and party officials | the Soviet Union | 1928 to 1964 | vernalisation of seed; the arrest of Vavilov; the session of 1948 | Lysenko rose because he promised quick results that suited the party | Lysenko was simply a fraud who deceived Stalin | Nikolai Vavilov was arrested in 1940. | At a session in August 1948 genetics was condemned in the Soviet Union.
Fusion on the Bench | history of science | the cold fusion claim | chemists, physicists and journalists | the University of Utah | 1989 | the press conference; failed attempts to reproduce it; the missing neutrons | the affair shows science correcting itself quickly and in public | the affair proves that scientists cannot be trusted | Martin Fleischmann and Stanley Pons announced cold fusion on 23 March 1989. | Laboratories around the world failed to repeat their results.
Rays From Nancy | history of science | the N-ray affair | physicists, observers and a visiting sceptic | the University of Nancy | 1903 to 1905 | the faint brightening of a spark; the removed prism; national pride | N-rays show how expectation can shape what trained observers see | the N-ray scientists were dishonest | René Blondlot announced the discovery of N-rays in 1903. | Robert Wood secretly removed a prism during a demonstration in 1904.
Tubs of Magnetised Water | history of medicine | the royal commission on animal magnetism | physicians, patients and commissioners | Paris | 1778 to 1785 | the magnetised tubs; the blindfold trials; the commission's report | the commission invented a way of testing treatments that outlived its subject | mesmerism was plain quackery that needed no investigation | Franz Anton Mesmer arrived in Paris in 1778. | Benjamin Franklin and Antoine Lavoisier sat on the royal commission of 1784.
Bumps on the Head | history of science | phrenology | lecturers, working-class readers and anatomists | Edinburgh and the lecture halls of Britain | 1815 to 1850 | reading character from the skull; Combe's bestseller; the culture of self-improvement | phrenology spread because it promised self-improvement, not because of its science | phrenology was simple quackery with no followers of note | George Combe published The Constitution of Man in 1828. | Franz Joseph Gall had developed the theory in Vienna.
Starlight Bent at Príncipe | history of science | the eclipse test of relativity | astronomers, photographers and the press | Príncipe and Sobral | 1919 | the photographic plates; the measurements set aside; the newspaper headlines | the 1919 results were less decisive than the headlines made them | the expedition proved Einstein right beyond all doubt | Arthur Eddington observed the solar eclipse of 29 May 1919 from Príncipe. | A second team photographed it from Sobral in Brazil.
Nine Planets No Longer | history of science | the reclassification of Pluto | astronomers, schoolteachers and the public | the International Astronomical Union in Prague | 1930 to 2006 | Tombaugh's discovery; the icy bodies of the Kuiper belt; the vote of 2006 | Pluto's demotion was inevitable once similar worlds were found | Pluto was demoted by a handful of astronomers | Clyde Tombaugh discovered Pluto in 1930. | The International Astronomical Union redefined the word planet in August 2006.
Ten-Day Weeks | history | the French Republican calendar | revolutionaries, peasants and clergy | France | 1793 to 1805 | weeks of ten days; months named after the weather; the loss of Sunday | the calendar failed because it fought the habits of ordinary life | the calendar was abandoned only because Napoleon disliked it | France adopted the Republican calendar in 1793. | Napoleon abolished it from the start of 1806.
Callipers at the Prefecture | law | Bertillonage | police clerks, prisoners and statisticians | the Paris Prefecture of Police | 1882 to 1910 | eleven measurements of the body; the mugshot; the case of the two Will Wests | Bertillon's system failed because it depended on careful clerks | Bertillon's system was simply replaced by something better | Alphonse Bertillon introduced his identification system in Paris in 1882. | The case of two men named Will West became a famous example of its weakness.
An Open Letter to the President | law | the Dreyfus affair | army officers, journalists and politicians | Paris | 1894 to 1906 | the forged memorandum; Zola's open letter; the split in French society | the affair was sustained by institutional pride more than by evidence | the affair was mainly about one man's guilt | Alfred Dreyfus was convicted of treason in December 1894. | Émile Zola published his open letter in January 1898.
Alternating or Direct | history of technology | the war of the currents | inventors, investors and city authorities | New York and Niagara | 1886 to 1896 | direct against alternating current; the electric chair; the contract at Niagara Falls | the contest was settled by economics rather than by Edison's propaganda | Edison lost because he was stubborn | The first execution by electric chair took place in 1890. | Power from Niagara Falls reached Buffalo as alternating current in 1896.
Helped Over the Line | sport | the 1908 Olympic marathon | athletes, officials and spectators | the route from Windsor to the White City stadium | 1908 | a distance set by the route; Dorando Pietri's collapse; the disqualification | the race made the marathon popular because of the drama of its finish | the race mattered only for fixing the distance | Dorando Pietri collapsed several times near the finish of the 1908 Olympic marathon. | Officials helped him across the line, and he was disqualified.
Holes for the Census | history of technology | Hollerith's tabulating machine | census clerks, engineers and officials | the United States Census Office | 1886 to 1896 | punched cards; electric counters; the company that became IBM | the machine's real innovation was turning the census into an industrial process | the machine was a simple time-saver | Herman Hollerith's machines were used for the United States census of 1890. | His company later merged into the firm that became IBM.
Tables of Logarithms | history of science | Napier's logarithms | mathematicians, astronomers and navigators | Edinburgh and London | 1614 to 1630 | the first tables; Briggs's base of ten; the slide rule | logarithms spread because Briggs made them practical | Napier's tables were ready for everyday use from the start | John Napier published his tables of logarithms in 1614. | Henry Briggs produced tables in base ten.
Cables and Switches | history of technology | the ENIAC programmers | women mathematicians, engineers and army officers | the Moore School in Philadelphia | 1945 to 1947 | setting switches and plugging cables; the public demonstration; the women left out of the photographs | programming was treated as clerical work, which hid how hard it was | the engineers alone made ENIAC work | ENIAC was unveiled to the public in February 1946. | Six women did most of its early programming.
The Undertaker's Switch | history of technology | the automatic telephone exchange | operators, inventors and subscribers | Kansas City and La Porte in Indiana | 1889 to 1920 | the undertaker's suspicion of operators; the step-by-step switch; the loss of operators' jobs | the automatic exchange spread because it cut the cost of labour | the switch was invented to stop corrupt operators | Almon Strowger patented an automatic telephone exchange in 1891. | The first automatic exchange opened at La Porte in Indiana in 1892.
Three Nines | history of technology | the 999 emergency number | telephone operators, police and callers | London | 1935 to 1946 | a fatal fire in Wimpole Street; the buzzer and red light; the spread to other cities | the service was shaped by an inquiry into a single fire, which explains its design | the service was planned long in advance | The 999 service began in London on 30 June 1937. | It followed an inquiry into a fire in Wimpole Street in 1935.
Master of Fire Engines | history | the first municipal fire brigade | firemen, insurance companies and city councillors | Edinburgh | 1824 | trained men under one command; the great fire in the Old Town; the model for London | the brigade's success came from training rather than equipment | insurance companies ran fire fighting perfectly well | Edinburgh formed a municipal fire brigade in 1824. | James Braidwood was its first master of fire engines.
Letters by Air Pressure | history of technology | the Paris pneumatic post | postal clerks, messengers and customers | Paris | 1866 to 1984 | compressed air in tubes; the blue express letters; competition from the telephone | the pneumatic post lasted because it suited the way Parisians lived | the pneumatic post was a failed experiment | Paris opened its pneumatic post in 1866. | The service closed in 1984.
Cables Over the East River | history of technology | the building of the Brooklyn Bridge | engineers, labourers and city officials | the East River between Brooklyn and Manhattan | 1869 to 1883 | the caissons and the bends; Emily Roebling's role; steel wire cables | the bridge was completed by a family and a workforce who bore heavy costs | the bridge was the achievement of one genius | The Brooklyn Bridge opened in May 1883. | Washington Roebling directed much of the work from his sickbed.
Artists Against the Tower | art history | the protest against the Eiffel Tower | artists, engineers and Parisians | the Champ de Mars in Paris | 1887 to 1909 | the artists' letter; the world's fair of 1889; the tower saved by radio | the tower survived because it proved useful, not because taste changed | Parisians loved the tower from the start | A group of artists published a protest against the tower in 1887. | The tower was built for the world's fair of 1889.
Paper and Hot Air | history of technology | the first crewed balloon flight | paper makers, scientists and spectators | Paris | 1783 | the Montgolfier brothers' hot air; the hydrogen balloon of Jacques Charles; the watching crowds | ballooning mattered as a public spectacle of science more than as transport | ballooning was a practical invention | The first crewed free balloon flight took place over Paris on 21 November 1783. | The balloon was built by the Montgolfier brothers.
A Hill for Gliding | history of technology | Otto Lilienthal's gliders | engineers, photographers and pilots | Berlin | 1891 to 1896 | the artificial hill; some two thousand flights; the fatal stall | Lilienthal's careful testing laid the groundwork for powered flight | his gliders were a dead end | Otto Lilienthal made his first glides in 1891. | He died after a crash in 1896.
The Last Spike | history | the first transcontinental railroad | Chinese labourers, Irish crews and railway bosses | the line from Sacramento to Promontory Summit | 1863 to 1869 | blasting through the Sierra Nevada; the race for government subsidies; the ceremony of the last spike | the railroad was built by immigrant labour that the celebrations left out | the railroad was a triumph of American enterprise alone | The lines were joined at Promontory Summit in Utah on 10 May 1869. | Thousands of Chinese workers built the Central Pacific line.
Thirty-Two Thousand Names | politics | women's suffrage in New Zealand | campaigners, temperance workers and politicians | New Zealand | 1885 to 1893 | the great petition; the link with temperance; the vote in the upper house | New Zealand's women won because of organised petitioning | women were handed the vote as a gift | New Zealand gave women the vote in national elections in 1893. | Kate Sheppard led the petition campaign.
A Mother's Claim | law | Caroline Norton's campaign | a writer, her husband and members of Parliament | London | 1836 to 1857 | the custody of children; married women's earnings; divorce law | Norton changed the law by writing about her own case | Norton was only the victim of a bad marriage | The Custody of Infants Act was passed in 1839. | Caroline Norton's husband had kept her from their sons.
Cheap Tea and Empty Luggers | economic history | the tea smuggling trade | smugglers, revenue men and tea drinkers | the coasts of southern England | 1745 to 1784 | high duties; armed smuggling gangs; Pitt's cut in the duty | smuggling collapsed once tea was cheap, which proves the duties had been the problem | smuggling was ended by tougher enforcement | The Commutation Act of 1784 cut the tax on tea sharply. | Before it, much of the tea drunk in Britain had been smuggled.
The Silver Mountain | economic history | the silver of Potosí | miners, colonial officials and bankers | Potosí in the Andes | 1545 to 1650 | the mita labour draft; refining with mercury; silver flowing to China | Potosí's silver built a global economy on forced labour | silver simply made Spain rich | The silver deposits at Potosí were found in 1545. | Indigenous men were forced to work in the mines under the mita system.
Wrecked on the Abrolhos | maritime history | the wreck of the Batavia | sailors, passengers and company officials | the Houtman Abrolhos off Western Australia | 1629 | the wreck on a reef; the massacre on the islands; the trials | the massacre grew out of the company's rigid hierarchy | the massacre was the work of one psychopath | The Batavia was wrecked in June 1629. | Jeronimus Cornelisz led a massacre of the survivors.
Rammed by a Whale | maritime history | the sinking of the whaleship Essex | whalers, survivors and writers | the Pacific | 1819 to 1821 | the whale's attack; the decision to sail for South America; cannibalism in the boats | the disaster was made worse by the crew's fear of cannibals on nearer islands | the sinking was nothing but bad luck | A sperm whale sank the Essex in November 1820. | The story inspired Herman Melville's Moby-Dick.
Torpedoed off Kinsale | maritime history | the sinking of the Lusitania | passengers, U-boat crews and propagandists | the sea off the south coast of Ireland | 1915 | the warning notice; the torpedo and the second explosion; the effect on American opinion | the sinking did not bring America into the war, though propaganda later claimed it did | the sinking brought America into the war | A German submarine sank the Lusitania on 7 May 1915. | Nearly 1,200 people died.
Rings of Glass | maritime history | the Fresnel lens | engineers, lighthouse keepers and sailors | French lighthouses | 1822 to 1900 | rings of glass prisms; the lighthouse at Cordouan; the spread to other countries | the lens succeeded because France built a national system, not a single light | the lens was adopted everywhere at once | Augustin Fresnel presented his lens in 1822. | It was first used in the Cordouan lighthouse in 1823.
The Guarded Potato Field | history | Parmentier and the potato | peasants, scientists and officials | France | 1770 to 1800 | the prisoner of war who ate potatoes; the guarded field near Paris; famine years | the potato was adopted because of famines, not because of Parmentier's stunts | Parmentier introduced the potato to France single-handed | Antoine-Augustin Parmentier ate potatoes as a prisoner of war in Prussia. | He won a prize from the academy at Besançon in 1773.
A Vermeer for Göring | art history | Han van Meegeren's forgeries | a painter, dealers and experts | the Netherlands | 1937 to 1947 | the Supper at Emmaus; the sale to Göring; the trial | the forgeries succeeded because experts wanted a missing early period in Vermeer's work | the forgeries were technically perfect | Han van Meegeren sold a fake Vermeer to Hermann Göring. | He was tried for forgery in 1947.
A Capital on the Plateau | geography | the building of Brasília | architects, workers and politicians | the central plateau of Brazil | 1956 to 1960 | the pilot plan; the workers' satellite towns; moving the government | Brasília was a political project of national unity more than an exercise in town planning | Brasília was a purely utopian city plan | Brasília was inaugurated as Brazil's capital on 21 April 1960. | Lúcio Costa drew its plan.
The Skeleton in Gough's Cave | archaeology | Cheddar Man | cave workers, scientists and the press | Gough's Cave in the Cheddar Gorge | about 7100 BC and from 1903 | the skeleton; the DNA analysis; the headlines about skin colour | the DNA findings were less certain than the headlines suggested | Cheddar Man was definitely dark-skinned | Workmen found the skeleton in Gough's Cave in 1903. | His DNA was analysed in 2018.
Jars in the Caves | archaeology | the Dead Sea Scrolls | shepherds, dealers and scholars | the caves at Qumran | 1947 to 1991 | the first cave; the slow publication; access for all scholars | the scrolls were delayed by a closed circle of scholars | the scrolls were hidden away by the Vatican | Bedouin shepherds found the first scrolls near Qumran in 1947. | Full access to the scrolls came in 1991.
The City Above the Urubamba | archaeology | Hiram Bingham's expedition to Machu Picchu | explorers, local farmers and archaeologists | the Urubamba valley in Peru | 1911 to 2012 | the farmers already living there; the artefacts taken to Yale; their return | Machu Picchu was publicised rather than discovered in 1911 | Bingham discovered a lost city | Hiram Bingham reached Machu Picchu in July 1911. | Yale returned the artefacts to Peru from 2011.
"""

SCHOLARS = ["Ainslie", "Blacklock", "Corsie", "Dalgleish", "Erskine", "Fairbairn", "Gilchrist", "Halkett", "Inglis",
            "Jardine", "Kinloch", "Lumsden", "Moncrieff", "Niven", "Ogilvie", "Pringle", "Rintoul", "Spence",
            "Tulloch", "Urquhart", "Veitch", "Wishart", "Yule", "Abernethy"]

OPENER = [
    "Mention {x} to most people and they will reach for one familiar anecdote.",
    "Textbooks usually give {x} a single paragraph and a confident verdict.",
    "It is hard to find a neutral word ever written about {x}.",
    "The well-worn version of {x} survives mainly because it is easy to repeat.",
    "Museum captions and television documentaries have made {x} feel thoroughly familiar.",
    "Very little about {x} was as simple as the usual summary implies.",
    "Whole shelves of books deal with {x}, and still the basic puzzle remains.",
    "For a subject so often discussed, {x} is surprisingly poorly understood.",
    "Those who first heard about {x} rarely agreed on what it meant.",
    "Strip away the legends and {x} turns into a far stranger story.",
    "At first glance {x} seems to need no explaining at all.",
    "Nearly every account of {x} leans on the same small handful of sources.",
]
FRAME = [
    "The sources used below come mostly from {setting}.",
    "My focus is on {people}, whose own words survive better than is often assumed.",
    "Where the evidence runs thin, the essay says so instead of filling the gap.",
    "Two kinds of evidence sit side by side here: what contemporaries wrote down and what later research has found.",
    "Some terms in the older sources carry a weight they no longer have, and they are glossed as they appear.",
    "The time span is narrow ({period}), but the questions it raises are broad.",
]
PUZZLE = [
    "Put plainly, the puzzle is this: {question}",
    "One question organises everything below: {question}",
    "Hence the guiding question here: {question}",
    "A sharper way to frame the issue is to ask: {question}",
]
PUZZLE_ANY = ["what were {people} actually trying to achieve?", "why does the simple account of {x} keep returning?",
              "which records from {setting} deserve our trust?", "whose interests did {x} really serve?"]
CLAIM = [
    "This essay will make the case that {thesis}.",
    "The case put forward here is that {thesis}.",
    "My contention, in short, is that {thesis}.",
    "Read closely, the record suggests that {thesis}.",
    "Looking in turn at {s1}, {s2} and {s3}, the present essay maintains that {thesis}.",
    "The position defended below is that {thesis}.",
    "On balance, I believe that {thesis}.",
    "What emerges, I will suggest, is that {thesis}.",
]
GROUND = [
    "A little scene-setting comes first.",
    "The wider situation in these years ({period}) matters here.",
    "Life for {people} was more precarious than later retellings allow.",
    "At the outset {x} drew little notice beyond a narrow circle.",
    "Change arrived unevenly, quickly in some quarters and slowly in others.",
    "Most of the surviving witnesses wrote with one eye on their own reputations.",
    "{Scholar} treats this moment as the true beginning of the episode.",
    "Much of the best documentation was produced in {setting}.",
    "Broad direction matters more to this argument than precise chronology.",
    "Whatever existed beforehand was makeshift and frequently challenged.",
    "Long-standing customs gave way with surprising speed.",
    "Few people at the time grasped how much was shifting beneath them.",
]
STEP = [
    "The first thing to examine is {s}.",
    "Much of the case rests on {s}.",
    "Harder to pin down is {s}.",
    "Often overlooked, yet essential, is {s}.",
    "No serious reading can skip {s}.",
    "Next in line comes {s}.",
    "The evidence is fullest for {s}.",
    "A fair assessment has to take in {s}.",
    "Consider, too, {s}.",
    "Closer attention is owed to {s}.",
]
PROBE = [
    "Of all the threads, {s} is the one most often told backwards, from its outcome rather than its start.",
    "Accounts written within a year or two treat {s} as a minor sideshow.",
    "A map of {setting} makes the point about {s} clearer than any summary.",
    "Money explains a good deal about {s}, though by no means all of it.",
    "Official reports mention {s} only in passing, usually tucked into an appendix.",
    "The people most affected by {s} were the least likely to leave records.",
    "Whoever controlled {s} controlled much of what followed.",
    "{Scholar} calls {s} the hinge of the whole affair, and the label fits.",
    "It is easy to exaggerate {s}, and some writers have done so.",
    "Among {people}, opinion on {s} split along lines of age and income.",
    "Reconstructing {s} means reading the sources against their grain.",
    "Once {s} is put in sequence, much of the confusion falls away.",
    "{S} also had a quieter side that seldom reaches the textbooks.",
    "For {people}, {s} was a practical matter long before it became a symbol.",
    "Nobody in {setting} planned {s} as a whole; it was assembled piece by piece.",
    "The timing of {s} was at least as important as its scale.",
]
COUNT = [
    "In a survey of {num} cases, {Scholar} ({year}) attributes roughly {pct} per cent of the outcome to {s}.",
    "{Scholar}'s tally of {num} documents finds {s} mentioned in about {pct} per cent of them.",
    "Figures compiled by {Scholar} in {year} point to a change of about {pct} per cent once {s} took hold.",
    "Only a minority of the {num} records examined by {Scholar} ({year}) leave {s} out entirely.",
    "{Scholar} ({year}) counts {num} relevant instances and finds the pattern holds in most of them.",
    "The data are patchy, {Scholar} admits, but on {s} they never contradict one another.",
    "A {year} reworking of the archive by {Scholar} puts the effect of {s} at close to {pct} per cent.",
    "{Scholar} argues that older work on {s} simply counted the wrong things.",
]
INSTANCE = [
    "{Scholar} follows a single household through the whole of this period.",
    "Take {setting}, where {people} faced {s} with no outside help.",
    "Parallel cases turn up well beyond {setting}.",
    "Examples of this sort are easy to find; exceptions are not.",
    "The pattern repeats across the records of the whole span ({period}).",
    "When {people} wrote about it themselves, this is exactly what they stressed.",
    "A brief trawl through the archive yields many similar instances.",
]
LINK = [
    "That, in miniature, is the argument of this essay: {thesis}.",
    "It is one piece of evidence, but an awkward one for the traditional view.",
    "{S}, in other words, cannot be detached from the rest of the story.",
    "Here lies part of the reason that {thesis}.",
    "The change looks modest on paper and was considerable in practice.",
    "This point returns later, when the strongest objection is tested.",
    "Whatever else one concludes, {s} has to stay in view.",
]
CITE_IN = [
    "{Scholar} captures {setting} in one compact passage:",
    "Years afterwards, one of {people} recalled it this way:",
    "At a {year} conference on {x}, one speaker observed:",
    "{Scholar} does not soften the point about {s}:",
    "On {s}, {Scholar}'s judgement deserves quoting at length:",
]
SAYING = [
    "The further I went into the papers on {x}, the less the famous version survived.",
    "Nobody in the room thought of {s} as history. It was this week's problem.",
    "We used to teach {x} as a turning point. Now I teach it as a tangle.",
    "Ask who paid for {s} and most of the mystery goes away.",
    "{X} has two histories: the one people lived and the one people retold.",
    "The records on {s} are dull, and that dullness is itself the evidence.",
]
CITE_OUT = [
    "The remark is a little too neat, but it points the right way.",
    "It is one voice, yet a well-placed one.",
    "Coming from someone with no stake in the outcome, it is hard to brush aside.",
    "Allowing for hindsight, the judgement holds up.",
]
CITE_OUT2 = [
    "Other witnesses among {people} back it up.",
    "It hints, as well, that {s} was widely understood at the time.",
    "Whether it travels beyond {setting} is harder to say.",
    "Its real value lies in what it reveals about {s}.",
    "It makes an awkward companion for the textbook version of {x}.",
]
BULLET_IN = [
    "Reading across the evidence, several conditions recur whenever {x} went well:",
    "The same few ingredients appear wherever {people} were involved:",
    "Anyone hoping to repeat the better results seen in {setting} would need:",
    "In short, the more successful episodes of {x} had these in common:",
]
BULLET = [
    "an early and accurate grasp of {s}",
    "genuine discussion with {people} about {s}",
    "prompt action on the first warnings about {s}",
    "outside scrutiny of {s}",
    "a trial run of {s} on a small scale",
    "honesty about what {s} would cost",
]
BULLET_EXTRA = ["steady money for {x} over many years", "a person empowered to halt {x}",
                "written records of {x} that outlast any one employee", "an agreed moment to review {x}"]
ELSEWHERE = [
    "Comparison with other places sets {x} in proportion.",
    "Elsewhere, similar pressures surrounding {x} produced quite different choices.",
    "Where {people} had a say from the start, the quarrels were gentler.",
    "No parallel is exact here, because {s2} varied a great deal from one place to another.",
    "Even so, what happened in {setting} looks like one outcome among several possible ones.",
    "On this evidence, agreement mattered more than haste.",
]
HISTORIO = [
    "Writing on {x} falls into two broad camps.",
    "The first historians, working soon after the events, mostly accepted the participants' own story.",
    "{Scholar2} ({year2}) was among the first to question it in print.",
    "More recent work has shifted attention towards {s3}.",
    "The present essay sides with the revisionists, though not on every point.",
    "Neither camp, it should be said, has had much to say about {people} themselves.",
]
DOUBT = [
    "Some would answer that {rival}.",
    "The most serious objection holds that {rival}.",
    "A familiar rejoinder is that {rival}.",
    "It could fairly be argued instead that {rival}.",
    "Parts of the record seem to suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} themselves might have agreed.",
    "Serious scholars have made this case, and it merits attention.",
    "{Scholar2} ({year2}) sets it out most fully.",
    "The point has some force, since each decision about {x} carried costs for somebody.",
]
ANSWER = [
    "The evidence from {setting}, however, points the other way.",
    "It also fails to account for {s2}.",
    "More seriously, the objection takes for granted the very thing in dispute.",
    "It relies on an account of {x} that recent research has left behind.",
    "Were it true, the results would have been uniform, and they were anything but.",
    "At most it proves that there was a cost, not that the cost decided the outcome.",
]
CLOSE_OPEN = [
    "In conclusion, {thesis}.",
    "All told, the evidence indicates that {thesis}.",
    "None of this closes the debate for good.",
    "So where does that leave the matter?",
    "Each section of this essay has pointed to one conclusion: {thesis}.",
    "Once the detail is set aside, a single point remains.",
    "It would be neat to sum up {x} in one sentence, but it would not be truthful.",
]
CLOSE = [
    "{S1}, {s2} and {s3} each explain a part, and together they explain most of what happened.",
    "The claim that {rival} is not absurd, though it collapses under the load it is asked to carry.",
    "The small particulars have told us more than the grand theories.",
    "For {people}, the questions raised have not gone away.",
    "An obvious next step would be to compare {setting} with other cases.",
    "Above all, {x} grew out of choices that might have gone differently.",
    "There is more to learn from it yet.",
    "The verdict is quieter than the legend, and better supported.",
]
HD_GROUND = ["Context", "Starting points", "The situation beforehand", "First, some context",
             "The world of {people}", "Origins"]
HD_STRAND = ["{S}", "On {s}", "The case of {s}", "Considering {s}", "{S} reconsidered", "Evidence from {s}"]
HD_HISTORIO = ["What historians have said", "The state of the debate", "Earlier interpretations"]
HD_ELSEWHERE = ["Comparisons", "Beyond {setting}", "Other cases"]
HD_DOUBT = ["An objection", "The opposing case", "Answering the critics", "A counter-view", "Challenges to the argument",
            "The other side"]
HD_CLOSE = ["Conclusion", "Concluding thoughts", "Verdict", "Drawing it together", "Final thoughts"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Build one essay from a card. The opening paragraph begins with an opener and ends with the claim; the
    ground paragraph holds the first fact (the second sits there or in the second strand's paragraph); a paragraph
    on earlier historians comes next in some essays; each strand gets one or two paragraphs, and a quotation, a
    list or a comparison may follow; the doubt and its answer come before the close. Two essays in three carry
    headings, and a pattern is never drawn twice in one essay."""
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
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1971, 2023), year2=rng.randint(1976, 2024),
                    pct=rng.choice([9, 14, 21, 26, 33, 37, 41, 47, 56, 63, 72]),
                    num=rng.choice([17, 29, 42, 64, 83, 118, 205]))
        return pattern.format(**base, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    base["question"] = cap(fill(rng.choice(PUZZLE_ANY)))
    headed = rng.random() < 0.66
    blocks: list[tuple] = []
    claim = fill(draw(CLAIM))
    opening = [fill(draw(OPENER))]
    if rng.random() < 0.5:
        opening.append(fill(draw(FRAME)))
    if rng.random() < 0.4:
        opening.append(fill(draw(PUZZLE)))
    opening.append(claim)
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(draw(HD_GROUND))))
    ground = [fill(draw(GROUND)), card["facts"][0]] + [fill(draw(GROUND)) for _ in range(rng.randint(2, 3))]
    held = [card["facts"][1]]
    if rng.random() < 0.5:
        ground.insert(rng.randint(2, len(ground)), held.pop())
    blocks.append(para(*ground))
    if rng.random() < 0.3:
        if headed:
            blocks.append(("heading", fill(draw(HD_HISTORIO))))
        picked = [HISTORIO[0]] + rng.sample(HISTORIO[1:], rng.randint(2, 3))
        blocks.append(para(*[fill(p) for p in picked]))
    strands = [s1, s2, s3] if rng.random() < 0.72 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.5 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.36 else None
    first_strand = None
    for i, s in enumerate(strands):
        if headed:
            blocks.append(("heading", fill(draw(HD_STRAND), s)))
        body = [fill(draw(STEP), s), fill(draw(PROBE), s), fill(draw(COUNT), s)]
        if rng.random() < 0.62:
            body.insert(2, fill(draw(PROBE), s))
        if rng.random() < 0.5:
            body.insert(rng.randint(2, len(body)), fill(draw(INSTANCE), s))
        if held and i == 1:
            body.insert(1, held.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(draw(LINK), s)))
        else:
            blocks.append(para(*body, fill(draw(LINK), s)))
        if first_strand is None:
            first_strand = next(b[1] for b in reversed(blocks) if b[0] == "paragraph" and b[1].startswith(body[0]))
        if quote_at == i:
            blocks.append(para(fill(draw(CITE_IN), s)))
            blocks.append(("quote", fill(draw(SAYING), s)))
            blocks.append(para(fill(draw(CITE_OUT), s), fill(draw(CITE_OUT2), s)))
        if list_at == i:
            blocks.append(para(fill(draw(BULLET_IN))))
            items = [cap(fill(draw(BULLET), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(BULLET_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    if rng.random() < 0.26:
        if headed:
            blocks.append(("heading", fill(draw(HD_ELSEWHERE))))
        blocks.append(para(*[fill(draw(ELSEWHERE)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(draw(HD_DOUBT))))
    doubt = [fill(draw(DOUBT)), fill(draw(DOUBT_MORE)), fill(draw(ANSWER), s2), fill(draw(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(draw(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(draw(HD_CLOSE))))
    end = [fill(draw(CLOSE_OPEN))] + [fill(draw(CLOSE)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(draw(CLOSE))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, claim=claim, first_strand=first_strand)


# ------------------------------------------------------------------------------------------ invented bits

LEVELS = ["Lower sixth", "Upper sixth", "S5 Higher", "S6 Advanced Higher", "IB first year", "IB second year",
          "Pre-U", "Foundation degree", "First-year undergraduate", "Cambridge International AS", "Welsh Bacc"]
GRADES = ["A*", "A", "B+", "High distinction", "Band 6", "Level 5", "19/20", "34/40", "First", "2:1", "Excellent",
          "Credit"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it with every chosen essay, for widgets that quote the others


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when `text` occurs in the essay called `title` and in none of the other chosen essays."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def claim_sentence(title: str) -> str:
    """The last sentence of the opening paragraph, which states the card's thesis."""
    claim = ESSAYS_BY_TITLE[title]["claim"]
    assert paragraphs_of(title)[0].endswith(claim) and only_in(claim, title), title
    return claim


def strand_opening(title: str, n: int = 24) -> str:
    """The first `n` words of the first paragraph about a strand, as a forum's preview cuts them."""
    words = ESSAYS_BY_TITLE[title]["first_strand"].split()
    out = " ".join(words[:n]).rstrip(",;:")
    assert only_in(out, title), title
    return out


def second_strand_sentence(title: str) -> str:
    """The first sentence of the essay that names the card's second strand."""
    s2 = ESSAYS_BY_TITLE[title]["card"]["strands"][1]
    for para in paragraphs_of(title):
        for sen in sentences_of(para):
            if s2 in sen or cap(s2) in sen:
                assert only_in(sen, title), title
                return sen
    raise ValueError(title)


def second_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert only_in(fact, title), title
    return fact


class Page(g2.Page):
    """sites2's Page with this set's level, grade, subject and the titles of all pages of the site."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.serial = rng.randint(1000, 9999)


SEED = 1613  # set by main(); the rare elements of each site are placed from it, once per site


def _pages_for(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"sixteen|{SEED}|{site}|{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def shown_on(site: str, role: str, count: int, page: Page) -> bool:
    """Whether the page is one of the `count` pages of its site picked to carry `role`."""
    return page.index in _pages_for(site, role, count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Where the page stands (0, 1, 2 ...) among the pages carrying `role`; None when it carries none."""
    pages = _pages_for(site, role, count)
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For a piece that moves: True (it comes before the essay) on `first` pages, False (after it) on the others."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"sixteen|{SEED}|{site}|{role}|side").shuffle(order)
    return page.index in order[:first]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece) -> None:
    """Put a template piece at `pos` among the essay's pieces, stepping back while the piece before it is a heading
    or a paragraph that ends in a colon, so that nothing comes between those and what they lead into."""
    while pos > 0 and body[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_of(kind: str, value) -> str:
    return "lead" if kind == "paragraph" and value.rstrip().endswith(":") else kind


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def by_subject(p: Page) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in p.site_titles:
        out.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    return {k: sorted(v) for k, v in sorted(out.items())}


# ---- 1. elsdon: VitePress 1 with the default theme, a sixth-form partnership's handbook ---------------------------

EL_ROOT = "https://handbook.elsdon-sixth.org.uk"
EL_NAME = "Elsdon Handbook"
EL_PARTNERSHIP = "the Elsdon and Redesdale Sixth Form Partnership"
EL_MARKERS = [("Ms R. Charlton", "Head of Humanities", "Elsdon High", "Marks coursework for two exam boards."),
              ("Mr D. Robson", "Teacher of History", "Redesdale Academy", "Leads the partnership's essay clinic on Thursdays."),
              ("Dr A. Milburn", "Extended Project supervisor", "Elsdon High", "Former museum curator; supervises twelve projects a year."),
              ("Mrs K. Dodd", "Librarian", "Redesdale Academy", "Runs the referencing workshops."),
              ("Mr J. Heron", "Teacher of English", "Otterhope College", "Second marker for the partnership's moderation panel."),
              ("Miss L. Fenwick", "Teacher of Geography", "Otterhope College", "Writes the partnership's fieldwork guides.")]
EL_TIP_TITLES = ["MARKER'S MARGIN", "WHY THIS WORKS", "TRY THIS YOURSELF", "EXAM TECHNIQUE"]
EL_TIPS = [
    "Count the sentences: a claim, two pieces of evidence, a comment on each, and a sentence that looks back at the question.",
    "The writer names where a number comes from before saying what it means. Copy that order.",
    "Rewrite this paragraph without its last sentence and see how much weaker it becomes.",
    "Nothing here is decoration. Every clause is doing a job for the argument about {topic}.",
    "Notice that the evidence is introduced, used and then judged, never simply dropped in.",
    "A weaker answer would have stopped after the example. This one explains why the example matters.",
    "Read the first words of each paragraph in turn: together they form a summary of the whole essay.",
]
EL_BANNERS = [
    "Mock exam timetables for the spring term are now in the Guide section.",
    "The handbook will be offline for updates on Saturday morning.",
    "New this month: five model answers for the Extended Project.",
]
EL_ARCHIVED = "This answer was written for a specification that has since been revised. The argument still holds, but the mark scheme has changed."
EL_CITE_LEAD = "If you quote from this answer, reference it in this form:"
EL_AO = [("AO1 knowledge and understanding", 8), ("AO2 analysis of evidence", 10), ("AO3 evaluation of views", 10),
         ("AO4 organisation and style", 6)]
EL_PLAN = ["opening: hook, then the claim", "background: two facts, no opinions yet",
           "strands: one paragraph each, evidence first", "objection: state it fairly, then answer twice",
           "close: answer the question in the first line"]


def el_path(title: str) -> str:
    return f"/models/{slug(ESSAYS_BY_TITLE[title]['tags'][0])}/{slug(title)}"


def el_h(level: int, text: str, anchor: str) -> str:
    return (f'<h{level} id="{anchor}" tabindex="-1">{esc(text)} <a class="header-anchor" href="#{anchor}" '
            f'aria-label="Permalink to &quot;{html.escape(text)}&quot;">&#8203;</a></h{level}>')


def el_block(kind: str, title: str, inner: str) -> str:
    return f'<div class="{kind} custom-block"><p class="custom-block-title">{esc(title)}</p>{inner}</div>'


def el_code(lines: list[str], lang: str = "text", active: bool = False) -> str:
    code = "\n".join(f'<span class="line"><span>{esc(ln)}</span></span>' for ln in lines)
    return (f'<div class="language-{lang} vp-adaptive-theme{" active" if active else ""}"><button title="Copy Code" class="copy"></button>'
            f'<span class="lang">{lang}</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0">'
            f'<code>{code}</code></pre></div>')


def elsdon(p: Page) -> str:
    rng = p.rng
    site = "elsdon"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    path = el_path(p.title)
    url = EL_ROOT + path
    pieces: list[tuple[str, str]] = []
    used: dict[str, int] = {anchor_id(p.title): 1}
    outline: list[tuple[str, str]] = []

    def anchor(text: str) -> str:
        a = anchor_id(text)
        used[a] = used.get(a, 0) + 1
        return a if used[a] == 1 else f"{a}-{used[a] - 1}"

    for kind, value in p.visible():
        if kind == "heading":
            a = anchor(value)
            outline.append((value, a))
            pieces.append(("heading", el_h(2, value, a)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "tip", 13, p):
        title = rng.choice(EL_TIP_TITLES)
        text = note_for(EL_TIPS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", el_block("tip", title, f"<p>{esc(text)}</p>")))
        p.clutter += [title, text]
    turn = rank_on(site, "grid", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            total = 0
            rows = ""
            for ao, top in EL_AO:
                got = rng.randint(top - 3, top)
                total += got
                rows += f'<tr><td>{esc(ao)}</td><td style="text-align:right;">{got} / {top}</td></tr>\n'
                p.clutter.append(f"{ao} {got} / {top}")
            rows += f'<tr><td><strong>Total</strong></td><td style="text-align:right;"><strong>{total} / 34</strong></td></tr>\n'
            inner = ('<table tabindex="0">\n<thead>\n<tr><th>Assessment objective</th><th style="text-align:right;">Marks</th></tr>\n</thead>\n'
                     f"<tbody>\n{rows}</tbody>\n</table>")
            piece = el_block("info", "MARK BREAKDOWN", inner)
            p.clutter += ["MARK BREAKDOWN", "Assessment objective", f"Total {total} / 34"]
        else:
            group = hexid(site, p.index, "group", n=8)
            minutes = [rng.randint(4, 9), rng.randint(8, 14), rng.randint(20, 30), rng.randint(6, 10), rng.randint(3, 6)]
            times = [f"{step.split(':')[0]:<11}{m:>3} min" for m, step in zip(minutes, EL_PLAN)] + [f"{'total':<11}{sum(minutes):>3} min"]
            piece = ("<p>The writer's plan and timings, handed in with the essay:</p>\n"
                     f'<div class="vp-code-group vp-adaptive-theme"><div class="tabs"><input type="radio" name="group-{group}" id="tab-{group}-1" checked>'
                     f'<label data-title="plan.txt" for="tab-{group}-1">plan.txt</label><input type="radio" name="group-{group}" id="tab-{group}-2">'
                     f'<label data-title="timings.txt" for="tab-{group}-2">timings.txt</label></div><div class="blocks">'
                     f"{el_code(EL_PLAN, 'txt', True)}{el_code(times, 'txt')}</div></div>")
            p.clutter += ["The writer's plan and timings, handed in with the essay:"] + EL_PLAN + [t.strip() for t in times]
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Sign in with your partnership account to see the other {fmt_int(more)} words of this answer."
        pieces.append(("wall", el_block("warning", "MEMBERS ONLY", f'<p>{esc(wall)}</p>\n<p><a href="/account/sign-in">Sign in</a> or <a href="/account/help">ask your tutor for access</a></p>')))
        p.clutter += ["MEMBERS ONLY", wall, "Sign in or ask your tutor for access"]
    if p.cut is None and p.refs:
        a = anchor("Works Cited")
        outline.append(("Works Cited", a))
        pieces.append(("heading", el_h(2, "Works Cited", a)))
        pieces.append(("refs", "<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>"))
    # the reference, a Shiki code block that sits before or after the essay
    year = 2022 + p.index % 3
    ref = f"Elsdon Handbook ({year}) {p.title}. Model answer, {p.level}. Available at: {url} (Accessed: date)."
    cite = ("cite", f"<p>{esc(EL_CITE_LEAD)}</p>\n" + el_code([ref]))
    p.clutter += [EL_CITE_LEAD, ref]
    if half_and_half(site, "cite", p):
        pieces.insert(0, cite)
    else:
        pieces.append(cite)
    # the facts: a list inside a details block, under the badges
    marker = rng.choice(EL_MARKERS)
    added = date(2021, 9, 1) + timedelta(days=rng.randint(0, 1000))
    facts = [f"Set as: {p.level} coursework", f"Counted length: {fmt_int(p.words)} words",
             f"Paper: fits on {plural(p.pages, 'side')} of A4 when typed", f"Mark: {p.grade}",
             f"Marked by: {marker[0]}", f"Added: {long_date(added)}"]
    details = ('<details class="details custom-block"><summary>About this answer</summary>\n<ul>\n'
               + "\n".join(f"<li>{esc(f)}</li>" for f in facts) + "\n</ul>\n</details>")
    p.clutter += facts + ["About this answer"]
    badges = (f'<p><span class="VPBadge tip">{esc(p.grade)}</span> <span class="VPBadge info">{esc(p.level)}</span> '
              f'<span class="VPBadge warning">{esc(p.category)}</span></p>')
    p.clutter.append(f"{p.grade} {p.level} {p.category}")
    archived = ""
    if shown_on(site, "archived", 6, p):
        archived = el_block("danger", "ARCHIVED ANSWER", f"<p>{esc(EL_ARCHIVED)}</p>") + "\n"
        p.clutter += ["ARCHIVED ANSWER", EL_ARCHIVED]
    essay_html = "\n".join(h for _, h in pieces)
    # the markers, as a VPTeamMembers grid (each name is an h1 of the component)
    team = rng.sample(EL_MARKERS, rng.randint(1, 3))
    if marker not in team:
        team[0] = marker
    members = ""
    for name, role, org, desc in team:
        pic = hexid("avatar", name, n=10)
        members += (f'<div class="item"><article class="VPTeamMembersItem small"><div class="profile"><figure class="avatar">'
                    f'<img class="avatar-img" src="/people/{pic}.jpg" alt="{html.escape(name)}"></figure><div class="data">'
                    f'<h1 class="name">{esc(name)}</h1><p class="affiliation"><span class="title">{esc(role)}</span> '
                    f'<span class="at"> @ </span><span class="org">{esc(org)}</span></p><p class="desc">{esc(desc)}</p></div></div></article></div>')
        p.clutter += [name, f"{role} @ {org}", desc]
    a_team = anchor("Marked by")
    a_claims = anchor("How other answers state their claim")
    outline += [("Marked by", a_team), ("How other answers state their claim", a_claims)]
    p.clutter += ["Marked by", "How other answers state their claim"]
    # other answers' claim sentences
    claims = ""
    for t in rng.sample(p.others, 3):
        sen = claim_sentence(t)
        claims += f'<li><a href="{el_path(t)}">{esc(t)}</a> \u2014 \u201c{esc(sen)}\u201d</li>\n'
        p.clutter += [t, sen]
    claim_lead = "Compare the final sentence of this opening with the way three other answers put their case:"
    p.clutter.append(claim_lead)
    helpful = rng.randint(4, 120)
    p.clutter += ["Did this answer help you?", f"{helpful} students found this useful"]
    # sidebar: every answer under its subject (the group titles are h2 elements, the entries <p>s)
    groups = ""
    for subject, titles in by_subject(p).items():
        here = p.title in titles
        items = ""
        for t in titles:
            act = " is-active has-active" if t == p.title else ""
            items += (f'<div class="VPSidebarItem level-1 is-link{act}"><div class="item"><div class="indicator"></div>'
                      f'<a class="VPLink link link" href="{el_path(t)}"><p class="text">{esc(t)}</p></a></div></div>')
            if t != p.title:
                p.clutter.append(t)
        groups += (f'<div class="no-transition group"><section class="VPSidebarItem level-0 collapsible{"" if here else " collapsed"}{" has-active" if here else ""}">'
                   f'<div class="item" role="button" tabindex="0"><div class="indicator"></div><h2 class="text">{esc(subject)}</h2>'
                   f'<div class="caret" role="button" aria-label="toggle section" tabindex="0"><span class="vpi-chevron-right caret-icon"></span></div></div>'
                   f'<div class="items">{items}</div></section></div>')
    outline_html = "".join(f'<li><a class="outline-link" href="#{a}" title="{html.escape(h)}">{esc(h)}</a></li>' for h, a in outline)
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = (f'<div class="handbook-banner" role="status"><p>{esc(EL_BANNERS[turn])}</p>'
                  '<button class="banner-close" type="button" aria-label="Dismiss this notice">\u00d7</button></div>')
        p.clutter.append(EL_BANNERS[turn])
    prev_t, next_t = rng.sample(p.others, 2)
    updated = datetime(added.year, added.month, added.day, 16, 0) + timedelta(days=rng.randint(3, 200), minutes=rng.randint(0, 300))
    stamp = f"{updated.month}/{updated.day}/{updated.strftime('%y')}, {updated.strftime('%I:%M %p').lstrip('0')}"
    footer_msg = f"Written by staff and students of {EL_PARTNERSHIP}."
    footer_copy = "Model answers are shared for private study and may not be resubmitted."
    p.clutter += [prev_t, next_t, "Previous answer", "Next answer", "Suggest a correction", f"Last updated: {stamp}",
                  EL_NAME, "Model answers", "Mark schemes", "On this page", "Return to top", footer_msg, footer_copy,
                  "Skip to content"]
    page_key = path.strip("/").replace("/", "_").replace("-", "_")
    asset = hexid(site, "app", n=8)
    desc = html.escape(f"Model answer ({p.level}, {p.category}): {p.title}")
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{esc(p.title)} | {EL_NAME}</title>
    <meta name="description" content="{desc}">
    <meta name="generator" content="VitePress v1.5.0">
    <link rel="preload stylesheet" href="/assets/style.{hexid(site, 'css', n=8)}.css" as="style">
    <link rel="preload stylesheet" href="/vp-icons.css" as="style">
    <script type="module" src="/assets/app.{asset}.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/theme.{hexid(site, 'theme', n=8)}.js">
    <link rel="modulepreload" href="/assets/chunks/framework.{hexid(site, 'fw', n=8)}.js">
    <link rel="modulepreload" href="/assets/{page_key}.md.{hexid(site, p.title, n=8)}.lean.js">
    <link rel="canonical" href="{url}">
    <link rel="icon" href="/favicon.svg">
    <script id="check-dark-mode">(()=>{{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")}})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
  </head>
  <body>
    <div id="app"><div class="Layout" data-v-5d98c3a5><!--[-->{banner}<!--]--><!--[--><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0f60ec36>Skip to content</a><!--]--><!----><header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345><div class="wrapper" data-v-6aa21345><div class="container" data-v-6aa21345><div class="title" data-v-6aa21345><div class="VPNavBarTitle has-sidebar" data-v-6aa21345 data-v-1168a8e4><a class="title" href="/" data-v-1168a8e4><!--[--><!--]--><img class="VPImage logo" src="/logo.svg" alt data-v-8426fc1a><span data-v-1168a8e4>{EL_NAME}</span><!--[--><!--]--></a></div></div><div class="content" data-v-6aa21345><div class="content-body" data-v-6aa21345><!--[--><!--]--><div class="VPNavBarSearch search" data-v-6aa21345><!--[--><!----><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div><!--]--></div><nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-6aa21345 data-v-dc692963><span id="main-nav-aria-label" class="visually-hidden" data-v-dc692963>Main Navigation</span><!--[--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/guide/" tabindex="0" data-v-dc692963 data-v-9c663999><!--[--><span data-v-9c663999>Guide</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink active" href="/models/" tabindex="0" data-v-dc692963 data-v-9c663999><!--[--><span data-v-9c663999>Model answers</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/mark-schemes/" tabindex="0" data-v-dc692963 data-v-9c663999><!--[--><span data-v-9c663999>Mark schemes</span><!--]--></a><!--]--><!--[--><a class="VPLink link VPNavBarMenuLink" href="/staff/" tabindex="0" data-v-dc692963 data-v-9c663999><!--[--><span data-v-9c663999>Staff</span><!--]--></a><!--]--><!--]--></nav><!----><div class="VPNavBarAppearance appearance" data-v-6aa21345 data-v-af096f4a><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme" aria-checked="false" data-v-af096f4a data-v-e40a8bb6 data-v-4a1c76db><span class="check" data-v-4a1c76db><span class="icon" data-v-4a1c76db><!--[--><span class="vpi-sun sun" data-v-e40a8bb6></span><span class="vpi-moon moon" data-v-e40a8bb6></span><!--]--></span></span></button></div><!----></div></div></div></div><div class="divider" data-v-6aa21345><div class="divider-line" data-v-6aa21345></div></div></div><!----></header><div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5 data-v-a6f0e41e><div class="container" data-v-a6f0e41e><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav" data-v-a6f0e41e><span class="vpi-align-left menu-icon" data-v-a6f0e41e></span><span class="menu-text" data-v-a6f0e41e>Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;" data-v-a6f0e41e data-v-17a5e62e><button data-v-17a5e62e>Return to top</button><!----></div></div></div><aside class="VPSidebar" data-v-5d98c3a5 data-v-18756405><div class="curtain" data-v-18756405></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-18756405><span class="visually-hidden" id="sidebar-aria-label" data-v-18756405>Sidebar Navigation</span><!--[--><!--]--><!--[-->{groups}<!--]--><!--[--><!--]--></nav></aside><div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5 data-v-1428d186><div class="VPDoc has-sidebar has-aside" data-v-1428d186 data-v-39a288b8><!--[--><!--]--><div class="container" data-v-39a288b8><div class="aside" data-v-39a288b8><div class="aside-curtain" data-v-39a288b8></div><div class="aside-container" data-v-39a288b8><div class="aside-content" data-v-39a288b8><div class="VPDocAside" data-v-39a288b8 data-v-3f215769><!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline" data-v-3f215769 data-v-a5bbad30><div class="content" data-v-a5bbad30><div class="outline-marker" data-v-a5bbad30></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-a5bbad30>On this page</div><ul class="VPDocOutlineItem root" data-v-a5bbad30 data-v-b933a997><!--[-->{outline_html}<!--]--></ul></div></nav><!--[--><!--]--><div class="spacer" data-v-3f215769></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div><div class="content" data-v-39a288b8><div class="content-container" data-v-39a288b8><!--[--><!--]--><main class="main" data-v-39a288b8><div style="position:relative;" class="vp-doc _{page_key}" data-v-39a288b8><div><h1 id="{anchor_id(p.title)}" tabindex="-1">{esc(p.title)} <a class="header-anchor" href="#{anchor_id(p.title)}" aria-label="Permalink to &quot;{html.escape(p.title)}&quot;">&#8203;</a></h1>
{badges}
{archived}{details}
{essay_html}
{el_h(2, "Marked by", a_team)}
<div class="VPTeamMembers small count-{len(team)}"><div class="container">{members}</div></div>
{el_h(2, "How other answers state their claim", a_claims)}
<p>{esc(claim_lead)}</p>
<ul>
{claims}</ul>
<div class="page-feedback"><p class="feedback-question">Did this answer help you?</p><button type="button" class="feedback-yes">Yes</button> <button type="button" class="feedback-no">No</button><p class="feedback-count">{helpful} students found this useful</p></div>
</div></div></main><footer class="VPDocFooter" data-v-39a288b8 data-v-e257564d><!--[--><!--]--><div class="edit-info" data-v-e257564d><div class="edit-link" data-v-e257564d><a class="VPLink link vp-external-link-icon no-icon edit-link-button" href="https://git.elsdon-sixth.org.uk/handbook/-/edit/main/docs{path}.md" target="_blank" rel="noreferrer" data-v-e257564d><!--[--><span class="vpi-square-pen edit-link-icon" data-v-e257564d></span> Suggest a correction<!--]--></a></div><div class="last-updated" data-v-e257564d><p class="VPLastUpdated" data-v-e257564d data-v-e98dd255>Last updated: <time datetime="{updated.isoformat()}.000Z" data-v-e98dd255>{stamp}</time></p></div></div><nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-e257564d><span class="visually-hidden" id="doc-footer-aria-label" data-v-e257564d>Pager</span><div class="pager" data-v-e257564d><a class="VPLink link pager-link prev" href="{el_path(prev_t)}" data-v-e257564d><!--[--><span class="desc" data-v-e257564d>Previous answer</span><span class="title" data-v-e257564d>{esc(prev_t)}</span><!--]--></a></div><div class="pager" data-v-e257564d><a class="VPLink link pager-link next" href="{el_path(next_t)}" data-v-e257564d><!--[--><span class="desc" data-v-e257564d>Next answer</span><span class="title" data-v-e257564d>{esc(next_t)}</span><!--]--></a></div></nav></footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div><footer class="VPFooter has-sidebar" data-v-5d98c3a5 data-v-e315a0ad><div class="container" data-v-e315a0ad><p class="message" data-v-e315a0ad>{footer_msg}</p><p class="copyright" data-v-e315a0ad>{footer_copy}</p></div></footer><!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{{}}");window.__VP_SITE_DATA__=JSON.parse("{{\\"lang\\":\\"en-GB\\",\\"dir\\":\\"ltr\\",\\"title\\":\\"{EL_NAME}\\",\\"cleanUrls\\":true}}");</script>
  </body>
</html>
"""


# ---- 2. otterburn: Simple Machines Forum 2.1 (Curve2), a common room's essay board -------------------------------

OT_ROOT = "https://commonroom.otterburn.net"
OT_NAME = "Otterburn Common Room"
OT_BOARD = "Essay Swap"
OT_MEMBERS = ["bookish_bea", "Rory_M", "wren.t", "maxfieldJ", "ObiAkin", "Tegan_W", "lukas_h", "saffron22", "Dev.P",
              "arlo_n", "Imogen_R", "kit_c"]
OT_GROUPS = ["Lower sixth", "Upper sixth", "Gap year", "First year uni", "Sixth former"]
OT_RANKS = ["Newbie", "Jr. Member", "Full Member", "Sr. Member", "Hero Member"]
OT_SIGS = ["History, English Lit and Politics. Offer holder, fingers crossed.",
           "If I'm not revising I'm probably asleep.",
           "Maths, Further Maths, Physics. Ask me about vectors, not essays.",
           "EPQ survivor, class of last year.",
           "Currently pretending to revise.",
           "Geography and Biology. Field trip veteran.",
           "Proofreading swaps welcome, send me a message.",
           "Do the reading. Then do it again."]
OT_MARGIN_LABELS = ["[Teacher's margin note]", "[Feedback I got here]", "[My teacher wrote:]", "[Marker's comment]"]
OT_MARGINS = [
    "good link back to the question, keep doing this",
    "this is where the essay moves from describing to arguing",
    "evidence well chosen, but say where the figure comes from",
    "strong paragraph, possibly the best in the essay",
    "could cut one sentence here and lose nothing",
    "nice use of a counter-example for {topic}",
    "this sentence is the one the whole paragraph depends on",
]
OT_NEWS = [
    "The summer essay competition is open until 30 June. Details are in the Announcements board.",
    "Please read the new rules on sharing coursework before posting in Essay Swap.",
    "The forum moved to a new server last night. Tell a moderator if anything looks broken.",
]
OT_STALE = ("Nobody has replied here for more than 120 days. If you still want to add something, consider starting "
            "a fresh topic instead.")
OT_REPLIES = [
    "Thank you so much for sharing this, it helps a lot.",
    "How long did you spend on the planning?",
    "The paragraph with the objection is brilliant.",
    "Did your teacher give you the question or did you choose it?",
    "Saving this for when I start mine.",
    "This is so much clearer than the textbook.",
    "Which sources did you find most useful?",
    "Congrats on the mark, you deserved it.",
    "Could you post your plan as well at some point?",
    "I'd never thought about it that way before.",
]
OT_TIMINGS = ["reading and notes", "plan", "first draft", "redraft after feedback", "referencing"]


def ot_topic(title: str) -> int:
    return int(hexid("otterburn", title, n=5), 16) % 9000 + 1000


def ot_url(title: str) -> str:
    return f"{OT_ROOT}/index.php?topic={ot_topic(title)}.0"


def ot_stamp(d: datetime) -> str:
    return d.strftime("%B %d, %Y, %I:%M:%S %p")


def ot_poster(name: str, uid: int) -> str:
    h = int(hexid("otterburn", "member", name, n=6), 16)
    group, rank, posts = OT_GROUPS[h % len(OT_GROUPS)], OT_RANKS[(h // 7) % len(OT_RANKS)], 20 + h % 900
    stars = "".join('<img src="/Themes/default/images/membericons/icon.png" alt="*">' for _ in range(1 + (h // 7) % 5))
    return (f'<div class="poster">\n<h4>\n<a href="{OT_ROOT}/index.php?action=profile;u={uid}" title="View the profile of {esc(name)}">{esc(name)}</a>\n</h4>\n'
            f'<ul class="user_info">\n<li class="membergroup">{group}</li>\n<li class="postgroup">{rank}</li>\n<li class="stars">{stars}</li>\n'
            f'<li class="avatar">\n<a href="{OT_ROOT}/index.php?action=profile;u={uid}"><img class="avatar" src="{OT_ROOT}/custom_avatar/avatar_{uid}.png" alt=""></a>\n</li>\n'
            f'<li class="postcount">Posts: {posts}</li>\n</ul>\n</div><!-- .poster -->'), [group, rank, f"Posts: {posts}"]


def ot_post(msg: int, topic: int, name: str, subject: str, when: datetime, inner: str, sig: str, likes: int,
            edited: datetime | None, counter: int) -> str:
    uid = int(hexid("otterburn", "uid", name, n=4), 16) % 4000 + 2
    poster, _ = ot_poster(name, uid)
    edit = (f'<span class="smalltext modified floatright" id="modified_{msg}">\n<span class="lastedit">Last Edit</span>: {ot_stamp(edited)} by {esc(name)}\n</span>'
            if edited else f'<span class="smalltext modified floatright" id="modified_{msg}"></span>')
    if likes:
        who = "1 person</a> likes this." if likes == 1 else f"{likes} people</a> like this."
        like = (f'<ul class="floatleft">\n<li class="smflikebutton" id="msg_{msg}_likes"><ul class="floatleft"><li class="like_count smalltext">'
                f'<a href="{OT_ROOT}/index.php?action=likes;sa=view;ltype=msg;like={msg}">{who}</li></ul></li>\n</ul>')
    else:
        like = ""
    return f"""<div class="windowbg" id="msg{msg}">
<div class="post_wrapper">
{poster}
<div class="postarea">
<div class="keyinfo">
<div id="subject_{msg}" class="subject_title subject_hidden">
<a href="{OT_ROOT}/index.php?msg={msg}" rel="nofollow">{esc(subject)}</a>
</div>
<span class="page_number floatright">#{counter}</span>
<div class="postinfo">
<span class="messageicon" style="position: absolute; z-index: -1;"><img src="/Themes/default/images/post/xx.png" alt=""></span>
<a href="{OT_ROOT}/index.php?topic={topic}.msg{msg}#msg{msg}" title="{html.escape(subject)}" class="smalltext">{ot_stamp(when)}</a>
<span class="spacer"></span>
{edit}
</div>
<div id="msg_{msg}_quick_mod"></div>
</div><!-- .keyinfo -->
<div class="post">
<div class="inner" data-msgid="{msg}" id="msg_{msg}">
{inner}
</div>
</div><!-- .post -->
<div class="under_message">
{like}
</div><!-- .under_message -->
</div><!-- .postarea -->
<div class="moderatorbar">
<div class="signature" id="msg_{msg}_signature">
{esc(sig)}
</div>
</div><!-- .moderatorbar -->
</div><!-- $message[css_class] -->
</div>
<hr class="post_separator">
"""


def ot_join(pieces: list[tuple[str, str, bool, bool]]) -> str:
    """BBCode output: text runs split by <br><br>, a single <br> after a heading line, and no break next to a block
    tag (quote, list, table, code, hr), because SMF trims the line breaks around those."""
    out = ""
    prev = None
    for kind, h, starts_block, ends_block in pieces:
        if prev is not None:
            if prev[3] or starts_block:
                out += ""
            elif prev[0] == "heading":
                out += "<br>"
            else:
                out += "<br><br>"
        out += h
        prev = (kind, h, starts_block, ends_block)
    return out


def otterburn(p: Page) -> str:
    rng = p.rng
    site = "otterburn"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    op = rng.choice(OT_MEMBERS)
    topic = ot_topic(p.title)
    msg = topic * 7 + 11
    started = datetime(2021, 9, 6, 16, 0) + timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 360), seconds=rng.randint(0, 59))
    pieces: list[tuple[str, str, bool, bool]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f'<span style="font-size: 14pt;" class="bbc_size"><b>{esc(value)}</b></span>', False, False))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), esc(value), False, False))
        elif kind == "quote":
            pieces.append(("text", f'<blockquote class="bbc_standard_quote"><cite>Quote</cite>{esc(value)}</blockquote>', True, True))
        else:
            ordered, items = value
            style = ' style="list-style-type: decimal;"' if ordered else ""
            pieces.append(("text", f'<ul class="bbc_list"{style}>' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>", True, True))
    n_essay = len(pieces)
    edited = None
    if shown_on(site, "margin", 13, p):
        label = rng.choice(OT_MARGIN_LABELS)
        text = note_for(OT_MARGINS, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<span style="color: gray;" class="bbc_color"><i>{esc(label)} {esc(text)}</i></span>', False, False))
        p.clutter.append(f"{label} {text}")
        edited = started + timedelta(hours=rng.randint(2, 40), minutes=rng.randint(0, 59))
    turn = rank_on(site, "paste", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            lead = "Marks off the feedback sheet, if anyone is interested:"
            rows = [("Criterion", "Mark")] + [(c, f"{rng.randint(top - 3, top)}/{top}") for c, top in
                                               [("Knowledge", 10), ("Use of sources", 10), ("Argument", 15), ("Writing", 5)]]
            table = '<table class="bbc_table">' + "".join(
                "<tr>" + "".join(f"<td>{'<b>' + esc(c) + '</b>' if i == 0 else esc(c)}</td>" for c in r) + "</tr>" for i, r in enumerate(rows)) + "</table>"
            html_piece = f"{esc(lead)}{table}"
            p.clutter += [lead] + [" ".join(r) for r in rows]
        else:
            lead = "How long each bit took me (I actually timed it for once):"
            mins = [rng.randint(40, 120), rng.randint(15, 40), rng.randint(90, 200), rng.randint(30, 80), rng.randint(10, 30)]
            lines = [f"{step} .... {m} min" for step, m in zip(OT_TIMINGS, mins)] + [f"total .... {sum(mins)} min"]
            html_piece = (f'{esc(lead)}<div class="codeheader"><span class="code floatleft">Code</span> <a class="codeoperation smf_select_text">Select</a> '
                          f'<a class="codeoperation smf_expand_code hidden" data-shrink-txt="Shrink" data-expand-txt="Expand">Expand</a></div>'
                          f'<code class="bbc_code">{"<br>".join(esc(ln) for ln in lines)}</code>')
            p.clutter += [lead] + lines
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("paste", html_piece, False, True))
        edited = edited or started + timedelta(hours=rng.randint(2, 40), minutes=rng.randint(0, 59))
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The remainder of this post ({fmt_int(more)} more words) is hidden from guests. Please log in or sign up to read it."
        pieces.append(("wall", f'<div class="noticebox">{esc(wall).replace("log in", f"<a href={chr(34)}{OT_ROOT}/index.php?action=login{chr(34)}>log in</a>").replace("sign up", f"<a href={chr(34)}{OT_ROOT}/index.php?action=signup{chr(34)}>sign up</a>")}</div>', True, True))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<span style="font-size: 14pt;" class="bbc_size"><b>Works Cited</b></span>', False, False))
        pieces.append(("refs", '<ul class="bbc_list">' + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>", True, True))
    # the poster's own line with the counts, above the essay on some pages and below it on the others
    info = (f"<b>Result:</b> {esc(p.grade)} &nbsp;&middot;&nbsp; <b>Course:</b> {esc(p.level)} &nbsp;&middot;&nbsp; "
            f"<b>Words:</b> {fmt_int(p.words)} <i>({p.pages} printed {'page' if p.pages == 1 else 'pages'}, give or take)</i>")
    info_text = f"Result: {p.grade} \u00b7 Course: {p.level} \u00b7 Words: {fmt_int(p.words)} ({p.pages} printed {'page' if p.pages == 1 else 'pages'}, give or take)"
    p.clutter.append(info_text)
    if half_and_half(site, "info", p):
        pieces[:0] = [("info", info, False, False), ("rule", "<hr>", True, True)]
    else:
        pieces += [("rule", "<hr>", True, True), ("info", info, False, False)]
    inner = ot_join(pieces)
    likes = rng.choice([0, 1, rng.randint(2, 9), rng.randint(10, 40)])
    sig = OT_SIGS[int(hexid(site, "sig", op, n=4), 16) % len(OT_SIGS)]
    p.clutter.append(sig)
    if likes:
        p.clutter.append("1 person likes this." if likes == 1 else f"{likes} people like this.")
    posts = ot_post(msg, topic, op, p.title, started, inner, sig, likes, edited, 1)
    p.clutter += [op, ot_stamp(started)] + ot_poster(op, 0)[1]
    if edited:
        p.clutter.append(f"Last Edit: {ot_stamp(edited)} by {op}")
    # replies, in the same post markup; some quote a sentence of the essay
    quotable = [s for b in p.visible() if b[0] == "paragraph" for s in sentences_of(b[1]) if len(s.split()) >= 8]
    n_r = rng.randint(0, 5)
    when = started
    others = [m for m in OT_MEMBERS if m != op]
    for k, (who, text) in enumerate(zip(rng.sample(others, n_r), rng.sample(OT_REPLIES, n_r)), 2):
        when += timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        body = esc(text)
        if quotable and rng.random() < 0.5:
            said = rng.choice(quotable)
            cite = f"Quote from: {op} on {ot_stamp(started)}"
            body = (f'<blockquote class="bbc_standard_quote"><cite><a href="{OT_ROOT}/index.php?topic={topic}.msg{msg}#msg{msg}">{esc(cite)}</a></cite>'
                    f"{esc(said)}</blockquote>{body}")
            p.clutter.append(cite)
        rsig = OT_SIGS[int(hexid(site, "sig", who, n=4), 16) % len(OT_SIGS)]
        rlikes = rng.choice([0, 0, 1, 2])
        posts += ot_post(msg + k * 13, topic, who, f"Re: {p.title}", when, body, rsig, rlikes, None, k)
        p.clutter += [text, who, ot_stamp(when), rsig, f"Re: {p.title}"] + ot_poster(who, 0)[1]
        if rlikes:
            p.clutter.append("1 person likes this." if rlikes == 1 else f"{rlikes} people like this.")
    # similar topics: the opening words of the first strand paragraph of three other essays
    similar = ""
    for t in rng.sample(p.others, 3):
        ex = strand_opening(t)
        starter = OT_MEMBERS[int(hexid(site, "starter", t, n=4), 16) % len(OT_MEMBERS)]
        n_rep = int(hexid(site, "replies", t, n=2), 16) % 9
        similar += (f'<tr class="windowbg"><td class="subject"><a href="{ot_url(t)}">{esc(t)}</a><div class="smalltext">{esc(ex)}&hellip;</div></td>'
                    f'<td class="starter">Started by {esc(starter)}</td><td class="replies">Replies: {n_rep}</td></tr>\n')
        p.clutter += [t, ex, f"Started by {starter}", f"Replies: {n_rep}"]
    # every other topic on the board
    board = ""
    for t in p.others:
        last = OT_MEMBERS[int(hexid(site, "last", t, p.index, n=4), 16) % len(OT_MEMBERS)]
        day = started + timedelta(days=int(hexid(site, "day", t, n=3), 16) % 300)
        board += f'<li><a href="{ot_url(t)}">{esc(t)}</a> <span class="smalltext">by {esc(last)} &raquo; {day.strftime("%B %d, %Y")}</span></li>\n'
        p.clutter += [t, f"by {last} \u00bb {day.strftime('%B %d, %Y')}"]
    news = ""
    turn = rank_on(site, "news", 3, p)
    if turn is not None:
        news = f'<div class="news">\n<h2>News: </h2>\n<p>{esc(OT_NEWS[turn])}</p>\n</div>\n'
        p.clutter.append(OT_NEWS[turn])
    stale = ""
    if shown_on(site, "stale", 6, p):
        stale = f'<div class="noticebox">{esc(OT_STALE)}</div>\n'
        p.clutter.append(OT_STALE)
    reads = rng.randint(90, 6000)
    now = started + timedelta(days=rng.randint(30, 400), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
    created = f"Page created in {rng.randint(40, 190) / 1000:.3f} seconds with {rng.randint(18, 44)} queries."
    started_by = f"Started by {op}, {ot_stamp(started)}"
    p.clutter += [OT_NAME, OT_BOARD, f"(Read {fmt_int(reads)} times)", started_by, created, "Similar topics (3)",
                  f"More from {OT_BOARD}", "SMF 2.1.4 \u00a9 2023", now.strftime("%B %d, %Y, %I:%M:%S %p"), "Welcome, guest. Please login or sign up.",
                  "Terms and Rules", "Simple Machines"]
    url = ot_url(p.title)
    flat = re.sub(r"<[^>]+>", " ", inner)
    flat = html.unescape(re.sub(r"\s+", " ", flat)).strip()
    desc = html.escape(" ".join(flat.split()[:22]) + " ...")
    sess = hexid(site, "session", p.index, n=26)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="{OT_ROOT}/Themes/default/css/minified_{hexid(site, 'css', n=32)}.css?smf214_1700641209">
	<style>
	img.avatar {{ max-width: 65px !important; max-height: 65px !important; }}
	</style>
	<script>
		var smf_theme_url = "{OT_ROOT}/Themes/default";
		var smf_default_theme_url = "{OT_ROOT}/Themes/default";
		var smf_images_url = "{OT_ROOT}/Themes/default/images";
		var smf_smileys_url = "{OT_ROOT}/Smileys";
		var smf_scripturl = "{OT_ROOT}/index.php?PHPSESSID={sess}&amp;";
		var smf_iso_case_folding = false;
		var smf_charset = "UTF-8";
		var smf_session_id = "{hexid(site, 'sid', p.index, n=32)}";
		var smf_session_var = "b{hexid(site, 'var', n=7)}";
		var smf_member_id = 0;
		var ajax_notification_text = 'Loading...';
		var smf_txt_expand = 'Expand';
		var smf_txt_shrink = 'Shrink';
		var smf_collapseAlt = 'Hide';
		var smf_expandAlt = 'Show';
		var smf_quote_expand = 0;
		var allow_xhjr_credentials = false;
	</script>
	<script src="{OT_ROOT}/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="{OT_ROOT}/Themes/default/scripts/minified_{hexid(site, 'js', n=32)}.js?smf214_1700641209"></script>
	<script>
	var smf_you_sure ='Are you sure you want to do this?';
	</script>
	<title>{esc(p.title)}</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="{OT_NAME}">
	<meta property="og:title" content="{html.escape(p.title)}">
	<meta name="keywords" content="sixth form, essays, revision, coursework">
	<meta property="og:url" content="{url}">
	<meta property="og:description" content="{desc}">
	<meta name="description" content="{desc}">
	<meta name="theme-color" content="#557EA0">
	<link rel="canonical" href="{url}">
	<link rel="help" href="{OT_ROOT}/index.php?action=help">
	<link rel="contents" href="{OT_ROOT}/index.php">
	<link rel="search" href="{OT_ROOT}/index.php?action=search">
	<link rel="alternate" title="{OT_NAME} - RSS" type="application/rss+xml" href="{OT_ROOT}/index.php?action=.xml;type=rss2;board=7">
	<link rel="index" href="{OT_ROOT}/index.php?board=7.0">
</head>
<body id="chrome" class="action_display board_7">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">
					Welcome, <strong>guest</strong>. Please <a href="{OT_ROOT}/index.php?action=login" onclick="return reqOverlayDiv(this.href, 'Log in', 'login');">login</a> or <a href="{OT_ROOT}/index.php?action=signup">sign up</a>.
				</li>
			</ul>
			<form id="search_form" class="floatright" action="{OT_ROOT}/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection">
					<option value="all">Entire forum </option>
					<option value="topic" selected>This topic</option>
					<option value="board">This board</option>
				</select>
				<input type="hidden" name="sd_topic" value="{topic}">
				<input type="submit" name="search2" value="Search" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div><!-- .inner_wrap -->
	</div><!-- #top_section -->
	<div id="header">
		<h1 class="forumtitle">
			<a id="top" href="{OT_ROOT}/index.php">{OT_NAME}</a>
		</h1>
		<img id="smflogo" src="{OT_ROOT}/Themes/default/images/smflogo.svg" alt="Simple Machines Forum" title="Simple Machines Forum">
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="{now.isoformat()}Z">{now.strftime("%B %d, %Y, %I:%M:%S %p")}</time>
					</div>
{news}					<hr class="clear">
				</div>
				<a class="mobile_user_menu">
					<span class="menu_icon"></span>
					<span class="text_menu">Main Menu</span>
				</a>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container">
						<div class="popup_window description">
							<div class="popup_heading">Main Menu
								<a href="javascript:void(0);" class="main_icons hide_popup"></a>
							</div>
							<ul class="dropmenu menu_nav">
								<li class="button_home"><a class="active" href="{OT_ROOT}/index.php"><span class="main_icons home"></span><span class="textmenu">Home</span></a></li>
								<li class="button_help"><a href="{OT_ROOT}/index.php?action=help"><span class="main_icons help"></span><span class="textmenu">Help</span></a></li>
								<li class="button_search"><a href="{OT_ROOT}/index.php?action=search"><span class="main_icons search"></span><span class="textmenu">Search</span></a></li>
								<li class="button_calendar"><a href="{OT_ROOT}/index.php?action=calendar"><span class="main_icons calendar"></span><span class="textmenu">Calendar</span></a></li>
								<li class="button_login"><a href="{OT_ROOT}/index.php?action=login"><span class="main_icons login"></span><span class="textmenu">Login</span></a></li>
								<li class="button_signup"><a href="{OT_ROOT}/index.php?action=signup"><span class="main_icons signup"></span><span class="textmenu">Sign up</span></a></li>
							</ul><!-- .menu_nav -->
						</div>
					</div>
				</div>
				<div class="navigate_section">
					<ul>
						<li>
							<a href="{OT_ROOT}/index.php"><span>{OT_NAME}</span></a>
						</li>
						<li>
							<span class="dividers"> &#9658; </span>
							<a href="{OT_ROOT}/index.php#c2"><span>Study</span></a>
						</li>
						<li>
							<span class="dividers"> &#9658; </span>
							<a href="{OT_ROOT}/index.php?board=7.0"><span>{OT_BOARD}</span></a>
						</li>
						<li class="last">
							<span class="dividers"> &#9658; </span>
							<a href="{url}"><span>{esc(p.title)}</span></a>
						</li>
					</ul>
				</div><!-- .navigate_section -->
			</div><!-- #inner_section -->
		</div><!-- #upper_section -->
		<div id="content_section">
			<div id="main_content_section">
		<div id="display_head" class="information">
			<h2 class="display_title">
				<span id="top_subject">{esc(p.title)}</span> <span class="views">(Read {fmt_int(reads)} times)</span>
			</h2>
			<p>Started by {esc(op)}, {ot_stamp(started)}</p>
			<span class="nextlinks floatright">&laquo; <a href="{OT_ROOT}/index.php?topic={topic}.0;prev_next=prev#new">previous</a> <a href="{OT_ROOT}/index.php?topic={topic}.0;prev_next=next#new">next</a> &raquo;</span>
		</div><!-- #display_head -->
		<div class="pagesection top">
			<div class="buttonlist floatright">
				<a class="button button_strip_print" href="{OT_ROOT}/index.php?action=printpage;topic={topic}.0" rel="nofollow">Print</a>
			</div>
			<div class="pagelinks floatleft">
				<a href="#bot" class="button">Go Down</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div id="forumposts">
			<form action="{OT_ROOT}/index.php?action=quickmod2;topic={topic}.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm">
{posts}			</form>
		</div><!-- #forumposts -->
{stale}		<div class="pagesection">
			<div class="pagelinks floatleft">
				<a href="#top" class="button" id="bot">Go Up</a>
				<span class="pages">Pages</span><span class="current_page">1</span>
			</div>
		</div>
		<div id="similar_topics">
			<div class="cat_bar"><h3 class="catbg">Similar topics (3)</h3></div>
			<table class="table_grid">
				<tbody>
{similar}				</tbody>
			</table>
		</div>
		<div id="board_topics">
			<div class="cat_bar"><h3 class="catbg">More from {OT_BOARD}</h3></div>
			<div class="windowbg">
				<ul>
{board}				</ul>
			</div>
		</div>
			</div><!-- #main_content_section -->
		</div><!-- #content_section -->
	</div><!-- #wrapper -->
</div><!-- #footerfix -->
	<div id="footer">
		<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="{OT_ROOT}/index.php?action=help">Help</a> | <a href="{OT_ROOT}/index.php?action=agreement">Terms and Rules</a> | <a href="#top_section">Go Up &#9650;</a></li>
			<li class="copyright"><a href="{OT_ROOT}/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li>
		</ul>
		<p>{created}</p>
		</div>
	</div>
<script>
window.addEventListener("DOMContentLoaded", function() {{
	var oQuickModify = null;
}});
</script>
</body>
</html>
"""


# ---- 3. rothbury: TYPO3 12 with the Bootstrap Package, an international school library ----------------------------

RO_ROOT = "https://www.rothbury-is.de"
RO_NAME = "Rothbury International School"
RO_TEACHERS = ["Mr T. Armstrong", "Frau S. Becker", "Ms P. Okonjo", "Dr H. Lindqvist-Reid"]
RO_NOTE_LABELS = ["Marker's comment", "Study point", "From the feedback sheet", "Pause here"]
RO_NOTES = [
    "Each sentence in this paragraph either gives evidence or says what the evidence shows. None of them just fills space.",
    "The writer changes direction here without losing the thread. Look at how the first sentence does it.",
    "This paragraph was rewritten twice after feedback; the earlier drafts listed facts without judging them.",
    "Anyone tackling {topic} could borrow the way this paragraph weighs two kinds of source.",
    "Numbers are used sparingly and each one is attributed, which is what examiners reward.",
    "The quotation-free style here is deliberate. The argument is carried by the writer's own sentences.",
    "Ask yourself what the reader knows by the end of this paragraph that they did not know before it.",
]
RO_CHECKS = ["Claim stated in the first paragraph", "Every statistic attributed", "Objection answered in its own paragraph",
             "Final paragraph answers the question set", "Works cited in one consistent style"]
RO_BANNERS = [
    "The library is closed for stocktaking from 20 to 24 May.",
    "Parents' evening for the upper school takes place on Thursday.",
    "New: exemplar essays for the Extended Essay are now online.",
]
RO_ARCHIVED = "This exemplar belongs to an earlier version of the course. It is kept online because students still find it useful."
RO_USE = "Students and staff may quote from this essay with acknowledgement. Copying any part of it into assessed work counts as plagiarism."
RO_QA = [
    ("Was this essay written under timed conditions?", "No, it was a coursework essay written over three weeks."),
    ("How long should my own essay be?", "Follow your task sheet; this one keeps close to the suggested length."),
    ("Can I use the same sources?", "Yes, most of them are in the library or its online databases."),
    ("Why does the essay avoid footnotes?", "The department asks for author-date references in the text."),
    ("Did the student get help with the structure?", "Only the usual feedback on one draft."),
    ("Where can I find more exemplars like this?", "Use the menu on the left, grouped by subject."),
    ("Is the grade shown the final grade?", "Yes, after moderation."),
]


def ro_href(title: str) -> str:
    return f"/en/library/exemplar-essays/{slug(ESSAYS_BY_TITLE[title]['tags'][0])}/{slug(title)}/"


def ro_frame(cid: int, ctype: str, inner: str, bg: str = "none", layout: str = "default") -> str:
    return (f'<div id="c{cid}" class="frame frame-{layout} frame-type-{ctype} frame-layout-default frame-size-default '
            f'frame-height-default frame-background-{bg} frame-space-before-none frame-space-after-none frame-no-backgroundimage">'
            f'<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default">'
            f'<div class="frame-inner">\n{inner}\n</div></div></div></div></div>')


def ro_header(text: str, level: int = 2) -> str:
    return f'<header class="frame-header"><h{level} class="element-header "><span>{esc(text)}</span></h{level}></header>'


def rothbury(p: Page) -> str:
    rng = p.rng
    site = "rothbury"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    url = RO_ROOT + ro_href(p.title)
    cid = 400 + p.serial % 500 * 7
    pieces: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", value))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote><p>{esc(value)}</p></blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "comment", 13, p):
        label = rng.choice(RO_NOTE_LABELS)
        text = note_for(RO_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("ce", ("text", f"{ro_header(label, 3)}\n<p>{esc(text)}</p>", "light")))
        p.clutter += [label, text]
    turn = rank_on(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            ticks = rng.sample(RO_CHECKS, 3)
            inner = ro_header("The writer's checklist", 3) + '\n<ul class="ce-bullets">' + "".join(f"<li>{esc(t)}</li>" for t in ticks) + "</ul>"
            put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("ce", ("bullets", inner, "none")))
            p.clutter += ["The writer's checklist"] + ticks
        else:
            rows = [(c, rng.randint(top - 3, top), top) for c, top in
                    [("Knowledge and understanding", 10), ("Use of evidence", 10), ("Critical evaluation", 10), ("Communication", 6)]]
            body = "".join(f"<tr><td>{esc(c)}</td><td>{got}</td><td>{top}</td></tr>" for c, got, top in rows)
            inner = (ro_header("Marks by criterion", 3) + '\n<div class="table-responsive"><table class="table table-striped">'
                     "<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Awarded</th><th scope=\"col\">Available</th></tr></thead>"
                     f"<tbody>{body}</tbody></table></div>")
            put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("ce", ("table", inner, "none")))
            p.clutter += ["Marks by criterion", "Criterion Awarded Available"] + [f"{c} {got} {top}" for c, got, top in rows]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The remaining {fmt_int(more)} words of this essay are available to students and staff of the school. Please log in with your school account."
        form = ('<form action="/en/login/" target="_top" method="post"><fieldset><legend>Login</legend>'
                '<div><label for="tx-felogin-input-username">Username</label><input type="text" autocomplete="username" id="tx-felogin-input-username" name="user" required="required" /></div>'
                '<div><label for="tx-felogin-input-password">Password</label><input type="password" autocomplete="current-password" id="tx-felogin-input-password" name="pass" required="required" /></div>'
                '<div><input type="submit" value="Login" name="submit" /></div></fieldset></form>')
        pieces.append(("ce", ("felogin_login", f"{ro_header('Members area', 3)}\n<p>{esc(wall)}</p>\n{form}", "none")))
        p.clutter += ["Members area", wall]
    if p.cut is None and p.refs:
        pieces.append(("heading", "Works Cited"))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    # the reference box moves: before the essay on some pages, after it on the others
    year = 2021 + p.index % 4
    citation = f"Rothbury International School Library ({year}). {p.title}. Exemplar essay, {p.level}. {url}"
    use = ("ce", ("text", f"{ro_header('Using this essay', 3)}\n<p>{esc(RO_USE)}</p>\n<p class=\"citation\"><em>{esc(citation)}</em></p>", "light"))
    p.clutter += ["Using this essay", RO_USE, citation]
    if half_and_half(site, "use", p):
        pieces.insert(0, use)
    else:
        pieces.append(use)
    # content elements: a heading opens a new text element; a template element closes the running one
    ces: list[str] = []
    head, parts = None, []

    def flush():
        nonlocal head, parts, cid
        if head is not None or parts:
            cid += 1
            ces.append(ro_frame(cid, "text", (ro_header(head) + "\n" if head else "") + "\n".join(parts)))
        head, parts = None, []

    for kind, h in pieces:
        if kind == "heading":
            flush()
            head = h
        elif kind == "ce":
            flush()
            ctype, inner, bg = h
            cid += 1
            ces.append(ro_frame(cid, ctype, inner, bg))
        else:
            parts.append(h)
    flush()
    essay_html = "\n".join(ces)
    # facts: a description list in an HTML element
    teacher = rng.choice(RO_TEACHERS)
    added = date(2021, 9, 1) + timedelta(days=rng.randint(0, 1000))
    facts = [("Subject", p.category), ("Year group", p.level), ("Words (main text)", fmt_int(p.words)),
             ("A4 printout", f"{p.pages} pp."), ("Grade awarded", p.grade), ("Supervising teacher", teacher),
             ("Added to the library", added.strftime("%d.%m.%Y"))]
    dl = '<dl class="exemplar-facts row">' + "".join(f'<dt class="col-sm-5">{esc(k)}</dt><dd class="col-sm-7">{esc(v)}</dd>' for k, v in facts) + "</dl>"
    p.clutter += [f"{k} {v}" for k, v in facts]
    archived = ""
    if shown_on(site, "archived", 6, p):
        archived = ro_frame(cid + 901, "text", f"{ro_header('Archived exemplar', 3)}\n<p>{esc(RO_ARCHIVED)}</p>", "secondary") + "\n"
        p.clutter += ["Archived exemplar", RO_ARCHIVED]
    subheader = f"From the library's {p.topic} shelf: written in {p.level}"
    p.clutter.append(subheader)
    # questions: a Bootstrap accordion
    n_q = rng.randint(1, 4)
    acc_id = cid + 950
    acc = ""
    for k, (q, a) in enumerate(rng.sample(RO_QA, n_q), 1):
        acc += (f'<div class="accordion-item"><h2 class="accordion-header" id="accordion-heading-{acc_id}-{k}">'
                f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#accordion-{acc_id}-{k}" aria-expanded="false" aria-controls="accordion-{acc_id}-{k}">'
                f'<span class="accordion-title-link-text">{esc(q)}</span></button></h2>'
                f'<div id="accordion-{acc_id}-{k}" class="accordion-collapse collapse" aria-labelledby="accordion-heading-{acc_id}-{k}" data-bs-parent="#accordion-{acc_id}">'
                f'<div class="accordion-body"><div class="accordion-content accordion-content-left"><div class="accordion-content-item accordion-content-text"><p>{esc(a)}</p></div></div></div></div></div>')
        p.clutter += [q, a]
    accordion = ro_frame(acc_id, "accordion", f'{ro_header("Questions about this essay")}\n<div class="accordion" id="accordion-{acc_id}">{acc}</div>')
    p.clutter.append("Questions about this essay")
    # more exemplars: cards whose text is the sentence of the other essay that first names its second strand
    cards = ""
    for t in rng.sample(p.others, 3):
        sen = second_strand_sentence(t)
        cards += (f'<div class="card-menu-item"><div class="card"><div class="card-body"><h3 class="card-title"><a href="{ro_href(t)}">{esc(t)}</a></h3>'
                  f'<div class="card-text"><p>{esc(sen)}</p></div></div><div class="card-footer"><a class="card-footer-link" href="{ro_href(t)}" title="{html.escape(t)}">'
                  f'<span class="card-footer-link-text">Read the essay</span></a></div></div></div>')
        p.clutter += [t, sen]
    card_menu = ro_frame(cid + 960, "menu_card_list", f'{ro_header("More exemplars from the library")}\n<div class="card-menu card-menu-align-left card-menu-columns-3">{cards}</div>')
    p.clutter += ["More exemplars from the library", "Read the essay"]
    share = ro_frame(cid + 970, "shariff", ro_header("Share this page", 3) + '\n<div class="shariff" data-lang="en" data-services="[&quot;mail&quot;,&quot;whatsapp&quot;,&quot;linkedin&quot;]">'
                     '<ul class="shariff-buttons theme-default orientation-horizontal">'
                     f'<li class="shariff-button mail"><a href="mailto:?subject={html.escape(p.title)}" title="Send by email"><span class="shariff-text">mail</span></a></li>'
                     '<li class="shariff-button whatsapp"><a href="#" title="Share on WhatsApp"><span class="shariff-text">share</span></a></li>'
                     '<li class="shariff-button linkedin"><a href="#" title="Share on LinkedIn"><span class="shariff-text">share</span></a></li></ul></div>')
    p.clutter.append("Share this page")
    # the subnavigation: every exemplar under its subject
    subnav = ""
    for subject, titles in by_subject(p).items():
        items = ""
        for t in titles:
            act = " active" if t == p.title else ""
            items += (f'<li class="subnav-item{act}"><a href="{ro_href(t)}" class="subnav-link{act}" title="{html.escape(t)}">'
                      f'<span class="subnav-link-text">{esc(t)}</span></a></li>')
            if t != p.title:
                p.clutter.append(t)
        here = " active" if p.title in titles else ""
        subnav += (f'<li class="subnav-item{here}"><a href="/en/library/exemplar-essays/{slug(subject)}/" class="subnav-link{here}" title="{html.escape(subject)}">'
                   f'<span class="subnav-link-text">{esc(subject)}</span></a><ul class="subnav-nav">{items}</ul></li>')
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="alert alert-info sitewide-alert" role="alert"><div class="container">{esc(RO_BANNERS[turn])}</div></div>\n'
        p.clutter.append(RO_BANNERS[turn])
    modified = added + timedelta(days=rng.randint(5, 300))
    p.clutter += [RO_NAME, "Exemplar essays", "You are here:", "Skip to the main content", "Skip to page footer",
                  "Library opening hours: Monday to Friday 7.45 to 16.30", "Schulstrasse 12, 35037 Marburg",
                  f"Page last modified: {modified.strftime('%d.%m.%Y')}", "Running with TYPO3 and Bootstrap Package.",
                  "Data protection", "Admissions"]
    page_id = 300 + p.serial % 600
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->


<title>{esc(p.title)} - {RO_NAME}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="description" content="{html.escape(subheader)}">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:site_name" content="{RO_NAME}">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">

<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-{hexid(site, 'theme', n=64)}.css?1712064512" media="all">
<link rel="stylesheet" href="/typo3conf/ext/rothbury_site/Resources/Public/Css/site.css?1709811140" media="all">
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/modernizr/modernizr.min.js?1709811140" async="async"></script>

<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en-GB" href="{url}">
<link rel="alternate" hreflang="de-DE" href="{url.replace('/en/', '/de/')}">
<link rel="alternate" hreflang="x-default" href="{url}">
</head>
<body id="p{page_id}" class="page-{page_id} pagelevel-4 language-0 backendlayout-subnavigation_left layout-default">

<div id="top"></div><div class="body-bg body-bg-top"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Skip to the main content</span></a><a class="visually-hidden-focusable page-skip-link" href="#page-footer"><span>Skip to page footer</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="{RO_NAME}" href="/en/"><img class="navbar-brand-logo-normal" src="/fileadmin/rothbury/logo.svg" alt="{RO_NAME} logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Main navigation" id="mainnavigation" class="collapse navbar-collapse">
<ul class="navbar-nav">
<li class="nav-item"><a id="nav-item-2" href="/en/about/" class="nav-link" title="About"><span class="nav-link-text">About</span></a></li>
<li class="nav-item"><a id="nav-item-3" href="/en/admissions/" class="nav-link" title="Admissions"><span class="nav-link-text">Admissions</span></a></li>
<li class="nav-item"><a id="nav-item-4" href="/en/learning/" class="nav-link" title="Learning"><span class="nav-link-text">Learning</span></a></li>
<li class="nav-item active"><a id="nav-item-5" href="/en/library/" class="nav-link active" title="Library" aria-current="true"><span class="nav-link-text">Library</span></a></li>
<li class="nav-item"><a id="nav-item-6" href="/en/contact/" class="nav-link" title="Contact"><span class="nav-link-text">Contact</span></a></li>
</ul>
</nav>
<ul id="language_menu" class="languagemenu"><li class="active"><a href="{ro_href(p.title)}" hreflang="en-GB" title="English"><span>English</span></a></li><li><a href="{ro_href(p.title).replace('/en/', '/de/')}" hreflang="de-DE" title="Deutsch"><span>Deutsch</span></a></li></ul>
</div>
</header>
{banner}<nav class="breadcrumb-section" aria-label="Breadcrumb">
<div class="container">
<p class="visually-hidden" id="breadcrumb">You are here:</p>
<ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/" title="Home"><span class="breadcrumb-link-title"><span class="breadcrumb-text">Home</span></span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/library/" title="Library"><span class="breadcrumb-link-title"><span class="breadcrumb-text">Library</span></span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/library/exemplar-essays/" title="Exemplar essays"><span class="breadcrumb-link-title"><span class="breadcrumb-text">Exemplar essays</span></span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/library/exemplar-essays/{slug(p.category)}/" title="{html.escape(p.category)}"><span class="breadcrumb-link-title"><span class="breadcrumb-text">{esc(p.category)}</span></span></a></li>
<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-link-title"><span class="breadcrumb-text">{esc(p.title)}</span></span></li>
</ol>
</div>
</nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default">
<div class="container">
<div class="section-row">
<div class="section-column subcontent-wrap">
<nav class="frame frame-type-subnavigation" aria-label="Subnavigation"><ul class="subnav-nav">{subnav}</ul></nav>
</div>
<main class="section-column maincontent-wrap" role="main">
{ro_frame(cid + 900, "header", f'<header class="frame-header"><h1 class="element-header "><span>{esc(p.title)}</span></h1><h2 class="element-subheader "><span>{esc(subheader)}</span></h2></header>')}
{archived}{ro_frame(cid + 902, "html", dl)}
{essay_html}
{accordion}
{card_menu}
{share}
</main>
</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content">
<div class="container">
<div class="section-row">
<div class="section-column footer-section-content-column footer-section-content-column-left"><p><strong>{RO_NAME}</strong><br>Schulstrasse 12, 35037 Marburg</p></div>
<div class="section-column footer-section-content-column footer-section-content-column-middle"><p>Library opening hours: Monday to Friday 7.45 to 16.30</p></div>
<div class="section-column footer-section-content-column footer-section-content-column-right"><ul class="list-unstyled"><li><a href="/en/imprint/">Imprint</a></li><li><a href="/en/data-protection/">Data protection</a></li><li><a href="/en/accessibility/">Accessibility</a></li></ul></div>
</div>
</div>
</section>
<section class="section footer-section footer-section-meta">
<div class="frame frame-background-none frame-space-before-none frame-space-after-none">
<div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container frame-container-default"><div class="frame-inner">
<div class="footer-info-section"><div class="footer-copyright"><p>&copy; {2024} {RO_NAME} &middot; Page last modified: {modified.strftime('%d.%m.%Y')}</p></div><div class="footer-sociallinks"></div></div>
<div class="footer-language"></div>
<div class="footer-meta"><p>Running with <a href="https://typo3.org" rel="noopener" target="_blank">TYPO3</a> and <a href="https://www.bootstrap-package.com" rel="noopener" target="_blank">Bootstrap Package</a>.</p></div>
</div></div></div></div>
</div>
</section>
</footer>
<a class="scroll-top" title="Scroll to top" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<script src="/typo3temp/assets/compressed/merged-{hexid(site, 'js', n=32)}.js?1712064512"></script>
</body>
</html>
"""


# ---- 4. alwinton: Open edX legacy courseware, a MOOC unit ----------------------------------------------------------

AL_ROOT = "https://learn.alwinton.org"
AL_COURSE = "course-v1:AlwintonX+WRIT102x+2024_T1"
AL_NAME = "Alwinton Learning"
AL_COURSE_NAME = "Reading Strong Essays"
AL_PAUSE_TITLES = ["Pause and reflect", "Stop and think", "Quick reflection", "Your turn"]
AL_PAUSES = [
    "Before you read on, write one sentence saying what you expect the next paragraph to argue.",
    "Underline the sentence above that you think carries the most weight. Why that one?",
    "How would you check the figure the writer has just used? Note one way.",
    "Try to state the essay's claim so far in fewer than twenty words.",
    "What would a reader who disagreed with the writer say at this point?",
    "Compare this paragraph with your own writing on {topic}. What does it do that yours does not?",
    "Which sentence above could be cut without weakening the argument?",
]
AL_TRANSCRIPT = [
    ["Hello again. In this short video I want to look at how the essay is built.",
     "Notice first that the claim arrives at the end of the opening, not the start.",
     "Then watch how each paragraph after it earns one part of that claim.",
     "Pause the video here and read on, then come back for the second part."],
    ["Welcome back. This time we are looking at the evidence.",
     "Every number in this essay has a name and a date attached to it.",
     "That habit alone lifts an answer into the top band.",
     "Now read the rest of the essay and look out for the objection."],
]
AL_GRID = [("Clarity of claim", 5), ("Use of evidence", 5), ("Handling of objections", 5), ("Structure and style", 5)]
AL_BANNERS = [
    "Scheduled maintenance: the platform will be unavailable on Sunday between 02:00 and 04:00 UTC.",
    "Certificates for the spring run will be issued at the end of the month.",
    "New optional module: writing your own introduction. Find it under Course.",
]
AL_ENDED = "This run of the course has ended. You can still read every unit, but polls and problems no longer record answers."
AL_HONOR = ("Honor Code reminder: exemplars are here for you to learn from. Submitting any part of one as your own "
            "work breaks the Honor Code and may lead to removal from the course.")
AL_POLL = ["The opening", "How evidence is used", "How the objection is handled", "The conclusion"]
AL_ARGUMENT = ["Nothing about the outcome was ever inevitable.", "The usual story deserves more suspicion than it gets.",
               "Popular memory has simplified the episode beyond recognition."]


def al_chapter(subject: str) -> str:
    return hexid("alwinton", "chapter", subject, n=32)


def al_seq(title: str) -> str:
    return hexid("alwinton", "seq", title, n=32)


def al_href(title: str) -> str:
    subject = cap(ESSAYS_BY_TITLE[title]["tags"][0])
    return f"/courses/{AL_COURSE}/courseware/{al_chapter(subject)}/{al_seq(title)}/1"


def al_block(kind: str, bid: str, inner: str, graded: bool = False) -> str:
    usage = f"block-v1:AlwintonX+WRIT102x+2024_T1+type@{kind}+block@{bid}"
    module = {"html": "HtmlBlock", "video": "VideoBlock", "problem": "ProblemBlock", "poll": "PollBlock"}[kind]
    return (f'<div class="xblock xblock-student_view xblock-student_view-{kind} xmodule_display xmodule_{module}" data-init="XBlockToXModuleShim" '
            f'data-runtime-class="LmsRuntime" data-runtime-version="1" data-block-type="{kind}" data-usage-id="{usage}" '
            f'data-request-token="{hexid("token", bid, n=32)}" data-course-id="{AL_COURSE}" data-graded="{graded}" data-has-score="{graded}">\n'
            f'<script type="json/xblock-args" class="xblock-json-init-args">{{"xmodule-type": "{module}"}}</script>\n{inner}\n</div>')


def al_vert(n: int, bid: str, block: str) -> str:
    return f'<div class="vert vert-{n}" data-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@html+block@{bid}">\n{block}\n</div>'


def alwinton(p: Page) -> str:
    rng = p.rng
    site = "alwinton"
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
    # components that cut the essay's HTML block in two
    if shown_on(site, "pause", 13, p):
        title = rng.choice(AL_PAUSE_TITLES)
        text = note_for(AL_PAUSES, p)
        inner = f'<div class="reflection-prompt">\n<h3>{esc(title)}</h3>\n<p>{esc(text)}</p>\n</div>'
        put(pieces, spot(n_essay, rng, 2, 6), ("split", al_block("html", hexid(site, p.index, "pause", n=32), inner)))
        p.clutter += [title, text]
    turn = rank_on(site, "media", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            vid = hexid(site, p.index, "video", n=32)
            lines = AL_TRANSCRIPT[(turn // 2) % 2]
            length = f"{rng.randint(2, 4)}:{rng.randint(10, 59)}"
            caps = "".join(f'<li role="link" tabindex="0" data-index="{i}" data-start="{i * 9000}">{esc(ln)}</li>' for i, ln in enumerate(lines))
            inner = (f'<h3 class="hd hd-2">Tutor walkthrough</h3>\n<div id="video_{vid}" class="video closed" data-metadata=\'{{"autoplay": false, "streams": "1.00:{hexid(site, p.index, n=11)}"}}\' tabindex="-1">'
                     f'<div class="focus_grabber first"></div><div class="tc-wrapper"><div class="video-wrapper"><span tabindex="0" class="spinner" aria-hidden="false" aria-label="Loading video player"></span>'
                     f'<div class="video-player-pre"></div><div class="video-player"><div id="{vid}"></div><h4 class="hd hd-4 video-error is-hidden">No playable video sources found.</h4></div>'
                     f'<div class="video-player-post"></div><div class="closed-captions"></div><div class="video-controls is-hidden"><div><div class="vcr"><div class="vidtime">0:00 / {length}</div></div></div></div></div>'
                     f'<div class="subtitles" role="region" id="transcript-{vid}" aria-label="Activating an item in this group will skip to the corresponding point in the video.">'
                     f'<h3 class="transcript-title sr"></h3><ol id="transcript-captions" class="subtitles-menu" lang="en">{caps}</ol></div></div><div class="focus_grabber last"></div></div>')
            put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("split", al_block("video", vid, inner)))
            p.clutter += ["Tutor walkthrough", "No playable video sources found.", f"0:00 / {length}"] + lines
        else:
            rows = "".join(f"<tr><td>{esc(c)}</td><td>{rng.randint(top - 2, top)} / {top}</td></tr>" for c, top in AL_GRID)
            inner = (f'<h3>Marking grid</h3>\n<table class="marking-grid"><thead><tr><th>Criterion</th><th>Score</th></tr></thead><tbody>{rows}</tbody></table>')
            put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("split", al_block("html", hexid(site, p.index, "grid", n=32), inner)))
            p.clutter += ["Marking grid", "Criterion Score"] + [re.sub(r"<[^>]+>", " ", r).strip() for r in re.findall(r"<tr><td>.*?</tr>", rows)]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"The remaining {fmt_int(more)} words of this exemplar are for enrolled learners."
        pieces.append(("wall", f'<div class="content-paywall"><p><span class="icon fa fa-lock" aria-hidden="true"></span> <strong>{esc(wall)}</strong></p>'
                               f'<p><a class="btn btn-primary" href="{AL_ROOT}/register?course_id={AL_COURSE}&amp;enrollment_action=enroll">Enroll to keep reading</a></p></div>'))
        p.clutter += [wall, "Enroll to keep reading"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>"))
    # verticals: the essay's HTML block is closed by each component that splits it
    verts: list[str] = []
    run: list[str] = []

    def close_run():
        if run:
            bid = hexid(site, p.index, "essay", len(verts), n=32)
            verts.append(al_block("html", bid, "\n".join(run)))
            run.clear()

    for kind, h in pieces:
        if kind == "split":
            close_run()
            verts.append(h)
        else:
            run.append(h)
    close_run()
    honor = al_block("html", hexid(site, p.index, "honor", n=32), f'<div class="honor-code-note"><p>{esc(AL_HONOR)}</p></div>')
    p.clutter.append(AL_HONOR)
    if half_and_half(site, "honor", p):
        verts.insert(0, honor)
    else:
        verts.append(honor)
    # the unit's introduction, with the counts inside a sentence
    read_min = max(2, round(p.words / 200))
    intro_text = (f"This exemplar was written for {p.level} {p.topic} and received {p.grade}. It runs to {fmt_int(p.words)} words over "
                  f"{plural(p.pages, 'page')} and should take around {read_min} minutes to read, or {read_min * 3} if you make notes.")
    intro = al_block("html", hexid(site, p.index, "intro", n=32), f'<div class="exemplar-intro"><p>{esc(intro_text)}</p></div>')
    p.clutter.append(intro_text)
    verts.insert(0, intro)
    # a poll with its results
    votes = rng.randint(60, 900)
    shares = [rng.randint(5, 40) for _ in AL_POLL]
    total = sum(shares)
    pct = [round(100 * s / total) for s in shares]
    pct[-1] = 100 - sum(pct[:-1])
    pid = hexid(site, p.index, "poll", n=32)
    results = "".join(f'<li class="poll-result"><div class="poll-result-input-container"><input id="{pid}-result-{i}" type="radio" disabled /></div>'
                      f'<div class="percentage-gauge-container"><div class="percentage-gauge" style="width:{v}%;"><label class="poll-answer-label" for="{pid}-result-{i}">{esc(a)}</label></div></div>'
                      f'<div class="poll-percent-display">{v}%</div></li>' for i, (a, v) in enumerate(zip(AL_POLL, pct)))
    poll = al_block("poll", pid, f'<div class="poll-block themed-xblock" data-private="false" data-can-vote="false">\n<h3 class="poll-header">Quick poll</h3>\n'
                                 f'<div class="poll-results-wrapper"><h3 class="poll-header">Results</h3><p class="poll-question">Which part of this exemplar would you most like to imitate?</p>'
                                 f'<ul class="poll-results">{results}</ul><div class="poll-footnote">Results gathered from {fmt_int(votes)} respondents.</div></div>\n</div>')
    p.clutter += ["Quick poll", "Which part of this exemplar would you most like to imitate?",
                  f"Results gathered from {fmt_int(votes)} respondents."] + [f"{a} {v}%" for a, v in zip(AL_POLL, pct)]
    # a problem whose choices are sentences from three other exemplars and one argument
    choices = [second_fact(t) for t in rng.sample(p.others, 3)] + [rng.choice(AL_ARGUMENT)]
    rng.shuffle(choices)
    qid = hexid(site, p.index, "problem", n=32)
    opts = "".join(f'<div class="field"><input type="checkbox" name="input_{qid}_2_1[]" id="input_{qid}_2_1_choice_{i}" class="field-input input-checkbox" value="choice_{i}"/>'
                   f'<label id="{qid}_2_1-choice_{i}-label" for="input_{qid}_2_1_choice_{i}" class="response-label field-label label-inline" aria-describedby="status_{qid}_2_1">{esc(c)}</label></div>'
                   for i, c in enumerate(choices))
    question = "These sentences come from other exemplars in this course. Which of them state a fact rather than an argument? Select all that apply."
    problem = al_block("problem", qid, f'<div id="problem_{qid}" class="problems-wrapper" role="group" aria-labelledby="{qid}-problem-title" data-problem-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@problem+block@{qid}" data-problem-score="0" data-problem-total-possible="1" data-attempts-used="0" data-graded="False">\n'
                                     f'<h3 class="hd hd-3 problem-header" id="{qid}-problem-title" aria-describedby="{qid}-problem-progress" tabindex="-1">Check your understanding</h3>\n'
                                     f'<div class="problem-progress" id="{qid}-problem-progress">1 point possible (ungraded)</div>\n<div class="problem"><div><div class="wrapper-problem-response" tabindex="-1" aria-label="Question 1" role="group">'
                                     f'<p>{esc(question)}</p><div class="choicegroup capa_inputtype" id="inputtype_{qid}_2_1"><fieldset aria-describedby="status_{qid}_2_1">{opts}</fieldset>'
                                     f'<div class="indicator-container"><span class="status unanswered" id="status_{qid}_2_1" data-tooltip="Not yet answered."><span class="sr">unanswered</span><span class="status-icon" aria-hidden="true"></span></span></div></div></div></div>'
                                     f'<div class="action"><div class="submit-attempt-container"><button type="button" class="submit btn-brand" data-submitting="Submitting" data-value="Submit" disabled><span class="submit-label">Submit</span></button>'
                                     f'<div class="submission-feedback" id="submission_feedback_{qid}">You have used 0 of 2 attempts</div></div>'
                                     f'<div class="problem-action-buttons-wrapper"><span class="problem-action-button-wrapper"><button type="button" class="save problem-action-btn btn-link btn-small" data-value="Save"><span aria-hidden="true">Save</span></button></span>'
                                     f'<span class="problem-action-button-wrapper"><button type="button" class="show problem-action-btn btn-link btn-small" aria-describedby="{qid}-problem-title"><span class="show-label">Show answer</span></button></span></div></div></div>\n</div>')
    p.clutter += choices + ["Check your understanding", "1 point possible (ungraded)", question, "You have used 0 of 2 attempts",
                            "Show answer"]
    verts += [poll, problem]
    vert_html = "\n".join(al_vert(n, hexid(site, p.index, "vert", n, n=32), v) for n, v in enumerate(verts))
    # the course index: every exemplar, under its subject's module
    index = ""
    for m, (subject, titles) in enumerate(by_subject(p).items(), 2):
        ch = al_chapter(subject)
        here = p.title in titles
        items = ""
        for t in titles:
            cur = t == p.title
            items += (f'<div class="menu-item{" active" if cur else ""}"><a class="accordion-nav" href="{al_href(t)}">'
                      f'<p class="accordion-display-name">{esc(t)} {"<span class=" + chr(34) + "sr" + chr(34) + ">, current section</span>" if cur else ""}</p>'
                      f'<p class="subtitle"><span class="subtitle-name">Ungraded exemplar</span></p></a></div>')
            if not cur:
                p.clutter.append(t)
        label = f"Module {m}: {subject}"
        index += (f'<button class="accordion-nav chapter" id="{ch}-parent" aria-controls="{ch}-child" aria-expanded="{"true" if here else "false"}">'
                  f'<span class="group-heading{" active" if here else ""}" aria-label="{html.escape(label)}"><span class="icon fa fa-caret-right" aria-hidden="true"></span>{esc(label)}</span></button>'
                  f'<div class="chapter-content-container{"" if here else " is-hidden"}" id="{ch}-child" tabindex="-1" role="group" aria-label="{html.escape(label)} submenu">'
                  f'<div class="chapter-menu">{items}</div></div>\n')
        p.clutter.append(label)
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = (f'<div class="page-banner"><div class="user-messages user-messages-ltr"><div class="alert alert-info" role="alert">'
                  f'<span class="icon icon-alert fa fa-info-circle" aria-hidden="true"></span><div class="message-content">{esc(AL_BANNERS[turn])}</div></div></div></div>\n')
        p.clutter.append(AL_BANNERS[turn])
    ended = ""
    if shown_on(site, "ended", 6, p):
        ended = f'<div class="course-ended-message"><div class="alert alert-warning" role="alert">{esc(AL_ENDED)}</div></div>\n'
        p.clutter.append(AL_ENDED)
    module_no = list(by_subject(p)).index(p.category) + 2
    tabs = [("Read the exemplar", "video"), ("Discuss it", "other"), ("Check yourself", "problem")]
    seq_tabs = "".join(f'<li role="presentation"><button class="seq_{kind} nav-item tab{" active" if i == 0 else ""}" role="tab" tabindex="-1" aria-selected="{"true" if i == 0 else "false"}" '
                       f'aria-expanded="false" aria-controls="seq_content" data-index="{i}" data-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@vertical+block@{hexid(site, p.title, i, n=32)}" '
                       f'data-element="{i + 1}" data-page-title="{html.escape(name)}" data-path="Module {module_no} &gt; {html.escape(p.title)} &gt; {html.escape(name)}" id="tab_{i}">'
                       f'<span class="icon fa seq_{kind}" aria-hidden="true"></span><span class="fa fa-fw fa-bookmark bookmark-icon is-hidden" aria-hidden="true"></span>'
                       f'<div class="sequence-tooltip sr"><span class="sr">{kind}&nbsp;</span>{esc(name)}<span class="sr bookmark-icon-sr">&nbsp;</span></div></button></li>'
                       for i, (name, kind) in enumerate(tabs))
    p.clutter += [AL_NAME, AL_COURSE_NAME, "AlwintonX:", "WRIT102x", "Bookmark this page", "Explore courses",
                  "Register for free", "Ungraded exemplar", "Course Search", "Bookmarks", "Privacy Policy",
                  "Terms of Service", "All rights reserved except where noted.", "Read the exemplar", "Discuss it",
                  "Check yourself", "Skip to the main content"]
    seq = al_seq(p.title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head dir="ltr">
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} | Module {module_no} | WRIT102x Courseware | {AL_NAME}</title>
<script type="text/javascript" src="/static/js/i18n/en/djangojs.{hexid(site, 'i18n', n=12)}.js"></script>
<link rel="icon" type="image/x-icon" href="/static/alwinton-theme/images/favicon.{hexid(site, 'ico', n=12)}.ico" />
<link href="/static/alwinton-theme/css/lms-style-vendor.{hexid(site, 'vendor', n=12)}.css" rel="stylesheet" type="text/css" />
<link href="/static/alwinton-theme/css/lms-main-v1.{hexid(site, 'main', n=12)}.css" rel="stylesheet" type="text/css" />
<link href="/static/alwinton-theme/css/lms-course.{hexid(site, 'course', n=12)}.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/common/js/vendor/jquery.{hexid(site, 'jq', n=12)}.js"></script>
<script type="text/javascript" src="/static/bundles/commons.{hexid(site, 'commons', n=20)}.js"></script>
<script type="text/javascript">
  window.baseUrl = "/static/";
  var require = {{baseUrl: window.baseUrl}};
</script>
<meta name="path_prefix" content="">
<meta name="openedx-release-line" content="redwood" />
</head>
<body class="ltr view-in-course view-courseware courseware lang_en">
<div class="window-wrap" dir="ltr">
<a class="nav-skip sr-only sr-only-focusable" href="#main">Skip to the main content</a>
<header class="global-header ">
  <div class="main-header">
    <div class="hamburger-menu" role="button" aria-label="Options Menu" aria-expanded="false" aria-controls="mobile-menu" tabindex="0"><span class="line"></span><span class="line"></span><span class="line"></span><span class="line"></span></div>
    <a class="header-logo" href="{AL_ROOT}/dashboard"><img class="logo" src="/static/alwinton-theme/images/logo.png" alt="{AL_NAME} Home Page"/></a>
    <div class="course-header"><span class="provider">AlwintonX:</span> <span class="course-number">WRIT102x</span> <span class="course-name">{AL_COURSE_NAME}</span></div>
    <nav class="nav-links" aria-label="Main">
      <div class="main"><div class="mobile-nav-item hidden-mobile nav-item nav-tab"><a href="/courses">Explore courses</a></div></div>
      <div class="secondary"><div class="mobile-nav-item hidden-mobile nav-item"><a class="register-btn btn" href="/register?next=%2Fcourses%2F{AL_COURSE}%2Fcourseware">Register for free</a></div><div class="mobile-nav-item hidden-mobile nav-item"><a class="sign-in-btn btn" href="/login?next=%2Fcourses%2F{AL_COURSE}%2Fcourseware">Sign in</a></div></div>
    </nav>
  </div>
  <div class="mobile-menu hidden" aria-label="More" role="menubar" id="mobile-menu"></div>
</header>
{banner}<div class="marketing-hero"></div>
<div class="content-wrapper main-container" id="content" dir="ltr">
<nav class="navbar course-tabs pb-0 navbar-expand-lg navbar-light" aria-label="Course">
  <ul class="navbar-nav mr-auto">
    <li class="nav-item"><a class="nav-link active" href="/courses/{AL_COURSE}/course/" aria-current="page">Course</a></li>
    <li class="nav-item"><a class="nav-link" href="/courses/{AL_COURSE}/progress">Progress</a></li>
    <li class="nav-item"><a class="nav-link" href="/courses/{AL_COURSE}/dates">Dates</a></li>
    <li class="nav-item"><a class="nav-link" href="/courses/{AL_COURSE}/discussion/forum/">Discussion</a></li>
    <li class="nav-item"><a class="nav-link" href="/courses/{AL_COURSE}/wiki">Wiki</a></li>
  </ul>
</nav>
{ended}<div class="container">
  <div class="course-wrapper" role="presentation">
    <div class="course-index">
      <div class="wrapper-course-modes">
        <div class="courseware-bookmarks-button"><a class="bookmarks-list-button" href="/courses/{AL_COURSE}/bookmarks/">Bookmarks</a></div>
        <div id="courseware-search-bar" class="search-bar courseware-search-bar" role="search" aria-label="Course">
          <form class="search-form"><label for="course-search-input" class="sr">Course Search</label><div class="search-field-wrapper"><input id="course-search-input" type="text" class="search-field"/><button type="submit" class="search-button">Search</button><button type="button" class="cancel-button" title="Clear search"><span class="icon fa fa-remove" aria-hidden="true"></span></button></div></form>
        </div>
      </div>
      <div class="accordion">
        <nav class="course-navigation" aria-label="Course">
{index}        </nav>
      </div>
    </div>
    <section class="course-content" id="course-content">
      <main id="main" tabindex="-1" aria-label="Content">
        <div class="xblock xblock-student_view xblock-student_view-sequential xmodule_display xmodule_SequenceBlock" data-init="XBlockToXModuleShim" data-runtime-class="LmsRuntime" data-runtime-version="1" data-block-type="sequential" data-usage-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@sequential+block@{seq}" data-course-id="{AL_COURSE}">
<script type="json/xblock-args" class="xblock-json-init-args">{{"xmodule-type": "SequenceBlock"}}</script>
<div id="sequence_{seq}" class="sequence" data-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@sequential+block@{seq}" data-position="1" data-ajax-url="/courses/{AL_COURSE}/xblock/block-v1:AlwintonX+WRIT102x+2024_T1+type@sequential+block@{seq}/handler/xmodule_handler" data-next-url="{AL_ROOT}/courses/{AL_COURSE}/courseware/next" data-prev-url="{AL_ROOT}/courses/{AL_COURSE}/courseware/prev">
  <div class="sequence-nav">
    <button class="sequence-nav-button button-previous"><span class="icon fa fa-chevron-prev" aria-hidden="true"></span><span class="sequence-nav-button-label">Previous</span></button>
    <nav class="sequence-list-wrapper" aria-label="Sequence">
      <ol id="sequence-list" role="tablist">{seq_tabs}</ol>
    </nav>
    <button class="sequence-nav-button button-next"><span class="sequence-nav-button-label">Next</span><span class="icon fa fa-chevron-next" aria-hidden="true"></span></button>
  </div>
  <div class="sr-is-focusable" tabindex="-1"></div>
  <div id="seq_content" role="tabpanel" aria-labelledby="tab_0" tabindex="-1">
<div class="xblock xblock-student_view xblock-student_view-vertical" data-init="VerticalStudentView" data-runtime-class="LmsRuntime" data-runtime-version="1" data-block-type="vertical" data-usage-id="block-v1:AlwintonX+WRIT102x+2024_T1+type@vertical+block@{hexid(site, p.title, 0, n=32)}" data-course-id="{AL_COURSE}">
<h2 class="hd hd-2 unit-title">{esc(p.title)}</h2>
<div class="bookmark-button-wrapper"><button class="btn btn-link bookmark-button " aria-pressed="false" data-bookmark-id="{hexid(site, 'bm', p.index, n=16)}"><span class="bookmark-text">Bookmark this page</span></button></div>
<div class="vert-mod">
{vert_html}
</div>
</div>
  </div>
  <nav class="sequence-bottom" aria-label="Section">
    <button class="sequence-nav-button button-previous"><span class="icon fa fa-chevron-prev" aria-hidden="true"></span><span class="sequence-nav-button-label">Previous</span></button>
    <button class="sequence-nav-button button-next"><span class="sequence-nav-button-label">Next</span><span class="icon fa fa-chevron-next" aria-hidden="true"></span></button>
  </nav>
</div>
        </div>
      </main>
    </section>
  </div>
</div>
</div>
<footer class="wrapper wrapper-footer">
  <div class="footer-container">
    <nav class="footer-nav" aria-label="Legal"><a href="/about">About</a> <a href="/privacy">Privacy Policy</a> <a href="/tos">Terms of Service</a> <a href="/honor">Honor Code</a></nav>
    <p class="copyright">&copy; {AL_NAME}. All rights reserved except where noted.</p>
    <a href="https://openedx.org" class="footer-logo" rel="noopener" target="_blank"><img src="/static/images/openedx-logo-tag.png" alt="Powered by Open edX" width="140" /></a>
  </div>
</footer>
</div>
<script type="text/javascript" src="/static/bundles/js/courseware.{hexid(site, 'cw', n=20)}.js"></script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name -> writer, teaser pages, Works Cited pages, paired pages (none in this set)
    "elsdon": (elsdon, 3, 4, None),        # VitePress; anchored h2s, custom blocks, moving code-block reference, claims of others
    "otterburn": (otterburn, 3, 3, None),  # SMF; <br>-split post body, moving counts line, replies quoting the essay
    "rothbury": (rothbury, 2, 4, None),    # TYPO3; essay cut into content elements, template elements between them
    "alwinton": (alwinton, 3, 3, None),    # Open edX; essay block split by components, poll, problem with others' facts
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1613)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # skip a card whose essay would share a paragraph, quotation, list or list item with another
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

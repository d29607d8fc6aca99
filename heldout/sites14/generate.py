"""Generator for the FOURTEENTH held-out set of essay-site folders (issue 13: site learning at first contact).

    /work/main/.venv/bin/python heldout/sites14/generate.py /work/corpora/sites14-heldout [--seed 437]

Four invented essay-sample sites, 18 pages apiece, each in a markup family that none of the earlier sets
(heldout/sites/ up to sites13/) imitates. Per site it writes OUTDIR/<site>/page-NN.html with its truth next to it
in OUTDIR/<site>/truth/page-NN.md (format: see the top of bench/scoring.py). Essays are written here from topic
cards (ESSAY_CARDS) and sentence patterns that the eighth to thirteenth sets do not contain, so the tool being
measured cannot have seen their wording. No card appears on two pages, and OUTDIR/SOURCES.tsv records which card
sits on which page. Given the same seed, every run writes identical bytes.

Sites (markup families):
  cautley      Sphinx 7 with the Read the Docs theme: a sixth form's humanities handbook. The docinfo is a
               dl.field-list (label <dt>, value <dd><p>), headings carry a pilcrow headerlink, list items wrap
               their text in <p>, block quotes wrap a <div>, marker's admonitions sit between the paragraphs,
               a sidebar directive rotates, a "Questions from the seminar" section follows the essay inside the
               same articleBody, and "How other exemplars end" quotes the last sentence of other essays
  kirkbampton  BookStack wiki of a college library: every block of the page carries an id="bkmrk-..." made from
               its first words, notes are <p class="callout ..."> in the page content, collapsible <details>
               blocks rotate, tags are name/value pairs (the counts among them), revision details, the book tree,
               page comments, and "Similar pages" whose snippets are other essays' thesis sentences
  stainmore    Mahara ePortfolio page of a sixth form's exemplar collection: gridstack blockinstances, the
               "About this essay" text block as <p><strong>Label</strong><br>value</p> pairs (the page count as a
               word), the essay in a TinyMCE text block with highlighted self-assessment paragraphs and a
               rotating table, feedback comments, and "From my classmates' pages" quoting their evidence
               sentences
  ravenglass   Hexo blog with the NexT theme: post-meta items (label spans and values), headings with an empty
               headerlink, centred blockquotes holding the teacher's remarks, a rotating tabs tag, a
               hexo-blog-encrypt teaser, the post-copyright label list, Waline comments, and "Related Posts" whose
               excerpts are other essays' whole opening paragraphs

The truth writer, the folder layout and the choice of teaser and Works Cited pages are the helpers of the first
three sets, imported unchanged.
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
from datetime import date, timedelta
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
# One card per essay, eleven fields split by "|": title, subject, x (a singular noun phrase), people (plural),
# setting, period, three strands (noun phrases split by ";"), thesis (a clause), rival view (a clause), two facts.

ESSAY_CARDS = """
The Lunar Society of Birmingham | history of science | the Lunar Society | manufacturers, physicians and experimenters | Birmingham and its surrounding estates | the 1760s to about 1800 | meeting by the full moon; the link between workshop and laboratory; the members' radical politics | the society was a network of business partners whose science served their trades | the society was a disinterested club of pure scientists | The Lunar Society met in Birmingham on the Monday nearest the full moon. | Its members included Matthew Boulton, James Watt and Erasmus Darwin.
Wires Along the Great Western | history of technology | the Cooke and Wheatstone telegraph | railway companies and telegraph clerks | the stations west of Paddington | 1837 to 1846 | the five-needle instrument; the railway as first customer; the arrest of John Tawell | the telegraph won public attention through crime stories rather than through engineering | the telegraph was welcomed at once as a revolution in communication | William Cooke and Charles Wheatstone patented their electric telegraph in 1837. | In 1845 a message sent from Slough led to the arrest of the murderer John Tawell in London.
A Village Under the Sand | archaeology | the uncovering of Skara Brae | Orkney landowners and antiquarians | the Bay of Skaill in Orkney | 1850 to 1930 | the storm that exposed the houses; the stone furniture; Gordon Childe's dating | Skara Brae was misread for decades because its finds looked too ordinary to be ancient | the village was understood correctly from the moment it was found | A storm in 1850 exposed the Neolithic village of Skara Brae in Orkney. | V. Gordon Childe excavated the site between 1927 and 1930.
The Mound at Sutton Hoo | archaeology | the Sutton Hoo excavation | a self-taught excavator and professional archaeologists | a Suffolk estate above the River Deben | 1938 and 1939 | Basil Brown's first trenches; the ghost of the ship in the sand; the treasure trove inquest | the dig succeeded because local knowledge and academic method were forced to work together | the excavation was a triumph of professional archaeology alone | Basil Brown began digging at Sutton Hoo for the landowner Edith Pretty in 1938. | The great ship burial in Mound 1 was uncovered in 1939.
Ventris and Linear B | linguistics | the decipherment of Linear B | code breakers and classicists | Knossos and the libraries of Oxford and London | 1900 to 1953 | Alice Kober's grids of signs; the assumption that the language was not Greek; the Pylos tablet that confirmed it | the decipherment was a team effort that history credited to a single brilliant amateur | Ventris cracked the script alone through a flash of inspiration | Arthur Evans found tablets inscribed in Linear B at Knossos from 1900 onwards. | Michael Ventris announced in 1952 that Linear B recorded an early form of Greek.
They Shall Not Pass | politics | the confrontation on Cable Street | East End residents, police and Blackshirts | Stepney in east London | October 1936 | the barricades; the police decision to halt the march; the Public Order Act that followed | the day's importance was exaggerated in memory but its political effect was real | the confrontation ended British fascism at a stroke | On 4 October 1936 crowds in the East End blocked a march by the British Union of Fascists. | The Public Order Act of 1936 banned political uniforms in public.
The Cable That Failed | history of technology | the Atlantic telegraph of 1858 | investors, electricians and ships' crews | the ocean floor between Ireland and Newfoundland | 1857 to 1866 | the lost cable of 1857; the quarrel over high voltage; the celebrations that came too soon | the failure of 1858 taught lessons that made the lasting cable possible | the 1858 cable was a wasted and foolish venture | The first transatlantic telegraph cable was completed in August 1858. | It stopped working after only a few weeks.
Launching the Great Eastern | history of technology | the Great Eastern steamship | shipbuilders, shareholders and crowds | Millwall on the Thames | 1854 to 1859 | the sideways launch; the ship's enormous size; the debts of her builders | the ship was an engineering success that no shipping market of the time could use | the ship failed because Brunel's design was flawed | The Great Eastern reached the water in January 1858 after a launch that had lasted months. | Isambard Kingdom Brunel died in September 1859, before her first voyage.
The Man in the Bog | archaeology | the discovery of Lindow Man | peat cutters, police and scientists | Lindow Moss in Cheshire | 1983 to 1987 | the body in the peat; radiocarbon dates; the theory of ritual killing | Lindow Man reveals the questions of modern archaeologists at least as clearly as Iron Age belief | the body proves that the Celts practised human sacrifice | Peat cutters found the preserved body known as Lindow Man in 1984. | He is now displayed at the British Museum.
A Field Near Lichfield | archaeology | the Staffordshire Hoard | a metal detectorist, a farmer and conservators | a ploughed field in south Staffordshire | 2009 to 2014 | the war gear without weapons; the public appeal to keep it; the years of cleaning | the hoard matters as a puzzle about Mercian power more than as treasure | the hoard is simply the loot of a single battle | Terry Herbert found the Staffordshire Hoard with a metal detector in 2009. | Most of its objects are gold and silver fittings from weapons.
Leavitt's Yardstick | astronomy | Henrietta Leavitt's law of variable stars | women computers and observatory directors | the Harvard College Observatory | 1904 to 1925 | measuring plates by hand; the Cepheids of the Small Magellanic Cloud; the use others made of her law | Leavitt's law was treated as routine data work until men used it to measure the universe | Leavitt received full credit for her discovery in her lifetime | Henrietta Swan Leavitt published the link between the period and brightness of Cepheid stars in 1912. | Edwin Hubble later used Cepheids to measure the distance to other galaxies.
Little Green Men | astronomy | the discovery of pulsars | radio astronomers and their students | the Mullard observatory near Cambridge | 1967 and 1968 | a quarter-mile of chart paper; the joke about alien signals; the Nobel Prize of 1974 | the discovery shows how research credit followed seniority rather than observation | the Nobel committee simply rewarded the scientists who led the project | Jocelyn Bell noticed an unusual regular signal on the chart recordings in 1967. | The Nobel Prize of 1974 went to Antony Hewish and Martin Ryle.
Where the World Begins | geography | the International Meridian Conference | diplomats and astronomers | Washington | 1884 | British shipping charts; French objections; the idea of a universal day | Greenwich won because most of the world's ships already used its charts | the conference was a neutral scientific decision | The International Meridian Conference met in Washington in October 1884. | It chose the meridian through Greenwich as the prime meridian, with France abstaining.
Keeping Railway Time | history of technology | the adoption of railway time | railway managers and town councils | Britain | 1840 to 1880 | timetables across many local times; the clocks with two minute hands; the act of 1880 | railway time spread by commercial convenience long before the law caught up | standard time was imposed on the country by Parliament | The Great Western Railway used London time across its network from 1840. | The Statutes (Definition of Time) Act of 1880 made Greenwich time legal throughout Great Britain.
Murray's Scriptorium | linguistics | the making of the Oxford English Dictionary | editors and volunteer readers | Mill Hill and Oxford | 1879 to 1928 | the slips sent in by readers; the first fascicle; the decades of delay | the dictionary was really made by its thousands of unpaid readers | the dictionary was the lonely work of a few great editors | James Murray became editor of the New English Dictionary in 1879. | The first edition was completed in 1928.
Webster's Spelling | linguistics | Noah Webster's spelling reform | printers, teachers and patriots | the early United States | 1783 to 1828 | the blue-backed speller; colour without a u; the American Dictionary | Webster's reforms stuck only where they were modest enough for printers to adopt | Webster single-handedly created American English | Noah Webster's first spelling book was published in 1783. | An American Dictionary of the English Language appeared in 1828.
Eleven Lost Days | history | the calendar change of 1752 | members of Parliament, almanac makers and ordinary people | Britain and its colonies | 1750 to 1752 | the gap in September; the new start of the year; the legend of calendar riots | the change passed quietly, and the riots were largely invented later | people rioted because they believed they had lost eleven days of life | In Britain, Wednesday 2 September 1752 was followed by Thursday 14 September. | Lord Chesterfield promoted the Calendar (New Style) Act in Parliament.
Fencing the Open Fields | economics | parliamentary enclosure | landowners, tenants and cottagers | the English Midlands | 1750 to 1830 | the commissioners' awards; grazing rights taken from commoners; the gain in productivity | enclosure raised output while transferring its rewards to those who already held land | enclosure drove the rural poor into the factories | Several thousand enclosure acts were passed by Parliament between 1750 and 1830. | A General Enclosure Act of 1801 simplified the procedure.
Tull's Drill | history of technology | Jethro Tull's seed drill | farmers and agricultural writers | Berkshire | 1701 to 1760 | sowing in rows; horse-hoeing between the rows; Tull's mistaken theory of soil | Tull's reputation grew from his book more than from his machine | the seed drill started an agricultural revolution on its own | Jethro Tull developed a horse-drawn seed drill around 1701. | He set out his methods in Horse-Hoeing Husbandry in 1731.
Borlaug's Wheat | history of science | the Green Revolution in wheat | plant breeders, farmers and governments | Mexico, India and Pakistan | 1944 to 1975 | semi-dwarf varieties; fertiliser and irrigation; the fate of smaller farmers | the new wheat averted famine but rewarded farmers who could afford its inputs | the Green Revolution helped every farmer equally | Norman Borlaug bred high-yielding semi-dwarf wheat in Mexico. | India and Pakistan began planting the new varieties widely in the mid-1960s.
Bread From Air | history of science | the Haber-Bosch process | chemists, engineers and generals | Germany | 1909 to 1918 | synthetic ammonia; the plant at Oppau; explosives during the war | the process was valued first for war and only later for feeding the world | the process was developed purely to help farmers | Fritz Haber demonstrated a method of making ammonia from nitrogen in the air in 1909. | Carl Bosch scaled it up for industry at Oppau from 1913.
Mosquitoes and the Canal | history of medicine | the fight against yellow fever in Panama | army doctors and canal labourers | the Panama Canal Zone | 1904 to 1914 | the mosquito theory; screens, drains and fumigation; the earlier French disaster | the canal was built by sanitation as much as by engineering | the canal succeeded because American engineering was superior | William Gorgas led the campaign against mosquitoes in the Canal Zone. | The canal was opened to shipping in August 1914.
Under the Thames | history of technology | the Thames Tunnel | miners, engineers and sightseers | Rotherhithe and Wapping | 1825 to 1843 | the tunnelling shield; floods and bankruptcy; the tunnel as a tourist attraction | the tunnel was a technical triumph and a commercial failure at the same time | the tunnel was a complete failure | The Thames Tunnel between Rotherhithe and Wapping opened in 1843. | Marc Brunel's tunnelling shield protected the miners as they dug.
The Box That Crossed Oceans | economics | containerisation | dockers, shipowners and port authorities | ports from Newark to Felixstowe | 1956 to 1980 | the Ideal X; standard box sizes; the decline of the old docks | the container changed trade by cutting handling costs, not by speeding up ships | container ships succeeded because they were faster | Malcom McLean's tanker Ideal X carried 58 containers from Newark to Houston in 1956. | Containers of standard sizes later allowed ships, trains and lorries to share the same boxes.
Cards for the Loom | history of technology | the Jacquard loom | silk weavers and inventors | Lyon | 1800 to 1830 | chains of punched cards; the weavers' resistance; the loom's later fame in computing | the loom mattered to its weavers as a threat long before it mattered to historians of computing | the loom was a computer before its time | Joseph-Marie Jacquard's loom used chains of punched cards to control the pattern. | It was developed in Lyon in the first years of the nineteenth century.
The Engine Never Finished | history of technology | Babbage's Difference Engine | mathematicians, engineers and Treasury officials | London | 1822 to 1842 | government grants; the quarrel with Joseph Clement; the working reconstruction of 1991 | the engine failed because of money and management, not because it could not be built | the engine was impossible with the engineering of its day | Charles Babbage began work on his Difference Engine in the 1820s. | The Science Museum completed a working Difference Engine No. 2 in 1991.
Flowers and Colossus | history of technology | Colossus | Post Office engineers and codebreakers | Dollis Hill and Bletchley Park | 1943 to 1945 | thousands of valves; the Lorenz cipher; the silence imposed after 1945 | Colossus was a triumph of telephone engineering that secrecy then wrote out of computing history | Colossus had no influence on later computers | Colossus was working at Bletchley Park by early 1944. | It was designed by the Post Office engineer Tommy Flowers to help break the Lorenz cipher.
Owen's Mills at New Lanark | sociology | New Lanark | mill workers, their children and partners | the Clyde valley | 1800 to 1825 | the shorter working day; the Institute for the Formation of Character; the quarrels with partners | New Lanark was a profitable business whose reforms also served discipline | New Lanark was a pure experiment in kindness | Robert Owen took over the management of the New Lanark mills in 1800. | The Institute for the Formation of Character opened there in 1816.
The Speenhamland Scales | economics | the Speenhamland system | magistrates, farmers and labourers | southern England | 1795 to 1834 | relief linked to the price of bread; low wages topped up by the parish; the Royal Commission's verdict | Speenhamland was blamed for problems that came mainly from low farm wages | Speenhamland caused the poverty it was meant to relieve | Berkshire magistrates meeting at Speen agreed a scale of relief in 1795. | The Poor Law Amendment Act of 1834 was meant to end such allowances.
Out of the Pits | law | the Mines Act of 1842 | mining families, commissioners and MPs | the coalfields of Britain | 1840 to 1850 | the illustrated commission report; women underground; enforcement by one inspector | public shock at the report's pictures moved Parliament faster than the evidence alone | the act was driven by concern for miners' safety | The Children's Employment Commission reported on conditions in the mines in 1842. | The Mines Act of 1842 banned women and girls from working underground.
The Climbing Boys | law | the campaign against climbing boys | chimney sweeps, householders and reformers | British towns | 1788 to 1875 | boys sent up narrow flues; laws that were not enforced; licensing by the police | the practice ended only when enforcement was handed to the police | the first laws against climbing boys were effective | George Brewster, a twelve-year-old climbing boy, died after becoming stuck in a flue in 1875. | The Chimney Sweepers Act of 1875 required sweeps to be licensed through the police.
Back on Gold | economics | Britain's return to the gold standard | Treasury officials, bankers and exporters | Britain | 1925 to 1931 | the pre-war exchange rate; Keynes's warnings; the departure of 1931 | the decision was made for prestige and credibility with little thought for industry | the return to gold was the only sensible choice open to the Treasury | Winston Churchill, as Chancellor of the Exchequer, returned Britain to the gold standard in 1925. | Britain left the gold standard in September 1931.
The Hotel at Bretton Woods | economics | the Bretton Woods conference | delegates, economists and bankers | a New Hampshire hotel | July 1944 | the plans of Keynes and White; fixed exchange rates; the new international institutions | the agreement reflected American financial power far more than British ideas | the conference was a meeting of equals | Delegates from 44 nations met at Bretton Woods in July 1944. | The conference agreed to create the International Monetary Fund and the World Bank.
The Darien Venture | economics | the Darien scheme | Scottish investors and colonists | the Isthmus of Panama | 1695 to 1700 | the Company of Scotland; disease and supply failure; English and Spanish hostility | Darien failed through poor planning first and foreign hostility second | Darien was ruined chiefly by English sabotage | The first Scottish expedition to Darien sailed in 1698. | The colony was abandoned in 1700.
John Law's Bubble | economics | the Mississippi Company | investors, courtiers and the regent's ministers | Paris | 1716 to 1720 | paper money; the rue Quincampoix; the crash | Law's system was a serious reform that collapsed through overreach | Law was nothing more than a swindler | John Law founded the Banque Générale in Paris in 1716. | The value of Mississippi Company shares collapsed in 1720.
Mudie's Select Library | media studies | Mudie's circulating library | readers, publishers and novelists | London and the provinces | 1842 to 1894 | the guinea subscription; the three-volume novel; Mudie's moral standards | Mudie shaped the Victorian novel by deciding what was profitable to stock | the library simply served readers' tastes | Charles Edward Mudie opened his Select Library in London in 1842. | Subscribers paid one guinea a year to borrow one volume at a time.
The Taxes on Knowledge | media studies | the taxes on knowledge | radical printers and newspaper proprietors | Britain | 1819 to 1861 | the stamp duty; the unstamped press; repeal | repeal created a cheap press that was commercial rather than radical | repeal gave working people a radical press of their own | The newspaper stamp duty was abolished in 1855. | The duty on paper was repealed in 1861.
Printed by Steam | history of technology | the steam press at The Times | printers, proprietors and engineers | Printing House Square in London | 1814 | secrecy from the pressmen; sheets per hour; the cost of news | the steam press mattered because it let a newspaper grow without more workers | the steam press immediately made newspapers cheap | On 29 November 1814 The Times was printed on a steam-powered press for the first time. | The press was built by Friedrich Koenig and Andreas Bauer.
Reuter's Pigeons | media studies | Paul Julius Reuter's news service | bankers, telegraph clerks and pigeon handlers | Aachen and Brussels | 1850 and 1851 | the gap in the telegraph line; selling prices before rivals; the move to London | Reuter's success came from selling speed to merchants, not news to the public | Reuter's pigeons were a romantic stunt | Paul Julius Reuter used carrier pigeons to bridge a gap in the telegraph line between Aachen and Brussels in 1850. | He opened an office in London in 1851.
The Letter S | history of technology | Marconi's transatlantic signal | engineers, investors and rival inventors | Poldhu in Cornwall and St John's in Newfoundland | 1901 and 1902 | the kite aerial; doubts about what was heard; the commercial service | the signal convinced investors more than it convinced scientists | the signal was a clear and proven success | Marconi reported receiving the Morse letter S across the Atlantic on 12 December 1901. | The signal was sent from Poldhu in Cornwall.
Song for Europe in Lugano | music | the first Eurovision Song Contest | broadcasters, singers and juries | Lugano in Switzerland | 1956 | a radio contest shown on television; two songs per country; the secret jury vote | the contest was designed to test a broadcasting network, and the songs came second | the contest was created to celebrate European music | The first Eurovision Song Contest was held in Lugano in May 1956. | Seven countries took part, and Lys Assia won for Switzerland.
The First Cup Final | sport | the first FA Cup | gentlemen amateurs and club secretaries | the Kennington Oval | 1871 and 1872 | a knockout competition borrowed from school; teams that never played; the Royal Engineers' defeat | the Cup grew out of public-school habits and only later belonged to working towns | the Cup was a popular competition from the start | The first FA Cup final was played at the Kennington Oval in March 1872. | Wanderers beat the Royal Engineers by one goal to nil.
A Roller for the Croquet Lawns | sport | the first Wimbledon championship | croquet players and tennis enthusiasts | Worple Road in Wimbledon | 1877 | the need for a pony roller; the rules set for the event; the first champion | lawn tennis took over a croquet club because it paid, not because anyone planned it | Wimbledon was founded as a great sporting institution | The All England Croquet and Lawn Tennis Club held its first championship in 1877. | Spencer Gore won the first men's singles title.
Eight Men Out | sport | the Black Sox scandal | players, gamblers and baseball owners | Chicago | 1919 to 1921 | the owner's low wages; the trial and acquittal; the new commissioner's ban | the scandal was used by the owners to take control of the sport | the scandal was a simple story of greedy players | Eight Chicago White Sox players were accused of losing the 1919 World Series on purpose. | Commissioner Kenesaw Mountain Landis banned them from baseball for life despite their acquittal.
The King's Warship | archaeology | the warship Vasa | shipwrights, sailors and salvage divers | Stockholm harbour | 1628 to 1961 | the extra gun deck; the inquiry that blamed no one; the raising of the hull | Vasa sank because nobody could safely tell the king the ship was unstable | Vasa sank because of a freak gust of wind | The warship Vasa sank on its maiden voyage in Stockholm harbour in 1628. | The hull was raised from the harbour bed in 1961.
The Painted Cave | archaeology | the discovery of Lascaux | teenagers, priests and archaeologists | the Dordogne in south-west France | 1940 to 1963 | the dog and the hole in the hillside; crowds of visitors; the closure to protect the paintings | the fame that saved Lascaux also nearly destroyed it | Lascaux was protected properly from the moment it was found | Four teenagers found the painted cave at Lascaux in September 1940. | The cave was closed to the public in 1963 because visitors were damaging the paintings.
Peas in a Monastery Garden | history of science | Mendel's experiments on inheritance | monks, botanists and later geneticists | the monastery at Brno | 1856 to 1900 | counting ratios in peas; the paper nobody cited; the rediscovery of 1900 | Mendel was neglected because his question was not yet the question biologists were asking | Mendel was ignored because he was an obscure monk | Gregor Mendel published his paper on hybrid peas in 1866. | His work was rediscovered by several botanists in 1900.
Washing Hands in Vienna | history of medicine | Ignaz Semmelweis's campaign | doctors, midwives and mothers | the Vienna General Hospital | 1846 to 1865 | the two maternity clinics; chlorinated lime; the doctors' resistance | Semmelweis lost the argument partly through his own refusal to publish and explain | Semmelweis was rejected only because doctors were proud | Ignaz Semmelweis made doctors wash their hands in chlorinated lime in 1847. | Deaths from childbed fever in his clinic fell sharply afterwards.
Lister's Spray | history of medicine | Joseph Lister's antiseptic surgery | surgeons, nurses and patients | Glasgow and Edinburgh | 1865 to 1890 | carbolic acid; germ theory; the carbolic spray and its critics | Lister's method spread as its justification shifted from killing germs to keeping them out | Lister's ideas were adopted at once by grateful surgeons | Joseph Lister published his work on antiseptic surgery in The Lancet in 1867. | He used carbolic acid to clean wounds and dressings.
Insulin in Toronto | history of medicine | the discovery of insulin | researchers, chemists and diabetic children | the University of Toronto | 1921 to 1923 | experiments on dogs; purifying the extract; the quarrel over credit | insulin came from a team whose members disagreed about who had made it | insulin was discovered by one man's determination | Frederick Banting and Charles Best began their experiments in Toronto in 1921. | Leonard Thompson became the first person to be treated with insulin in January 1922.
The Ether Dome | history of medicine | the first public demonstration of ether | dentists, surgeons and medical students | the Massachusetts General Hospital in Boston | 1846 | the patient who felt no pain; the secret formula; the dispute over priority | ether's triumph came from a public performance more than from new science | the demonstration was the first use of anaesthesia | William Morton gave ether to a surgical patient in Boston on 16 October 1846. | The operating theatre where it happened is now called the Ether Dome.
Chloroform for the Queen | history of medicine | anaesthesia in childbirth | obstetricians, clergymen and mothers | Edinburgh and London | 1847 to 1860 | Simpson's experiments; religious objections; the birth of Prince Leopold | royal example settled a debate that medical evidence alone could not | the Church blocked pain relief in childbirth | James Young Simpson first used chloroform as an anaesthetic in 1847. | John Snow gave chloroform to Queen Victoria at the birth of Prince Leopold in 1853.
The Shrieking Sisterhood | law | the Contagious Diseases Acts | women campaigners, doctors and naval towns | garrison and port towns of England | 1864 to 1886 | compulsory medical examination; Josephine Butler's campaign; repeal | the campaign against the acts taught women to fight in public about sex and the state | the acts were repealed because they failed to reduce disease | The first Contagious Diseases Act was passed in 1864. | The acts were repealed in 1886.
The Edinburgh Seven | education | the Edinburgh Seven | women medical students and professors | the University of Edinburgh | 1869 to 1873 | matriculation; the riot at Surgeons' Hall; the court case they lost | the seven lost in Edinburgh but changed the law elsewhere | the university excluded them simply on academic grounds | Sophia Jex-Blake and six other women matriculated at the University of Edinburgh in 1869. | In November 1870 a crowd tried to stop them sitting an anatomy examination at Surgeons' Hall.
A College at Hitchin | education | the founding of Girton College | women students and their supporters | Hitchin and Girton | 1869 to 1948 | the Cambridge examinations; life in the college; the long wait for degrees | Girton's founders won access by insisting on the same examinations as men | Girton was founded to give women a separate kind of education | Emily Davies founded the college at Hitchin in 1869, and it moved to Girton in 1873. | Cambridge did not award women full degrees until 1948.
The Ragged Schools | education | the ragged schools | volunteer teachers and street children | London | 1844 to 1870 | free lessons; religious teaching; the schools' decline after 1870 | the ragged schools were more effective at rescue than at education | the ragged schools gave poor children a full education | The Ragged School Union was founded in 1844. | Lord Shaftesbury was its president for many years.
One Master, Many Monitors | education | the monitorial system | schoolmasters and pupil monitors | Borough Road and Madras | 1798 to 1840 | older pupils teaching younger ones; the rivalry between Bell and Lancaster; cheapness | the system spread because it was cheap, and it failed because it was mechanical | the monitorial system was an educational breakthrough | Joseph Lancaster opened a school on Borough Road in London in 1798. | Andrew Bell developed a similar system in Madras.
Froebel's Garden of Children | education | the kindergarten | mothers, teachers and Prussian officials | Blankenburg in Thuringia | 1837 to 1860 | play as learning; the gifts and occupations; the Prussian ban | the kindergarten spread abroad because it was suppressed at home | the kindergarten was accepted at once as common sense | Friedrich Froebel opened his first institution for young children at Blankenburg in 1837. | Prussia banned kindergartens from 1851 to 1860.
Bodies for the Surgeons | law | the West Port murders | anatomists, grave robbers and magistrates | Edinburgh | 1827 to 1832 | the shortage of corpses for dissection; the trial; the Anatomy Act | the murders were the product of a law that made dead bodies valuable | Burke and Hare were monsters unlike anyone else | William Burke and William Hare murdered sixteen people in Edinburgh and sold the bodies for dissection. | The Anatomy Act of 1832 allowed unclaimed bodies from workhouses to be used instead.
The Quakers' Retreat | history of medicine | the York Retreat | Quaker families, attendants and patients | York | 1796 to 1830 | moral treatment; the house and garden; the York Asylum scandal | the Retreat's humane methods depended on its small size and shared faith | the Retreat showed that kindness alone could cure mental illness | William Tuke opened the Retreat in York in 1796. | Samuel Tuke's Description of the Retreat appeared in 1813.
Ronan Point | history of technology | the collapse at Ronan Point | tenants, builders and council officials | Canning Town in east London | 1968 | the gas explosion; panel construction; the loss of trust in tower blocks | the collapse exposed a building system rushed into use by housing targets | the collapse was caused only by a freak explosion | A gas explosion on the eighteenth floor of Ronan Point caused one corner of the tower to collapse in May 1968. | The tower had been built from large prefabricated concrete panels.
A Park for the Nation | geography | the founding of Yellowstone | surveyors, railway promoters and Congress | the Yellowstone plateau | 1870 to 1872 | the Hayden survey; Moran's paintings and Jackson's photographs; the railway interest | Yellowstone was protected as a future tourist asset rather than as wilderness | Yellowstone was created out of a pure love of nature | The Hayden survey explored the Yellowstone region in 1871. | President Grant signed the act creating Yellowstone National Park in March 1872.
Measuring India | geography | the Great Trigonometrical Survey | surveyors, assistants and porters | India | 1802 to 1871 | triangles across a subcontinent; the great arc; naming Peak XV | the survey served colonial control as much as it served science | the survey was a purely scientific enterprise | William Lambton began the Great Trigonometrical Survey of India in 1802. | In 1856 the survey announced that Peak XV was the highest mountain yet measured.
The Line Between Two Colonies | geography | the Mason-Dixon line | surveyors and proprietors | the border of Pennsylvania and Maryland | 1763 to 1767 | an old boundary dispute; astronomy in the forest; the line's later meaning | the line's fame comes from a meaning it gained long after the survey | the line was drawn to divide slave and free states | Charles Mason and Jeremiah Dixon surveyed the boundary between Pennsylvania and Maryland from 1763 to 1767. | The survey settled a long dispute between the Penn and Calvert families.
A Letter From the Islands | history of science | Wallace's essay on natural selection | naturalists and their scientific friends | the Malay Archipelago and London | 1858 | the essay sent to Darwin; the joint reading at the Linnean Society; Wallace's later reputation | the joint reading protected Darwin's priority more than it honoured Wallace | the joint reading was a fair and generous settlement | Alfred Russel Wallace sent Charles Darwin an essay on natural selection from the Malay Archipelago in 1858. | Papers by both men were read at the Linnean Society on 1 July 1858.
The Voyage of the Challenger | history of science | the Challenger expedition | naval officers and naturalists | the oceans of the world | 1872 to 1876 | deep soundings; dredging the sea floor; fifty volumes of results | the voyage created oceanography by producing more data than anyone could use quickly | the voyage's main success was discovering new species | HMS Challenger sailed on its voyage of ocean research in December 1872. | The expedition's scientific report filled fifty volumes.
Monsters at Sydenham | history of science | the Crystal Palace dinosaurs | sculptors, anatomists and visitors | Sydenham Park | 1852 to 1855 | reconstructions from fragments; the dinner in the Iguanodon; errors later corrected | the models taught science to the public even though much of it was soon wrong | the models were simply inaccurate curiosities | Benjamin Waterhouse Hawkins made the Crystal Palace dinosaur sculptures with advice from Richard Owen. | A dinner was held inside the mould of the Iguanodon on New Year's Eve 1853.
Seeds Smuggled to Kew | economics | Henry Wickham's rubber seeds | botanists, planters and officials | the Amazon and Kew Gardens | 1876 to 1910 | the shipment of seeds; seedlings sent to Asia; the plantation boom | the transfer succeeded through decades of patient plantation work, not one daring voyage | Wickham's voyage alone created the rubber industry of Asia | Henry Wickham shipped about 70,000 rubber seeds from Brazil to Kew Gardens in 1876. | Seedlings raised at Kew were sent on to Ceylon and Singapore.
Ward's Glass Case | history of science | the Wardian case | plant collectors and nurserymen | London and the ships of empire | 1829 to 1860 | a sealed glass box; living plants on long voyages; the fern craze | the case mattered most as a tool of imperial botany | the case was simply a drawing-room novelty | Nathaniel Bagshaw Ward noticed around 1829 that plants could live for years in a closed glass case. | He described his cases in a book published in 1842.
Frozen Mutton | economics | refrigerated shipping | sheep farmers, shipowners and butchers | New Zealand and London | 1882 | the voyage of the Dunedin; freezing machinery; the new market for meat | refrigeration turned New Zealand into Britain's farm | refrigeration mainly helped British consumers | The Dunedin sailed from New Zealand with the first cargo of frozen meat in February 1882. | The cargo reached London in good condition in May 1882.
Paid in Coin | law | the Truck Acts | workers, employers and shopkeepers | industrial Britain | 1831 to 1887 | wages paid in goods; the tommy shop; enforcement | truck survived because workers in isolated places had little choice | the Truck Act of 1831 ended truck at once | The Truck Act of 1831 required many workers' wages to be paid in coin. | Company shops that took wages back in goods were known as tommy shops.
Holidays at Skegness | sociology | the holiday camp | working families and entertainers | the Lincolnshire coast | 1936 to 1960 | chalets and organised fun; paid holidays; the Redcoats | the camp succeeded because it sold freedom from housework as much as seaside air | the camps were popular only because they were cheap | Billy Butlin opened his first holiday camp at Skegness in 1936. | The Holidays with Pay Act of 1938 encouraged paid leave for workers.
The Video Nasties | media studies | the video nasties panic | newspaper editors, campaigners and MPs | Britain | 1982 to 1984 | unregulated video rental; the prosecutors' list; the Video Recordings Act | the panic was driven by newspapers and shaped a law more than the films did | the law was a response to a genuine threat to children | The Video Recordings Act of 1984 required most videos sold in Britain to be classified. | The Director of Public Prosecutions published a list of films that could be prosecuted as obscene.
Cat's Eyes | history of technology | the cat's eye road stud | road builders and drivers | Halifax and Britain's roads | 1934 to 1950 | Percy Shaw's design; the wartime blackout; self-cleaning rubber | cat's eyes spread because war and government orders created the demand | cat's eyes succeeded because the invention was obviously good | Percy Shaw of Halifax patented his cat's eye road stud in 1934. | Demand rose sharply during the wartime blackout.
Gaslight at Westminster | history of technology | the first traffic signal | police, engineers and carriage drivers | Bridge Street in Westminster | 1868 and 1869 | semaphore arms; the gas lamp; the explosion | the signal failed because the technology was borrowed from railways without change | the signal failed because Londoners refused to obey it | A gas-lit signal was installed outside the Houses of Parliament in December 1868. | It exploded in January 1869, injuring the policeman who operated it.
Coffin Ships | law | the Plimsoll line | shipowners, seamen and reformers | British ports | 1870 to 1876 | overloaded ships; Plimsoll's outburst in the Commons; the load line | the load line law passed because Plimsoll made seamen's deaths a public scandal | shipowners willingly improved safety | Samuel Plimsoll campaigned against overloaded and unseaworthy ships. | The Merchant Shipping Act of 1876 made load lines compulsory.
The Longstone Rescue | history | Grace Darling's rescue | lighthouse keepers, survivors and journalists | the Farne Islands | 1838 | the wreck of the Forfarshire; the rowing boat; the fame that followed | the rescue became a legend because the press needed a heroine | the fame was a fair measure of what she did | The steamer Forfarshire was wrecked on the Farne Islands on 7 September 1838. | Grace Darling and her father rowed out from the Longstone lighthouse to rescue survivors.
Abstaining From Sugar | politics | the sugar boycott of 1791 | households, pamphleteers and abolitionists | Britain | 1791 and 1792 | slave-grown sugar; women as consumers; the petitions | the boycott made abolition a household matter, especially for women | the boycott changed nothing because it failed to cut sales | After Parliament rejected an abolition bill in 1791, many families stopped buying slave-grown sugar. | William Fox's pamphlet urging the boycott ran through many editions.
Reporting the Commons | politics | the printers' case of 1771 | printers, City magistrates and MPs | London | 1771 | the ban on reporting debates; the Lord Mayor in the Tower; quiet acceptance | reporting was won by the City's resistance rather than by a change of principle | the House of Commons granted the right to report willingly | In 1771 the House of Commons tried to punish printers for reporting its debates. | The Lord Mayor of London, Brass Crosby, was sent to the Tower for protecting them.
The M'Naghten Rules | law | the M'Naghten rules | judges, doctors and the House of Lords | London | 1843 | the shooting of Edward Drummond; the verdict of insanity; the judges' answers | the rules were written to calm public anger rather than to reflect medical knowledge | the rules were based on the best psychiatry of the day | Daniel M'Naghten shot Edward Drummond, secretary to Robert Peel, in 1843. | The judges' answers to questions from the House of Lords became known as the M'Naghten rules.
Fingerprints at the Yard | law | fingerprinting at Scotland Yard | detectives, clerks and juries | London | 1901 to 1905 | the Henry system of classification; the first convictions; juries' doubts | fingerprinting succeeded because of its filing system more than its science | fingerprints were trusted by juries from the start | Scotland Yard set up its fingerprint branch in 1901. | In 1905 the Stratton brothers were convicted of murder partly on fingerprint evidence.
Solitude at Pentonville | law | the separate system at Pentonville | prisoners, chaplains and warders | north London | 1842 to 1860 | cells and silence; masks in the exercise yard; madness among prisoners | the system was abandoned because its costs in sanity became impossible to deny | the separate system reformed its prisoners | Pentonville Prison opened in London in 1842. | Prisoners were kept apart from one another under the separate system.
The Pendle Trials | history | the Pendle witch trials | families, magistrates and court officials | Lancashire | 1612 | the accusations within families; the child witness; Thomas Potts's book | the trials were driven by local feuds and an ambitious magistrate | the trials reflected a mass panic about witches | Ten people accused of witchcraft from the Pendle area were hanged after the Lancaster assizes in 1612. | The clerk Thomas Potts published an account of the trials in 1613.
Pickering's Computers | astronomy | the Harvard computers | women astronomers and their director | the Harvard College Observatory | 1881 to 1924 | glass plate photographs; classifying spectra; low pay | the computers did original science while being paid as clerks | the women were simply assistants following instructions | Edward Pickering employed women at Harvard to study photographic plates of the sky. | Annie Jump Cannon's classification of stars was published in the Henry Draper Catalogue.
The Great Debate of 1920 | astronomy | the Shapley-Curtis debate | astronomers and their audience | Washington | 1920 to 1925 | the size of the Milky Way; the spiral nebulae; Hubble's answer | both speakers were partly right, and the debate mattered for its questions more than its answers | Curtis simply won the debate | Harlow Shapley and Heber Curtis debated the scale of the universe in Washington in April 1920. | Edwin Hubble's measurements of Cepheids in the Andromeda nebula settled the question a few years later.
Naming the Clouds | history of science | Luke Howard's cloud names | amateur scientists, poets and painters | London | 1802 to 1830 | Latin names; Goethe's enthusiasm; painters' skies | Howard's names succeeded because they described shapes people could already see | the cloud names were a scientific theory of weather | Luke Howard presented his classification of clouds to the Askesian Society in 1802. | He used the Latin names cirrus, cumulus and stratus.
The Year Without a Summer | geography | the year without a summer | farmers, travellers and writers | Europe and New England | 1815 and 1816 | the eruption of Tambora; failed harvests; a wet summer at Lake Geneva | the cold year exposed how fragile food supply already was | the cold year's effects were purely a matter of weather | Mount Tambora erupted in April 1815. | During the cold summer of 1816 Mary Shelley began writing Frankenstein.
The Sound of Krakatoa | geography | the eruption of Krakatoa | colonial officials, sailors and scientists | the Sunda Strait | 1883 | the explosions; the tsunamis; sunsets around the world | Krakatoa became a global event because the telegraph carried the news | the eruption mattered only to the region around it | Krakatoa erupted catastrophically in August 1883. | Vivid red sunsets were seen around the world in the months that followed.
Riding on Air | history of technology | the hovercraft | engineers, investors and ferry operators | the Solent and the English Channel | 1955 to 2000 | Cockerell's experiments; the Channel crossings; rising costs | the hovercraft was an answer that found few questions | the hovercraft failed because of bad luck | Christopher Cockerell patented the hovercraft in 1955. | The SR.N1 crossed the English Channel in July 1959.
Stripes Across the Road | history of technology | the zebra crossing | road planners, pedestrians and motorists | British towns | 1934 to 1951 | Belisha beacons; painted stripes; priority for walkers | the crossing gave pedestrians rights by changing what drivers could see | the crossing made roads safe by itself | Belisha beacons were introduced in 1934. | Zebra crossings with black and white stripes were introduced in Britain in 1951.
"""

SCHOLARS = ["Abbotsford", "Birtwistle", "Cawthorne", "Delahunty", "Entwhistle", "Fairbairn", "Greenhalgh", "Hebblethwaite",
            "Ingleby", "Jagger", "Kettlewell", "Lockwood", "Marsden", "Ndiaye", "Ormerod", "Pennington", "Quarmby",
            "Ramsbottom", "Shackleton", "Tattersall", "Uttley", "Varley", "Whiteley", "Yeadon"]

HOOK = [
    "Put the question of {x} to ten people and most will tell an identical short story.",
    "Revision guides tend to give {x} a single paragraph, accurate in its facts and doubtful in its emphasis.",
    "Reputations settle early, and the reputation of {x} settled very early indeed.",
    "A museum caption could hold the usual version of {x} with room to spare.",
    "Anyone who reads widely on {x} soon notices the same three sentences turning up again and again.",
    "The story of {x} is usually told backwards, from its outcome to its causes.",
    "It is hard to approach {x} without carrying some inherited opinion about it.",
    "Documentary makers love {x}, which is one reason to treat the standard version with care.",
    "Historians rarely agree on much, but they agree that {x} deserves a second look.",
    "Most summaries of {x} leave out the people who had to live with it.",
    "Fame has flattened {x} into something simpler than it was.",
    "Textbook accounts of {x} tend to hurry towards a moral.",
]
ORIENT = [
    "The discussion concentrates on {setting}, where the sources are thickest.",
    "Throughout, the focus stays on {people} rather than on later commentators.",
    "The sources are uneven, and some of the loudest were written with hindsight.",
    "Dates below fall within the span {period} unless stated otherwise.",
    "Older accounts and recent research disagree sharply, and both are used here.",
    "Several of the terms used today would have puzzled anyone alive at the time.",
]
ASK = [
    "One question organises what follows: {question}",
    "This leads to the problem at the heart of the essay: {question}",
    "The essay therefore asks: {question}",
    "Put as simply as possible, the puzzle is this: {question}",
]
STANCE = [
    "My argument in these pages is that {thesis}.",
    "I shall be arguing that {thesis}.",
    "Below, the case is made that {thesis}.",
    "Looking at {s1}, {s2} and {s3} in turn, I conclude that {thesis}.",
    "On balance, the evidence supports a simple claim: {thesis}.",
    "The position defended here is that {thesis}.",
    "What follows tries to show that {thesis}.",
    "Cautiously, then, this essay suggests that {thesis}.",
]
ASK_GENERIC = ["what did {people} think they were doing?", "why has the usual account of {x} lasted so long?",
               "how far can the evidence from {setting} be trusted?", "whose interests did {x} really serve?"]
SCENE = [
    "Some background is needed first.",
    "The wider situation ({period}) matters a great deal.",
    "Daily life then looked quite unlike the way it is usually pictured.",
    "At the start, only a few specialists paid {x} any attention.",
    "Change came unevenly, quickly in some places and slowly in others.",
    "Many of those who wrote things down had reputations to protect.",
    "{Scholar} argues that this is where the real story starts.",
    "The fullest records survive from {setting}.",
    "The precise chronology is less important than the general trend.",
    "Nothing about the earlier arrangements had been settled or secure.",
    "Old practices faded quickly once the new ones arrived.",
    "Contemporaries often failed to see the significance of what they were watching.",
]
LEAD = [
    "The first issue is {s}.",
    "Central to the argument is {s}.",
    "Trickier to weigh up is {s}.",
    "Often overlooked, but just as significant, is {s}.",
    "Nobody writing on this subject can skip {s}.",
    "Next comes {s}.",
    "The evidence is strongest when it comes to {s}.",
    "An honest account cannot leave out {s}.",
    "Another consideration is {s}.",
    "Closer attention should be paid to {s}.",
]
DEVELOP = [
    "Private correspondence shows {people} worrying over {s} long before the public did.",
    "Looking back, it is easy to miss how uncertain {s} seemed at the time.",
    "In {setting}, {s} had effects that no one predicted.",
    "The witnesses disagree over {s} in small but telling ways.",
    "Contemporaries were strikingly slow to understand {s}.",
    "The costs of {s} were not shared fairly, and those with least power paid most.",
    "The importance of {s} lies partly in what it ruled out.",
    "Both sides of the later argument underrated {s}.",
    "Those closest to events often judged {s} more accurately than distant observers.",
    "The press of the time barely noticed {s}.",
    "Examined closely, {s} appears deliberate rather than accidental.",
    "Small changes to {s} had large consequences.",
    "Here the familiar account of {x} runs short of evidence.",
    "With {s}, timing counted for as much as size.",
    "Nothing about {s} was inevitable.",
    "Decisions taken locally in {setting} did far more to shape {s} than any grand plan.",
]
DATA = [
    "{Scholar} ({year}) estimates that {s} explains roughly {pct} per cent of what changed.",
    "In a {year} survey of the surviving accounts, {pct} per cent named {s} as the main cause.",
    "Across {num} separate cases, {Scholar} ({year}) sees one recurring shape.",
    "The numbers collected by {Scholar} in {year} are small, but they all lean the same way.",
    "Records re-examined in {year} point to a shift of about {pct} per cent over ten years.",
    "Only a few of the {num} cases studied by {Scholar} ({year}) break the pattern.",
    "{Scholar} admits that the figures have gaps, yet they are consistent with one another.",
    "{Scholar} argues that older studies of {s} were looking in the wrong place.",
]
CASE = [
    "In {setting}, for example, {people} coped with {s} with almost no help.",
    "{Scholar} traces how one group of {people} had their plans undone by {s}.",
    "Similar cases turn up well beyond {setting}.",
    "Instances like this are common; exceptions are hard to find.",
    "The same theme recurs throughout the records of the period.",
    "When {people} wrote of their own lives, they stressed exactly this.",
    "A brief look through the surviving papers produces many similar examples.",
]
TIE = [
    "This adds weight to the view that {thesis}.",
    "On its own this is not conclusive, but it is hard to dismiss.",
    "That is why {s} cannot be considered in isolation.",
    "Seen this way, {s} is part of the reason {thesis}.",
    "The detail is small, but it alters the overall picture of {x}.",
    "The point will matter again when the counter-arguments are considered.",
    "Any balanced judgement has to take {s} into account.",
]
QLEAD = [
    "Writing on {setting}, {Scholar} sums the matter up:",
    "Someone who had been among {people} remembered, many years later:",
    "Addressing a {year} conference on {x}, one historian observed:",
    "{Scholar} is direct on the subject of {s}:",
    "On {s}, {Scholar} deserves quoting at length:",
]
QTEXT = [
    "Everyone wanted a single cause for {x}. What we found was a long list of small ones.",
    "No one ever decided on {s}. It simply built up until nobody questioned it.",
    "What strikes me most about {x} is how normal it seemed while it was happening.",
    "I expected {x} to be forgotten. It never quite goes away.",
    "You did not have to read the reports to see {s}. It was in front of everyone.",
    "It is too easy to say people did not understand {x}. They understood it and chose other things.",
]
QREACT = [
    "The phrasing is vivid, and on the whole fair.",
    "It goes a little too far, yet the central point stands.",
    "Since the speaker had nothing to gain, the comment carries weight.",
    "It rings true, although it is hard to prove.",
]
QREACT2 = [
    "Other accounts from {people} agree with it.",
    "It also implies that people at the time understood {s} well enough.",
    "Whether the same held outside {setting} is another question.",
    "Above all, it shows something important about {s}.",
    "It usefully corrects the tidier versions of {x}.",
]
LLEAD = [
    "Across the evidence, a few conditions seem to decide how {x} turned out:",
    "Wherever {people} were involved, the same factors recur:",
    "Repeating the better results seen in {setting} would require:",
    "In brief, the more successful examples of {x} shared the following:",
]
LITEM = [
    "an accurate picture of {s} before work began",
    "genuine consultation with {people} over {s}",
    "early signs of trouble with {s} taken seriously",
    "outside scrutiny of {s}",
    "a limited trial of {s} before any expansion",
    "honesty about what {s} would cost",
]
LMORE = ["money for {x} secured for the long term", "a person empowered to stop {x} if necessary",
         "records of {x} that survive changes of staff", "an agreed date for reviewing {x}"]
ABROAD = [
    "A broader comparison puts {x} in proportion.",
    "Elsewhere, similar pressures around {x} led to very different choices.",
    "Where {people} were consulted from the start, the arguments were less bitter.",
    "The comparison has limits, since {s2} varied from one place to another.",
    "Still, it suggests that what happened in {setting} was one of several possible outcomes.",
    "It also suggests that agreement mattered more than haste.",
]
OBJECT = [
    "Set against all this is the opinion that {rival}.",
    "Critics may reply that {rival}.",
    "The weightiest objection holds that {rival}.",
    "A doubtful reader could fairly say that {rival}.",
    "Some evidence, at first glance, seems to show that {rival}.",
]
OBJECT_MORE = [
    "{People} themselves might well have agreed.",
    "Serious historians have made this case, and it should be taken seriously.",
    "The most complete statement of it is by {Scholar2} ({year2}).",
    "There is something in it, because every choice about {x} had a cost.",
]
REBUT = [
    "But the evidence from {setting} contradicts it.",
    "It also leaves unexplained the weight carried by {s2}.",
    "Worse, the objection takes for granted what it ought to demonstrate.",
    "It depends on a view of {x} that research has since left behind.",
    "Were it correct, the results would have been the same everywhere, which they were not.",
    "Ultimately it points to a real cost without proving that the cost decided anything.",
]
WRAP_OPEN = [
    "In conclusion, {thesis}.",
    "Weighed as a whole, the evidence indicates that {thesis}.",
    "This does not close the debate for good.",
    "So what conclusion is justified?",
    "Each section above has pointed towards one finding: {thesis}.",
    "Once the detail is set aside, a single point emerges clearly.",
    "It would be convenient to give {x} a one-line verdict, but it does not fit one.",
]
WRAP = [
    "{S1}, {s2} and {s3} each explain part of what happened; together they explain most of it.",
    "The claim that {rival} has some basis, but it cannot bear the weight put on it.",
    "The small details have turned out to be more telling than the grand theories.",
    "For {people}, the question is still a live one.",
    "A sensible next step would be to compare {setting} with other cases.",
    "Above all, {x} was the result of choices that could have been made differently.",
    "The lessons it offers are still worth drawing.",
    "This conclusion is less dramatic than the popular story, but it rests on firmer ground.",
]
H_SCENE = ["{Setting}, {period}", "The background", "How it began", "Context", "Before {s1}", "Where the story starts"]
H_STRAND = ["{S}", "On {s}", "{S} in focus", "Looking at {s}", "The evidence of {s}", "Why {s} matters"]
H_ABROAD = ["A broader view", "Comparisons elsewhere", "Beyond {setting}"]
H_OBJECT = ["Objections", "The case against", "An alternative view", "Answering the critics", "Possible objections",
            "Another reading"]
H_WRAP = ["Conclusion", "Concluding thoughts", "Verdict", "Final thoughts", "Drawing the threads together"]


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
    """Write one essay from a card: an opening (hook first, thesis last), a background paragraph holding the facts,
    a paragraph or two for each strand, sometimes a quotation, a list or a comparison, then the objection with its
    rebuttal and a closing paragraph. Roughly three essays in five carry headings. No pattern repeats in one essay."""
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
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1976, 2022), year2=rng.randint(1981, 2023),
                    pct=rng.choice([11, 16, 21, 26, 29, 34, 41, 47, 56, 63, 72]),
                    num=rng.choice([17, 29, 47, 73, 104, 138, 215]))
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

LEVELS = ["Lower Sixth", "Upper Sixth", "AS", "A2", "Extended Project", "BTEC National", "Cambridge Pre-U",
          "First-year undergraduate", "Second-year undergraduate", "Access Diploma", "Scottish Higher"]
GRADES = ["A*", "A", "B+", "B", "Distinction*", "Distinction", "Merit", "74%", "69%", "High 2:1", "Low First", "Band 5"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills this with every chosen essay, for the widgets that quote others


def sentences_of(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.?!]+[.?!]", text)]


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when `text` occurs in the essay titled `title` and in none of the other chosen essays."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def closing_sentence(title: str) -> str:
    """The last sentence of the essay's conclusion that no other essay shares (some closing patterns carry no slot)."""
    for sen in reversed(sentences_of(paragraphs_of(title)[-2]) + sentences_of(paragraphs_of(title)[-1])):
        if len(sen.split()) >= 7 and only_in(sen, title):
            return sen
    return thesis_sentence(title)


def thesis_sentence(title: str) -> str:
    """The final sentence of the opening paragraph: the stance that states the card's thesis."""
    return sentences_of(paragraphs_of(title)[0])[-1]


def opening_paragraph(title: str) -> str:
    return paragraphs_of(title)[0]


def evidence_sentence(title: str, rng: random.Random) -> str:
    """A sentence citing a scholar's figures, from one of the essay's strand paragraphs, found in that essay only."""
    pool = [s for p in paragraphs_of(title)[1:-1] for s in sentences_of(p)
            if re.search(r"\(\d{4}\)|\bin \d{4}\b|per cent", s) and len(s.split()) >= 8 and only_in(s, title)]
    if not pool:
        pool = [s for p in paragraphs_of(title)[1:-1] for s in sentences_of(p) if len(s.split()) >= 10 and only_in(s, title)]
    return rng.choice(pool)


class Page(g2.Page):
    """sites2's Page with this set's level, grade, subject and the titles of the other pages of the site."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.serial = rng.randint(10 ** 4, 10 ** 5 - 1)


SEED = 437  # main() resets it; the pages that carry each rare element are drawn from it once per site


def _pages_for(site: str, role: str, count: int) -> list[int]:
    return random.Random(f"{SEED}/{site}/{role}").sample(range(1, PAGES_PER_SITE + 1), count)


def shown_on(site: str, role: str, count: int, page: Page | int) -> bool:
    """Is this page among the `count` pages of the site that show `role`?"""
    index = page if isinstance(page, int) else page.index
    return index in _pages_for(site, role, count)


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """0, 1, 2 ... for the pages that show `role`, counted in page order; None on the others."""
    pages = sorted(_pages_for(site, role, count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """A moving element: True (before the essay) on `first` of the pages, False (after it) on the others."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}/{site}/{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:n]


def put(body: list, pos: int, piece) -> None:
    """Insert a template piece into the essay at `pos`, moving it up past any heading or lead-in paragraph it would
    otherwise follow directly (so it never splits a heading from its text or a lead-in from its quotation/list)."""
    while pos > 0 and body[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    body.insert(max(pos, 1), piece)


def kind_of(kind: str, value) -> str:
    if kind == "paragraph" and value.rstrip().endswith(":"):
        return "lead"
    return kind


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def anchor_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def number_word(n: int) -> str:
    return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n] if n <= 10 else str(n)


# ---- 1. cautley: Sphinx 7 + Read the Docs theme, a sixth form's humanities handbook ----------------------------

CA_ROOT = "https://handbook.cautley.sch.uk/en/latest"
CA_NAME = "Cautley Humanities Handbook"
CA_MARKERS = ["Mr D. Threlkeld", "Mrs A. Blamire", "Dr R. Nicholson-Hay", "Ms F. Gaskarth"]
CA_NOTE_TITLES = ["Marker's comment", "Why this works", "Watch the linking", "Examiner's eye"]
CA_NOTES = [
    "This paragraph earns its marks by answering the question directly in its opening sentence.",
    "Notice how each figure is introduced with its source before it is interpreted.",
    "A weaker answer would stop here; this one goes on to say why the point matters.",
    "The evidence is specific to {topic}, and the mark scheme rewards exactly that.",
    "The paragraph could be shorter, but nothing in it is wasted.",
    "Here the writer admits a limit to the evidence without losing the thread.",
    "The last sentence ties the paragraph back to the thesis, so the argument keeps moving.",
]
CA_SIDEBARS = [("Key dates", "Period covered by this exemplar: {period}. Check each date against the handbook timeline."),
               ("Word bank", "Verbs worth stealing for {topic} essays: contend, concede, qualify, corroborate.")]
CA_WARNINGS = [
    "You are reading the 2022-23 edition of this handbook. Some exemplars have since been re-marked.",
    "The handbook moves to a new address over the half-term holiday; old links will keep working.",
    "Mock examination week: library computers are reserved for candidates from 9am until 4pm.",
]
CA_HONESTY = ("Exemplars are published for study. Handing in any part of one as your own work counts as malpractice "
              "and is reported to the awarding body.")
CA_AD = ("Printable timelines for every sixth-form history option, free for schools.", "Ads by EthicalAds")
CA_QA = [
    ("Why does the essay mention the counter-argument so late?", "Because the objection is strongest once the reader has seen the evidence; putting it first would weaken the case."),
    ("Would this still get the grade without the statistics?", "Probably one band lower. The figures show the argument is tested, not just asserted."),
    ("How long did the writer spend on the plan?", "About forty minutes, spread over two lessons."),
    ("Is it allowed to use 'I' in the opening?", "Yes, sparingly. The handbook's style page says one 'I' in the thesis is fine."),
    ("Where did the sources come from?", "Mostly the department reading list, plus two books from the county library."),
    ("Could the conclusion be one sentence?", "It could, but the marker liked the way it returns to all three strands."),
    ("Why are there no footnotes?", "The task asked for author-date references only."),
]
CA_ASKERS = ["Isla (L6)", "Rohan (U6)", "Megan (L6)", "Kacper (U6)", "Bethany (L6)", "Zain (U6)", "Holly (L6)", "Fergus (U6)"]


def ca_href(title: str) -> str:
    return f"{slug(title)}.html"


def ca_h(level: int, text: str, anchor: str) -> str:
    return f'<h{level}>{esc(text)}<a class="headerlink" href="#{anchor}" title="Link to this heading">\u00b6</a></h{level}>'


def ca_admonition(cls: str, title: str, body_html: str) -> str:
    return f'<div class="admonition {cls}">\n<p class="admonition-title">{esc(title)}</p>\n{body_html}\n</div>'


def cautley(p: Page) -> str:
    rng = p.rng
    site = "cautley"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{CA_ROOT}/exemplars/{ca_href(p.title)}"
    pieces: list[tuple[str, str]] = []
    used: dict[str, int] = {}
    headings: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            a = anchor_id(value)
            used[a] = used.get(a, 0) + 1
            a = a if used[a] == 1 else f"{a}-{used[a] - 1}"
            headings.append((value, a))
            pieces.append(("heading", a + "\t" + ca_h(2, value, a)))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<div><p>{esc(value)}</p>\n</div></blockquote>"))
        else:
            ordered, items = value
            start, end = ('<ol class="arabic simple">', "</ol>") if ordered else ('<ul class="simple">', "</ul>")
            pieces.append(("text", start + "\n" + "\n".join(f"<li><p>{esc(i)}</p></li>" for i in items) + f"\n{end}"))
    n_essay = len(pieces)
    if shown_on(site, "note", 13, p):
        title = rng.choice(CA_NOTE_TITLES)
        text = note_for(CA_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", ca_admonition(f"admonition-{anchor_id(title)}", title, f"<p>{esc(text)}</p>")))
        p.clutter += [title, text]
    turn = rank_on(site, "sidebar", 4, p)
    if turn is not None:
        head, body = CA_SIDEBARS[turn % 2]
        body = body.format(period=p.essay["card"]["period"], topic=p.topic)
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("aside", f'<aside class="sidebar">\n<p class="sidebar-title">{esc(head)}</p>\n<p>{esc(body)}</p>\n</aside>'))
        p.clutter += [head, body]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Only Cautley students can read the remaining {fmt_int(more)} words of this exemplar."
        pieces.append(("wall", ca_admonition("caution", "Restricted", f"<p>{esc(wall)} <a class=\"reference external\" href=\"https://login.cautley.sch.uk/?next={s}\">Sign in with your school account</a> to continue.</p>")))
        p.clutter += [wall, "Sign in with your school account to continue."]
    honesty = ("note", ca_admonition("important", "Important", f"<p>{esc(CA_HONESTY)}</p>"))
    p.clutter.append(CA_HONESTY)
    if half_and_half(site, "honesty", p):
        pieces.insert(0, honesty)
    else:
        pieces.append(honesty)
    # sections: the h1 section holds the docinfo, the opening paragraphs and every level-2 section
    body = ""
    open_section = False
    for kind, h in pieces:
        if kind == "heading":
            a, h = h.split("\t", 1)
            body += ("</section>\n" if open_section else "") + f'<section id="{a}">\n{h}\n'
            open_section = True
        else:
            body += h + "\n"
    if p.cut is None and p.refs:
        body += ("</section>\n" if open_section else "") + '<section id="works-cited">\n' + ca_h(2, "Works Cited", "works-cited") + '\n<div class="line-block">\n'
        body += "\n".join(f'<div class="line">{mk}</div>' for _, mk in p.refs) + "\n</div>\n"
        open_section = True
    if open_section:
        body += "</section>\n"
    # docinfo: a field list of label / value pairs
    marker = rng.choice(CA_MARKERS)
    revised = date(2021, 9, 1) + timedelta(days=rng.randint(0, 900))
    extent = f"{fmt_int(p.words)} words ({p.pages} pp. printed)"
    fields = [("Subject", p.category), ("Level", p.level), ("Extent", extent), ("Grade", p.grade), ("Marked by", marker),
              ("Revised", uk_date(revised))]
    docinfo = '<dl class="field-list simple">\n' + "\n".join(
        f'<dt class="field-{"odd" if i % 2 == 0 else "even"}">{k}<span class="colon">:</span></dt>\n<dd class="field-{"odd" if i % 2 == 0 else "even"}"><p>{esc(v)}</p>\n</dd>'
        for i, (k, v) in enumerate(fields)) + "\n</dl>"
    p.clutter += [f"{k}: {v}" for k, v in fields]
    # seminar questions, a level-2 section after the essay
    qa = ""
    n_q = rng.randint(1, 4)
    for (q, ans), who in zip(rng.sample(CA_QA, n_q), rng.sample(CA_ASKERS, n_q)):
        wk = rng.randint(2, 12)
        qa += f"<dt>{esc(who)}, week {wk}</dt>\n<dd><p>{esc(q)}</p>\n<p><em>Answer:</em> {esc(ans)}</p>\n</dd>\n"
        p.clutter += [f"{who}, week {wk}", q, f"Answer: {ans}"]
    qa = ('<section id="questions-from-the-seminar">\n' + ca_h(2, "Questions from the seminar", "questions-from-the-seminar")
          + f'\n<dl class="simple">\n{qa}</dl>\n</section>\n')
    p.clutter.append("Questions from the seminar")
    # how other exemplars end: the last sentence of three other essays
    ends = ""
    for t in rng.sample(p.others, 3):
        line = closing_sentence(t)
        ends += f'<li><p><a class="reference internal" href="{ca_href(t)}"><span class="doc">{esc(t)}</span></a>: \u201c{esc(line)}\u201d</p></li>\n'
        p.clutter += [t, line]
    ends = ('<section id="how-other-exemplars-end">\n' + ca_h(2, "How other exemplars end", "how-other-exemplars-end")
            + "\n<p>Compare the final sentence of this essay with these:</p>\n"
            + f'<ul class="simple">\n{ends}</ul>\n</section>\n')
    p.clutter += ["How other exemplars end", "Compare the final sentence of this essay with these:"]
    # the side navigation: every exemplar, by subject; the current page lists its own headings
    by_subject: dict[str, list[str]] = {}
    for t in p.site_titles:
        by_subject.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    nav = ""
    for subject in sorted(by_subject):
        cur = p.category == subject
        mark = " current" if cur else ""
        ul = '<ul class="current">' if cur else "<ul>"
        nav += f'<li class="toctree-l1{mark}"><a class="reference internal{mark}" href="../{slug(subject)}/index.html">{esc(subject)}</a>{ul}\n'
        for t in sorted(by_subject[subject]):
            if t == p.title:
                sub = "".join(f'<li class="toctree-l3"><a class="reference internal" href="#{a}">{esc(h)}</a></li>' for h, a in headings)
                nav += f'<li class="toctree-l2 current"><a class="current reference internal" href="#">{esc(t)}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>\n"
            else:
                nav += f'<li class="toctree-l2"><a class="reference internal" href="{ca_href(t)}">{esc(t)}</a></li>\n'
                p.clutter.append(t)
        nav += "</ul>\n</li>\n"
    warn = ""
    turn = rank_on(site, "warning", 3, p)
    if turn is not None:
        warn = ca_admonition("warning", "Warning", f"<p>{esc(CA_WARNINGS[turn])}</p>") + "\n"
        p.clutter.append(CA_WARNINGS[turn])
    ad = ""
    if shown_on(site, "ad", 6, p):
        ad = (f'<div id="ethical-ad-placement" class="ethical-rtd" data-ea-publisher="readthedocs"><div class="ea-content">'
              f'<a class="ea-link" href="https://server.ethicalads.io/proxy/click/{hexid(site, p.index, n=8)}/" rel="nofollow sponsored" target="_blank"><strong>Timeline Press</strong> {esc(CA_AD[0])}</a></div>'
              f'<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/" rel="nofollow" target="_blank">{CA_AD[1]}</a></div></div>')
        p.clutter += [f"Timeline Press {CA_AD[0]}", CA_AD[1]]
    prev_t, next_t = rng.sample(p.others, 2)
    updated = f"Last updated on {uk_date(revised + timedelta(days=rng.randint(1, 40)))}."
    p.clutter += [prev_t, next_t, CA_NAME, "Exemplar essays", "Study skills", "Referencing guide", "View page source",
                  "Built with Sphinx using a theme provided by Read the Docs.", "Copyright 2019-2024, Cautley Sixth Form Humanities Faculty.",
                  updated, "Project Home", "On Read the Docs", "Read the Docs", "Handbook contents"]
    doc_desc = html.escape(sentences_of(block_text(p.blocks[0]))[0])
    build = hexid(site, "build", n=7)
    return f"""<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta content="{doc_desc}" name="description" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>{esc(p.title)} &mdash; {CA_NAME} latest documentation</title>
      <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" />
      <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=19f00094" />
      <link rel="stylesheet" type="text/css" href="../_static/cautley.css?v={build}" />
  <link rel="canonical" href="{url}" />
      <script src="../_static/jquery.js?v=5d32c60e"></script>
      <script src="../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
      <script src="../_static/documentation_options.js?v=5929fcd5"></script>
      <script src="../_static/doctools.js?v=888ff710"></script>
      <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/js/theme.js"></script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="{html.escape(next_t)}" href="{ca_href(next_t)}" />
    <link rel="prev" title="{html.escape(prev_t)}" href="{ca_href(prev_t)}" />
</head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >
            <a href="../index.html" class="icon icon-home">
            {CA_NAME}
          </a>
              <div class="version">
                latest
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <p class="caption" role="heading"><span class="caption-text">Handbook contents</span></p>
<ul>
<li class="toctree-l1"><a class="reference internal" href="../study-skills/index.html">Study skills</a></li>
<li class="toctree-l1"><a class="reference internal" href="../referencing/index.html">Referencing guide</a></li>
</ul>
<p class="caption" role="heading"><span class="caption-text">Exemplar essays</span></p>
<ul class="current">
{nav}</ul>
{ad}
        </div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../index.html">{CA_NAME}</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
          <li class="breadcrumb-item"><a href="index.html">Exemplar essays</a></li>
          <li class="breadcrumb-item"><a href="../{slug(p.category)}/index.html">{esc(p.category)}</a></li>
      <li class="breadcrumb-item active">{esc(p.title)}</li>
      <li class="wy-breadcrumbs-aside">
            <a href="../_sources/exemplars/{s}.rst.txt" rel="nofollow"> View page source</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">
{warn}
  <section id="{s}">
{ca_h(1, p.title, s)}
{docinfo}
{body}{qa}{ends}</section>


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        <a href="{ca_href(prev_t)}" class="btn btn-neutral float-left" title="{html.escape(prev_t)}" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> {esc(prev_t)}</a>
        <a href="{ca_href(next_t)}" class="btn btn-neutral float-right" title="{html.escape(next_t)}" accesskey="n" rel="next">{esc(next_t)} <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <p>&#169; Copyright 2019-2024, Cautley Sixth Form Humanities Faculty.
      <span class="lastupdated">{updated}</span>
    </p>
  </div>

  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="https://readthedocs.org">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions">
    <span class="rst-current-version" data-toggle="rst-current-version">
      <span class="fa fa-book"> Read the Docs</span>
      v: latest
      <span class="fa fa-caret-down"></span>
    </span>
    <div class="rst-other-versions">
      <dl>
        <dt>Versions</dt>
          <dd><a href="https://handbook.cautley.sch.uk/en/latest/">latest</a></dd>
          <dd><a href="https://handbook.cautley.sch.uk/en/2022-23/">2022-23</a></dd>
      </dl>
      <dl>
        <dt>On Read the Docs</dt>
          <dd><a href="https://readthedocs.org/projects/cautley-handbook/?fromdocs=cautley-handbook">Project Home</a></dd>
          <dd><a href="https://readthedocs.org/builds/cautley-handbook/?fromdocs=cautley-handbook">Builds</a></dd>
      </dl>
    </div>
  </div>
  <script>
      jQuery(function () {{
          SphinxRtdTheme.Navigation.enable(true);
      }});
  </script>
</body>
</html>
"""


# ---- 2. kirkbampton: BookStack wiki of a college library ----------------------------------------------------

KB_ROOT = "https://wiki.kirkbampton.ac.uk"
KB_NAME = "Kirkbampton Study Wiki"
KB_BOOK = "Exemplar Essays"
KB_EDITORS = ["Nasreen Aziz", "Tom Fenwick", "Carys Llewellyn", "Patrick Dobbie", "Gemma Relph"]
KB_NOTE_LABELS = ["Tutor's note:", "Library tip:", "Marker says:", "Think about it:"]
KB_NOTES = [
    "the library holds two of the books this paragraph relies on; ask at the desk for the {topic} shelf list.",
    "count the sentences that carry evidence here, then count the ones that explain it.",
    "this is where the essay moves from describing to judging.",
    "a paragraph like this needs the number and the source; both are present.",
    "try rewriting this paragraph in three sentences and see what you would lose.",
    "the link word at the start of the next paragraph is doing a lot of work.",
    "this paragraph was added in the second draft after feedback.",
]
KB_DETAILS = ["Show the essay plan", "Show the marking grid"]
KB_BANNERS = [
    "The library closes at 5pm on Fridays during the spring term.",
    "New in the wiki: a page of sentence starters for comparison essays.",
    "Printing credit resets on the first Monday of each month.",
]
KB_GUEST = "You are browsing as a guest. Log in with your college account to add comments."
KB_COPY = ("Do not copy from this page. Every exemplar is held in the college's similarity checker, and matches are "
           "referred to the curriculum manager.")
KB_COMMENTS = [
    "Really clear example of a counter-argument paragraph.",
    "Could we have one of these for the unseen source question too?",
    "The plan in the collapsible box is the most useful bit for me.",
    "I used this to check my own paragraph lengths.",
    "Is the word count including the references?",
    "Thanks for adding the marking grid.",
    "Nice that the sources are all ones the library actually has.",
    "Printed this for my revision folder.",
    "Our group is doing a similar question next week, this helps a lot.",
]
KB_COMMENTERS = ["Leah Pattinson", "Dominic Ashworth", "Yusuf Kamara", "Ellie Gaunt", "Shannon Brough", "Marek Zielinski",
                 "Abigail Hind", "Connor Tweddle"]


def kb_page_url(title: str) -> str:
    return f"{KB_ROOT}/books/exemplar-essays/page/{slug(title)}"


def kb_ago(days: int) -> str:
    if days < 45:
        return plural(max(1, days // 7), "week") + " ago"
    if days < 365:
        return plural(days // 30, "month") + " ago"
    return plural(days // 365, "year") + " ago"


def kirkbampton(p: Page) -> str:
    rng = p.rng
    site = "kirkbampton"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    ids: dict[str, int] = {}

    def bkmrk(text: str) -> str:
        base = "bkmrk-" + (anchor_id(text[:20]) or "block")
        ids[base] = ids.get(base, 0) + 1
        return base if ids[base] == 1 else f"{base}-{ids[base] - 1}"

    pieces: list[tuple[str, str]] = []
    headings: list[tuple[str, str]] = []
    for kind, value in p.visible():
        if kind == "heading":
            a = bkmrk(value)
            headings.append((value, a))
            pieces.append(("heading", f'<h4 id="{a}">{esc(value)}</h4>'))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f'<p id="{bkmrk(value)}">{esc(value)}</p>'))
        elif kind == "quote":
            pieces.append(("text", f'<blockquote id="{bkmrk(value)}">{esc(value)}</blockquote>'))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f'<{tag} id="{bkmrk(items[0])}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "callout", 13, p):
        label = rng.choice(KB_NOTE_LABELS)
        text = note_for(KB_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="callout info" id="{bkmrk(label)}"><strong>{esc(label)}</strong> {esc(text)}</p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "details", 4, p)
    if turn is not None:
        summary = KB_DETAILS[turn % 2]
        if turn % 2 == 0:
            n_str = sum(1 for k, _ in p.blocks if k == "paragraph")
            inner = f"Plan: opening with thesis; background; {n_str - 3} body paragraphs; objection and reply; conclusion."
        else:
            inner = f"Knowledge {rng.randint(6, 10)}/10. Analysis {rng.randint(6, 10)}/10. Use of sources {rng.randint(5, 10)}/10. Communication {rng.randint(6, 10)}/10."
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("details", f'<details id="{bkmrk(summary)}"><summary>{esc(summary)}</summary><p>{esc(inner)}</p></details>'))
        p.clutter += [summary, inner]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Enrolled students only: the remaining {fmt_int(more)} words of this page are hidden from guests."
        pieces.append(("wall", f'<p class="callout warning" id="{bkmrk(wall)}">{esc(wall)}</p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<h4 id="{bkmrk("Works Cited")}">Works Cited</h4>'))
        pieces += [("refs", f'<p id="{bkmrk(plain)}">{mk}</p>') for plain, mk in p.refs]
    copy = ("note", f'<p class="callout danger" id="{bkmrk(KB_COPY)}">{esc(KB_COPY)}</p>')
    p.clutter.append(KB_COPY)
    if half_and_half(site, "copy", p):
        pieces.insert(0, copy)
    else:
        pieces.append(copy)
    content = "\n".join(h for _, h in pieces)
    # tags: name / value pairs, the counts among them
    tags = [("Subject", p.category), ("Level", p.level), ("Word count", fmt_int(p.words)), ("A4 pages", str(p.pages)),
            ("Grade", p.grade), ("Status", "Exemplar")]
    tag_html = "".join(
        f'<div class="tag-item primary-background-light" data-name="{html.escape(k)}" data-value="{html.escape(v)}">\n'
        f'<div class="tag-name"><a href="{KB_ROOT}/search?term=%5B{quote_url(k)}%5D">{esc(k)}</a></div>\n'
        f'<div class="tag-value"><a href="{KB_ROOT}/search?term=%5B{quote_url(k)}%3D{quote_url(v)}%5D">{esc(v)}</a></div>\n</div>\n'
        for k, v in tags)
    p.clutter += [f"{k} {v}" for k, v in tags]
    created, updated = rng.randint(400, 1500), rng.randint(10, 390)
    made_by, edited_by = rng.sample(KB_EDITORS, 2)
    revision = rng.randint(2, 14)
    meta = [f"Revision #{revision}", f"Created {kb_ago(created)} by {made_by}", f"Updated {kb_ago(updated)} by {edited_by}"]
    p.clutter += meta
    # the book tree: every exemplar, by chapter (subject)
    by_subject: dict[str, list[str]] = {}
    for t in p.site_titles:
        by_subject.setdefault(cap(ESSAYS_BY_TITLE[t]["tags"][0]), []).append(t)
    tree = ""
    for subject in sorted(by_subject):
        items = ""
        for t in sorted(by_subject[subject]):
            cls = "page entity-list-item selected" if t == p.title else "page entity-list-item"
            items += (f'<li class="list-item-page"><a href="{kb_page_url(t)}" class="{cls}" data-entity-type="page">'
                      f'<svg class="icon" viewBox="0 0 24 24"><use href="#icon-page"></use></svg><div class="content"><div class="entity-list-item-name break-text">{esc(t)}</div></div></a></li>\n')
            if t != p.title:
                p.clutter.append(t)
        tree += (f'<li class="list-item-chapter"><a href="{KB_ROOT}/books/exemplar-essays/chapter/{slug(subject)}" class="chapter entity-list-item" data-entity-type="chapter">'
                 f'<div class="content"><div class="entity-list-item-name break-text">{esc(subject)}</div></div></a>\n'
                 f'<div class="entity-list-item-children"><ul class="sidebar-page-list mt-xs menu entity-list">\n{items}</ul></div></li>\n')
    page_nav = "".join(f'<li class="page-nav-item h4"><a href="#{a}" class="text-limit-lines-1 block">{esc(h)}</a><div class="link-background sidebar-page-nav-bullet"></div></li>\n'
                       for h, a in headings)
    # similar pages: each snippet is the other essay's thesis sentence
    similar = ""
    for t in rng.sample(p.others, 3):
        line = thesis_sentence(t)
        similar += (f'<a href="{kb_page_url(t)}" class="page entity-list-item" data-entity-type="page"><div class="content">'
                    f'<h4 class="entity-list-item-name break-text">{esc(t)}</h4><div class="entity-item-snippet"><p class="text-muted break-text">{esc(line)}</p></div></div></a>\n')
        p.clutter += [t, line]
    # comments
    n_c = rng.randint(0, 4)
    comments = ""
    for n, (who, text) in enumerate(zip(rng.sample(KB_COMMENTERS, n_c), rng.sample(KB_COMMENTS, n_c)), 1):
        ago = kb_ago(rng.randint(3, 700))
        cid = p.serial + n
        comments += (f'<div class="comment-branch"><div class="comment-box" id="comment{cid}"><div class="header"><div class="flex-container-row items-center gap-xs">'
                     f'<img width="50" height="50" class="avatar block mr-xs" src="{KB_ROOT}/uploads/images/user/avatar-{hexid(who, n=6)}.png" alt="{html.escape(who)}">'
                     f'<a href="{KB_ROOT}/user/{slug(who)}">{esc(who)}</a> <span class="text-muted">commented {ago}</span> '
                     f'<a class="text-muted" href="#comment{cid}">#{n}</a></div></div>\n<div class="content px-s pb-s"><p>{esc(text)}</p></div></div></div>\n')
        p.clutter += [who, f"commented {ago}", text]
    count = "No comments yet" if n_c == 0 else f"{plural(n_c, 'Comment')}"
    p.clutter += [count, "Log in to leave a comment."]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="callout warning mb-m print-hidden"><p>{esc(KB_BANNERS[turn])}</p></div>\n'
        p.clutter.append(KB_BANNERS[turn])
    guest = ""
    if shown_on(site, "guest", 6, p):
        guest = f'<div class="notification pos" role="alert"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-info"></use></svg><span>{esc(KB_GUEST)}</span></div>\n'
        p.clutter.append(KB_GUEST)
    if page_nav:
        p.clutter.append("Page Navigation")
    p.clutter += [KB_NAME, KB_BOOK, "Book Navigation", "Similar pages", "Revisions", "Export",
                  "Contained Web File", "Plain Text", "Kirkbampton College Library", "Accessibility statement",
                  "Privacy notice", "Library opening hours", "Skip to content", "Back to top"]
    url = kb_page_url(p.title)
    desc = html.escape(sentences_of(block_text(p.blocks[0]))[0])
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="">
<head>
    <title>{esc(p.title)} | {KB_NAME}</title>

    <!-- Meta -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <meta name="token" content="{hexid(site, p.index, 'token', n=40)}">
    <meta name="base-url" content="{KB_ROOT}">
    <meta name="description" content="{desc}">
    <meta name="theme-color" content="#2e6b5e"/>
    <link rel="canonical" href="{url}">

    <!-- Social Cards Meta -->
    <meta property="og:title" content="{html.escape(p.title)}">
    <meta property="og:url" content="{url}">
    <meta property="og:description" content="{desc}">

    <!-- Styles -->
    <link rel="stylesheet" href="{KB_ROOT}/dist/styles.css?version=v23.12.2">
    <link rel="stylesheet" media="print" href="{KB_ROOT}/dist/print-styles.css?version=v23.12.2">

    <!-- Custom Styles & Head Content -->
    <style id="custom-styles" data-color="#2e6b5e" data-color-light="rgba(46,107,94,0.15)">
        :root {{ --color-primary: #2e6b5e; --color-primary-light: rgba(46,107,94,0.15); --color-link: #2e6b5e; --color-bookshelf: #a94747; --color-book: #077b70; --color-chapter: #af4d0d; --color-page: #206ea7; }}
    </style>
    <script src="{KB_ROOT}/dist/app.js?version=v23.12.2" type="module" nonce="{hexid(site, p.index, 'nonce', n=22)}"></script>
</head>
<body class="tri-layout" component="shortcuts" option:shortcuts:key-map="{{}}">
    <a class="px-m py-s skip-to-content-link" href="#main-content">Skip to content</a>
    <div component="notification" option:notification:type="success" option:notification:auto-hide="true" style="display: none;"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-check-circle"></use></svg><span></span><div class="dismiss"></div></div>
    {guest}
    <header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden">
        <div class="flex-container-row justify-space-between gap-s items-center">
            <a href="{KB_ROOT}" data-shortcut="home_view" class="logo"><img class="logo-image" src="{KB_ROOT}/uploads/images/system/logo.png" alt="Logo"><span class="logo-text">{KB_NAME}</span></a>
            <button type="button" refs="header-mobile-toggle@toggle" class="hide-over-l mobile-menu-toggle hide-over-l" aria-expanded="false" aria-label="Toggle menu"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-more"></use></svg></button>
        </div>
        <div class="flex-container-column items-center justify-center hide-under-l">
            <form component="global-search" action="{KB_ROOT}/search" method="GET" class="search-box" role="search" tabindex="0">
                <button id="header-search-box-button" refs="global-search@button" type="submit" aria-label="Search" tabindex="-1"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-search"></use></svg></button>
                <input id="header-search-box-input" refs="global-search@input" type="text" name="term" data-shortcut="global_search" autocomplete="off" aria-label="Search" placeholder="Search">
            </form>
        </div>
        <nav refs="header-mobile-toggle@menu" class="header-links">
            <div class="links text-center">
                <a class="hide-over-l" href="{KB_ROOT}/search">Search</a>
                <a href="{KB_ROOT}/shelves" data-shortcut="shelves_view">Shelves</a>
                <a href="{KB_ROOT}/books" data-shortcut="books_view">Books</a>
                <a href="{KB_ROOT}/login">Log in</a>
            </div>
        </nav>
    </header>

    <div id="content" component="tri-layout" class="block">
    <div class="tri-layout-mobile-tabs text-primary print-hidden"><div class="grid half no-break no-gap"><button type="button" refs="tri-layout@tab" data-tab="info" aria-label="Info" class="tri-layout-mobile-tab px-m py-m text-link">Info</button><button type="button" refs="tri-layout@tab" data-tab="content" aria-label="Content" aria-selected="true" class="tri-layout-mobile-tab px-m py-m text-link active">Content</button></div></div>
    <div refs="tri-layout@container" class="tri-layout-container">

        <div class="tri-layout-left print-hidden" id="sidebar">
            <aside class="tri-layout-left-contents">
                <section class="mb-xl">
                    <h5>Tags</h5>
                    <div class="blended-links"><div class="tag-box">
{tag_html}                    </div></div>
                </section>
                <section class="mb-xl">
                    <h5>Details</h5>
                    <div class="blended-links"><div class="entity-meta">
                        <a href="{url}/revisions" class="entity-meta-item"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-history"></use></svg><div>{meta[0]}</div></a>
                        <div class="entity-meta-item"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-star"></use></svg><div>Created {kb_ago(created)} by <a href="{KB_ROOT}/user/{slug(made_by)}">{esc(made_by)}</a></div></div>
                        <div class="entity-meta-item"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-edit"></use></svg><div>Updated {kb_ago(updated)} by <a href="{KB_ROOT}/user/{slug(edited_by)}">{esc(edited_by)}</a></div></div>
                    </div></div>
                </section>
                <nav id="book-tree" class="book-tree mb-xl" aria-label="Book Navigation">
                    <h5>Book Navigation</h5>
                    <ul class="sidebar-page-list mt-xs menu entity-list">
                        <li class="list-item-book"><a href="{KB_ROOT}/books/exemplar-essays" class="book entity-list-item" data-entity-type="book"><div class="content"><div class="entity-list-item-name break-text">{KB_BOOK}</div></div></a></li>
{tree}                    </ul>
                </nav>
            </aside>
        </div>

        <div class="@container tri-layout-middle">
            <div id="main-content" class="tri-layout-middle-contents">
                {banner}<div class="mb-m print-hidden">
                    <nav class="breadcrumbs text-center" aria-label="Breadcrumb">
                        <div class="icon-list-item"><a href="{KB_ROOT}/books" class="text-book icon-list-item outline-hover"><span>Books</span></a></div>
                        <div class="separator"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-chevron-right"></use></svg></div>
                        <a href="{KB_ROOT}/books/exemplar-essays" class="text-book icon-list-item outline-hover"><span class="text-limit-lines-2">{KB_BOOK}</span></a>
                        <div class="separator"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-chevron-right"></use></svg></div>
                        <a href="{KB_ROOT}/books/exemplar-essays/chapter/{slug(p.category)}" class="text-chapter icon-list-item outline-hover"><span class="text-limit-lines-2">{esc(p.category)}</span></a>
                        <div class="separator"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-chevron-right"></use></svg></div>
                        <a href="{url}" class="text-page icon-list-item outline-hover"><span class="text-limit-lines-2">{esc(p.title)}</span></a>
                    </nav>
                </div>
                <main class="content-wrap card">
                    <div class="page-content clearfix" page-display="{p.serial}">
                        <h1 class="break-text" id="bkmrk-page-title">{esc(p.title)}</h1>
                        <div style="clear:left;"></div>
                        <div dir="auto">
{content}
                        </div>
                    </div>
                </main>
                <section component="page-comments" class="comments-container print-hidden" aria-label="Comments" option:page-comments:page-id="{p.serial}">
                    <div class="flex-container-row items-center justify-space-between mb-m"><h5 class="comments-title">{count}</h5></div>
                    <div refs="page-comments@comment-container" class="comment-container no-outline">
{comments}                    </div>
                    <p class="text-muted italic mt-xl mb-m">Log in to leave a comment.</p>
                </section>
            </div>
        </div>

        <div class="tri-layout-right print-hidden">
            <aside class="tri-layout-right-contents">
                {'<nav id="page-navigation" class="mb-xl" aria-label="Page Navigation"><h5>Page Navigation</h5><div class="body"><ul class="sidebar-page-nav menu">' + chr(10) + page_nav + '</ul></div></nav>' if page_nav else ''}
                <div class="actions mb-xl">
                    <h5>Actions</h5>
                    <div class="icon-list text-link">
                        <a href="{url}/revisions" class="icon-list-item"><span><svg class="icon" viewBox="0 0 24 24"><use href="#icon-history"></use></svg></span><span>Revisions</span></a>
                        <div component="dropdown" class="dropdown-container" id="export-menu">
                            <button refs="dropdown@toggle" class="icon-list-item" aria-haspopup="true" aria-expanded="false"><span><svg class="icon" viewBox="0 0 24 24"><use href="#icon-export"></use></svg></span><span>Export</span></button>
                            <ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">
                                <li><a href="{url}/export/html" target="_blank" class="label-item"><span>Contained Web File</span><span>.html</span></a></li>
                                <li><a href="{url}/export/plaintext" target="_blank" class="label-item"><span>Plain Text</span><span>.txt</span></a></li>
                            </ul>
                        </div>
                    </div>
                </div>
                <section class="mb-xl">
                    <h5>Similar pages</h5>
                    <div class="entity-list text-small">
{similar}                    </div>
                </section>
            </aside>
        </div>
    </div>
    </div>
    <footer class="print-hidden">
        <a href="https://library.kirkbampton.ac.uk">Kirkbampton College Library</a>
        <a href="https://library.kirkbampton.ac.uk/hours">Library opening hours</a>
        <a href="{KB_ROOT}/accessibility">Accessibility statement</a>
        <a href="{KB_ROOT}/privacy">Privacy notice</a>
    </footer>
    <div component="back-to-top" class="back-to-top print-hidden"><div class="inner"><svg class="icon" viewBox="0 0 24 24"><use href="#icon-chevron-up"></use></svg><span>Back to top</span></div></div>
</body>
</html>
"""


def quote_url(text: str) -> str:
    from urllib.parse import quote
    return quote(text, safe="")


# ---- 3. stainmore: Mahara ePortfolio page in a sixth form's exemplar collection ---------------------------------

SM_ROOT = "https://folio.stainmore.ac.uk"
SM_NAME = "Stainmore Folio"
SM_COLLECTION = "Exemplar essays 2023-24"
SM_TEACHERS = ["Mrs J. Haithwaite", "Mr K. Addison", "Dr L. Sowerby", "Miss P. Alderson"]
SM_NOTE_LABELS = ["Self-assessment:", "Note to self:", "After feedback:", "Reflection:"]
SM_NOTES = [
    "I think this is my strongest paragraph because every sentence does a job.",
    "my first draft had the evidence here but no explanation of it.",
    "I moved this paragraph up after my teacher said the order felt random.",
    "this took the longest to write, mainly finding the right figures for {topic}.",
    "I'm still not sure the example here is the best one I could have used.",
    "the feedback said to make this point sooner, so I cut two sentences.",
    "reading it back, I would add a date to this paragraph.",
]
SM_TABLES = ["drafts", "targets"]
SM_MESSAGES = [
    "Portfolio exports for the EPQ deadline must be completed by 21 March.",
    "The site will be unavailable on Sunday morning for an upgrade to Mahara 23.04.",
    "Year 12 students: your new group pages are now in Shared with me.",
]
SM_CONSENT = "This site sets a session cookie so that you stay logged in. Details are in the privacy statement."
SM_COPY = "Shared as an exemplar with my permission. Please don't copy it into your own work."
SM_COMMENTS = [
    "The way you handle the counter-argument is really neat.",
    "Your self-assessment notes are honest, I like that.",
    "Did you find the statistics in the library or online?",
    "This helped me plan mine, thanks for sharing.",
    "Great essay. The conclusion could maybe be a bit shorter?",
    "Well deserved mark.",
    "The draft table is a good idea, I might copy the format (not the essay!).",
    "Could you share your reading list?",
]
SM_NAMES = ["Evie Capstick", "Josh Braithwaite", "Amira Haddad", "Lewis Fawcett", "Niamh Todd", "Oskar Lindgren",
            "Ruby Metcalf", "Kieran Dent"]
SM_OWNERS = ["Alice Thwaite", "Ben Raine", "Chloe Nixon", "Daniel Akande", "Ella Bainbridge", "Finn Harker", "Grace Pickup",
             "Harry Wilkin", "Imogen Garnett", "Jack Dinsdale"]


def sm_url(title: str) -> str:
    return f"{SM_ROOT}/view/view.php?t={hexid('stainmore', title, n=20)}"


def sm_block(bid: int, cls: str, title: str, inner: str, x: int, y: int, w: int, h: int) -> str:
    return (f'<div class="grid-stack-item" gs-x="{x}" gs-y="{y}" gs-w="{w}" gs-h="{h}" gs-id="{bid}">\n'
            f'<div class="grid-stack-item-content">\n<div class="{cls} card card-secondary clearfix" id="blockinstance_{bid}">\n'
            f'<h2 class="title card-header js-heading">{esc(title)}</h2>\n'
            f'<div class="block" id="blockinstance_{bid}_target">\n{inner}\n</div>\n</div>\n</div>\n</div>')


def stainmore(p: Page) -> str:
    rng = p.rng
    site = "stainmore"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    owner = rng.choice(SM_OWNERS)
    teacher = rng.choice(SM_TEACHERS)
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
    submitted = date(2022, 10, 1) + timedelta(days=rng.randint(0, 500))
    if shown_on(site, "highlight", 13, p):
        label = rng.choice(SM_NOTE_LABELS)
        text = note_for(SM_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p><span style="background-color: #fbeeb8;"><strong>{esc(label)}</strong> {esc(text)}</span></p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "table", 4, p)
    if turn is not None:
        day = submitted - timedelta(days=rng.randint(26, 40))
        if turn % 2 == 0:
            rows = [("Draft", "Date", "Length")]
            words = p.words
            for d in (3, 2, 1):
                rows.insert(1, (f"Draft {d}", uk_date(day + timedelta(days=7 * d)), f"{fmt_int(words)} words"))
                words -= rng.randint(60, 160)
        else:
            rows = [("Target from my teacher", "Met?"), ("Give every statistic its source", "Yes"),
                    ("Answer the objection, don't just describe it", rng.choice(["Yes", "Partly"])),
                    ("Finish on the question, not a summary", rng.choice(["Yes", "Partly", "Not yet"]))]
        table = ('<table class="mce-item-table" style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                 + "\n".join("<tr>" + "\n".join(f'<td style="width: {100 // len(r)}%;">{esc(c)}</td>' for c in r) + "</tr>" for r in rows)
                 + "\n</tbody></table>")
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("table", table))
        p.clutter += [" ".join(r) for r in rows]
    if p.cut is not None:
        more = p.rest_words()
        wall = f"Another {fmt_int(more)} words of this essay are visible only to members of the Stainmore Sixth Form group."
        pieces.append(("wall", f'<div class="alert alert-warning">{esc(wall)} <a href="{SM_ROOT}/?login">Log in</a> as a member to see them.</div>'))
        p.clutter += [wall, "Log in as a member to see them."]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces += [("refs", f"<p>{mk}</p>") for _, mk in p.refs]
    copy = ("note", f'<p style="text-align: right;"><small>{esc(SM_COPY)}</small></p>')
    p.clutter.append(SM_COPY)
    if half_and_half(site, "copy", p):
        pieces.insert(0, copy)
    else:
        pieces.append(copy)
    essay_html = "\n".join(h for _, h in pieces)
    # "About this essay": label / value pairs as paragraphs; the page count spelled out
    length = f"{fmt_int(p.words)} words, which is {number_word(p.pages)} sides of A4 in 12-point type"
    about = [("Subject", p.category), ("Level", p.level), ("Length", length), ("Grade", p.grade), ("Teacher", teacher),
             ("Handed in", uk_date(submitted))]
    about_html = "\n".join(f"<p><strong>{esc(k)}</strong><br>\n{esc(v)}</p>" for k, v in about)
    p.clutter += [f"{k} {v}" for k, v in about]
    # other pages' evidence sentences
    quoted = ""
    for t in rng.sample(p.others, rng.randint(2, 3)):
        line = evidence_sentence(t, rng)
        quoted += f'<p><em>\u201c{esc(line)}\u201d</em><br>\n\u2014 <a href="{sm_url(t)}">{esc(t)}</a></p>\n'
        p.clutter += [line, t]
    quoted = "<p>Evidence from other exemplars that I found useful for comparison:</p>\n" + quoted
    p.clutter += ["From my classmates' pages", "Evidence from other exemplars that I found useful for comparison:"]
    bid = 200 + p.index * 7
    grid = "\n".join([
        sm_block(bid, "bt-text", "About this essay", about_html, 0, 0, 4, 9),
        sm_block(bid + 1, "bt-text", "The essay", essay_html, 4, 0, 8, 60),
        sm_block(bid + 2, "bt-text", "From my classmates' pages", quoted.rstrip(), 0, 9, 4, 14),
    ])
    p.clutter += ["About this essay"]
    # collection navigation: every page of the collection
    pos = p.site_titles.index(p.title) + 1
    active = ' class="active"'
    pagelist = "\n".join(f'<li{active if t == p.title else ""}><a href="{sm_url(t)}">{esc(t)}</a></li>' for t in p.site_titles)
    p.clutter += [t for t in p.site_titles if t != p.title]
    p.clutter += [f"Page {pos} of {len(p.site_titles)}", f"Collection: {SM_COLLECTION}"]
    nxt = p.site_titles[pos % len(p.site_titles)]
    # comments
    n_c = rng.randint(0, 4)
    comments = ""
    when = submitted
    for who, text in zip(rng.sample(SM_NAMES, n_c), rng.sample(SM_COMMENTS, n_c)):
        when = when + timedelta(days=rng.randint(1, 20))
        stamp = f"{when.strftime('%d %B %Y')}, {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
        comments += (f'<div class="comment-item list-group-item"><div class="comment-heading"><span class="user-icon user-icon-30 float-start">'
                     f'<img src="{SM_ROOT}/thumb.php?type=profileicon&amp;maxwidth=60&amp;maxheight=60&amp;id={int(hexid(who, n=4), 16)}" alt="Profile picture of {html.escape(who)}"></span>'
                     f'<a href="{SM_ROOT}/user/view.php?id={int(hexid(who, n=4), 16)}" class="author-link">{esc(who)}</a> '
                     f'<span class="postedon text-small text-midtone">{stamp}</span></div>\n<div class="comment-text"><p>{esc(text)}</p></div></div>\n')
        p.clutter += [who, stamp, text]
    ncount = "No comments yet" if n_c == 0 else f"Comments {n_c}"
    p.clutter += [ncount, "Add comment"]
    created = submitted + timedelta(days=rng.randint(1, 20))
    edited = created + timedelta(days=rng.randint(0, 60))
    stamp_line = f"Created {uk_date(created)} · Last updated {uk_date(edited)}"
    p.clutter.append(stamp_line)
    tags = [slug(p.category), slug(p.level), "exemplar"]
    messages = ""
    turn = rank_on(site, "message", 3, p)
    if turn is not None:
        messages = f'<div class="site-messages"><div class="site-message alert alert-info" role="alert"><div class="alert-body">{esc(SM_MESSAGES[turn])}</div></div></div>\n'
        p.clutter.append(SM_MESSAGES[turn])
    consent = ""
    if shown_on(site, "consent", 6, p):
        consent = (f'<div id="cookieconsent" class="cookieconsent fixed-bottom"><p>{esc(SM_CONSENT)} '
                   f'<a href="{SM_ROOT}/legal/privacy.php">Privacy statement</a></p><button type="button" class="btn btn-primary" id="cc-accept">Accept</button></div>\n')
        p.clutter.append(SM_CONSENT)
    p.clutter += [SM_NAME, f"by {owner}", "Jump to page content", "Next page", "Legal", "Contact us",
                  "Stainmore Sixth Form", "Exemplar essays chosen by the humanities department.",
                  "Each page shows an essay exactly as it was handed in, with the writer's own notes."]
    desc = html.escape(sentences_of(block_text(p.blocks[0]))[0])
    cfg = json.dumps({"theme": {"raw": "raw"}, "sesskey": "", "wwwroot": SM_ROOT + "/", "loggedin": 0, "userid": 0,
                      "viewid": 1000 + p.index, "mathjax": False, "maxuploadsize": 52428800}, separators=(",", ":"))
    return f"""<!DOCTYPE html>
<!--[if IE 9 ]><html lang="en" dir="ltr" class="ie ie9"><![endif]-->
<!--[if !IE]><!--><html lang="en" dir="ltr"><!--<![endif]-->
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta property="og:title" content="{html.escape(p.title)}" />
    <meta property="og:description" content="{desc}" />
    <meta property="og:image" content="{SM_ROOT}/theme/raw/images/site-logo.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="generator" content="Mahara 22.10 (https://mahara.org)" />
    <meta name="description" content="{desc}" />
    <title>{esc(p.title)} - {SM_NAME}</title>
    <script>
    var config = {cfg};
    </script>
    <script src="{SM_ROOT}/js/jquery/jquery.js?v=2022101800"></script>
    <script src="{SM_ROOT}/js/mahara.js?v=2022101800"></script>
    <script src="{SM_ROOT}/lib/gridstack/gridstack.js?v=2022101800"></script>
    <script src="{SM_ROOT}/js/views.js?v=2022101800"></script>
    <link href="{SM_ROOT}/theme/raw/style/style.css?v=2022101800" rel="stylesheet" type="text/css">
    <link href="{SM_ROOT}/theme/stainmore/style/style.css?v=2022101800" rel="stylesheet" type="text/css">
    <link href="{SM_ROOT}/theme/raw/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
</head>
<body data-usethemedjs="true" class="no-js no-touch pageview header-fixed">
<div class="skiplink btn-group btn-group-top" role="group" aria-label="Skip links"><a class="btn btn-secondary btn-sm" href="#main">Jump to page content</a></div>
<header class="header navbar fixed-top">
    <div class="container">
        <div class="navbar-header"><h1 class="logo-wrapper"><a class="logo" href="{SM_ROOT}/"><img src="{SM_ROOT}/theme/stainmore/images/site-logo.svg" alt=""><span class="site-name">{SM_NAME}</span></a></h1></div>
        <div class="nav-toggle-area"><a class="btn btn-secondary" href="{SM_ROOT}/?login" id="loginlink">Log in</a></div>
    </div>
</header>
<div class="main-content">
    <div class="container">
        <div class="row">
            <div id="main" class="main col-12">
                <div id="content" class="main-column">
                    <div id="mainmiddle">
{messages}
<h1 id="viewh1" class="page-header"><span class="section-heading">{esc(p.title)}</span> <span class="metadata"><span class="user-icon user-icon-20 float-start"><img src="{SM_ROOT}/thumb.php?type=profileicon&amp;maxwidth=40&amp;maxheight=40&amp;id={int(hexid(owner, n=4), 16)}" alt=""></span> by <a href="{SM_ROOT}/user/view.php?id={int(hexid(owner, n=4), 16)}">{esc(owner)}</a></span></h1>
<div class="collection-nav">
    <p class="text-small">Collection: <a href="{SM_ROOT}/collection/progresscompletion.php?id=31">{SM_COLLECTION}</a></p>
    <nav class="custom-dropdown dropdown">
        <ul id="pagelist" class="d-none">
{pagelist}
        </ul>
        <span class="picker form-control" tabindex="0">Page {pos} of {len(p.site_titles)}</span>
    </nav>
    <div class="nextpage"><a href="{sm_url(nxt)}" title="{html.escape(nxt)}">Next page <span class="icon icon-chevron-right"></span></a></div>
</div>
<div id="view-description" class="view-description"><p>Exemplar essays chosen by the humanities department.</p>
<p>Each page shows an essay exactly as it was handed in, with the writer's own notes.</p></div>
<div id="view" class="view-container">
    <div id="bottom-pane">
        <div id="column-container" class="user-page-content">
            <div class="grid-stack">
{grid}
            </div>
        </div>
    </div>
</div>
<div class="viewfooter">
    <div class="tags"><strong>Tags:</strong> {", ".join(f'<a href="{SM_ROOT}/tags.php?tag={t}&amp;sort=name&amp;type=text">{t}</a>' for t in tags)}</div>
    <div class="view-updated text-small text-midtone">{stamp_line}</div>
    <div id="comment-list" class="feedback">
        <h3 class="title">Comments <span class="badge">{n_c}</span></h3>
        <div class="feedbacktable list-group list-group-lite">
{comments or f'<p class="no-results-small text-small">{ncount}</p>'}
        </div>
        <button class="btn btn-secondary" id="add_feedback_link" data-bs-toggle="modal" data-bs-target="#feedback-form">Add comment</button>
    </div>
</div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<footer class="footer">
    <div class="footer-inner container">
        <div id="powered-by" class="float-start mahara-logo"><a href="https://mahara.org/"><img src="{SM_ROOT}/theme/raw/images/powered_by_mahara.png?v=2022101800" alt="Powered by Mahara"></a></div>
        <ul class="nav nav-pills footer-nav float-end">
            <li class="nav-item"><a href="{SM_ROOT}/legal/index.php" class="nav-link">Legal</a></li>
            <li class="nav-item"><a href="{SM_ROOT}/about.php" class="nav-link">About</a></li>
            <li class="nav-item"><a href="{SM_ROOT}/contact.php" class="nav-link">Contact us</a></li>
            <li class="nav-item"><a href="https://stainmore.ac.uk" class="nav-link">Stainmore Sixth Form</a></li>
        </ul>
    </div>
</footer>
{consent}</body>
</html>
"""


# ---- 4. ravenglass: Hexo blog with the NexT theme (Gemini scheme) -------------------------------------------------

RG_ROOT = "https://ravenglass-reads.github.io"
RG_NAME = "Ravenglass Reads"
RG_OWNER = "H. Postlethwaite"
RG_NOTE_LABELS = ["Teacher's margin:", "Mr P. says:", "Look again:", "Exam tip:"]
RG_NOTES = [
    "every sentence in this paragraph either gives evidence or explains it. Nothing is padding.",
    "this is the turn in the argument. Read the paragraph above, then this one, and notice the shift.",
    "if you only copy one habit from this essay, make it the way figures are introduced here.",
    "a good {topic} essay names its sources, as this paragraph does, without turning into a list of them.",
    "the writer resists the temptation to summarise here, and the essay is better for it.",
    "paragraphs this long are fine when, as here, they hold one idea.",
    "read this paragraph aloud: the sentence lengths vary, and that keeps it readable.",
]
RG_TABS = [(("The plan", "Opening and thesis, background, one paragraph per strand, the objection, a short conclusion."),
            ("Timings", "Planned in {a} minutes, written in {b}, checked in {c}.")),
           (("Sources", "Two library books, one journal article and the class reading pack."),
            ("Feedback", "Strong argument throughout; the conclusion could push the judgement further."))]
RG_ANNOUNCE = [
    "Comments are closed over the summer holiday and reopen in September.",
    "The blog has moved from Blogspot; old links should still redirect here.",
    "Year 13: the mock paper walkthrough goes up on Friday.",
]
RG_REUSE = "Reuse notice: this essay belongs to the student who wrote it. Quote it with credit; never hand it in."
RG_OUTDATED = "This post was last edited more than a year ago. The mark scheme it refers to may have changed since."
RG_COMMENTS = [
    "Sir, is this the essay you showed us in period 3?",
    "The margin notes are more useful than the textbook chapter.",
    "Loved the objection paragraph.",
    "Can you post one for the coursework too?",
    "The tab with the plan is genius, please do it for every post.",
    "Bookmarked. Our exam is on this topic.",
    "Shared this with my study group.",
    "Is 600 words about right for the timed version?",
    "The ending is so much better than mine.",
]
RG_COMMENTERS = [("Maisie", "Cumbria"), ("Tom H", "Lancashire"), ("anon", "Cumbria"), ("Priya", "Greater Manchester"),
                 ("Callum R", "Cumbria"), ("Jess", "North Yorkshire"), ("Owen", "Northumberland"), ("Sophie", "Cumbria")]
RG_BROWSERS = ["Chrome 121.0.0.0", "Safari 17.2", "Firefox 122.0", "Edge 120.0.0.0"]
RG_OSES = ["Windows 10", "macOS 14.2", "iOS 17.2", "Android 13", "ChromeOS"]
RG_STUDENTS = ["A. Birkett", "B. Mossop", "C. Tyson", "D. Wilson", "E. Nelson", "F. Steel", "G. Pharaoh", "H. Dixon",
               "I. Bewley", "J. Armstrong"]


def rg_path(title: str, d: date) -> str:
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug(title)}/"


def rg_anchor(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def ravenglass(p: Page) -> str:
    rng = p.rng
    site = "ravenglass"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    posted = date(2019, 3, 1) + timedelta(days=rng.randint(0, 1700))
    path = rg_path(p.title, posted)
    url = RG_ROOT + path
    pieces: list[tuple[str, str]] = []
    toc: list[tuple[str, str]] = []
    used: dict[str, int] = {}
    for kind, value in p.visible():
        if kind == "heading":
            a = rg_anchor(value)
            used[a] = used.get(a, 0) + 1
            a = a if used[a] == 1 else f"{a}-{used[a] - 1}"
            toc.append((value, a))
            pieces.append(("heading", f'<h2 id="{a}"><a href="#{a}" class="headerlink" title="{html.escape(value)}"></a>{esc(value)}</h2>'))
        elif kind == "paragraph":
            pieces.append((kind_of(kind, value), f"<p>{esc(value)}</p>"))
        elif kind == "quote":
            pieces.append(("text", f"<blockquote>\n<p>{esc(value)}</p>\n</blockquote>"))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("text", f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"))
    n_essay = len(pieces)
    if shown_on(site, "centerquote", 13, p):
        label = rng.choice(RG_NOTE_LABELS)
        text = note_for(RG_NOTES, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", f'<blockquote class="blockquote-center">\n<i class="fa fa-quote-left"></i>\n<p><strong>{esc(label)}</strong> {esc(text)}</p>\n<i class="fa fa-quote-right"></i>\n</blockquote>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_on(site, "tabs", 4, p)
    if turn is not None:
        tid = hexid(site, p.index, "tabs", n=6)
        tabs = [(name, body.format(a=rng.randint(10, 25), b=rng.randint(40, 70), c=rng.randint(5, 15))) for name, body in RG_TABS[turn % 2]]
        heads = "".join(f'<li class="tab{" active" if i == 0 else ""}"><a href="#tab-{tid}-{i + 1}">{esc(n)}</a></li>' for i, (n, _) in enumerate(tabs))
        panes = "".join(f'<div class="tab-pane{" active" if i == 0 else ""}" id="tab-{tid}-{i + 1}"><p>{esc(b)}</p></div>' for i, (_, b) in enumerate(tabs))
        put(pieces, rng.randint(2, max(2, len(pieces) - 1)),
            ("tabs", f'<div class="tabs" id="tab-{tid}"><ul class="nav-tabs">{heads}</ul><div class="tab-content">{panes}</div></div>'))
        p.clutter += [x for pair in tabs for x in pair if len(x.split()) > 1]
    if p.cut is not None:
        more = p.rest_words()
        prompt = f"My classes can unlock the remaining {fmt_int(more)} words with the password from Google Classroom."
        cipher = hashlib.sha256(f"{p.title}:{more}".encode()).hexdigest() * (8 + more // 40)
        pieces.append(("wall", f'<div class="hbe hbe-container" id="hexo-blog-encrypt" data-wpm="Oh, this is an invalid password. Check and try again, please." data-whm="OOPS, these decrypted content may changed, but you can still have a look.">\n'
                               f'  <script id="hbeData" type="hbeData" data-hmacdigest="{hashlib.sha256(p.title.encode()).hexdigest()}">{cipher}</script>\n'
                               f'  <div class="hbe hbe-content">\n    <div class="hbe hbe-input hbe-input-default">\n      <input class="hbe hbe-input-field hbe-input-field-default" type="password" id="hbePass">\n'
                               f'      <label class="hbe hbe-input-label hbe-input-label-default" for="hbePass">\n        <span class="hbe hbe-input-label-content hbe-input-label-content-default">{esc(prompt)}</span>\n      </label>\n    </div>\n  </div>\n</div>\n'
                               '<script data-pjax src="/lib/hbe.js"></script>'))
        p.clutter.append(prompt)
    if p.cut is None and p.refs:
        toc.append(("Works Cited", "Works-Cited"))
        pieces.append(("heading", '<h2 id="Works-Cited"><a href="#Works-Cited" class="headerlink" title="Works Cited"></a>Works Cited</h2>'))
        pieces.append(("refs", "<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>"))
    reuse = ("note", f'<div class="note danger no-icon"><p>{esc(RG_REUSE)}</p></div>')
    p.clutter.append(RG_REUSE)
    if half_and_half(site, "reuse", p):
        pieces.insert(0, reuse)
    else:
        pieces.append(reuse)
    if shown_on(site, "outdated", 6, p):
        pieces.insert(0, ("notice", f'<div class="note warning"><p>{esc(RG_OUTDATED)}</p></div>'))
        p.clutter.append(RG_OUTDATED)
    body = "\n".join(h for _, h in pieces)
    # post meta: label spans and values
    edited = posted + timedelta(days=rng.randint(0, 300))
    views = rng.randint(120, 9800)
    n_c = rng.randint(0, 5)
    meta = [("Posted on", posted.isoformat()), ("Edited on", edited.isoformat()), ("In", p.category),
            ("Words in article:", fmt_int(p.words)), ("Printed length \u2248", plural(p.pages, "page")),
            ("Views:", fmt_int(views)), ("Waline:", str(n_c))]
    p.clutter += [f"{k} {v}" for k, v in meta if k != "In"]
    student = rng.choice(RG_STUDENTS)
    descr = [("Student", student), ("Level", p.level), ("Mark", p.grade)]
    p.clutter += [f"{k}: {v}" for k, v in descr]
    descr_html = " \u00b7 ".join(f"{k}: {esc(v)}" for k, v in descr)
    icons = ["far fa-calendar", "far fa-calendar-check", "far fa-folder", "far fa-file-word", "far fa-file-lines", "far fa-eye", "far fa-comment"]
    meta_html = ""
    for (k, v), icon in zip(meta, icons):
        if k == "In":
            val = f'<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/{slug(p.category)}/" itemprop="url" rel="index"><span itemprop="name">{esc(v)}</span></a></span>'
        elif k.endswith("on"):
            val = f'<time title="{k.split()[0]}: {v} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" itemprop="date{"Created datePublished" if k.startswith("Posted") else "Modified"}" datetime="{v}T08:00:00+00:00">{v}</time>'
        elif k == "Waline:":
            val = f'<a title="waline" href="{path}#waline" itemprop="discussionUrl"><span class="post-comments-count waline-comment-count" data-path="{path}" itemprop="commentCount">{v}</span></a>'
        else:
            val = f"<span>{esc(v)}</span>"
        meta_html += (f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="{icon}"></i></span>'
                      f'<span class="post-meta-item-text">{esc(k)} </span>{val}</span>\n')
        if k == "In":
            meta_html += '<span class="post-meta-break"></span>\n'
    # related posts: the other essay's whole opening paragraph as the excerpt
    related = ""
    for t in rng.sample(p.others, 3):
        d = date(2019, 3, 1) + timedelta(days=int(hexid(t, n=4), 16) % 1700)
        opening = opening_paragraph(t)
        related += (f'<li class="popular-posts-item">\n<div class="popular-posts-title"><a href="{rg_path(t, d)}" rel="bookmark">{esc(t)}</a></div>\n'
                    f'<div class="popular-posts-excerpt"><p>{esc(opening)}</p></div>\n</li>\n')
        p.clutter += [t, opening]
    # comments (Waline, as rendered)
    cards = ""
    day = posted
    for (who, where), text in zip(rng.sample(RG_COMMENTERS, n_c), rng.sample(RG_COMMENTS, n_c)):
        day = day + timedelta(days=rng.randint(0, 30))
        browser, osname = rng.choice(RG_BROWSERS), rng.choice(RG_OSES)
        cid = hexid(site, p.index, who, n=24)
        cards += (f'<div class="wl-card-item" id="{cid}"><div class="wl-user" aria-hidden="true"><img class="wl-user-avatar" src="https://seccdn.libravatar.org/avatar/{hexid(who, n=32)}?d=mp"></div>'
                  f'<div class="wl-card"><div class="wl-head"><span class="wl-nick">{esc(who)}</span><span class="wl-time">{day.isoformat()}</span></div>'
                  f'<div class="wl-meta" aria-hidden="true"><span class="wl-addr">{esc(where)}</span><span class="wl-browser">{browser}</span><span class="wl-os">{osname}</span></div>'
                  f'<div class="wl-content"><p>{esc(text)}</p></div></div></div>\n')
        p.clutter += [who, day.isoformat(), browser, osname, text]
    wl_count = f"{n_c} comment{'' if n_c == 1 else 's'}" if n_c else "No comment yet"
    p.clutter += [wl_count, "Powered by Waline v2.15.8"]
    prev_t, next_t = rng.sample(p.others, 2)
    tags = [slug(p.category), slug(p.level), "exemplar"]
    announce = ""
    turn = rank_on(site, "announce", 3, p)
    if turn is not None:
        announce = f'<div class="site-announcement"><i class="fa fa-bullhorn fa-fw"></i> {esc(RG_ANNOUNCE[turn])}</div>\n'
        p.clutter.append(RG_ANNOUNCE[turn])
    toc_html = "".join(f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{a}"><span class="nav-number">{i}.</span> <span class="nav-text">{esc(h)}</span></a></li>'
                       for i, (h, a) in enumerate(toc, 1))
    p.clutter += [RG_NAME, "Student essays, annotated by their teacher", "Related Posts", "Post author: " + RG_OWNER,
                  "Post link: " + url, "Copyright Notice: All articles in this blog are licensed under BY-NC-ND unless stating additionally.",
                  "Found this useful? A coffee keeps the blog going.", "Donate", "Overview", "History teacher in west Cumbria. I post my students' best essays, with their permission.",
                  prev_t, next_t, "Powered by Hexo & NexT.Gemini", f"\u00a9 2019 \u2013 2024 {RG_OWNER}", "Total visitors"]
    desc = html.escape(sentences_of(block_text(p.blocks[0]))[0])
    main_cfg = json.dumps({"hostname": "ravenglass-reads.github.io", "root": "/", "images": "/images", "scheme": "Gemini",
                           "darkmode": False, "version": "8.19.1", "exturl": False,
                           "sidebar": {"position": "left", "display": "post", "padding": 18, "offset": 12},
                           "copycode": {"enable": True, "style": "mac"}, "bookmark": {"enable": False},
                           "mediumzoom": False, "lazyload": False, "pangu": False,
                           "motion": {"enable": True, "async": False, "transition": {"post_block": "fadeIn"}}}, separators=(",", ":"))
    page_cfg = json.dumps({"sidebar": "", "isHome": False, "isPost": True, "lang": "en", "comments": True,
                           "permalink": url, "path": path.lstrip("/"), "title": p.title}, separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 7.1.1">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.5.1/css/all.min.css" integrity="sha256-wiz7ZSCn/btzhjKDQBms9Hx4sSeUYsDrTLg7roPstac=" crossorigin="anonymous">
<script class="next-config" data-name="main" type="application/json">{main_cfg}</script>
<script src="/js/config.js"></script>
    <meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{RG_NAME}">
<meta property="og:description" content="{desc}">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="{posted.isoformat()}T08:00:00.000Z">
<meta property="article:modified_time" content="{edited.isoformat()}T08:00:00.000Z">
<meta property="article:author" content="{RG_OWNER}">
{"".join(f'<meta property="article:tag" content="{t}">' + chr(10) for t in tags)}<meta name="twitter:card" content="summary">
<link rel="canonical" href="{url}">
<script class="next-config" data-name="page" type="application/json">{page_cfg}</script>
<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{esc(p.title)} | {RG_NAME}</title>
  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="{RG_NAME}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="Toggle navigation bar" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">{RG_NAME}</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">Student essays, annotated by their teacher</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="Search" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>

<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>Home</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>About</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>Tags<span class="badge">{len(set(slug(cap(ESSAYS_BY_TITLE[t]["tags"][0])) for t in p.site_titles)) + 13}</span></a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>Categories<span class="badge">{len(set(ESSAYS_BY_TITLE[t]["tags"][0] for t in p.site_titles))}</span></a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>Archives<span class="badge">{len(p.site_titles)}</span></a></li>
  </ul>
</nav>
{announce}
</div>
    </header>

        <aside class="sidebar">
    <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">
          Contents
        </li>
        <li class="sidebar-nav-overview">
          Overview
        </li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
            <div class="post-toc animated"><ol class="nav">{toc_html}</ol></div>
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{RG_OWNER}" src="/images/avatar.jpg">
  <p class="site-author-name" itemprop="name">{RG_OWNER}</p>
  <div class="site-description" itemprop="description">History teacher in west Cumbria. I post my students' best essays, with their permission.</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">{len(p.site_titles)}</span>
          <span class="site-state-item-name">posts</span>
        </a>
      </div>
  </nav>
</div>
        </div>
      </div>
    </div>
  </aside>

    </div>

    <div class="main-inner post posts-expand">

  <div class="post-block">

  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="en">
    <link itemprop="mainEntityOfPage" href="{url}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.jpg">
      <meta itemprop="name" content="{RG_OWNER}">
    </span>

      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">
          {esc(p.title)}
        </h1>

        <div class="post-meta-container">
          <div class="post-meta">
{meta_html}          </div>
            <div class="post-description">{descr_html}</div>
        </div>
      </header>

    <div class="post-body" itemprop="articleBody">{body}
    </div>

      <div class="reward-container">
  <div>Found this useful? A coffee keeps the blog going.</div>
  <button>Donate</button>
  <div class="post-reward">
      <div>
        <img src="/images/kofi.png" alt="{RG_OWNER} Ko-fi">
        <span>Ko-fi</span>
      </div>
  </div>
</div>

          <div class="post-copyright">
<ul>
  <li class="post-copyright-author">
      <strong>Post author: </strong>{RG_OWNER}
  </li>
  <li class="post-copyright-link">
      <strong>Post link: </strong>
      <a href="{url}" title="{html.escape(p.title)}">{url}</a>
  </li>
  <li class="post-copyright-license">
      <strong>Copyright Notice: </strong>All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-nd/4.0/" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-ND</a> unless stating additionally.
  </li>
</ul>
</div>

    <div class="popular-posts-header">Related Posts</div>
    <ul class="popular-posts">
{related}    </ul>

    <footer class="post-footer">
          <div class="post-tags">
{"".join(f'              <a href="/tags/{t}/" rel="tag"># {t}</a>' + chr(10) for t in tags)}          </div>

        <div class="post-nav">
            <div class="post-nav-item">
                <a href="/{slug(prev_t)}/" rel="prev" title="{html.escape(prev_t)}">
                  <i class="fa fa-angle-left"></i> {esc(prev_t)}
                </a>
            </div>
            <div class="post-nav-item">
                <a href="/{slug(next_t)}/" rel="next" title="{html.escape(next_t)}">
                  {esc(next_t)} <i class="fa fa-angle-right"></i>
                </a>
            </div>
        </div>
    </footer>
  </article>
</div>

<div class="comments" id="waline"><div data-waline class="wl-panel">
  <div class="wl-meta-head"><div class="wl-count">{wl_count}</div></div>
  <div class="wl-cards">
{cards}  </div>
  <div class="wl-power"> Powered by <a href="https://github.com/walinejs/waline" target="_blank" rel="noopener noreferrer">Waline</a> v2.15.8</div>
</div></div>
    </div>
  </main>

  <footer class="footer">
    <div class="footer-inner">

  <div class="copyright">
    &copy; 2019 &ndash;
    <span itemprop="copyrightYear">2024</span>
    <span class="with-love">
      <i class="fa fa-heart"></i>
    </span>
    <span class="author" itemprop="copyrightHolder">{RG_OWNER}</span>
  </div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="Total visitors">
        Total visitors <span id="busuanzi_value_site_uv">{fmt_int(rng.randint(20000, 90000))}</span>
      </span>
    </span>
</div>
  <div class="powered-by">Powered by <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>

    </div>
  </footer>

  <div class="toggle sidebar-toggle" role="button">
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
  </div>
  <div class="sidebar-dimmer"></div>
  <div class="back-to-top" role="button" aria-label="Back to top">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>
  <div class="reading-progress-bar"></div>

<noscript>
  <div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>
</noscript>
<script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/next-boot.js"></script>
<script src="https://cdn.jsdelivr.net/npm/@waline/client@v2/dist/waline.js"></script>
<script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # site: (page writer, teasers, pages with Works Cited, twin pages or None)
    "cautley": (cautley, 3, 4, None),          # Sphinx / Read the Docs; field list, admonitions, other essays' last sentences
    "kirkbampton": (kirkbampton, 3, 3, None),  # BookStack; bkmrk ids, callout paragraphs, tags, other essays' thesis sentences
    "stainmore": (stainmore, 2, 4, None),      # Mahara; label paragraphs, highlighted notes, tables, evidence sentences
    "ravenglass": (ravenglass, 3, 3, None),    # Hexo NexT; meta spans, centred quotes, tabs, other essays' opening paragraphs
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=437)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # skip a card whose essay would repeat a paragraph, quotation, list or list item of another
        essay = make_essay(card, random.Random(f"{args.seed}/essay/{card['id']}"))
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
        page.author, page.level, page.grade = twin.author, twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()

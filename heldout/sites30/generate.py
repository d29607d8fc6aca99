"""Held-out site set 30 (issue 13): a thirtieth batch of made-up essay hosts, four page kinds tried by no earlier
batch, with eighteen pages per host, kept back so that site learning meets them cold.

    usage (project interpreter): generate.py OUTDIR [--seed 2030]

For each host OUTDIR gets a folder of page-NN.html files and, under truth/, page-NN.md notes, one a page, in the
layout bench/scoring.py reads. On one or two pages per host there is no essay (a meeting running order, a speech
list, a livery calendar, a gopher menu, a colophon in plain text, a muster calendar); those notes say no_essay.
Essays are stitched together when the script runs, drawing on topic cards plus stock phrasing invented for this batch; which card
sits on which page is recorded in OUTDIR/SOURCES.tsv. Rerun it on the same seed and the bytes match.

Hosts (page kinds):
  graemsay  A community public-speaking club, 2022, posting members' speech manuscripts: a delivery line with
            meeting number, the evaluator's notes that move above or below the script, stage directions set
            between paragraphs, a timer's report, a quoting panel, and sibling speeches quoted through their
            first sentences
  flotta    A City livery company, 2019, printing the essays of its school bursary holders: heraldic header, a
            word from the Master leading or trailing, margin notes from the Court, a yearbook wall for the
            Livery, a donation panel, and sibling essays quoted through their closing lines
  bressay   A gopher phlog read through a web proxy, 2021: the proxy's own banner, the text file in a pre block
            with hard-wrapped lines, underlined subheads and indented quotations, a changelog leading or
            trailing, bracketed asides, a proxy fetch limit, and other entries quoted by the sentence that
            opens their second strand
  trondra   A seventeenth-century living-history society, 2016, filing members' research papers: rank and muster
            byline, the authenticity officer's note moving about, kit and drill tips boxed in the text, a
            members' forum wall, the muster sidebar, and other papers quoted by the sentence tying their first
            strand back to the argument

Imported, not copied, from generators one to three: the truth-note writer, invented reference entries, HTML
escaping, thousands separators and the choice of an in-body position.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import random
import re
import textwrap
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
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------------ topic cards
# Eleven fields per line, joined by "|": title, subject, x (the usual name of the episode), people (a
# plural phrase), setting, period (somewhere it names a year in four digits), three strands with ";" between them, then thesis and rival (both
# complete a clause opened by "that"), and two facts, each ending with its single full stop.

ESSAY_CARDS = """
Sausages in Lent | Swiss Reformation history | the affair of the sausages | the printer Christoph Froschauer, his workmen and the preacher Huldrych Zwingli | a print shop in Zurich | 1522 to 1523 | the meal of smoked sausage eaten during the fast; the sermon defending freedom in food; the disputation called by the city council | a plate of sausage became a test of who ruled the Zurich church, the bishop or the town | the quarrel was a purely theological dispute about fasting | Workers in the Zurich shop of Christoph Froschauer ate sausages during Lent in 1522. | The Zurich council held its first public disputation on church reform in January 1523.
Mills, Scythes and Frankenhausen | German Reformation history | the Peasants' War of 1525 | the peasant bands of Swabia and Thuringia, the preacher Thomas Muntzer and the Swabian League | the villages of southern and central Germany | 1524 to 1525 | the Twelve Articles and their appeal to scripture; the armed bands and their negotiations; the slaughter at Frankenhausen | the rising was a programme of village self-government before it was a religious crusade | the peasants were stirred up by radical preachers alone | The Twelve Articles of the Swabian peasants were printed in March 1525. | Thomas Muntzer was executed after the defeat of the peasant army at Frankenhausen in May 1525.
Green Bands in the Forests | Russian history | the Tambov rebellion | the peasants of Tambov province, the insurgent leader Alexander Antonov and the Red Army commander Mikhail Tukhachevsky | the forests and villages of Tambov province | 1920 to 1921 | the grain requisitioning squads; the partisan army and its village committees; the hostage-taking and gas used to crush it | the rising forced the Bolsheviks to end requisitioning as surely as any mutiny did | the rebels were bandits with no programme | Peasants in Tambov province rose against grain requisitioning in August 1920. | Mikhail Tukhachevsky took command of the campaign against the Tambov insurgents in 1921.
An Island Emptied | Greek history | the massacre of Chios | the Greek islanders of Chios, the Samian insurgents who landed there and the Ottoman fleet under Kara Ali | the island of Chios | 1822 to 1824 | the landing of the Samian fighters; the reprisals and the slave markets; the painting that carried the story to Paris | the slaughter did more for the Greek cause abroad than any victory of 1822 | the islanders brought the disaster on themselves | Ottoman forces landed on Chios to crush the rising there in April 1822. | Eugene Delacroix showed his canvas of the massacre at the Paris Salon of 1824.
Soldiers of Christ the King | Mexican history | the Cristero War | the Catholic peasants of western Mexico, President Plutarco Elias Calles and the bishops who suspended public worship | the states of Jalisco, Michoacan and Colima | 1926 to 1929 | the Calles law on the clergy; the rural guerrilla bands; the settlement brokered by an American ambassador | the war was settled over the heads of the fighters by men who had never fought it | the rising was a revolt of landlords in disguise | Mexican bishops suspended public worship in protest at the Calles law in July 1926. | The Mexican government and the bishops reached the agreements that ended the Cristero War in June 1929.
A Tax Collector at Gobu | Korean history | the Donghak peasant revolution | the peasants of Jeolla province, their leader Jeon Bong-jun and the magistrates serving the Joseon court | the county of Gobu and the city of Jeonju | 1894 to 1895 | the grievance against a greedy magistrate; the peasant army's capture of Jeonju; the foreign troops who arrived to suppress it | a local revolt against one magistrate handed two foreign empires an excuse for war | religion alone moved the rebels | Peasants in Gobu county rose against their magistrate in early 1894. | Jeon Bong-jun was executed in Seoul in 1895.
Heat from a Boring Machine | history of physics | Rumford's cannon-boring experiment | Count Rumford, the gunsmiths of the Munich arsenal and the chemists who believed in caloric | the military arsenal at Munich | 1797 to 1799 | the blunt drill turning inside brass; the water brought to the boil without fire; the lecture hall founded in London | the experiment mattered because Rumford was a showman as much as a physicist | one demonstration overthrew the caloric theory at once | Count Rumford presented his paper on the heat produced by boring cannon to the Royal Society in 1798. | The Royal Institution was founded in London with Rumford's help in 1799.
A Gas Nobody Had Weighed | history of chemistry | the discovery of argon | the physicist Lord Rayleigh, the chemist William Ramsay and the chemists of the Royal Society | the laboratories of London and Terling Place in Essex | 1892 to 1904 | the small discrepancy in the weight of nitrogen; the inert residue left after every reaction; the empty column added to the periodic table | argon was found by men who refused to round away a tiny error | the discovery was an accident | Lord Rayleigh and William Ramsay announced the discovery of argon in 1894. | Lord Rayleigh and William Ramsay each received a Nobel Prize in 1904.
Gaps Left in a Table | history of chemistry | Mendeleev's periodic table | the chemist Dmitri Mendeleev, his students in Saint Petersburg and the French chemist Paul-Emile Lecoq de Boisbaudran | the university of Saint Petersburg | 1869 to 1875 | the cards laid out by atomic weight; the blank places left for unknown elements; the discovery of gallium | the table won acceptance because its gaps made predictions that could fail | Mendeleev simply copied the work of earlier chemists | Dmitri Mendeleev presented his periodic arrangement of the elements in 1869. | Paul-Emile Lecoq de Boisbaudran discovered gallium in 1875.
Snakes in the Firelight | history of chemistry | Kekule's benzene ring | the chemist August Kekule, his rivals among the structural chemists and the guests at a jubilee in Berlin | the university of Ghent and the city of Berlin | 1865 to 1890 | the puzzle of benzene's formula; the ring structure proposed in a paper; the dream told at a jubilee | the famous dream was a story told twenty-five years later to a friendly audience | the dream explains how the discovery was made | August Kekule proposed a ring structure for benzene in 1865. | August Kekule told the story of his dream at a celebration in Berlin in 1890.
Measuring a Pyramid in Inches | history of science | Charles Piazzi Smyth's pyramid survey | the Astronomer Royal for Scotland Charles Piazzi Smyth, his wife Jessie and the engineers who doubted him | the Great Pyramid at Giza | 1864 to 1874 | the careful measurements taken in the chambers; the theory of a sacred pyramid inch; the paper refused by the Royal Society | a careful observer was led astray because he wanted his numbers to carry a message | Piazzi Smyth was simply a crank | Charles Piazzi Smyth surveyed the Great Pyramid in 1865. | Charles Piazzi Smyth resigned from the Royal Society in 1874 after it refused his pyramid paper.
To the Age Its Art | Austrian art history | the Vienna Secession | the painter Gustav Klimt, the architect Joseph Maria Olbrich and the members who left the Kunstlerhaus | the city of Vienna | 1897 to 1905 | the walk-out from the established artists' society; the exhibition hall with its golden dome of leaves; the split that took Klimt out again | the Secession succeeded as a business of exhibitions as much as an artistic revolt | the Secession was a break with all tradition | Gustav Klimt and other artists founded the Vienna Secession in 1897. | The Secession building designed by Joseph Maria Olbrich opened in 1898.
A Queen in Plaster and Paint | history of archaeology | the Nefertiti bust | the excavator Ludwig Borchardt, the Egyptian antiquities service and the sponsor James Simon | the workshop of the sculptor Thutmose at Amarna | 1912 to 1924 | the find in the sculptor's workshop; the division of finds with the Egyptian authorities; the first public display in Berlin | the bust left Egypt through a procedure that was legal on paper and doubtful in spirit | the division was perfectly fair | Ludwig Borchardt's team found the painted bust of Nefertiti at Amarna in December 1912. | The bust of Nefertiti went on public display in Berlin in 1924.
A Ship in a Burial Mound | Norwegian history | the Oseberg ship burial | the archaeologists Gabriel Gustafson and Haakon Shetelig, the farmer Knut Rom who reported the mound and the two women buried inside | a farm near Tonsberg on the Oslofjord | 1903 to 1926 | the mound opened on a farm; the carved ship and its grave goods; the long conservation of the wood | the find shaped the idea of a Viking age as much through its restorers as through its builders | the ship tells us everything about Viking women | Excavation of the Oseberg ship mound began in 1904. | The restored Oseberg ship was placed in a museum at Bygdoy in 1926.
A Walled-Up Library | Chinese history | the Dunhuang library cave | the Daoist caretaker Wang Yuanlu, the explorer Aurel Stein and the scholar Paul Pelliot | the Mogao caves near Dunhuang | 1900 to 1910 | the sealed chamber found behind a wall; the manuscripts sold to foreign expeditions; the remnants carried to Beijing | the manuscripts scattered because no government cared for them until foreigners did | Wang Yuanlu simply betrayed his trust | Wang Yuanlu found the sealed library cave at Dunhuang in 1900. | Aurel Stein bought thousands of manuscripts from the Dunhuang cave in 1907.
Seals Nobody Could Read | South Asian archaeology | the discovery of Mohenjo-daro | the archaeologist Rakhal Das Banerji, the director general John Marshall and the diggers of Sindh | a mound by the Indus in Sindh | 1922 to 1931 | the Buddhist stupa on the mound; the seals like those of Harappa; the announcement of a lost civilisation | the discovery was made in the newspapers as much as in the trenches | one man deserves all the credit | Rakhal Das Banerji began digging at Mohenjo-daro in 1922. | John Marshall told readers of a forgotten Indus civilisation in the Illustrated London News in 1924.
Death Pits at Ur | Middle Eastern archaeology | the royal cemetery of Ur | the archaeologist Leonard Woolley, his wife Katharine and the workmen of southern Iraq | the mound of Tell al-Muqayyar | 1922 to 1934 | the patient wait before opening the graves; the death pits full of attendants; the flood layer that made headlines | Woolley's gift was for telling stories that the evidence only half supported | the finds speak for themselves | Leonard Woolley began excavating at Ur in 1922. | Leonard Woolley's team worked at Ur for twelve seasons until 1934.
Earthwork on a Bluff | American archaeology | the Serpent Mound | the surveyors Ephraim Squier and Edwin Davis, the archaeologist Frederic Ward Putnam and the women of Boston who paid for the land | a bluff above Brush Creek in Adams County, Ohio | 1848 to 1900 | the first survey and its famous plan; the ploughing that threatened the earthwork; the purchase that saved it | the mound survived because rich visitors wanted it saved | Ohio always cared for its ancient monuments | Ephraim Squier and Edwin Davis published a plan of the Serpent Mound in 1848. | Frederic Ward Putnam arranged the purchase of the Serpent Mound for Harvard's Peabody Museum in 1887.
The Bell That Never Rang | Russian history | the Tsar Bell | the founders Ivan and Mikhail Motorin, the Empress Anna and the architect Auguste de Montferrand | a casting pit in the Moscow Kremlin | 1733 to 1836 | the casting of the largest bell ever made; the fire that cracked it in its pit; the raising onto a pedestal a century later | the bell became a monument because it failed | the bell was broken by careless founders | The Tsar Bell was cast in the Moscow Kremlin in 1735. | Auguste de Montferrand had the cracked Tsar Bell raised onto a pedestal in 1836.
Proclaim Liberty | American history | the Liberty Bell | the Pennsylvania Assembly, the founders John Pass and John Stow and the abolitionists who gave the bell its name | the State House in Philadelphia | 1752 to 1846 | the bell cracked on its first trial; the recasting by two local men; the name taken up by antislavery writers | the bell became a symbol of freedom through the campaign against slavery, not through 1776 | the bell rang out for independence in 1776 | The bell ordered from London for the Pennsylvania State House reached Philadelphia in 1752. | John Pass and John Stow recast the State House bell in 1753.
Copper Plates over Iron Bones | American history | Bartholdi's statue in New York harbour | the sculptor Auguste Bartholdi, the publisher Joseph Pulitzer and the newspaper readers who paid for the pedestal | Bedloe's Island below Manhattan | 1876 to 1886 | the torch arm shown at an exhibition; the money raised in France; the pedestal fund and its newspaper appeal | the statue was completed because a newspaper turned ordinary readers into patrons | the statue was a gift of governments | The torch-bearing arm of Bartholdi's statue was shown in Philadelphia in 1876. | Bartholdi's statue was formally unveiled in October 1886.
Paper Promises in Stockholm | economic history | the banknotes of Stockholms Banco | the banker Johan Palmstruch, the Swedish council and the merchants who used heavy copper plate money | the city of Stockholm | 1656 to 1668 | the copper plates that weighed kilos; the credit notes issued in 1661; the collapse and the trial of the banker | Europe's first banknotes failed because they were issued faster than trust allowed | the notes failed because paper money was ahead of its time | Stockholms Banco issued the first banknotes in Europe in 1661. | The Swedish estates took over the failed bank and founded a new one in 1668.
Green Ink and a Civil War | American economic history | the greenbacks | the Treasury secretary Salmon Chase, the members of Congress and the bondholders who wanted gold | the Treasury in Washington | 1862 to 1879 | the legal tender notes printed to pay for the war; the court cases on their validity; the return to gold payments | paper money won its legal case only after the war that created it was over | the notes were an emergency measure nobody defended | Congress passed the Legal Tender Act in February 1862. | The United States resumed payments in gold for its paper notes in January 1879.
Silver Dropped from the Mint | American economic history | the Coinage Act of 1873 | the silver miners of the West, the bankers of the East and the members of Congress who passed the act | the mints and silver camps of the United States | 1873 to 1896 | the quiet removal of the silver dollar; the fall in silver prices; the free silver campaign | a dry technical law became a political crime only when prices fell | the act was a secret plot of bankers | The Coinage Act of 1873 ended the free coinage of silver dollars in the United States. | William Jennings Bryan ran for president on a free silver platform in 1896.
A Franc for Four Countries | European economic history | the Latin Monetary Union | the governments of France, Belgium, Italy and Switzerland, their finance ministers and the bankers who traded in silver | the mints of Paris, Brussels, Rome and Bern | 1865 to 1927 | the common standard for gold and silver coins; the fall of silver; the debased coins of the Papal States | the union worked only while the metals behaved and broke when they did not | the union was a first step to a single European currency | France, Belgium, Italy and Switzerland formed the Latin Monetary Union in 1865. | Greece joined the Latin Monetary Union in 1868.
One Tariff Wall | German economic history | the Zollverein | the Prussian finance officials, the merchants of the German states and the smaller princes who joined | the customs posts of the German states | 1818 to 1834 | the Prussian tariff law; the rival customs unions of the south and centre; the union that came into force on New Year's Day | Prussia won the smaller states through revenue sharing rather than through any national feeling | the customs union was a step planned towards German unity | The Prussian tariff law abolished internal customs in Prussia in 1818. | The German Customs Union came into force on 1 January 1834.
Tolls at the Narrow Strait | Scandinavian economic history | the Sound Dues | the Danish crown, the merchant captains who passed Helsingor and the American diplomats who refused to pay | the strait between Helsingor and Helsingborg | 1429 to 1857 | the toll charged on every passing ship; the registers kept at the castle; the buying out by the trading nations | the toll ended because a new country refused to accept an old custom | the dues ended because Denmark grew weak | The Danish king began charging tolls on ships passing through the Sound in 1429. | The maritime powers bought out the Sound Dues by a treaty signed in Copenhagen in 1857.
A Toll on the Elbe | German economic history | the Stade toll | the Kingdom of Hanover, the merchants of Hamburg and the shipping nations of Europe | the river Elbe below Hamburg | 1648 to 1861 | the toll taken at the fort near Stade; the complaints of Hamburg's merchants; the buying out by the maritime states | a small toll lasted two hundred years because every state found it cheaper to complain than to fight | Hanover kept the toll by force | The Kingdom of Hanover collected a toll from ships passing Stade on the Elbe. | The Stade toll was abolished by an agreement signed in 1861.
Dredging the Mouth of the Danube | European diplomatic history | the European Commission of the Danube | the delegates of the great powers, the engineer Charles Hartley and the shipowners of the Black Sea | the Sulina channel in the Danube delta | 1856 to 1879 | a commission created at the peace congress; the dredging of the Sulina mouth; the lighthouse and the river rules | an international body survived because it did practical work that every government needed | the commission was a tool of British trade | The peace congress at Paris created a European commission for the mouth of the Danube in 1856. | Charles Hartley served as engineer to the Danube commission for decades after 1856.
Not Worth a Continental | American economic history | the Continental currency | the Continental Congress, the soldiers paid in paper and the British forgers who copied the notes | the colonies in revolt | 1775 to 1781 | the bills of credit printed by Congress; the forgeries spread by the enemy; the collapse of value | the paper money paid for the revolution by taxing everyone through inflation | the currency was simply badly managed | The Continental Congress first issued paper bills of credit in 1775. | The Continental currency had almost no value left by 1781.
A Carriage Stopped at Varennes | French history | the flight to Varennes | King Louis XVI, Queen Marie Antoinette and the postmaster Jean-Baptiste Drouet | the road from Paris to the eastern frontier | 1791 | the escape from the Tuileries at night; the delays on the road; the postmaster who recognised the king | the flight destroyed the king's credit with the moderates who had wanted to keep him | the king was simply trying to reach his army | Louis XVI and his family fled from Paris on the night of 20 June 1791. | The royal family was stopped at Varennes on 21 June 1791.
Bocage and Hedgerow | French history | the war in the Vendee | the peasants of the west of France, their noble and common leaders and the republican armies | the hedged country south of the Loire | 1793 to 1796 | the levy of soldiers that sparked the rising; the Catholic and Royal Army; the republican columns that burned the country | a refusal of conscription was later repainted as a crusade | the peasants were tools of their priests and lords | Peasants in the Vendee rose against the levy of soldiers in March 1793. | Republican forces defeated the Vendean army at Savenay in December 1793.
An Innkeeper Against Napoleon | Austrian history | the Tyrolean rising of 1809 | the innkeeper Andreas Hofer, the Tyrolean militias and the Bavarian and French troops | the valleys of the Tyrol | 1809 to 1810 | the transfer of the Tyrol to Bavaria; the victories on the Bergisel; the abandonment by Vienna | Hofer's rising was doomed by a peace treaty signed far away | the rising failed because of poor leadership | Tyrolean militias led by Andreas Hofer defeated Bavarian and French troops at the Bergisel in 1809. | Andreas Hofer was shot by a French firing squad in Mantua in February 1810.
The Uncle's Claim | Spanish history | the First Carlist War | the pretender Don Carlos, the regent Maria Christina and the general Tomas de Zumalacarregui | the Basque provinces and Navarre | 1833 to 1840 | the quarrel over the succession; the guerrilla war in the north; the embrace at Vergara | old local rights mattered to the fighters as much as any royal claim | the Carlists only wanted a different king | The First Carlist War broke out after the death of Ferdinand VII in 1833. | The Convention of Vergara ended most of the fighting in the north in August 1839.
A Week in Sackville Street | Irish history | the Easter Rising | Patrick Pearse, James Connolly and the Irish Volunteers and Citizen Army | the General Post Office and the streets of Dublin | 1916 | the countermanded orders for the rising; the proclamation read outside the Post Office; the courts martial and shootings | the executions turned a military failure into a political victory | the rising was popular from the start | The Easter Rising began in Dublin on 24 April 1916. | Fourteen leaders of the Easter Rising were executed at Kilmainham in May 1916.
Tea, Brandy and a Custom House | English history | the Hawkhurst gang | the smugglers of the Hawkhurst gang, the customs officers and the witnesses Galley and Chater | the Weald of Kent and Sussex | 1740 to 1749 | the run of smuggled tea; the raid on the custom house at Poole; the murder of two witnesses | the gang's violence broke the local tolerance that smuggling had relied on | the smugglers were popular heroes | Members of the Hawkhurst gang broke into the custom house at Poole in October 1747. | Leaders of the Hawkhurst gang were hanged in 1749.
A Village Under Liverpool's Water | Welsh history | the Vyrnwy reservoir | the Liverpool corporation, its engineers and the villagers of Llanwddyn | the valley of the Vyrnwy in Montgomeryshire | 1880 to 1892 | the search for water for a growing city; the stone dam built across the valley; the old village flooded and a new one built | the reservoir showed that a Welsh valley could be bought by an English city without being asked | Liverpool paid the valley fairly | Work on the stone dam at Vyrnwy began in 1881. | Water from Lake Vyrnwy began to reach Liverpool in 1892.
Birmingham's Welsh Water | Welsh history | the Elan Valley reservoirs | the Birmingham corporation, its mayor Joseph Chamberlain and the hill farmers of the Elan and Claerwen valleys | the Elan valley in Radnorshire | 1892 to 1904 | the act of parliament for the water scheme; the railway built to carry stone; the royal opening ceremony | clean water for Birmingham came at the cost of a community that had no vote in the city | the scheme harmed nobody | Parliament passed the Birmingham Corporation Water Act in 1892. | King Edward VII opened the Elan Valley waterworks in July 1904.
Lopping Rights in Epping Forest | English history | the saving of Epping Forest | the commoner Thomas Willingale, the Square Mile corporation and the landowners who fenced the forest | Epping Forest on the edge of London | 1865 to 1882 | the ancient right to lop wood in winter; the fences put up by lords of the manor; the act that gave the forest to the public | the forest was saved by an old custom of poor people and the money of a rich city | the forest was saved by conservationists alone | Parliament passed the Epping Forest Act in 1878. | Queen Victoria dedicated Epping Forest to public use in May 1882.
Three Founders and a Clergy House | British history | the beginnings of the National Trust | Octavia Hill, Robert Hunter and Hardwicke Rawnsley | the countryside of England and Wales | 1893 to 1907 | the campaign against enclosure of commons; the first gifts of land; the act that made its property inalienable | the Trust began as a housing reformer's idea about open air for the poor | the Trust was founded to save country houses | The National Trust was founded in January 1895. | The National Trust Act of 1907 made its land inalienable.
A Mortality Table and a Mutual | financial history | the Equitable Society | the mathematician James Dodson, the founders of the Equitable and the actuary William Morgan | the Square Mile | 1756 to 1800 | the idea of premiums fixed by age; the refusal of a royal charter; the first actuary and his tables | the first modern life office succeeded because it let arithmetic set the price | insurance had always been priced this way | The Society for Equitable Assurances on Lives and Survivorships was founded in London in 1762. | William Morgan became the actuary of the Equitable Society in 1775.
Ann Lee's Followers | American religious history | the Shaker communities | Mother Ann Lee, her followers from Manchester and the elders who organised the villages | the villages of Niskayuna and Mount Lebanon in New York | 1774 to 1787 | the voyage from England; the celibate common life; the villages gathered after Ann Lee's death | the Shakers lasted because they were good at organising villages as well as at worship | the movement was a passing enthusiasm | Ann Lee and a small band of followers landed at New York in 1774. | The Shakers gathered their first full community at Mount Lebanon in 1787.
The Seven Villages | American religious history | the Amana colonies | the Community of True Inspiration, its leader Christian Metz and the villagers who ran the common kitchens | the seven villages of Amana in Iowa | 1855 to 1932 | the move from New York to Iowa; the common kitchens and shops; the change to a joint-stock company | the colonies survived by turning themselves into a business | the colonies failed when faith faded | The Community of True Inspiration began moving to Iowa in 1855. | The Amana colonies reorganised as a joint-stock company in 1932.
A Voyage to Icaria | French social history | the Icarian communities | the writer Etienne Cabet, the French workers who read his novel and the settlers of Texas and Illinois | the Red River country of Texas and the town of Nauvoo in Illinois | 1840 to 1856 | the novel of an ideal republic; the fever-struck settlement in Texas; the quarrel that expelled Cabet from Nauvoo | the Icarians were undone by their founder's authority more than by the prairie | the colonies failed because communism cannot work | Etienne Cabet published his novel of an ideal community in 1840. | The first Icarian settlers reached Texas in 1848.
Robes Buttoned at the Back | French social history | the Saint-Simonian retreat at Menilmontant | Prosper Enfantin, his disciples and the judges who tried them | a house at Menilmontant outside Paris | 1832 to 1833 | the retreat to a garden house; the costume that needed another's help to fasten; the prosecution for an outrage to morals | the sect's public theatre turned ideas about industry into a scandal | the movement was merely eccentric | Prosper Enfantin and about forty disciples withdrew to Menilmontant in April 1832. | Prosper Enfantin was sentenced to a year in prison in August 1832.
A Mountain of Truth | Swiss cultural history | Monte Verita | Henri Oedenkoven, Ida Hofmann and the painters, dancers and dropouts who came after them | a hill above Ascona on Lake Maggiore | 1900 to 1920 | the vegetarian colony on the hill; the sun baths and the dress reform; the dance school that brought artists | the colony mattered less for its own life than for the visitors it sent back into the cities | the colony was only a health resort | Henri Oedenkoven and Ida Hofmann founded a colony above Ascona in 1900. | The dancer Rudolf Laban ran summer courses on Monte Verita from 1913.
A Railway City in Sinaloa | Mexican history | the Topolobampo colony | the engineer Albert Kimsey Owen, the American settlers and the Mexican authorities of Sinaloa | the bay of Topolobampo in Sinaloa | 1886 to 1894 | the plan for a model city and a railway; the irrigation canal dug by settlers; the quarrels over land and leadership | the promised railway never came and the colony failed with it | the settlers failed for lack of effort | The first American settlers arrived at Topolobampo in 1886. | Most settlers had left the Topolobampo colony by 1894.
A Newspaper Man's Colony | American social history | the Ruskin Colony | the editor Julius Wayland, the colonists who bought shares and the neighbours in Tennessee | Dickson County in Tennessee | 1894 to 1901 | the weekly paper whose profits bought the land; the quarrel that drove out the founder; the move to Georgia | the colony lived and died by the newspaper that had called it into being | Ruskin's ideas were tested fairly | Julius Wayland founded the Ruskin Colony in Tennessee in 1894. | The Ruskin colonists moved to Georgia in 1899.
Brotherhood on Puget Sound | American social history | the Equality Colony | the Brotherhood of the Cooperative Commonwealth, the colonists of Skagit County and the anarchists who came later | Skagit County in Washington State | 1897 to 1907 | the plan to take over a state by settlement; the sawmill and the common dining hall; the split and the court case that ended it | the colony failed when its members could no longer agree on what equality meant | the colony was killed by outside hostility | Settlers of the Brotherhood of the Cooperative Commonwealth founded Equality in 1897. | A court ordered the Equality Colony dissolved in 1907.
The Karl Marx Tree | American social history | the Kaweah Colony | the labour lawyer Burnette Haskell, the colonists who built a road and the federal land office | the Sierra Nevada near the Kaweah river in California | 1886 to 1892 | the land claims filed for timber; the road built by hand into the forest; the national park that swallowed the claims | the colony lost its land because the government wanted the big trees more than it wanted settlers | the colonists were land grabbers | Members of the Kaweah Colony filed claims for forest land in 1886. | Congress created Sequoia National Park and ended the Kaweah claims in 1890.
A Socialist City in the Desert | American social history | the Llano del Rio colony | the lawyer Job Harriman, the colonists and the water engineers of the Antelope Valley | the Antelope Valley north of Los Angeles | 1914 to 1918 | the colony founded after a lost election; the shortage of water; the move to Louisiana | the colony was defeated by water rights more than by ideas | the colony was mismanaged from the start | Job Harriman founded the Llano del Rio colony in May 1914. | Most Llano colonists moved to Louisiana in 1917.
Burning the Title Deeds | English social history | the Whiteway Colony | the Tolstoyan colonists from Croydon, their neighbours in the Cotswolds and the writer Nellie Shaw | the hills near Stroud in Gloucestershire | 1898 to 1935 | the purchase of the land; the burning of the deeds on a pitchfork; the slow return to private plots | the colony survived because it abandoned its purest principles without admitting it | the colony failed completely | Tolstoyan colonists bought land near Stroud in 1898. | The Whiteway colonists burned the title deeds of their land in 1899.
An Anarchist Farm on the Tyne | English social history | the Clousden Hill colony | the anarchist communists of Newcastle, the market gardeners and the Russian sympathiser Peter Kropotkin | a farm near Forest Hall outside Newcastle | 1895 to 1902 | the market garden and its greenhouses; the visitors who would not work; the debts that closed it | the colony was run well enough as a farm and badly as a guest house | the colony proved that anarchism cannot work | Anarchist communists founded a farm colony at Clousden Hill in 1895. | The Clousden Hill colony closed in 1902.
War of a Thousand Days | Colombian history | the Thousand Days' War | the Liberal rebels, the Conservative government in Bogota and the generals Rafael Uribe Uribe and Benjamin Herrera | the provinces of Colombia and the isthmus of Panama | 1899 to 1902 | the Liberal rising against a closed political system; the battle of Palonegro; the peace signed on an American warship | the war cost Colombia Panama because it left the isthmus exhausted and exposed | the war was a purely party quarrel | The Thousand Days' War began in October 1899. | The Treaty of Wisconsin was signed on board an American warship in November 1902.
A Nation Nearly Destroyed | South American history | the Paraguayan War | the Paraguayan leader Francisco Solano Lopez, the allied armies of Brazil, Argentina and Uruguay and the Paraguayan people | the rivers and swamps of Paraguay | 1864 to 1870 | the seizure of a Brazilian ship; the long campaign up the rivers; the death of Lopez at Cerro Cora | the war was prolonged by a leader who would not surrender while his country emptied | Paraguay was merely the prey of its neighbours | The Paraguayan War began with the seizure of a Brazilian ship in November 1864. | Francisco Solano Lopez was killed at Cerro Cora in March 1870.
An Opera House in the Forest | Brazilian history | the Teatro Amazonas | the rubber barons of Manaus, the governor Eduardo Ribeiro and the tappers who collected the latex | the city of Manaus on the Rio Negro | 1884 to 1912 | the rubber boom; the opera house built with imported materials; the crash after Asian plantations began producing | the opera house stands for a wealth built on the labour of people who never entered it | the theatre was a folly | The Teatro Amazonas in Manaus opened in December 1896. | Rubber prices collapsed after Asian plantations came into production around 1912.
Blue Book on the Putumayo | Latin American history | the Putumayo scandal | the rubber company of Julio Cesar Arana, the Barbadian overseers and the indigenous workers, and the consul Roger Casement | the forests of the Putumayo river on the border of Peru and Colombia | 1907 to 1913 | the articles of Walter Hardenburg; the consul's journey of inquiry; the parliamentary committee in London | the scandal changed little for the workers because the company's shareholders were too far away to care | the exposure ended the abuses | Walter Hardenburg published his account of the Putumayo atrocities in London in 1909. | The British government published Roger Casement's report on the Putumayo in July 1912.
Bolivar's Republic Breaks Apart | South American history | the dissolution of Gran Colombia | Simon Bolivar, Francisco de Paula Santander and Jose Antonio Paez | the territories of Venezuela, New Granada and Quito | 1821 to 1831 | the constitution of Cucuta; the rivalry between Caracas and Bogota; the separation of Venezuela and Ecuador | the union rested on Bolivar's fame and came apart as it faded | the union was never possible | The Congress of Cucuta adopted a constitution for Gran Colombia in 1821. | Venezuela and Ecuador had left Gran Colombia by 1830.
Federal Banners in the Llanos | Venezuelan history | the Federal War | the federalist leader Ezequiel Zamora, the general Juan Crisostomo Falcon and the Conservative governments of Caracas | the plains of Venezuela | 1859 to 1863 | the rising in Coro; the battle of Santa Ines; the treaty of Coche | the war redistributed power among generals more than land among peasants | the federalists fought for the poor | The Federal War began in February 1859. | The Treaty of Coche ended the Federal War in April 1863.
Three Years of Reform | Mexican history | the Reform War | Benito Juarez, the Conservative generals and the clergy who opposed the Reform laws | the cities of Veracruz and Mexico City | 1858 to 1861 | the constitution of 1857; the liberal government in Veracruz; the sale of church lands | the Reform laws served the needs of a war before those of a new society | the war was a contest between church and state only | The Reform War began in January 1858. | Benito Juarez returned to Mexico City in January 1861.
Torches in Port of Spain | Caribbean history | the Canboulay riots | the people of Port of Spain, the police chief Captain Baker and the governor Sanford Freeling | the streets of Port of Spain in Trinidad | 1881 to 1884 | the torchlit procession at the start of Carnival; the clash with the police; the governor's decision to withdraw them | the clash kept Carnival alive by showing that banning it would cost too much | the riots were simple disorder | Police clashed with Canboulay revellers in Port of Spain in February 1881. | The government of Trinidad banned the torchlit Canboulay procession in 1884.
Promises to the Black Loyalists | Canadian history | the Black Loyalist settlement at Birchtown | the Black Loyalists who fled the Thirteen Colonies, the white settlers of Shelburne and the agent John Clarkson | Birchtown and Shelburne in Nova Scotia | 1783 to 1792 | the promise of land for service; the riot in Shelburne; the departure for Sierra Leone | the promised land was withheld because nobody in power meant to honour the promise in full | the settlers chose to leave freely | Black Loyalists founded Birchtown near Shelburne in 1783. | A fleet of fifteen ships carried Black Loyalists from Halifax to Sierra Leone in January 1792.
The Colony at Cape Mesurado | West African history | the founding of Liberia | the American Colonization Society, the settlers from the United States and the Dei and Bassa people of the coast | Cape Mesurado and Monrovia | 1816 to 1847 | the society founded in Washington; the land obtained at Cape Mesurado; independence proclaimed in Monrovia | Liberia was founded by men who wanted free Black Americans gone as much as free | the colony was a philanthropic project pure and simple | The American Colonization Society was founded in 1816. | Liberia declared its independence in July 1847.
Wagons North of the Orange | South African history | the Great Trek | the Voortrekker parties, their leaders Piet Retief and Andries Pretorius and the Zulu king Dingane | the high veld and Natal | 1835 to 1843 | the departure from the Cape frontier; the killing of Retief's party; the short life of the republic of Natalia | the trek was a scattered set of family migrations that later writers turned into one march | the trek was a planned national movement | Voortrekker parties began leaving the Cape Colony in 1835. | Britain annexed Natal in 1843.
Adam Kok Crosses the Mountains | South African history | the Griqua trek | Adam Kok III, the Griqua people of Philippolis and the British officials of the Cape | the country between Philippolis and Griqualand East | 1861 to 1869 | the sale of lands at Philippolis; the long trek over the Drakensberg; the new settlement at Kokstad | the trek was forced by pressure from settlers that officials chose not to stop | the Griqua moved of their own free will | Adam Kok III led the Griqua away from Philippolis in 1861. | The Griqua founded Kokstad in Griqualand East in 1869.
The Mountain Fortress | Southern African history | Moshoeshoe's kingdom | King Moshoeshoe, the Basotho people and the Boer and British neighbours | the flat-topped mountain of Thaba Bosiu | 1824 to 1868 | the move to a defensible mountain; the wars with the Orange Free State; the request for British protection | Moshoeshoe kept his people together by using diplomacy as skilfully as defence | geography alone explains Basotho survival | Moshoeshoe moved his people to Thaba Bosiu in 1824. | Britain took Basutoland under its protection in 1868.
A Camp Below the Hill | South African history | the battle of Isandlwana | the Zulu army of King Cetshwayo, the British commander Lord Chelmsford and the soldiers left in camp | the hill of Isandlwana in Zululand | 1879 | the ultimatum that made war certain; the divided British column; the attack on the camp | the defeat came from contempt for the enemy more than from any single order | a shortage of ammunition alone caused the disaster | A Zulu army overwhelmed the British camp at Isandlwana on 22 January 1879. | The British ultimatum to King Cetshwayo expired in January 1879.
A City on the Nile Falls | Sudanese history | the fall of Khartoum | the Mahdi Muhammad Ahmad, his followers and the besieged garrison of Khartoum | the city of Khartoum | 1881 to 1885 | the rise of the Mahdi; the siege of the city; the relief column that came too late | the city fell because the government in London could not decide whether it wanted to hold Sudan | one stubborn general alone lost the city | Muhammad Ahmad declared himself the Mahdi in 1881. | The forces of the Mahdi took Khartoum in January 1885.
A Scholar's Jihad | West African history | the founding of the Sokoto caliphate | the scholar Usman dan Fodio, his brother Abdullahi and his son Muhammad Bello | the Hausa lands of northern Nigeria | 1804 to 1817 | the quarrel with the king of Gobir; the war against the Hausa kings; the caliphate built around Sokoto | the caliphate was built as much by writing and teaching as by war | the jihad was a Fulani ethnic conquest | Usman dan Fodio began his war against the king of Gobir in 1804. | Muhammad Bello succeeded his father at Sokoto in 1817.
The Last King of Dahomey | West African history | the French conquest of Dahomey | King Behanzin, his army of women soldiers and the French colonel Alfred Dodds | the kingdom of Dahomey and its capital Abomey | 1890 to 1894 | the quarrel over Cotonou; the campaign up from the coast; the king's surrender and exile | the kingdom fell to superior weapons more than to any weakness of its army | the conquest was easy | French forces took Abomey in November 1892. | King Behanzin surrendered to the French in January 1894.
Debts of the Bey | North African history | the Tunisian financial commission | the Bey of Tunis, his ministers and the creditors of France, Britain and Italy | the city of Tunis | 1869 to 1881 | the loans raised in Paris; the international commission that took the revenues; the French protectorate | debt control gave France a legal road into Tunisia long before its army arrived | the protectorate came only from military need | An international financial commission took control of Tunisian revenues in 1869. | The Bey of Tunis signed the Treaty of Bardo in May 1881.
An Emir's Surrender | Algerian history | the resistance of Abd el-Kader | the emir Abd el-Kader, the French generals Bugeaud and Lamoriciere and the tribes of western Algeria | the plains and hills of western Algeria | 1832 to 1847 | the state built by the emir; the treaty of Tafna; the French campaign of raids | the emir lost because French armies destroyed the harvests that fed his state | the emir lost for lack of allies | Abd el-Kader made peace with France at Tafna in 1837. | Abd el-Kader surrendered to French forces in December 1847.
Merchants in the British Legation | Iranian history | the Persian Constitutional Revolution | the merchants and clerics of Tehran, Muzaffar al-Din Shah and his successor Muhammad Ali Shah | the city of Tehran | 1905 to 1911 | the sit-in at the British legation; the first parliament; the bombardment of the parliament building | the revolution was won by a strike of merchants before it was a programme of reform | the constitution was imposed by foreign powers | Muzaffar al-Din Shah agreed to a constitution in 1906. | Muhammad Ali Shah's troops bombarded the Persian parliament in June 1908.
Two Officers in a Pit | Central Asian history | the execution of Stoddart and Conolly | the British officers Charles Stoddart and Arthur Conolly, the emir Nasrullah Khan and the clergyman Joseph Wolff | the city of Bukhara | 1838 to 1845 | the mission sent to make peace with the emir; the years in a verminous pit; the journey to find out their fate | the officers died because their government forgot them and the emir did not | the emir was a lunatic tyrant | Charles Stoddart arrived in Bukhara as a British envoy in 1838. | Joseph Wolff travelled to Bukhara in 1844 to learn the fate of the two officers.
The Khan Accepts a Treaty | Central Asian history | the Russian conquest of Khiva | the khan of Khiva, the Russian general Konstantin von Kaufman and the Turkmen tribes of the desert | the oasis of Khiva by the Amu Darya | 1839 to 1873 | the failed winter campaign of 1839; the three columns that crossed the desert; the treaty that made the khan a vassal | the conquest turned on supply across the desert rather than on battle | Russia conquered Khiva to threaten India | A Russian expedition against Khiva failed during the winter campaign of 1839. | The khan of Khiva signed a treaty accepting Russian protection in August 1873.
A Night in the Courtyard | Nepalese history | the Kot massacre | the queen Rajya Lakshmi Devi, the courtiers of Kathmandu and the general Jung Bahadur Kunwar | the courtyard of the palace armoury in Kathmandu | 1846 to 1857 | the murder of a favourite; the night assembly in the courtyard; the rule of the Rana family | the massacre founded a dynasty of ministers that ruled for a century | the massacre was an unplanned brawl | Jung Bahadur Kunwar's men killed dozens of courtiers in the Kot courtyard in September 1846. | Jung Bahadur visited Britain and France in 1850.
Thirty Years in the North of Sumatra | Indonesian history | the Aceh War | the sultanate of Aceh, its religious leaders and the colonial army of the Netherlands | the north of Sumatra | 1873 to 1904 | the Dutch declaration of war; the guerrilla led by local scholars; the advice of the orientalist Christiaan Snouck Hurgronje | the war was long because the Dutch kept fighting a sultan while the resistance was led by scholars | the war ended with the capture of the sultan | The Netherlands declared war on the sultanate of Aceh in March 1873. | The Dutch governor declared Aceh pacified by 1904.
A Procession into Gunfire | Balinese history | the puputan of Badung | the raja of Badung, his court and the Dutch expeditionary force | the palace of Denpasar in southern Bali | 1904 to 1908 | the quarrel over a looted shipwreck; the Dutch landing at Sanur; the court's march in white | the courtiers chose a death that made the conquest a scandal in Europe | the Dutch were forced to fire | The raja of Badung led his court in a procession into Dutch gunfire in September 1906. | A second puputan took place at Klungkung in 1908.
Independence from a Balcony | Philippine history | the first Philippine republic | Emilio Aguinaldo, the revolutionary congress at Malolos and the American army | the town of Kawit in Cavite province | 1898 to 1901 | independence proclaimed in Monrovia; the constitution written at Malolos; the war with the United States | independence was declared to an audience of Americans who never meant to accept it | the republic was a paper state | Emilio Aguinaldo declared Philippine independence at Kawit on 12 June 1898. | American troops captured Emilio Aguinaldo in March 1901.
A Governor Who Had Not Heard | Pacific history | the capture of Guam | the captain of the cruiser Charleston, the Spanish governor of the island and the Chamorro people | the harbour of Apra on Guam | 1898 to 1899 | the shots fired at an old fort; the governor who thought they were a salute; the island kept when Spain sold the rest | the island changed owners before its governor knew there was a war | the capture was a military victory | The cruiser Charleston took the surrender of Guam in June 1898. | Spain sold its other Pacific islands to Germany in 1899.
"""

SCHOLARS = ["Fenwright", "Hollinrake", "Brockhurst", "Tapscott", "Wildgoose", "Penhaligan", "Scattergood", "Lidgate",
            "Mossendew", "Cheverton", "Applegarth", "Honeysett", "Kitchingham", "Outhwaite", "Brimblecombe", "Sugden",
            "Threlfall", "Gathercole", "Inchbold", "Jeffcoate", "Loveridge", "Ravenhill", "Snowball", "Widdowson"]

OPENING = [
    "Mention {x} at a dinner table and expect polite shrugs.",
    "I came upon {x} through a footnote that promised more than it delivered.",
    "General histories give {x} a sentence or two and hurry on.",
    "An encyclopaedia entry on {x} is accurate in every detail and wrong in its proportions.",
    "I once believed {x} had a simple moral, and I was wrong.",
    "Several countries claim {x} as their own, and none tells it quite the same way.",
    "A plaque could describe {x} in a couple of lines without telling a single lie.",
    "Afterwards, everyone who lived through {x} claimed to have foreseen it.",
    "The label {x} suggests a tidier business than the one that actually happened.",
    "Local guides still turn {x} into a neat tale of winners and losers.",
    "Most accounts of {x} begin at the end and read the story backwards.",
    "Something about {x} keeps pulling historians back, like an itch that will not settle.",
    "Few episodes of its decade are as often misremembered as {x}.",
]
FRAME = [
    "The scene is mostly {setting}.",
    "The leading figures are {people}.",
    "I keep mainly within {period}, straying past it only at the end.",
    "Where the evidence thins out I will say so plainly.",
    "Chronology matters more here than usual.",
    "A few puzzles will remain unsolved by the last paragraph.",
]
ROADMAP = [
    "First comes {s1}, then {s2}, and the hardest criticism waits until near the end.",
    "Section by section, the received account is tested.",
    "I move forward more or less in time, allowing myself a single digression.",
    "Most space goes to {s1}, where the papers are fullest.",
    "Those who would disagree with me are given room before the conclusion.",
]
QUESTION_LEAD = [
    "Underneath it all sits a plain puzzle: {question}",
    "My question, simply put, is this: {question}",
    "What drove my reading was a single question: {question}",
    "The sections below hang on one question: {question}",
]
QUESTIONS = ["who profited from {x}?",
             "how free were {people}, in truth?",
             "why does the simplest version of {x} refuse to die?",
             "how different would {setting} be had events turned the other way?"]
CLAIM_THESIS = [
    "Here, then, is my wager: {thesis}.",
    "These pages defend one proposition: {thesis}.",
    "Read patiently, the evidence points to one conclusion: {thesis}.",
    "In one sentence, my case is that {thesis}.",
    "Looking closely at {s1}, {s2} and {s3} persuades me that {thesis}.",
    "A more balanced reading accepts that {thesis}.",
    "What follows sets out to show that {thesis}.",
    "The better witnesses agree on one thing: {thesis}.",
]
CONTEXT = [
    "The trouble had been building for some time before it broke the surface.",
    "Grievances were older than anyone involved.",
    "{People} had fewer options than hindsight suggests.",
    "Contemporaries could not know how the story would be told afterwards.",
    "Customs that had held for generations were beginning to fray.",
    "The first writers on the subject had reputations to shield.",
    "{Scholar} finds the beginnings a generation before the crisis.",
    "Many documents were drafted in {setting}.",
    "When things happened is clear enough; why they happened is not.",
    "Regulations had accumulated for decades without anyone tidying them.",
    "The rules on paper and the habits on the ground had long since parted company.",
    "Nobody on the spot could see more than a corner of events.",
]
NAMING = [
    "The labels attached to {x} need a word of explanation.",
    "Nobody used the name {x} while the events were under way.",
    "{People} spoke of themselves in words that sound odd today.",
    "I use modern terms below for ease and nothing more.",
    "Even the phrase {x} carries a judgement with it.",
    "Almost every word in this debate smuggles in an opinion.",
]
RECORD = [
    "Our knowledge of {x} comes down three separate channels.",
    "Official registers from {setting} record events and rarely reasons.",
    "The letters of {people} are vivid, though none was meant for us.",
    "Reporters wrote up {x} in haste and with errors.",
    "Memoirs written long afterwards add detail but not reliability.",
    "Buildings, maps and objects let us test the writers' claims.",
]
CAST = [
    "Who, then, was caught up in {x}?",
    "{People} pulled against one another.",
    "Some wrote about themselves; most stayed silent.",
    "{Scholar} treats the minor figures as seriously as the famous ones, which is right.",
    "Orders from far away limited every decision on the spot.",
]
STRAND_IN = [
    "Consider {s}.",
    "The papers are thickest on {s}.",
    "Central, though often overlooked, is {s}.",
    "Any fair account has to face {s}.",
    "Oddly few writers have paused over {s}.",
    "My next subject is {s}.",
    "Much depends on {s}.",
    "It pays to dwell a little on {s}.",
    "Alongside ran {s}.",
    "Nothing in the archive is louder than {s}.",
]
POINT = [
    "A slow reading of the papers on {s} shows a great deal of doubt.",
    "Those who recorded {s} had good reason to make it look orderly.",
    "It is easy to see {s} as bound to happen, though nobody at the time did.",
    "{Scholar} treats {s} as a question of supply and timing first and of conviction second.",
    "The people who talked most about {s} often knew least.",
    "Everything about {s} was done in the open, and few protested.",
    "{People} quarrelled about {s} among themselves.",
    "Figures for {s} vary with the person doing the counting.",
    "Parts of {s} were settled where no official could see.",
    "More than one account of {s} was written to pay off a grudge.",
    "Knowing {setting} well changed how {s} played out, as outsiders never grasped.",
    "The small print of {s}, who paid and who queued, reveals the most.",
    "Gossip ran ahead of instructions all through {s}.",
    "We should remember how slowly word travelled during {s}.",
    "Much that is repeated about {s} rests on one memoir alone.",
    "Once {s} was under way there was no easy road back for anyone.",
]
NUMBERS = [
    "{Scholar} ({year}) tallied {num} cases and linked {pct} per cent of them with {s}.",
    "Among {num} letters listed by {Scholar}, {pct} out of every hundred mention {s}.",
    "{Scholar} ({year}) reckons {s} accounts for about {pct} per cent.",
    "Going through {num} files in {year}, {Scholar} found hardly one that ignores {s}.",
    "In {num} comparable cases {Scholar} ({year}) found {s} nearly every time.",
    "{Scholar} admits the sample is thin but calls it consistent on {s}.",
    "{Scholar} ({year}) gives {s} perhaps {pct} per cent of the credit for what changed.",
    "{Scholar} thinks older work on {s} leaned on poor informants.",
]
CASES = [
    "{Scholar} tracks events through the correspondence of a single family.",
    "In {setting}, {people} met {s} as best they could.",
    "The same pattern appears a long way from {setting}.",
    "There was nothing unusual about {s}; it was typical.",
    "Across {period} the pattern turns up again and again.",
    "{People}, telling the story afterwards, kept returning to this.",
    "More examples of {s} are not hard to come by.",
]
LINK_BACK = [
    "In small, then, {s} suggests that {thesis}.",
    "One case is thin evidence, yet this one cuts across the usual picture of {s}.",
    "Anyone who waves away {s} misses what gave it force.",
    "Here again {s} hints that {thesis}.",
    "Measured by ledgers the gap was slight; lived through, {s} made it vast.",
    "If I have misread {s}, this needs a different explanation.",
    "Without {s} the familiar judgements begin to wobble.",
]
PIVOT = ["Then {s} arrived, and everything moved.", "After that came {s}.",
         "From here on, all depended on {s}.", "{S} changed the terms for everyone."]
CITE_LEAD = [
    "{Scholar} sums up {setting} in a line:",
    "Decades on, a former resident of {setting} wrote:",
    "At a meeting on {x} in {year}, a speaker put it this way:",
    "{Scholar} does not mince words on {s}:",
    "{Scholar} grows sharpest over {s}:",
]
CITED = [
    "Look closely and the textbook {x} falls to pieces.",
    "For those inside it, {s} was a day's labour, not history.",
    "Memory shrinks {x} to one dramatic day; the accounts show months of routine.",
    "Read all the sources and {s} stops seeming strange.",
    "{X} happened once, but it has been retold a thousand times.",
    "Dull paperwork on {s} deserves more trust than a witness with a flair for drama.",
]
CITE_AFTER = [
    "Perhaps too neat, but right.",
    "This is a single witness, but one who stood close to events.",
    "The writer suffered for saying so, which adds to the weight.",
    "Hindsight blurs the detail but leaves the substance.",
]
CITE_AFTER2 = [
    "{People} repeat the point in their own papers.",
    "Contemporaries needed no help to grasp {s}.",
    "Whether it is true beyond {setting} nobody yet knows.",
    "Mostly it clarifies {s}.",
    "School versions of {x} leave it out entirely.",
]
LIST_INTRO = [
    "Where {x} went less badly, some conditions were present:",
    "Whenever {people} fared well, familiar ingredients recur:",
    "Matters in {setting} would have eased with:",
    "The better results in {setting} usually had these in common:",
]
LIST_POINT = [
    "leaders who grasped {s} in good time",
    "real discussion with {people} about {s}",
    "fast action when {s} started to slip",
    "independent checks on {s}",
    "a trial of {s} in one place first",
    "plain figures for what {s} would swallow",
]
LIST_EXTRA = ["reliable money for {x} that could not be withdrawn", "a person with power to stop {x} altogether",
              "files on {x} preserved when their keepers left", "a fixed date to review {x}"]
COMPARE = [
    "Next to similar cases, {x} seems much less odd.",
    "Towns under strains like those in {setting} came out in quite unlike ways.",
    "Early talks with {people} usually lowered the temperature.",
    "The parallel fails on {s2}, which had no real equivalent.",
    "Until the last weeks, another result in {setting} was still possible.",
    "Where critics of {x} were allowed to speak, the outcome was usually milder.",
]
COUNTERFACT = [
    "Imagine that {s2} had turned out otherwise.",
    "Such speculation settles nothing about {x}; its single use is to expose the load-bearing beams.",
    "Remove {s1} and what came next in {setting} is anyone's guess.",
    "{People} would have wrestled with wholly unfamiliar dilemmas.",
    "Pushed too far, such guessing turns a hard outcome into an option on a list.",
]
LEGACY = [
    "{X} was over; its effects were not.",
    "The memory of {x} guided choices in {setting} for decades.",
    "{People} told their version to children and grandchildren.",
    "Later enquiries kept coming back to {s3}.",
    "Each anniversary of {x} brings new tellings, all slightly warped.",
    "Several lessons later drawn from {x} do not survive close reading.",
]
DOUBT = [
    "Against this, someone might say that {rival}.",
    "The main alternative view is that {rival}.",
    "Experts sometimes answer that {rival}.",
    "A fair-minded reader could reply that {rival}.",
    "Some letters appear, read one way, to suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} would have agreed with that reading.",
    "The view has serious supporters and so deserves a reply.",
    "{Scholar2} ({year2}) argues it in detail.",
    "It has force, since every choice made during {x} hurt somebody.",
]
ANSWER = [
    "Yet what survives from {setting} points another way.",
    "On {s2} it is silent.",
    "The argument is also circular.",
    "The reading needs {x} to be far neater than the papers permit.",
    "By that logic, every place like {setting} would have ended the same way.",
    "Someone paid, certainly; proving that the payment settled anything needs more evidence.",
]
CLOSE_FIRST = [
    "To sum up: {thesis}.",
    "Taken together, the papers support one account: {thesis}.",
    "The debate over {x} is far from over.",
    "What verdict, then, on {x}?",
    "Each line of evidence converges: {thesis}.",
    "Once the clutter is cleared away, one verdict on {x} remains.",
    "{X} too often shrinks to a slogan that nobody examines.",
]
CLOSE_MID = [
    "Alone, {s1}, {s2} and {s3} each explain little; braided together they explain almost all.",
    "Granted, some hold that {rival}; the papers disagree.",
    "Small facts about {s1}, not big theories, carried this argument.",
    "All who first argued over {x} are dead, but the argument goes on.",
    "Papers in {setting} that nobody has catalogued may yet alter some details.",
    "Minus its legend, {x} dwindles to what the paperwork can bear.",
]
CLOSE_LAST = [
    "{People} were still tallying what they had lost when editors had moved on to fresher news.",
    "{Setting} and its neighbourhood deserve closer study next.",
    "Those who steered {x} had other roads open to them throughout.",
    "{X} shows us habits and institutions more than it shows us villains.",
    "The story of {x} is worth retelling, if more carefully.",
    "{X} has been filed in the wrong place, and refiling it would be worth the effort.",
    "In the end {x} belongs less to its heroes than to {people}.",
]
HD_BACK = ["Background", "How things stood", "Before the trouble", "The road to the crisis", "Where it started",
           "Origins"]
HD_NAMING = ["A note on names", "Terms used", "Naming the episode"]
HD_RECORD = ["The evidence", "Archive holdings", "Sources and silences"]
HD_CAST = ["Those involved", "The participants", "Leading figures"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} considered", "Then {s}", "The matter of {s}"]
HD_COMPARE = ["Parallels", "Other places", "Cases alike"]
HD_COUNTER = ["If things had differed", "Roads not taken", "Another ending"]
HD_LEGACY = ["What followed", "Aftermath", "Later echoes"]
HD_DOUBT = ["A counter-argument", "Doubts", "The other side", "Meeting objections", "A rival view",
            "Reconsidering"]
HD_CLOSE = ["Conclusion", "Summing up", "Final thoughts", "To finish", "Judgement"]

# Studies in the essays are dated no later than the year before trondra's earliest paper.
LATEST_STUDY = 2014


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
    """Builds the essay for a card, one block after another.

    First paragraph: x in its opening sentence, the thesis as its close, with an optional scene, plan or puzzle
    line between. Then background carrying fact one (fact two goes there too, unless strand two takes it); maybe a detour
    on words, records or participants; the strands, given a paragraph or two each, now and then led by a short
    turn, trailed by a quotation or by bullet points; maybe parallels, a what-if or the afterlife; the rival view
    and its rebuttal; a close ending on x, people or setting. Subheads by coin toss.
    A pattern serves once per essay at most; card details stop paragraphs matching between essays."""
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
    low = min(max(1955, ended + 5), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([7, 11, 14, 18, 23, 26, 33, 39, 41, 47, 53, 58, 64, 71]),
                     num=rng.choice([12, 17, 26, 33, 45, 58, 69, 81, 97, 128, 151, 203]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # slot 0 of these pools always holds a card field, so each such paragraph is tied to its own card
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
    leads: list[str] = []
    links: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        leads.append(fill(take(STRAND_IN), s))
        links.append(fill(take(LINK_BACK), s))
        body = [leads[-1], fill(take(POINT), s), counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], links[-1]))
        else:
            blocks.append(para(*body, links[-1]))
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
                objection=objection, last=last, wrap_up=end[0], figures=figures, leads=leads, links=links,
                headed=headed, parts=parts)


# --------------------------------------------------------------------------------------- common to the four hosts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); the related panels fetch other essays' sentences from it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> numbers of the pages that hold an essay (the rest hold none)
SITE_TITLES: dict[str, list[str]] = {}  # host -> essay titles, ordered as the pages are
SEED = 2030  # main() resets it; seeds every draw of the scarce blocks


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when no chosen essay but `title` contains `text`."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sen: str) -> str:
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), (title, sen)
    return sen


def opener_of(title: str) -> str:
    """The essay's very first sentence, the one naming x."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["opener"])


def closer_of(title: str) -> str:
    """The essay's very last sentence, (card fields appear in it)."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["last"])


def second_lead_of(title: str) -> str:
    """The sentence that brings in strand two."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["leads"][1])


def first_link_of(title: str) -> str:
    """The sentence closing strand one's paragraph, which ties that strand to the argument."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["links"][0])


class Page(g2.Page):
    """Subclass of set two's page that also keeps host, card and sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """A page of the host's template that names or quotes essays without holding one."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set30:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """True for the `count` essay pages picked for `role`."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """This page's position in the sorted draw for `role`, else None."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Essay pages shuffled by seed; the first half (the larger half if odd) shows the moving block on top."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set30:{SEED}:{site}:{role}:top").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` at `pos`, hopping upward over any subhead or colon-closed lead-in directly over that spot
    (those stick to the block below). Never before the essay's own first block."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Renders each visible block and tags it; a colon-final paragraph becomes "lead"."""
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
    """The first set's reference writer goes up to 2023; every year on this page drops by the same amount (plain
    text and markup likewise) until `latest` is the highest."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def tagged_list(ordered: bool, items: list[str], cls: str = "") -> str:
    tag = "ol" if ordered else "ul"
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


# ---- 1. graemsay: a community speaking club's archive of speech scripts, 2022 ---------------------------------

GS_CLUB = "Harbourgate Speakers"
GS_HOST = "www.harbourgatespeakers.org.uk"
GS_MEMBERS = [  # first, last, standing in the club
    ("Jolyon", "Pilbeam", "Club president"), ("Hepzibah", "Tregenza", "Vice-president for learning"),
    ("Crispian", "Mallender", "Member since 2016"), ("Kezia", "Drabble", "Member since 2019"),
    ("Peregrine", "Westacott", "Member since 2014"), ("Lettice", "Hebditch", "Club secretary"),
    ("Zebedee", "Rosewarne", "Member since 2021"), ("Araminta", "Spurway", "Member since 2018"),
    ("Melchior", "Tizzard", "Member since 2020"),
]
GS_CUES = [  # (label, text) pairs written into the script as stage directions
    ("Stage note:", "step away from the lectern and find the back row"),
    ("Stage note:", "let the last line land before moving on"),
    ("Slide cue:", "click to the map, then wait for the room to look back"),
    ("Slide cue:", "black screen here so they watch me, not the projector"),
    ("Gesture:", "two hands apart to show the size of the gap"),
    ("Timing check:", "should be near the three-minute mark by this line"),
    ("Timing check:", "if the green card is up already, drop the next example"),
]
GS_NOTICES = [
    "Our 2022 humorous speech evening moves to the Lifeboat Station hall because of building work.",
    "Subscriptions for the new club year are due by the end of July; the treasurer takes cards at meetings.",
    "The Seafarers' Institute car park is closed on Thursday evenings until the resurfacing is finished.",
]
GS_COOKIE = "Just one small file sits in your browser, so that the club can count visits; nothing else is kept."
GS_CREDIT = "The speaker handed in this script for the club's manuscript file after the meeting."
GS_WALL = ("The other {words} words of this script are kept in the members' area of the club site. "
           "Sign in with the email address you joined with.")
GS_EVAL = ("Evaluated by {ev}. {first} kept every listener with them during this talk on {x}; next time, slow down "
           "in the middle section and leave a beat after each date.")
GS_SIDE = [
    ("Guests welcome", "Your first three visits cost nothing. Just turn up ten minutes early and say hello."),
    ("Mentoring", "Every new member is paired with an experienced speaker for their first four projects."),
    ("Contest season", "Area heats for the evaluation contest take place in October; ask the secretary to enter."),
]
GS_NAV = ["Home", "Meetings", "Speech archive", "Members", "Visit us", "Contact"]
GS_WORDS = ["ephemeral", "lodestar", "palimpsest", "tenacious", "quixotic", "sonorous", "bellwether"]


def gs_rank(title: str) -> int:
    return SITE_TITLES["graemsay"].index(title)


def gs_member(title: str) -> tuple[str, str, str]:
    return GS_MEMBERS[number("graemsay", "member", title, mod=len(GS_MEMBERS))]


def gs_meeting(title: str) -> tuple[int, date]:
    k = gs_rank(title) // 2
    return 418 + k, date(2021, 9, 2) + timedelta(days=14 * k)


def gs_url(title: str) -> str:
    return f"/speech-archive/{slug(title)}/"


def gs_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} \u2014 {GS_CLUB}</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/assets/club.css?v={digest('graemsay', 'css', n=6)}">
</head>"""


def gs_cookie_and_notice(page) -> tuple[str, str]:
    site = "graemsay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="gs-notice"><strong>Club notice.</strong> {esc(GS_NOTICES[turn])}</div>\n'
            page.clutter.append(GS_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div class="gs-cookie"><p>{esc(GS_COOKIE)}</p><button type="button">Fine by me</button></div>\n'
        if isinstance(page, Page):
            page.clutter += [GS_COOKIE, "Fine by me"]
    return cookie, notice


def gs_frame(page, main: str, side: str, cookie: str, notice: str) -> str:
    nav = " ".join(f'<a href="/{slug(n)}/">{n}</a>' for n in GS_NAV)
    return f"""<body class="gs">
{cookie}<div class="gs-top"><a class="gs-brand" href="/"><img src="/assets/lectern-logo.png" alt="" width="48" height="48"> {GS_CLUB}</a>
<p class="gs-strap">Confident speaking, every other Thursday since 1987</p>
<nav class="gs-nav">{nav}</nav></div>
{notice}<div class="gs-wrap">
<div class="gs-main">
{main}
</div>
<div class="gs-side">
{side}
</div>
</div>
<div class="gs-foot"><p>{GS_CLUB} is an independent, volunteer-run club. We meet at the Seafarers' Institute, Quay Lane, Harbourgate.</p>
<p>Website kept by the club secretary \u00b7 <a href="/privacy/">Privacy</a> \u00b7 <a href="/contact/">Contact</a></p></div>
</body>
</html>
"""


def gs_side(index: int, rng: random.Random) -> tuple[str, list[str]]:
    meet = date(2022, 5, 5) + timedelta(days=14 * (index % 4))
    head, text = GS_SIDE[index % len(GS_SIDE)]
    word = GS_WORDS[index % len(GS_WORDS)]
    next_line = f"Thursday {long_date(meet)}, 7.15pm, Upper Room"
    html_ = (f'<div class="gs-box"><h4>Next meeting</h4><p>{esc(next_line)}</p><p>Seafarers\' Institute, Quay Lane</p></div>\n'
             f'<div class="gs-box"><h4>{esc(head)}</h4><p>{esc(text)}</p></div>\n'
             f'<div class="gs-box"><h4>Word of the evening</h4><p>{esc(word)}</p></div>')
    return html_, [next_line, head, text, "Word of the evening", "Next meeting"]


def graemsay(p: Page) -> str:
    rng = p.rng
    site = "graemsay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2021)
    first, last, standing = gs_member(p.title)
    meeting, held = gs_meeting(p.title)
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>{esc(v)}</blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(GS_CUES)
        said = f"({label} {text})"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="gs-cue"><em>{esc(said)}</em></p>'))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            finish = number(site, "finish", p.title, mod=100, base=330)
            caption = f"Timer's report: green card at 5:00, amber at 6:00, red at 7:00; {first} finished at {clock(finish)}"
            piece = f'<div class="gs-timer"><p>{esc(caption)}</p></div>'
        else:
            caption = f"Recording: {first} at meeting no. {meeting} ({clock(number(site, 'rec', p.title, mod=120, base=320))})"
            piece = (f'<figure class="gs-audio"><audio controls src="/media/{digest(site, "rec", p.title, n=10)}.mp3"></audio>'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = GS_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="gs-members"><h4>Members\' area</h4><p>{esc(said)}</p>'
                f'<a class="gs-button" href="/members/sign-in/">Members\' sign-in</a></div>\n')
        p.clutter += [said, "Members' area", "Members' sign-in"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Notes and sources</h3>"))
        pieces.append(("refs", '<div class="gs-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Script as delivered: {fmt_int(p.words)} words; printed for the club file it ran to {p.pages} {pages_word(p.pages)}"
    ev_first, ev_last, _ = GS_MEMBERS[(GS_MEMBERS.index((first, last, standing)) + 1 + number(site, "ev", p.title, mod=7)) % len(GS_MEMBERS)]
    evaluation = GS_EVAL.format(ev=f"{ev_first} {ev_last}", first=first, x=p.card["x"])
    ebox = f'<div class="gs-eval"><h4>Evaluator\'s notes</h4><p>{esc(evaluation)}</p></div>\n'
    early = placed_before(site, "evaluation", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="gs-credit">{esc(GS_CREDIT)}</p>\n'
        p.clutter.append(GS_CREDIT)
    byline = f"Delivered by {first} {last} at meeting no. {meeting}, Thursday {long_date(held)}"
    quoting = f"{last}, {first}. \u201c{p.title}.\u201d Speech to {GS_CLUB}, meeting no. {meeting}, {long_date(held)}."
    side, side_clutter = gs_side(p.index, rng)
    p.clutter += [length, byline, standing, "Speech manuscripts \u00b7 Educational talk project", "Evaluator's notes", evaluation,
                  "Quoting this speech", quoting, "Other speeches this season", "Confident speaking, every other Thursday since 1987",
                  f"{GS_CLUB} is an independent, volunteer-run club.", "We meet at the Seafarers' Institute, Quay Lane, Harbourgate.",
                  "Website kept by the club secretary", "Speech archive", *side_clutter]
    related = ""
    for t in rng.sample(p.others, 3):
        line = opener_of(t)
        t_first, t_last, _ = gs_member(t)
        meta = f"{t_first} {t_last} \u00b7 meeting {gs_meeting(t)[0]}"
        related += (f'<li><a href="{gs_url(t)}">{esc(t)}</a> <span class="gs-meta">{esc(meta)}</span>'
                    f'<p class="gs-open">\u201c{esc(line)}\u201d</p></li>\n')
        p.clutter += [t, line, meta]
    cookie, notice = gs_cookie_and_notice(p)
    main = f"""<p class="gs-kicker">Speech manuscripts \u00b7 Educational talk project</p>
<h1>{esc(p.title)}</h1>
<p class="gs-by">{esc(byline)} <span class="gs-standing">{esc(standing)}</span></p>
<p class="gs-length">{esc(length)}</p>
{ebox if early else ""}<div class="gs-script">
{body}
</div>
{wall}{credit}{"" if early else ebox}<div class="gs-quoting"><h4>Quoting this speech</h4><p>{esc(quoting)}</p></div>
<div class="gs-more"><h3>Other speeches this season</h3><ul>
{related}</ul></div>"""
    return gs_head(p.title) + "\n" + gs_frame(p, main, side, cookie, notice)


def graemsay_index(ix: IndexPage) -> str:
    """The running order of one meeting, or the full list of archived speeches."""
    cookie, notice = gs_cookie_and_notice(ix)
    side, _ = gs_side(ix.index, ix.rng)
    titles = ix.site_titles
    if ix.kind == "agenda":
        roles = [("Chair for the evening", "Lettice Hebditch"), ("Timer", "Zebedee Rosewarne"),
                 ("Grammarian", "Araminta Spurway"), ("Leader of the impromptu round", "Crispian Mallender"),
                 ("General evaluator", "Hepzibah Tregenza")]
        rows = "".join(f"<tr><td>{esc(r)}</td><td>{esc(w)}</td></tr>" for r, w in roles)
        talks = ""
        for t in titles[-3:]:
            f_, l_, _ = gs_member(t)
            talks += f"<tr><td>{esc(f_)} {esc(l_)}</td><td>{esc(t)}</td><td>5\u20137 min</td></tr>"
        main = f"""<h1>Running order: meeting no. 445</h1>
<p>Doors open at 7pm; the gavel falls at 7.15pm sharp. Visitors sit at the front table and are asked at the break whether they would like to say a few words about the evening.</p>
<h3>Roles</h3>
<table class="gs-table">{rows}</table>
<h3>Prepared speeches</h3>
<table class="gs-table"><tr><th>Speaker</th><th>Title</th><th>Time</th></tr>{talks}</table>
<p>After the break: the impromptu round, the evaluations, the timer's and grammarian's reports, and the vote for best speaker.</p>"""
        return gs_head("Running order: meeting no. 445") + "\n" + gs_frame(ix, main, side, cookie, notice)
    rows = ""
    for t in titles:
        f_, l_, _ = gs_member(t)
        meeting, held = gs_meeting(t)
        rows += (f'<li><a href="{gs_url(t)}">{esc(t)}</a><br><span class="gs-meta">{esc(f_)} {esc(l_)} \u00b7 meeting no. {meeting}, '
                 f'{long_date(held)} \u00b7 {fmt_int(ESSAYS_BY_TITLE[t]["words"])} words</span></li>\n')
    main = f"""<h1>Speech archive: 2021\u201322 season</h1>
<p>Members may file the script of any prepared speech here once it has been delivered. Scripts appear as the speaker wrote them, before the evening's evaluation.</p>
<ul class="gs-archive">
{rows}</ul>
<p class="gs-older"><a href="/speech-archive/2020-21/">Scripts from the 2020\u201321 season</a></p>"""
    return gs_head("Speech archive") + "\n" + gs_frame(ix, main, side, cookie, notice)


# ---- 2. flotta: a livery company publishing its bursary holders' essays, 2019 --------------------------------

FL_COMPANY = "The Worshipful Company of Lampwrights"
FL_SHORT = "Lampwrights' Company"
FL_HOST = "www.lampwrights.org.uk"
FL_MASTER = "Mr Cosmo Fitzwarren"
FL_CLERK = "Mrs Griselda Kemble"
FL_SCHOLARS = [  # first, last, school
    ("Isolde", "Bulstrode", "Aldgate Park Academy"), ("Tabitha", "Cattermole", "St Bride's Sixth Form College"),
    ("Ysolde", "Venning", "Shoreditch Free School"), ("Euphemia", "Dymond", "Candlewick High School"),
    ("Jocasta", "Whiston", "Bow Lane Community College"), ("Lorcan", "Pocock", "Aldersgate Grammar School"),
    ("Ishaan", "Elphick", "Aldgate Park Academy"), ("Anoushka", "Chubb", "Limehouse Basin School"),
    ("Radek", "Gammon", "St Bride's Sixth Form College"), ("Hildegard", "Tinsley", "Candlewick High School"),
]
FL_MARGINS = [  # (label, text) pairs set as margin notes inside the essay
    ("Noted by the Court:", "the assessors marked this paragraph as the strongest in the essay"),
    ("Noted by the Court:", "a good example of weighing two historians against each other"),
    ("Clerk's note:", "a spelling in this paragraph was corrected with the Scholar's agreement"),
    ("Archivist's gloss:", "the Company's own records from these years are kept at the Guildhall Library"),
    ("Archivist's gloss:", "lamps of the period made by our freemen are on show at the Hall by appointment"),
    ("Scholar's later note:", "today I would hedge this claim more carefully"),
    ("Scholar's later note:", "my tutor suggested this comparison after the first draft"),
]
FL_NOTICES = [
    "Lampwrights' Hall is closed to visitors while the Court Room ceiling is restored, until the end of March 2019.",
    "Schools nominating pupils for next year's bursaries should write to the Clerk by 15 May.",
    "The Company's election of Wardens takes place at the Common Hall on 24 June.",
]
FL_COOKIE = "This site keeps one small preference file so that this message does not come back. Nothing is passed to advertisers."
FL_CREDIT = "Published by leave of the Scholar and the Scholar's school."
FL_WALL = "Liverymen and Freemen can read the remaining {words} words in the Scholars' Yearbook 2019 on the Livery portal."
FL_MASTER_NOTE = ("The Master, {master}, writes: It was a pleasure to award {first} a Lampwrights' bursary this year. "
                  "This essay on {x} shows exactly the patient reading that the Court hoped to encourage.")
FL_EVENTS = [("Livery Dinner", "14 November 2019", "Mansion House"),
             ("Scholars' Essay Evening", "10 October 2019", "Lampwrights' Hall"),
             ("Carol Service", "12 December 2019", "St Vedast Foster Lane")]
FL_NAV = ["The Company", "History", "The Livery", "Charity & Education", "Scholars' Essays", "Events", "Contact the Clerk"]


def fl_scholar(title: str) -> tuple[str, str, str]:
    return FL_SCHOLARS[number("flotta", "scholar", title, mod=len(FL_SCHOLARS))]


def fl_year(title: str) -> str:
    return ["2016\u201317", "2017\u201318", "2018\u201319"][number("flotta", "year", title, mod=3)]


def fl_url(title: str) -> str:
    return f"/charity-and-education/scholars-essays/{slug(title)}"


def fl_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} :: {FL_SHORT}</title>
<link rel="stylesheet" href="/themes/lampwrights/css/main.css?{digest('flotta', 'css', n=8)}">
</head>"""


def fl_cookie_and_notice(page) -> tuple[str, str]:
    site = "flotta"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="lw-notice" role="note">{esc(FL_NOTICES[turn])}</div>\n'
            page.clutter.append(FL_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div class="lw-cookie"><p>{esc(FL_COOKIE)}</p><a href="#" class="lw-cookie__ok">Understood</a></div>\n'
        if isinstance(page, Page):
            page.clutter += [FL_COOKIE, "Understood"]
    return cookie, notice


def fl_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/{slug(n)}">{esc(n)}</a></li>' for n in FL_NAV)
    events = "".join(f"<li><strong>{esc(e)}</strong><br>{esc(d)}, {esc(v)}</li>" for e, d, v in FL_EVENTS)
    return f"""<body class="lw">
{cookie}<header class="lw-header"><a href="/"><img src="/themes/lampwrights/img/arms.png" alt="Arms of the Lampwrights' Company" width="90" height="108"></a>
<div class="lw-title"><p class="lw-name">{FL_COMPANY}</p><p class="lw-motto">Light Follows Labour</p></div>
<nav class="lw-nav"><ul>{nav}</ul></nav></header>
{notice}<div class="lw-body">
<main class="lw-main">
{main}
</main>
<aside class="lw-aside">
<div class="lw-give"><h3>Support our Scholars</h3><p>Each bursary costs the Company \u00a31,500 a year. Gifts to the Lampwrights' Charitable Trust keep the scheme going.</p><a class="lw-button" href="/give">Make a gift</a></div>
<div class="lw-events"><h3>Forthcoming</h3><ul>{events}</ul></div>
<div class="lw-clerk"><h3>The Clerk</h3><p>{FL_CLERK}, Lampwrights' Hall, Candle Yard, London EC2V</p></div>
</aside>
</div>
<footer class="lw-footer"><p>The Lampwrights' Company Charitable Trust is a registered charity, no. 1092375.</p>
<p>Lampwrights' Hall, Candle Yard, London EC2V \u00b7 <a href="/accessibility">Accessibility</a> \u00b7 <a href="/privacy">Privacy notice</a></p></footer>
</body>
</html>
"""


FL_FRAME_CLUTTER = ["Support our Scholars", "Each bursary costs the Company \u00a31,500 a year.",
                    "Gifts to the Lampwrights' Charitable Trust keep the scheme going.", "Make a gift", "Forthcoming",
                    f"{FL_CLERK}, Lampwrights' Hall, Candle Yard, London EC2V", FL_COMPANY, "Light Follows Labour",
                    "The Lampwrights' Company Charitable Trust is a registered charity, no. 1092375.",
                    "Privacy notice", "Contact the Clerk", "Charity & Education"] + \
                   [f"{d}, {v}" for _, d, v in FL_EVENTS] + [e for e, _, _ in FL_EVENTS]


def flotta(p: Page) -> str:
    rng = p.rng
    site = "flotta"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2018)
    first, last, school = fl_scholar(p.title)
    year = fl_year(p.title)
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(FL_MARGINS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="lw-margin"><span class="lw-margin__label">{esc(label)}</span> {esc(text)}</aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        month = ["October 2018", "November 2018", "October 2017", "November 2017"][turn]
        if turn % 2 == 0:
            caption = f"{first} receiving the bursary certificate from the Master at Lampwrights' Hall, {month}"
            piece = (f'<figure class="lw-figure"><img src="/media/scholars/{digest(site, "photo", p.title, n=10)}.jpg" alt="" width="640" height="427">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Slides {first} used at the Scholars' Essay Evening, {month} (PDF)"
            piece = f'<p class="lw-file"><a href="/media/scholars/{digest(site, "slides", p.title, n=10)}.pdf">{esc(caption)}</a></p>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = FL_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="lw-portal"><p>{esc(said)}</p><a class="lw-button" href="/livery/portal">Livery portal sign-in</a></div>\n')
        p.clutter += [said, "Livery portal sign-in"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>References</h3>"))
        pieces.append(("refs", '<div class="lw-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Length as submitted to the Court: {fmt_int(p.words)} words, or {p.pages} {pages_word(p.pages)} in the Company's yearbook"
    note = FL_MASTER_NOTE.format(master=FL_MASTER, first=first, x=p.card["x"])
    mbox = f'<section class="lw-master"><h3>From the Master</h3><p>{esc(note)}</p></section>\n'
    early = placed_before(site, "master", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="lw-credit">{esc(FL_CREDIT)}</p>\n'
        p.clutter.append(FL_CREDIT)
    byline = f"By {first} {last}, Lampwrights' Scholar {year}, {school}"
    ref_year = 2000 + int(year[-2:])
    referencing = f"{last}, {first} ({ref_year}). {p.title}. {FL_COMPANY}, Scholars' Essays."
    p.clutter += [length, byline, "Lampwrights' Scholars \u00b7 Essay", "From the Master", note, "Crediting this Scholar",
                  referencing, "More Scholars' essays", f"Scholars' Essays \u203a {year}", *FL_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = closer_of(t)
        t_first, t_last, t_school = fl_scholar(t)
        meta = f"{t_first} {t_last}, {t_school}"
        related += (f'<article class="lw-card"><h4><a href="{fl_url(t)}">{esc(t)}</a></h4><p class="lw-card__who">{esc(meta)}</p>'
                    f'<p class="lw-card__end">\u2026 {esc(line)}</p></article>\n')
        p.clutter += [t, line, meta]
    cookie, notice = fl_cookie_and_notice(p)
    main = f"""<p class="lw-crumbs"><a href="/">Home</a> / <a href="/charity-and-education">Charity &amp; Education</a> / <a href="/charity-and-education/scholars-essays">Scholars' Essays</a> / <span>Scholars' Essays \u203a {year}</span></p>
<p class="lw-kicker">Lampwrights' Scholars \u00b7 Essay</p>
<h1>{esc(p.title)}</h1>
<p class="lw-byline">{esc(byline)}</p>
<p class="lw-length">{esc(length)}</p>
{mbox if early else ""}<div class="lw-essay">
{body}
</div>
{wall}{credit}{"" if early else mbox}<section class="lw-ref"><h3>Crediting this Scholar</h3><p>{esc(referencing)}</p></section>
<section class="lw-more"><h2>More Scholars' essays</h2>
{related}</section>"""
    return fl_head(p.title) + "\n" + fl_frame(p, main, cookie, notice)


def flotta_index(ix: IndexPage) -> str:
    """The Company's calendar for the year, naming the essays read at the Scholars' evening."""
    cookie, notice = fl_cookie_and_notice(ix)
    readings = ""
    for t in ix.site_titles[:6]:
        f_, l_, school = fl_scholar(t)
        readings += f"<li>{esc(t)} ({esc(f_)} {esc(l_)}, {esc(school)})</li>"
    main = f"""<p class="lw-crumbs"><a href="/">Home</a> / <span>Events</span></p>
<h1>Calendar of Company events, 2019</h1>
<p>Events marked with a lamp are open to guests of Liverymen. Please reply to the Clerk at least three weeks before each event.</p>
<table class="lw-calendar">
<tr><th>Date</th><th>Event</th><th>Place</th></tr>
<tr><td>23 January</td><td>Court meeting and Court luncheon</td><td>Lampwrights' Hall</td></tr>
<tr><td>7 March</td><td>Installation of new Freemen</td><td>Lampwrights' Hall</td></tr>
<tr><td>24 June</td><td>Common Hall and election of Wardens</td><td>St Vedast Foster Lane</td></tr>
<tr><td>18 July</td><td>Summer river outing</td><td>Tower Pier</td></tr>
<tr><td>10 October</td><td>Scholars' Essay Evening (a lamp event)</td><td>Lampwrights' Hall</td></tr>
<tr><td>14 November</td><td>Livery Dinner</td><td>Mansion House</td></tr>
</table>
<h2>At the Scholars' Essay Evening</h2>
<p>Six of our Scholars will read from their essays, followed by questions from the floor and a light supper.</p>
<ul>{readings}</ul>"""
    return fl_head("Events") + "\n" + fl_frame(ix, main, cookie, notice)


# ---- 3. bressay: a gopher phlog seen through an HTTP proxy, 2021 ----------------------------------------------

BR_PROXY = "Gopherlane"
BR_HOLE = "tammienorie.zone"
BR_USER = "tystie"
BR_WIDTH = 66
BR_ASIDES = [  # (label, text) pairs written into the file as bracketed lines
    ("aside:", "I typed most of this on the ferry, so blame the swell for any slips"),
    ("aside:", "a reader mailed me a correction here, now folded in"),
    ("note to self:", "find the second volume before writing more on this"),
    ("note to self:", "the library copy had someone's pencil ticks all down this page"),
    ("edit:", "softened this paragraph after a long thread on the club board"),
    ("footnote:", "page numbers are from the paperback, not the first edition"),
]
BR_NOTICES = [
    "Gopherlane changes hosts on Saturday night; expect an hour or so of silence.",
    "Proxy note: very large files are now cut short to spare the little machine that runs this.",
    "Gopherlane turns nine this month. Thanks to everyone who still reads plain text.",
]
BR_PRIVACY = "Gopherlane keeps no logs and sets no tracking files; each request passes straight through to the gopher server."
BR_CREDIT = "typed in a text editor older than some of my readers, on a laptop from 1991"
BR_WALL = ("Gopherlane stopped fetching here: the remaining {words} words of this file were not loaded. "
           "Open the gopher address in a real gopher client to read the rest.")
BR_ENTRY_DATES = (date(2020, 11, 3), 9)  # first entry, days between entries


def br_rank(title: str) -> int:
    return SITE_TITLES["bressay"].index(title)


def br_date(title: str) -> date:
    start, step = BR_ENTRY_DATES
    return start + timedelta(days=step * br_rank(title) + number("bressay", "day", title, mod=4))


def br_selector(title: str) -> str:
    return f"/0/phlog/{br_date(title).isoformat()}-{slug(title)}.txt"


def br_wrap(text: str, first: str = "", rest: str = "") -> str:
    return textwrap.fill(text, width=BR_WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def br_block(kind: str, value) -> str:
    if kind == "heading":
        return f"{value}\n{'-' * len(value)}"
    if kind == "paragraph":
        return br_wrap(value)
    if kind == "quote":
        return br_wrap(value, "        ", "        ")
    ordered, items = value
    return "\n".join(br_wrap(item, f"  {n}. " if ordered else "  * ", "     " if ordered else "    ")
                     for n, item in enumerate(items, 1))


def br_head(gopher_url: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(gopher_url)}</title>
<style>body{{background:#fdfdf6;color:#222;margin:0}} pre{{font:15px/1.35 monospace;margin:1em 2em}} .gl-bar,.gl-foot{{font:13px sans-serif;background:#223;color:#eee;padding:.5em 2em}}</style>
</head>"""


def br_frame(page, gopher_url: str, text: str, notice: str, privacy: str) -> str:
    return f"""<body>
<div class="gl-bar">{BR_PROXY} \u00b7 fetched <code>{esc(gopher_url)}</code> \u00b7 <a href="/raw?url={esc(gopher_url)}">raw file</a> \u00b7 <a href="/?url=gopher://{BR_HOLE}/1/phlog">up one level</a></div>
{notice}<pre class="gl-text">
{text}
</pre>
<div class="gl-foot"><p>{BR_PROXY} is a free HTTP window onto Gopherspace. For the real experience, use a gopher client.</p>{privacy}</div>
</body>
</html>
"""


def br_notice_and_privacy(page) -> tuple[str, str]:
    site = "bressay"
    notice = privacy = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="gl-bar gl-news">{esc(BR_NOTICES[turn])}</div>\n'
            page.clutter.append(BR_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        privacy = f"<p>{esc(BR_PRIVACY)}</p>"
        if isinstance(page, Page):
            page.clutter.append(BR_PRIVACY)
    return notice, privacy


def bressay(p: Page) -> str:
    rng = p.rng
    site = "bressay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2020)
    posted = br_date(p.title)
    gopher_url = f"gopher://{BR_HOLE}{br_selector(p.title)}"
    pieces = [("heading" if k == "heading" else "lead" if k == "paragraph" and v.rstrip().endswith(":") else "text",
               esc(br_block(k, v))) for k, v in p.visible()]
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(BR_ASIDES)
        said = f"[{label} {text}]"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", esc(said)))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"(rough ascii sketch of {p.card['setting']}, not to scale)"
            art = "      .-~~~-.        __\n   .-~       ~-.__.-~  ~-.\n  (    +             x    )\n   ~-.___       ___.-~~~\n         ~~---~~"
            piece = esc(art) + "\n" + esc(caption)
        else:
            caption = f"a scan of the page I keep quoting, from my own copy ({posted.strftime('%B %Y')})"
            piece = f'(IMG) <a href="/?url=gopher://{BR_HOLE}/I/scans/{digest(site, "scan", p.title, n=8)}.png">{esc(caption)}</a>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = BR_WALL.format(words=fmt_int(p.rest_words()))
        wall = f'</pre>\n<div class="gl-bar gl-limit"><p>{esc(said)}</p></div>\n<pre class="gl-text">'
        p.clutter.append(said)
    if p.cut is None and p.refs:
        pieces.append(("heading", "Sources\n-------"))
        pieces.append(("refs", "\n".join(esc(plain) for plain, _ in p.refs)))
    changelog = (f"changelog: {(posted + timedelta(days=6)).isoformat()} fixed a date in the part about {p.card['strands'][0]}; "
                 f"{posted.isoformat()} first posted")
    early = placed_before(site, "changelog", p)
    length = f"[ {fmt_int(p.words)} words here -- about {p.pages} {pages_word(p.pages)} if you fed it to a line printer ]"
    rule = "_" * BR_WIDTH
    top = [rule, "", f"  {esc(p.title)}", rule, f" entry {posted.isoformat()} -- posted by ~{BR_USER}", esc(length), ""]
    if early:
        top += [esc(changelog), ""]
    tail = []
    if not early:
        tail += ["", esc(changelog)]
    if carries(site, "credit", 6, p):
        tail += ["", f"-- {esc(BR_CREDIT)}"]
        p.clutter.append(BR_CREDIT)
    related = ["", "", "Mentioned elsewhere on this phlog:"]
    for t in rng.sample(p.others, 3):
        line = second_lead_of(t)
        related.append(f'  (TXT) <a href="/?url=gopher://{BR_HOLE}{br_selector(t)}">{br_date(t).isoformat()}  {esc(t)}</a>')
        related.append(esc(br_wrap(f"\u201c{line}\u201d", "        ", "        ")))
        p.clutter += [t, line]
    related += ["", f'  (DIR) <a href="/?url=gopher://{BR_HOLE}/1/phlog">back to the phlog</a>',
                f'  (DIR) <a href="/?url=gopher://{BR_HOLE}/1/">back to the {BR_HOLE} root</a>']
    p.clutter += [length, f"entry {posted.isoformat()} -- posted by ~{BR_USER}", changelog, "Mentioned elsewhere on this phlog",
                  "back to the phlog", f"back to the {BR_HOLE} root", "raw file", "up one level", f"fetched {gopher_url}",
                  f"{BR_PROXY} is a free HTTP window onto Gopherspace.", "For the real experience, use a gopher client."]
    text = "\n".join(top) + "\n" + "\n\n".join(h for _, h in pieces) + wall + "\n".join(tail) + "\n".join(related)
    notice, privacy = br_notice_and_privacy(p)
    return br_head(gopher_url) + "\n" + br_frame(p, gopher_url, text, notice, privacy)


def bressay_index(ix: IndexPage) -> str:
    """The phlog's gopher menu, or the plain-text colophon of the hole."""
    notice, privacy = br_notice_and_privacy(ix)
    if ix.kind == "menu":
        gopher_url = f"gopher://{BR_HOLE}/1/phlog"
        lines = [f"i  ~{BR_USER}'s phlog: history, mostly, read slowly", "i", "i  newest first. plain text, 66 columns.", "i"]
        for t in reversed(ix.site_titles):
            lines.append(f'(TXT) <a href="/?url=gopher://{BR_HOLE}{br_selector(t)}">{br_date(t).isoformat()}  {esc(t)}</a>')
        lines += ["i", f'(DIR) <a href="/?url=gopher://{BR_HOLE}/1/phlog/2020">older entries (2019\u20132020)</a>',
                  f'(TXT) <a href="/?url=gopher://{BR_HOLE}/0/colophon.txt">colophon</a>']
        return br_head(gopher_url) + "\n" + br_frame(ix, gopher_url, "\n".join(lines), notice, privacy)
    gopher_url = f"gopher://{BR_HOLE}/0/colophon.txt"
    prose = [
        f"This hole lives on a single-board computer in a cupboard under my stairs. It has served the phlog since 2019, "
        f"and it goes down whenever the cupboard is opened too hard, so be patient with it.",
        "I write here about history because plain text suits long arguments. There are no comments, no counters and no "
        "pictures beyond the odd scan, and I like it that way. If you want to reply, send me an email and I may quote "
        "you in a later entry, with your permission.",
        "Every entry is written first on paper, then typed up over a few evenings. Mistakes are fixed in place and logged "
        "in a changelog line, so you can see what changed and when.",
    ]
    text = "colophon\n--------\n\n" + "\n\n".join(esc(br_wrap(s)) for s in prose) + f"\n\n  (DIR) <a href=\"/?url=gopher://{BR_HOLE}/1/phlog\">back to the phlog</a>"
    return br_head(gopher_url) + "\n" + br_frame(ix, gopher_url, text, notice, privacy)


# ---- 4. trondra: a seventeenth-century living-history society's research papers, 2016 --------------------------

TR_SOCIETY = "Coldharbour's Company of Foote"
TR_HOST = "www.coldharbourfoote.org.uk"
TR_MEMBERS = [  # rank, first, last
    ("Serjeant", "Barnabas", "Roebuck"), ("Corporal", "Eudora", "Mockridge"), ("Ensign", "Aldric", "Pargeter"),
    ("Drummer", "Bathsheba", "Alabaster"), ("Pikeman", "Hamish", "Trevaskis"), ("Musketeer", "Clemmie", "Brackley"),
    ("Captain", "Tancred", "Nethercott"), ("Sutler", "Eglantine", "Wolstenholme"), ("Pikeman", "Oswin", "Tamplin"),
]
TR_OFFICER = "Corporal Eudora Mockridge"
TR_MUSTERS = [("Candlemas", date(2015, 2, 7)), ("Lady Day", date(2015, 3, 28)), ("Midsummer", date(2015, 6, 20)),
              ("Lammas", date(2015, 8, 1)), ("Michaelmas", date(2015, 9, 26)), ("Martinmas", date(2015, 11, 14)),
              ("Twelfth Night", date(2016, 1, 9)), ("Candlemas", date(2016, 2, 6))]
TR_TIPS = [  # (label, text) pairs boxed inside the paper
    ("Kit tip:", "no zips, no trainers and no wristwatches on the field, however cold it gets"),
    ("Kit tip:", "wool hose stay warm when wet; the cotton ones from the fair do not"),
    ("Drill note:", "pikes are ported on the word of command, never before it"),
    ("Drill note:", "new recruits march at the rear of the block for their first season"),
    ("For the public display:", "this is a good story for the crowd at the camp, told in under two minutes"),
    ("Authenticity query:", "can anyone find a dated inventory to back this up?"),
    ("Authenticity query:", "the committee would welcome a second source for this detail"),
]
TR_NOTICES = [
    "Muster fees for the 2016 season are due by 31 March; pay the treasurer or use the form in the forum.",
    "Insurance reminder: members must renew their society card before carrying a musket at any event.",
    "The kit store at the barn opens for fittings on first Saturdays.",
]
TR_COOKIE = "Cookies on this website only remember whether you are logged in to the Members' Forum."
TR_CREDIT = "The authenticity committee checked this paper against the Company's own sources before it was filed."
TR_WALL = ("Members only: the other {words} words of this paper sit in the Members' Forum. "
           "Log in with your muster roll number to read on.")
TR_NOTE = ("Passed for the paper library by {officer}, authenticity officer. Recruits should read this paper on {x} "
           "before their first muster with the Company.")
TR_SUTLERS = ["Pewter & Pipeclay, sutlers to the Company", "Hodden Grey Cloth Co., woollens by the yard",
              "The Leather Bottel, drinking vessels and buff coats"]
TR_NAV = ["About the Company", "Musters 2016", "Kit Guide", "Research Papers", "Join Us", "Members' Forum"]


def tr_member(title: str) -> tuple[str, str, str]:
    return TR_MEMBERS[number("trondra", "member", title, mod=len(TR_MEMBERS))]


def tr_muster(title: str) -> tuple[str, date]:
    return TR_MUSTERS[SITE_TITLES["trondra"].index(title) % len(TR_MUSTERS)]


def tr_url(title: str) -> str:
    return f"/research-papers/{slug(title)}.html"


def tr_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} - {TR_SOCIETY}</title>
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/foote.css" rel="stylesheet">
</head>"""


def tr_cookie_and_notice(page) -> tuple[str, str]:
    site = "trondra"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="alert alert-warning" role="alert">{esc(TR_NOTICES[turn])}</div>\n'
            page.clutter.append(TR_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div class="navbar-fixed-bottom cookie-bar"><div class="container"><p>{esc(TR_COOKIE)} '
                  f'<button class="btn btn-default btn-xs">Close</button></p></div></div>\n')
        if isinstance(page, Page):
            page.clutter.append(TR_COOKIE)
    return cookie, notice


def tr_side(index: int) -> tuple[str, list[str]]:
    sutler = TR_SUTLERS[index % len(TR_SUTLERS)]
    pikes, muskets = 24 + index % 5, 31 + index % 7
    lines = ["Next muster: Saturday 16 April 2016 at Oakhanger Manor Farm", "Camp opens Friday at 4pm; drill on the field at 10am",
             f"Company strength this season: {pikes} pikes, {muskets} muskets, 3 drums", f"Supported by {sutler}"]
    html_ = (f'<div class="panel panel-default"><div class="panel-heading">Next muster</div><div class="panel-body"><p>{esc(lines[0])}</p><p>{esc(lines[1])}</p></div></div>\n'
             f'<div class="panel panel-default"><div class="panel-heading">The Company</div><div class="panel-body"><p>{esc(lines[2])}</p></div></div>\n'
             f'<div class="panel panel-default sutler"><div class="panel-body"><p>{esc(lines[3])}</p></div></div>')
    return html_, lines


def tr_frame(page, main: str, side: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/{slug(n)}.html">{esc(n)}</a></li>' for n in TR_NAV)
    return f"""<body>
<nav class="navbar navbar-inverse foote-top"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/">{TR_SOCIETY}</a></div>
<ul class="nav navbar-nav">{nav}</ul></div></nav>
<div class="container">
{notice}<div class="row">
<div class="col-md-8">
{main}
</div>
<div class="col-md-4">
{side}
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>{TR_SOCIETY} recreates a London regiment of foot of the 1640s for schools, museums and shows.</p>
<p>Registered charity no. 1104519 \u00b7 Member society of the Living History Guild \u00b7 <a href="/contact.html">Contact the Adjutant</a></p></div></footer>
{cookie}<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.min.js"></script>
</body>
</html>
"""


TR_FRAME_CLUTTER = [f"{TR_SOCIETY} recreates a London regiment of foot of the 1640s for schools, museums and shows.",
                    "Registered charity no. 1104519", "Member society of the Living History Guild", "Contact the Adjutant",
                    "About the Company", "Musters 2016", "Members' Forum"]


def trondra(p: Page) -> str:
    rng = p.rng
    site = "trondra"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2015)
    rank, first, last = tr_member(p.title)
    muster, held = tr_muster(p.title)
    pieces = shown_pieces(p, lambda v: f"<h4>{esc(v)}</h4>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", lambda o, i: tagged_list(o, i))
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(TR_TIPS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="alert alert-info tip"><strong>{esc(label)}</strong> {esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            event = ["Basing House muster, May 2015", "Tewkesbury camp, July 2015"][turn // 2]
            caption = f"The Company's pike block at the {event}"
            piece = (f'<div class="thumbnail"><img src="/img/musters/{digest(site, "photo", p.title, n=10)}.jpg" alt="Pike block">'
                     f'<div class="caption"><p>{esc(caption)}</p></div></div>')
        else:
            item = ["snapsack", "montero cap"][turn // 2]
            caption = f"Pattern drawing: a {item}, from the Company's kit guide"
            piece = (f'<div class="thumbnail"><img src="/img/kit/{digest(site, "kit", p.title, n=10)}.png" alt="Pattern drawing">'
                     f'<div class="caption"><p>{esc(caption)}</p></div></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = TR_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="well members-only"><p>{esc(said)}</p><a class="btn btn-primary" href="/forum/login">Log in to the forum</a></div>\n')
        p.clutter += [said, "Log in to the forum"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h4>Further reading</h4>"))
        pieces.append(("refs", '<div class="paper-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Length of this paper: {fmt_int(p.words)} words, {p.pages} {'side' if p.pages == 1 else 'sides'} of A4 in the muster pack"
    note = TR_NOTE.format(officer=TR_OFFICER, x=p.card["x"])
    nbox = f'<div class="panel panel-info officer"><div class="panel-heading">Authenticity officer\'s note</div><div class="panel-body"><p>{esc(note)}</p></div></div>\n'
    early = placed_before(site, "officer", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="text-muted credit">{esc(TR_CREDIT)}</p>\n'
        p.clutter.append(TR_CREDIT)
    byline = f"by {rank} {first} {last}, read at the {muster} muster, {long_date(held)}"
    side, side_lines = tr_side(p.index)
    p.clutter += [length, byline, "Research Papers \u00b7 Authenticity Committee", "Authenticity officer's note", note,
                  "From the paper library", *side_lines, *TR_FRAME_CLUTTER, f"Research Papers \u203a {p.category}"]
    related = ""
    for t in rng.sample(p.others, 3):
        line = first_link_of(t)
        t_rank, t_first, t_last = tr_member(t)
        meta = f"{t_rank} {t_first} {t_last}"
        related += (f'<div class="media"><div class="media-body"><h4 class="media-heading"><a href="{tr_url(t)}">{esc(t)}</a></h4>'
                    f'<p class="small">{esc(meta)}</p><p><em>{esc(line)}</em></p></div></div>\n')
        p.clutter += [t, line, meta]
    cookie, notice = tr_cookie_and_notice(p)
    main = f"""<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/research-papers.html">Research Papers</a></li><li class="active">Research Papers \u203a {esc(p.category)}</li></ol>
<p class="lead-in">Research Papers \u00b7 Authenticity Committee</p>
<h2 class="paper-title">{esc(p.title)}</h2>
<p class="paper-by">{esc(byline)}</p>
<p class="paper-length"><span class="glyphicon glyphicon-file"></span> {esc(length)}</p>
{nbox if early else ""}<div class="paper-body">
{body}
</div>
{wall}{credit}{"" if early else nbox}<h3>From the paper library</h3>
{related}"""
    return tr_head(p.title) + "\n" + tr_frame(p, main, side, cookie, notice)


def trondra_index(ix: IndexPage) -> str:
    """The season's muster calendar, listing the paper to be read at each."""
    cookie, notice = tr_cookie_and_notice(ix)
    side, _ = tr_side(ix.index)
    places = ["Oakhanger Manor Farm", "Basing House", "Tewkesbury", "Boscobel", "Bolsover", "Donnington Castle"]
    rows = ""
    for k, t in enumerate(ix.site_titles[:6]):
        rank, first, last = tr_member(t)
        rows += (f"<tr><td>{esc(places[k])}</td><td>{esc(['April', 'May', 'June', 'July', 'August', 'September'][k])} 2016</td>"
                 f"<td>{esc(t)} ({esc(rank)} {esc(first)} {esc(last)})</td></tr>")
    main = f"""<ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Musters 2016</li></ol>
<h2>Muster calendar, 2016 season</h2>
<p>Every muster opens with drill and ends with a paper read by a member round the fire on the Saturday night. Full kit is required from the Friday evening.</p>
<table class="table table-striped"><thead><tr><th>Place</th><th>Month</th><th>Paper to be read</th></tr></thead><tbody>{rows}</tbody></table>
<p>Members who wish to read a paper should send a draft to the authenticity officer six weeks before the muster.</p>"""
    return tr_head("Musters 2016") + "\n" + tr_frame(ix, main, side, cookie, notice)


# ------------------------------------------------------------------------------------------------------ runner

SITES = {  # host folder -> (page writer, no-essay writer, no-essay kinds, teaser cuts, pages with a reference list)
    "graemsay": (graemsay, graemsay_index, ["agenda", "archive"], 3, 4),   # evaluator's notes above or below
    "flotta": (flotta, flotta_index, ["calendar"], 3, 4),                  # the Master's word above or below
    "bressay": (bressay, bressay_index, ["menu", "colophon"], 2, 3),       # changelog above or below
    "trondra": (trondra, trondra_index, ["musters"], 3, 4),                # authenticity officer's note above or below
}


def essays_needed() -> int:
    return sum(PAGES_PER_SITE - len(kinds) for _, _, kinds, _, _ in SITES.values())


def units_of(essay: dict) -> set[str]:
    """Every paragraph, quotation and bullet of over five words, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes through the shuffled cards writing one essay each; an essay sharing a long unit with one already
    kept (either way round) is thrown away. Stops once `need` are kept."""
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


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Which page numbers (first and last excluded) carry the host's no-essay pages, and of which kind."""
    spots = sorted(random.Random(f"set30:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: list[dict]) -> list[str]:
    """Writes every host's pages and notes; gives back SOURCES.tsv lines, page by page. Teaser cuts and
    reference lists are drawn among essay pages only, as in the first set's writer."""
    rows = []
    start = 0
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[start:start + len(ESSAY_PAGES[name])]
        start += len(mine)
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        teaser_set, cited_set = set(order[:teasers]), set(order[teasers:teasers + cited])
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                (folder / f"page-{n:02d}.html").write_text(lister(ix), "utf-8")
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            (folder / f"page-{n:02d}.html").write_text(writer(page), "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2030)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = essays_needed()
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} pages with no essay)")


if __name__ == "__main__":
    main()

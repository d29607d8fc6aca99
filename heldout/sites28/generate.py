"""Held-out site set 28 (issue 13): four new kinds of essay-hosting site, each eighteen pages long, for a
single first-contact measurement of site learning.

    usage (project interpreter): generate.py OUTDIR [--seed 2028]

OUTDIR receives one folder per site: eighteen numbered pages (page-NN.html) plus a truth/ folder whose
notes follow the format that bench/scoring.py reads. Two or three pages in each folder carry no essay at all
(a section index, a search page, a journal contents page, a contest's rules or winners' table, a grid of
award holders); their notes say no_essay. Every essay is composed here, out of topic cards and pools of
sentences that exist in this file alone, one card per essay page, and OUTDIR/SOURCES.tsv records which card went where. Given
the seed, the output never changes.

Sites (page kinds):
  nolsoy   An online school's help-centre knowledge base, 2021, where teachers post model essays as
           support articles: a section sidebar of sibling articles, callout boxes within the text, a
           reading-aim box that moves between top and bottom, a yes/no usefulness poll, related articles
           that quote each model's thesis sentence, student comments and a sign-in wall for enrolled pupils
  skuvoy   A county family-history society's old-fashioned website, 2015, reprinting members' essays from
           its quarterly journal: issue badge, member number, research-tip boxes, an editor's note that
           sits on top for some articles and at the foot for others, surname interests, a members-only wall, a visitor counter
           and an "also in this issue" list that quotes each article's first dated fact
  mykines  A county bar association's Law Day pages, 2019, showing its schools' essay contest winners:
           placement ribbon, certified count, committee notes set as block quotes, a theme box, referral
           and CLE widgets, sponsor logos, a member-portal wall, and other winners quoted by their last
           twenty words; a winners' table and a rules page stand beside the entries
  koltur   A scholarship foundation's award-holder pages, 2018, built with a page builder: its main
           heading names the scholar, the essay title sits lower down, a biography leads or trails,
           panel remarks, a donation band, an e-mail wall and cards quoting the opening sentence of each
           essay's closing section

Taken without edits from the first three generators: truth-note writing, Works Cited lists, HTML escaping, number
formatting and the in-body insertion point.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import math
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

# ------------------------------------------------------------------------------------------------ topic cards
# A card is one line of eleven fields divided by "|": title, subject, x (what the episode is called),
# people (plural), setting, period (naming some four-digit year), strands (three, divided by ";"), thesis
# and rival (each continues a sentence after "that"), then a pair of facts. A fact's only full stop closes
# it, which keeps any sentence splitter from cutting a fact apart.

ESSAY_CARDS = """
Prisoners of the Forced Loan | legal history | the Five Knights' case | Sir Thomas Darnell and four other knights, King Charles I and the King's Bench judges | Westminster Hall, where King's Bench sat | 1626 to 1628 | the forced loan that the knights refused to pay; the judges' refusal to release them on bail; the Petition of Right that followed | the judges' caution in one case pushed Parliament to write its grievances down in law | the case was a narrow dispute about bail with no wider meaning | Five knights were imprisoned in 1627 for refusing to contribute to the forced loan. | Parliament presented the Petition of Right to King Charles I in 1628.
Butchers and the Fourteenth Amendment | constitutional history | the Slaughter-House decision | the butchers of New Orleans, the Crescent City slaughterhouse company and Justice Samuel Miller | New Orleans and the justices' chamber in Washington | 1869 to 1873 | the state law that granted a slaughtering monopoly; the butchers' appeal to the new amendment; the narrow reading of privileges and immunities | a quarrel over public health ended up shrinking the rights promised to freed people | the court rightly left ordinary trade rules to the states | Louisiana gave a single company the right to slaughter animals in New Orleans in 1869. | The Supreme Court decided the Slaughter-House Cases by five votes to four in 1873.
A Laundry and a Ten-Hour Day | legal history | Muller v Oregon | the laundry owner Curt Muller, the lawyer Louis Brandeis and the researcher Josephine Goldmark | a laundry in Portland and the Supreme Court | 1905 to 1908 | the ten-hour law for women in Oregon's laundries and factories; the long brief filled with reports from doctors and factory inspectors; the court's reasoning about women's bodies | the victory for shorter hours was bought with arguments that treated women as weaker citizens | the decision was a plain step forward for working women | Curt Muller was fined for making a woman work more than ten hours in his Portland laundry in 1905. | The Supreme Court upheld Oregon's ten-hour law for women in February 1908.
Bread, Flour Dust and Liberty of Contract | constitutional history | Lochner v New York | the Utica baker Joseph Lochner, the bakers' union and Justice Oliver Wendell Holmes | the bakeries of New York State | 1895 to 1905 | the Bakeshop Act and its limits on hours; the idea of a liberty of contract; the dissent that later judges preferred | the majority defended a freedom that the bakers themselves had never asked for | the court protected small employers from an unfair law | New York's Bakeshop Act of 1895 limited bakers to ten hours of work a day. | The Supreme Court struck down the bakers' hours limit by five votes to four in April 1905.
Measuring the Earth in Lapland | history of science | the Lapland expedition of Maupertuis | Pierre Louis Moreau de Maupertuis, the astronomer Anders Celsius and the Sami and Finnish people who guided them | the Torne valley where the Gulf of Bothnia ends | 1736 to 1737 | the survey of a chain of triangles along the frozen river; the quarrel between followers of Newton and Cassini; the portrait of Maupertuis flattening the globe | the result won trust through the romance of the journey as much as through careful measurement | the expedition proved beyond argument how the globe is shaped | Pierre Louis Moreau de Maupertuis led an expedition to the Torne valley in 1736 to measure a degree of latitude. | The Lapland measurements supported the view that the earth is flattened at the poles.
A Bird at the Customs House | art history | the customs trial of Brancusi's Bird in Space | Constantin Brancusi, the photographer Edward Steichen and the customs officials of New York | the port of New York and the United States Customs Court | 1926 to 1928 | the duty charged on a polished bronze as if it were metal goods; the witnesses called to say what sculpture was; the judgement that abstract work could be art | the trial turned a taste for modern art into a question that officials had to answer in law | the customs officers were merely following clear rules | Customs officers in New York charged duty on Constantin Brancusi's Bird in Space as manufactured metal in 1926. | The United States Customs Court ruled in November 1928 that Bird in Space was a work of art.
A Republic of Three Hundred Settlers | frontier history | the Republic of Indian Stream | the settlers of the upper Connecticut River, the sheriffs of New Hampshire and the officials of Lower Canada | the disputed land by the Connecticut River's source | 1832 to 1842 | the vague border left by the peace of 1783; the constitution written by the settlers; the arrival of the New Hampshire militia | the republic was a way to avoid paying two sets of taxes rather than a dream of freedom | the settlers were true believers in self-government | Settlers near the source of the Connecticut River adopted a constitution for the Republic of Indian Stream in July 1832. | The Webster-Ashburton Treaty of 1842 placed the Indian Stream territory in the United States.
The State That Congress Never Admitted | frontier history | the State of Franklin | John Sevier, the settlers beyond the Appalachians and the government of North Carolina | the Holston and Nolichucky valleys west of the mountains | 1784 to 1788 | North Carolina's offer of its western lands to Congress; the vote that fell short in Congress; the fighting between rival officials | Franklin failed because its settlers wanted Cherokee land more than they wanted a state | the state collapsed only because North Carolina bullied it | Delegates from western North Carolina counties declared the State of Franklin in 1784. | John Sevier served as the only governor of the State of Franklin.
Seventy-Four Days at Baton Rouge | frontier history | the Republic of West Florida | the Anglo-American planters of the Florida parishes, Fulwar Skipwith and President James Madison | the Spanish fort at Baton Rouge and the parishes east of the Mississippi | 1810 | the capture of the Spanish fort; the lone star flag and the new constitution; the American annexation by proclamation | the rebels staged a revolution in order to be annexed on good terms | the republic was a genuine bid for independence | Rebels seized the Spanish fort at Baton Rouge in September 1810. | President James Madison proclaimed the annexation of West Florida in October 1810.
A King Among the Highlands | colonial history | the Kingdom of Sedang | the adventurer Marie-Charles David de Mayrena, the highland peoples of the Kon Tum plateau and French colonial officials | the central highlands of Annam | 1888 to 1890 | the oaths sworn by highland chiefs; the titles and decorations sold in Europe; the lonely death on a Malay island | the kingdom existed mainly in the newspapers and the order books of Paris | Mayrena was a useful agent of French expansion | Marie-Charles David de Mayrena proclaimed himself king of the Sedang in 1888. | Mayrena died on the island of Tioman in 1890.
A Lawyer Crowned in the South | colonial history | the Kingdom of Araucania | the French lawyer Orelie-Antoine de Tounens, the Mapuche chiefs and the Chilean authorities | the lands south of the Bio Bio river | 1860 to 1862 | the proclamation of a constitutional monarchy; the Mapuche leaders who listened to the stranger; the arrest and the verdict of insanity | the Mapuche used the Frenchman as much as he used them | the kingdom was a harmless fantasy with no local meaning | The French lawyer Orelie-Antoine de Tounens proclaimed himself king of Araucania in 1860. | Chilean authorities arrested Tounens in 1862 and sent him back to France.
Nine Months Before Zeelandia | colonial history | the siege of Fort Zeelandia | Zheng Chenggong, known as Koxinga, the Dutch governor Frederick Coyett and the garrison of the Dutch company | the Dutch fort on the coast of Taiwan | 1661 to 1662 | the landing of Koxinga's fleet; the long siege and the failed relief expedition; the blame placed on Coyett by the company | the company lost Taiwan through its own quarrels as much as through Chinese strength | the Dutch were simply overwhelmed by numbers | Zheng Chenggong landed on Taiwan with a large fleet in April 1661. | Frederick Coyett surrendered Fort Zeelandia to Zheng Chenggong in February 1662.
Jesuits at the Amur Frontier | diplomatic history | the Treaty of Nerchinsk | the Russian envoy Fyodor Golovin, the Qing minister Songgotu and the Jesuit interpreters Jean-Francois Gerbillon and Thomas Pereira | the fort of Nerchinsk beyond Lake Baikal | 1685 to 1689 | the sieges of the Russian post at Albazin; the talks held in Latin through Jesuit priests; the border drawn along mountains nobody had mapped | the treaty worked because each court could describe it to itself as a victory | Russia was simply forced to give way to a stronger empire | Qing forces besieged the Russian fort at Albazin in 1685 and again in 1686. | Russia and the Qing empire signed the Treaty of Nerchinsk in 1689.
Tea for Furs at the Border | economic history | the Kyakhta trade | the merchant diplomat Sava Vladislavich, Russian fur traders and Chinese tea merchants | the twin border towns of Kyakhta and Maimaicheng | 1727 to 1860 | the treaty that fixed one place for trade; the exchange of furs for tea and cloth; the long overland caravans across Siberia | the border trade survived because both courts pretended it was less important than it was | the trade was a small sideshow to the sea routes | Russia and the Qing empire signed the Treaty of Kyakhta in 1727. | Chinese merchants traded at Maimaicheng, across the border from Kyakhta.
Eleven Sailors at Sakai | Japanese history | the Sakai incident | the samurai of the Tosa domain, the sailors of the French ship Dupleix and the new imperial government | the port of Sakai near Osaka | 1868 | the shooting of the French boat crew; the French demand for executions; the ritual deaths halted after eleven | the new government sacrificed the Tosa men to prove that it could keep order | the samurai acted on their own in a simple outburst of hatred | Samurai from Tosa killed eleven French sailors at Sakai in March 1868. | The ritual suicides of the Tosa samurai were stopped after eleven of them had died.
Rice, Fire and a Former Police Officer | Japanese history | the rising of Oshio Heihachiro | the former police officer Oshio Heihachiro, his students and the poor of Osaka | the merchant city of Osaka | 1836 to 1837 | the famine prices of rice; the sale of Oshio's books to feed the poor; the fire that burned a fifth of the city | the rising failed in a day but taught the shogunate's critics that an official could rebel | the rising was the act of a single unstable scholar | Oshio Heihachiro led a rising in Osaka in March 1837. | Oshio Heihachiro had sold his library to buy food for the poor of Osaka.
A Sultan at Dali | Chinese history | the Panthay rebellion | Du Wenxiu, the Hui Muslims of Yunnan and the Qing generals | the city of Dali in Yunnan | 1856 to 1873 | the mining disputes that began the violence; the state that Du Wenxiu built at Dali; the siege and surrender of the city | the rebellion grew from fights over mines before it became a fight over faith | faith alone drove the rising from the start | Du Wenxiu proclaimed himself sultan at Dali in Yunnan in 1856. | Du Wenxiu died during the fall of Dali to Qing forces.
Gunboats After a Riot in Yangzhou | Chinese history | the Yangzhou riot | the missionary James Hudson Taylor, the consul Walter Medhurst and the gentry of Yangzhou | the Grand Canal city of Yangzhou | 1868 to 1869 | the rumours spread against the mission house; the attack on the missionaries; the consul's gunboats and the debate in London | the use of gunboats did more harm to the missions than the riot itself | the consul's show of force protected every foreigner in China | A crowd attacked the China Inland Mission house in Yangzhou in August 1868. | Consul Walter Medhurst took gunboats to Nanjing to demand redress for the Yangzhou riot.
Reformers in the Minangkabau Highlands | Indonesian history | the Padri War | the Padri reformers, the adat chiefs of Minangkabau and the Dutch colonial army | the highlands of west Sumatra | 1803 to 1837 | the Padri campaign against gambling and cockfighting; the chiefs' appeal to the Dutch; the fall of Bonjol | the Dutch entered the highlands as allies of one side and left as masters of both | the Padri fighting was simply a religious struggle | Minangkabau chiefs signed an agreement with the Dutch against the Padri in 1821. | Dutch forces captured the Padri leader Tuanku Imam Bonjol in 1837.
Three Priests and a Mutiny | Philippine history | the Cavite mutiny | the workers of the Cavite arsenal, the priests Mariano Gomez, Jose Burgos and Jacinto Zamora and the Spanish governor Rafael de Izquierdo | the arsenal at Cavite and the field of Bagumbayan in Manila | 1872 | the end of the arsenal workers' tax exemption; the charge that Filipino priests had planned a revolt; the public executions of the three | a small local mutiny was turned into a plot so that the government could silence secular priests | the priests really were the leaders of a planned rising | Workers and soldiers at the Cavite arsenal mutinied in January 1872. | The priests Mariano Gomez, Jose Burgos and Jacinto Zamora were executed in Manila in February 1872.
A Treaty Signed with Blankets | Australian history | Batman's treaty | the grazier John Batman, the Wurundjeri elders and Governor Richard Bourke | the country around Port Phillip Bay | 1835 | the meeting on the banks of a creek; the payment in blankets, knives and flour; the governor's proclamation against it | the treaty was voided not to protect Aboriginal land but to keep the Crown's claim to it | the treaty was an honest attempt to deal fairly | John Batman claimed in June 1835 to have bought about 600,000 acres around Port Phillip from Wurundjeri elders. | Governor Richard Bourke declared Batman's treaty void in August 1835.
The Prophet's Settlement in the Urewera | New Zealand history | the police raid on Maungapohatu | the prophet Rua Kenana, his followers and the armed police sent from Auckland | the settlement of Maungapohatu in the Urewera | 1907 to 1916 | the building of the prophet's community; the charges over selling liquor; the raid and the shooting | the raid punished Rua for his independence rather than for any crime | the police were enforcing ordinary law | Armed police arrested Rua Kenana at Maungapohatu in April 1916. | Two men, one of them Rua Kenana's son Toko, were killed in the raid on Maungapohatu.
Fish and a Signature | Canadian history | the Halibut Treaty | the minister Ernest Lapointe, Prime Minister Mackenzie King and the British ambassador in Washington | the fishing grounds of the north Pacific | 1923 | the decline of the halibut stocks; the question of who would sign for Canada; the closed season agreed by the two countries | a small fishing deal changed the empire because King chose to make it a test | the treaty mattered only to fishermen | Ernest Lapointe signed the Halibut Treaty for Canada in Washington in March 1923. | The Halibut Treaty created a closed winter season for halibut fishing in the north Pacific.
A Governor General Says No | Canadian history | the King-Byng affair | Prime Minister Mackenzie King, Governor General Lord Byng and Arthur Meighen | Parliament Hill in Ottawa | 1925 to 1926 | the customs scandal that threatened King's minority government; the refusal of a dissolution; the short Meighen government and the election | King won the argument by turning a constitutional question into a national one | Byng acted correctly and was treated unfairly | Lord Byng refused Mackenzie King's request for a dissolution of Parliament in June 1926. | Mackenzie King won the federal election of September 1926.
A Rescue in Syracuse | American history | the Jerry Rescue | the escaped slave William Henry, known as Jerry, the abolitionists of Syracuse and the federal marshals | the city of Syracuse in New York | 1851 to 1852 | the arrest under the new fugitive slave law; the crowd that broke into the police office; the prosecutions that produced almost no convictions | the rescue showed that the fugitive slave law could not be enforced where neighbours refused | the rescue was mob violence that weakened the rule of law | Federal marshals arrested William Henry, known as Jerry, in Syracuse in October 1851. | A crowd broke into the police office in Syracuse and freed Jerry, who later escaped to Canada.
Invaders on the Powder River | American history | the Johnson County War | the large ranchers of the stock growers' association, their hired gunmen from Texas and the homesteaders of Johnson County | the ranges around Buffalo in Wyoming | 1892 | the list of men the invaders meant to kill; the siege of the KC ranch; the cavalry that rescued the invaders | the invasion was a war by the rich upon small settlers with the state looking on | the ranchers were defending themselves against rustlers | Gunmen hired by Wyoming cattlemen killed Nate Champion at the KC ranch in April 1892. | United States cavalry took the surrounded invaders into custody at the TA ranch.
Ladders and Lashes in Matanzas | Caribbean history | the Escalera conspiracy | Captain General Leopoldo O'Donnell, the free people of colour of Matanzas and the poet Placido | the sugar district of Matanzas in Cuba | 1843 to 1844 | the slave risings of 1843; the tribunals that tied suspects to ladders for flogging; the execution of Placido and others | the conspiracy was largely built by the inquiry that claimed to uncover it | a real plot of huge size threatened the colony | The poet Gabriel de la Concepcion Valdes, known as Placido, was executed at Matanzas in June 1844. | Military tribunals in Cuba interrogated thousands of suspects during 1844.
The Colonel Who Sold the Plans | European history | the Redl affair | Colonel Alfred Redl, the officers of the Austro-Hungarian general staff and the journalist Egon Erwin Kisch | the Hotel Klomser in Vienna | 1913 | the letters of money collected at the post office; the revolver left in the colonel's room; the cover-up exposed by a Prague newspaper | the army's rush to hush up the affair did it more damage than the spying | Redl's betrayal decided the war's first battles | Colonel Alfred Redl shot himself in a Vienna hotel in May 1913. | Alfred Redl had passed Austro-Hungarian military secrets to Russia.
A Missing Girl at Tiszaeszlar | European history | the Tiszaeszlar trial | the family of Eszter Solymosi, the accused Jewish men of the village and the defence lawyer Karoly Eotvos | the village of Tiszaeszlar and the court at Nyiregyhaza | 1882 to 1883 | the disappearance of a servant girl; the coerced testimony of a boy; the acquittal and the riots that followed | the acquittal came from a lawyer's persistence in a system built to convict | the trial proved Hungary's courts were fair | Eszter Solymosi, a servant girl in Tiszaeszlar, disappeared in April 1882. | The court at Nyiregyhaza acquitted all the accused in August 1883.
A Murder in the Academy Grounds | Russian history | the Nechayev affair | Sergei Nechayev, the members of his circle and the student Ivan Ivanov | the agricultural academy grounds in Moscow | 1869 to 1873 | the secret society built on lies about its size; the killing of a doubting member; the trial and the novel it inspired | the affair discredited conspiracy within the movement long before the police did | Nechayev was a lone fanatic who spoke for nobody | Sergei Nechayev and his followers murdered the student Ivan Ivanov in Moscow in November 1869. | Fyodor Dostoevsky drew on the Nechayev affair for his novel Demons.
The Terrorist Who Worked for the Police | Russian history | the Azef affair | Yevno Azef, the Socialist Revolutionary party and the journalist Vladimir Burtsev | St Petersburg and the party's exiles in Paris | 1903 to 1909 | the assassinations planned by Azef; the reports he sent to the police; the exposure by Burtsev | the affair damaged the police and the revolutionaries about equally | Azef was a loyal police agent throughout | Yevno Azef led the combat organisation of the Socialist Revolutionary party while informing for the police. | Vladimir Burtsev accused Azef of being a police spy in 1908.
Night in the Belgrade Palace | Balkan history | the May Coup in Belgrade | King Alexander Obrenovic, Queen Draga and the army officers led by Dragutin Dimitrijevic | the royal palace in Belgrade | 1900 to 1903 | the king's marriage to Draga; the officers' conspiracy; the new dynasty under Peter Karadjordjevic | the killers gained a hold on the Serbian state that no later king could break | the coup freed Serbia from a hated and foolish king | Army officers killed King Alexander and Queen Draga of Serbia in June 1903. | Peter Karadjordjevic became king of Serbia after the coup of 1903.
A Prince Kidnapped from Sofia | Balkan history | the abduction of Prince Alexander of Battenberg | Prince Alexander of Bulgaria, the pro-Russian officers and Stefan Stambolov | the palace in Sofia | 1885 to 1886 | the union with Eastern Rumelia; the victory over Serbia at Slivnitsa; the night abduction and abdication | the prince fell because Russia could not forgive a Bulgaria that acted alone | Alexander lost his throne through his own weakness | Bulgarian officers loyal to Russia abducted Prince Alexander from his palace in August 1886. | Prince Alexander abdicated the throne of Bulgaria in September 1886.
The Map Coloured Pink | imperial history | the British Ultimatum to Portugal | the Portuguese government, British ministers and the explorer Alexandre de Serpa Pinto | the highlands between Angola and Mozambique | 1886 to 1891 | the Pink Map claiming a belt across Africa; the ultimatum of January 1890; the anger in Lisbon that fed the republicans | the ultimatum hurt the monarchy in Lisbon more than it hurt Portugal in Africa | Portugal's claim was never serious | Britain sent Portugal an ultimatum in January 1890 demanding the withdrawal of its forces from the Shire highlands. | The song A Portuguesa was written in protest against the British Ultimatum of 1890.
The Black Hand of Jerez | Spanish history | the Mano Negra affair | the farm labourers of Andalusia, the Civil Guard and the Jerez tribunal | the countryside around Jerez de la Frontera | 1882 to 1884 | the murders blamed on a secret society; the documents found by the Civil Guard; the executions in Jerez | the society was stretched far beyond its real size to justify crushing rural unions | a large terrorist society really existed | The Civil Guard in Andalusia claimed in 1882 to have uncovered a secret society called the Mano Negra. | Seven men were executed in Jerez in June 1884 after the Mano Negra trials.
Prisoners in the Castle of Montjuic | Spanish history | the Montjuic affair | the anarchists and freethinkers of Barcelona, the military judges and the foreign campaigners who exposed torture | the fortress of Montjuic above Barcelona | 1896 to 1897 | the bomb at the Corpus Christi procession; the mass arrests and torture; the protests in Paris and London | the repression produced the very violence it claimed to stop | the authorities had no choice after the bombing | A bomb thrown at a Corpus Christi procession in Barcelona killed twelve people in June 1896. | Five men were executed at Montjuic in May 1897 after the trials.
Fire at Casas Viejas | Spanish history | the Casas Viejas massacre | the anarchist villagers of Casas Viejas, the Assault Guards and the government of Manuel Azana | the village of Casas Viejas near Cadiz | 1933 | the rising declared in the village; the burning of Seisdedos's hut; the shooting of prisoners and the inquiry in the Cortes | the killings wounded the republic because they were done by its own reformed police | the guards faced an armed rebellion and answered it as any state would | Anarchists in the village of Casas Viejas declared libertarian communism in January 1933. | Assault Guards shot twelve prisoners at Casas Viejas after the rising.
Two Captains and a Premature Republic | Spanish history | the Jaca uprising | the captains Fermin Galan and Angel Garcia Hernandez, the garrison of Jaca and the republican committee in Madrid | the Pyrenean town of Jaca | 1930 to 1931 | the rising launched days before the agreed date; the march towards Huesca; the executions that made the captains martyrs | the rising failed as a revolt but succeeded as a martyrdom | the uprising was a reckless blunder that harmed the republican cause | Captain Fermin Galan led the garrison of Jaca in a republican rising in December 1930. | Fermin Galan and Angel Garcia Hernandez were shot by firing squad two days after the rising.
Leagues of the Sicilian Poor | Italian history | the Fasci Siciliani movement | the peasants and sulphur miners of Sicily, the socialist organisers and Prime Minister Francesco Crispi | the island of Sicily | 1891 to 1894 | the growth of workers' leagues in towns and mines; the shootings at protests over taxes; the martial law declared by Crispi | the government chose to see a revolution where there was mostly hunger | the movement threatened the unity of Italy | Workers' leagues known as the Fasci Siciliani spread across Sicily from 1891. | Francesco Crispi imposed martial law on Sicily in January 1894.
Cannon Against the Bread Riots | Italian history | the Bava Beccaris massacre | General Fiorenzo Bava Beccaris, the workers of Milan and King Umberto I | the streets of Milan | 1898 to 1900 | the rise in the price of bread; the artillery fired into the crowds; the medal given to the general | the king's reward to the general did more to endanger the monarchy than the riot had | the army saved Milan from insurrection | Troops under General Fiorenzo Bava Beccaris fired on crowds in Milan in May 1898. | King Umberto I was assassinated at Monza in July 1900.
Banknotes Printed Twice | Italian history | the Banca Romana scandal | the banker Bernardo Tanlongo, Prime Minister Giovanni Giolitti and the deputies who received loans | the bank's offices in Rome | 1889 to 1894 | the secret inspection report; the duplicate banknotes; the fall of the government and the new Bank of Italy | the scandal ended one government but gave the country a sounder central bank | the affair was only the crime of one corrupt banker | The Banca Romana was found to have issued banknotes beyond its legal limit. | The Bank of Italy was founded in 1893 after the Banca Romana scandal.
An Eel on a Rope | Dutch history | the Eel Riot | the people of the Jordaan, the Amsterdam police and the soldiers sent to help them | the Jordaan district of Amsterdam | 1886 | the banned game of eel pulling; the police who cut the rope; the soldiers who fired into the crowd | the riot came from years of tension between a poor district and its police | the riot was a drunken brawl and nothing more | A riot broke out in Amsterdam's Jordaan district in July 1886 after police stopped a game of eel pulling. | The Eel Riot left twenty-six people dead.
Shots in the Sawmill Valley | Swedish history | the Adalen shooting | the sawmill workers of Adalen, the strikebreakers brought in by employers and the soldiers ordered to keep the peace | the Adalen valley in northern Sweden | 1931 | the strike at the sawmills; the march to the strikebreakers' lodgings; the volley that killed five people | the shootings pushed Sweden towards a settlement between unions and employers | the soldiers fired in self-defence | Soldiers fired on a march of workers in Adalen in May 1931. | Five people were killed by the soldiers' fire at Adalen.
A King Dismisses His Ministers | Danish history | the Easter Crisis of 1920 | King Christian X, Prime Minister Carl Theodor Zahle and the movement to win back Flensburg | Copenhagen and the border lands of Schleswig | 1920 | the plebiscites in Schleswig; the king's dismissal of the government; the threat of a general strike and the compromise | the crisis ended by confirming that a Danish king could not rule against Parliament | the king acted properly to settle a national question | King Christian X dismissed the government of Carl Theodor Zahle in March 1920. | A plebiscite in 1920 returned northern Schleswig to Denmark.
A Trial in a Language the Accused Did Not Speak | Irish history | the Maamtrasna murders | Myles Joyce and the other accused men, the surviving boy of the murdered family and the officials at Dublin Castle | the mountain townlands on the border of Galway and Mayo | 1882 | the killing of a family in their cottage; the trials conducted in English; the hanging of Myles Joyce | the Maamtrasna verdict was lawful in form and unjust in substance | the court did its best with the evidence it had | Five members of a family were killed at Maamtrasna in County Galway in August 1882. | Myles Joyce, who spoke only Irish, was hanged in Galway in December 1882.
After the Guns Came Ashore at Howth | Irish history | the Bachelor's Walk shooting | the Irish Volunteers, the soldiers of the King's Own Scottish Borderers and the Dublin crowd | the quays of Dublin | 1914 | the landing of rifles at Howth; the failed attempt to seize them; the volley on the quay | the shooting taught Dubliners that the law treated nationalist and unionist guns differently | the soldiers were provoked by a hostile crowd | Rifles for the Irish Volunteers were landed at Howth in July 1914. | Troops opened fire at Bachelor's Walk in Dublin on the day of the Howth landing.
A Child Born in Edinburgh | legal history | Calvin's Case | the infant Robert Calvin, King James VI and I and the Exchequer Chamber judges | Edinburgh and the courts at Westminster | 1603 to 1608 | the union of the crowns without a union of the kingdoms; the suit over land in England; the ruling that subjects born after 1603 were not aliens | the judges settled by law what Parliament refused to settle by statute | the ruling was a minor point about property | Robert Calvin was born in Edinburgh after James VI of Scotland became king of England in 1603. | The judges decided in Calvin's Case in 1608 that Scots born after 1603 were not aliens in England.
A Monopoly on Playing Cards | legal history | the Case of Monopolies | Edward Darcy, the London haberdasher Thomas Allin and Queen Elizabeth's courtiers | the law courts of Elizabethan London | 1598 to 1603 | the royal grant of sole rights to make playing cards; the haberdasher who went on selling them; the judgement against the grant | the judges attacked monopolies while being careful not to attack the queen | the case ended royal monopolies at a stroke | Edward Darcy held a royal grant giving him the sole right to import and make playing cards. | The judges in the Case of Monopolies ruled that Darcy's grant was void.
A Servant's Lawsuit | legal history | Godden v Hales | Sir Edward Hales, his servant Arthur Godden and King James II | the King's Bench courtroom in Westminster Hall | 1686 to 1689 | the collusive suit brought by a servant; the judges replaced before the hearing; the dispensing power and the Bill of Rights | the king won the case and lost the argument | the judges were right on the law as it then stood | Sir Edward Hales, a Catholic, held a military command in 1686 in breach of the Test Act. | The judges in Godden v Hales upheld the king's power to dispense with the Test Act by eleven to one.
A Vote Refused at Aylesbury | legal history | Ashby v White | the voter Matthew Ashby, the Aylesbury constable William White and the two Houses of Parliament | the borough of Aylesbury | 1701 to 1705 | the refusal of Ashby's vote; the lone dissent of Chief Justice Holt; the quarrel between Lords and Commons | a single voter's suit exposed how far the Commons wanted to judge its own elections | the case was a minor argument about damages | Matthew Ashby sued the constables of Aylesbury after they refused to accept his vote. | The House of Lords found in favour of Matthew Ashby in 1704.
An Oath Sworn by a Hindu Merchant | legal history | Omychund v Barker | the Calcutta merchant Omychund, the Company's servants in Bengal and the Chancery bench | the Court of Chancery in London | 1744 | the witnesses who could not swear on the Gospels; the argument over what makes an oath binding; the ruling that evidence could be taken under other faiths | the case opened English courts to witnesses of other faiths for the sake of trade | the ruling was an early act of religious tolerance | The Court of Chancery ruled in 1744 that witnesses who were not Christian could give evidence on oath according to their own faith. | The case of Omychund v Barker arose from a merchant's dispute in Calcutta.
A Slave Catcher in York County | constitutional history | Prigg v Pennsylvania | the slave catcher Edward Prigg, Margaret Morgan and her children and Justice Joseph Story | York County in Pennsylvania and the Supreme Court | 1837 to 1842 | the seizure of a family living in a free state; the state law against kidnapping; the ruling that federal law came first | the ruling freed the states from helping slave catchers and so weakened the law it upheld | the decision was a plain victory for slaveholders | Edward Prigg took Margaret Morgan and her children from Pennsylvania to Maryland in 1837. | The Supreme Court overturned Prigg's conviction under Pennsylvania law in 1842.
Soldiers Judging Civilians in Indiana | constitutional history | Ex parte Milligan | Lambdin Milligan, the military commission in Indianapolis and the Supreme Court bench | Indiana during the Civil War | 1864 to 1866 | the arrest of Copperhead plotters; the death sentence passed by officers; the ruling that civilian courts must be used while open | the court could defend civil liberty only once the war was safely over | the ruling protected traitors | A military commission in Indianapolis sentenced Lambdin Milligan to death in 1864. | The Supreme Court ruled in 1866 that civilians could not be tried by military commissions where civil courts were open.
Laundries and the Law in San Francisco | constitutional history | Yick Wo v Hopkins | the laundry owner Yick Wo, the Board of Supervisors of San Francisco and the Chinese laundry guild | the wooden laundries of San Francisco | 1880 to 1886 | the ordinance requiring permits for wooden laundries; the permits refused to every Chinese applicant; the ruling on unequal enforcement | the case shows a neutral law could be judged by how it was applied | the ordinance was a fire safety rule that the court misread | San Francisco's supervisors refused permits to about two hundred Chinese laundry owners under an ordinance of 1880. | The Supreme Court ruled unanimously for Yick Wo in May 1886.
Born in San Francisco, Barred at the Dock | constitutional history | the Wong Kim Ark case | Wong Kim Ark, the customs collector of San Francisco and the nine justices | the port of San Francisco | 1895 to 1898 | the cook refused re-entry after a visit to China; the government's claim that he was not a citizen; the ruling on birthright citizenship | the ruling protected birthright citizenship even while exclusion laws stayed in force | the court merely applied plain words | Officials at San Francisco barred Wong Kim Ark from landing in 1895. | The Supreme Court ruled in March 1898 that Wong Kim Ark was a citizen by birth.
Oranges from Puerto Rico | constitutional history | the first Insular Case | the merchant Samuel Downes, the customs collector George Bidwell and the justices in Washington | the port of New York and the island of Puerto Rico | 1900 to 1901 | the duties charged on oranges from the island; the question whether the constitution followed the flag; the idea of unincorporated territory | the court invented a new category so that an empire could exist without changing the constitution | the rulings were practical answers to a new situation | The merchant Samuel Downes paid duty on oranges shipped from Puerto Rico to New York in 1900. | The Supreme Court decided Downes v Bidwell in May 1901.
Hats, Boycotts and an Antitrust Law | labour history | the Danbury Hatters' case | the hat manufacturer Dietrich Loewe, the United Hatters union and its members' families | the hat-making town of Danbury in Connecticut | 1902 to 1915 | the national boycott of Loewe's hats; the use of an antitrust law against a union; the seizure of members' homes and savings | the case punished ordinary members for a strategy their leaders chose | the boycott was a lawless conspiracy against trade | The Supreme Court ruled in 1908 that the boycott by the United Hatters broke federal antitrust law. | Members of the union in Danbury faced the loss of their homes to pay the damages.
A Motor Driven by Vibrations | history of science | the Keely Motor Company | the inventor John Worrell Keely, his investors and the widow Clara Bloomfield-Moore | the Keely workshop in Philadelphia | 1872 to 1898 | the demonstrations of a mysterious force; the investors who kept paying for decades; the tubes found under the floor after his death | the investors were sold a theory of the universe rather than a machine | Keely was a sincere inventor deceived by his own ideas | John Worrell Keely founded the Keely Motor Company in Philadelphia in 1872. | Hidden tubes and a compressed air tank were found in Keely's workshop after his death in 1898.
Forty-Seven Miles of Swamp | transport history | the Panama Railroad | William Aspinwall, the railway's engineers and the labourers recruited from Ireland, China and the Caribbean | the isthmus between Colon and Panama City | 1850 to 1855 | the rush of gold seekers heading for California; the deaths from fever among the workers; the high fares once the line opened | the railway's profits depended on a traffic that the gold rush would not keep up | the line succeeded simply because its builders never gave up | The Panama Railroad was completed between the Atlantic and Pacific coasts in January 1855. | The Panama Railroad was built with money from New York investors led by William Aspinwall.
Marching in Step over the Irwell | engineering history | the fall of the Broughton suspension bridge | the soldiers of the 60th Rifles, the bridge's owner and the engineers who examined the wreck | the river Irwell at Broughton near Manchester | 1826 to 1831 | the new chain bridge; the troops marching in step; the army order to break step on bridges | the collapse came from a hidden flaw that the marching only revealed | the soldiers' rhythm alone brought the bridge down | The Broughton suspension bridge near Manchester collapsed under marching soldiers in April 1831. | After the Broughton collapse the British army ordered troops to break step when crossing bridges.
A Storm over the Maine at Angers | engineering history | the collapse of the Basse-Chaine bridge | the soldiers of a battalion crossing in the rain, the townspeople of Angers and the engineers of the bridge | the river Maine at Angers | 1839 to 1850 | the light wire cables of the bridge; the wind and the crowded deck; the long pause in building suspension bridges in France | the disaster came from cables that had rusted in hidden places | the storm was too strong for any bridge of the time | The Basse-Chaine suspension bridge at Angers collapsed in April 1850 while soldiers were crossing. | More than two hundred soldiers died in the fall of the Basse-Chaine bridge.
Vaccination and Fury in Montreal | medical history | the Montreal smallpox riot | the health officials of Montreal, the French Canadian working families and the doctors who opposed vaccination | the east end of Montreal | 1885 | the epidemic carried in by a sleeping-car conductor from Chicago; the compulsory vaccination by-law; the rioters who stormed the health office | the riot came from distrust of officials who spoke a different language | the rioters were victims of ignorance | Rioters wrecked the municipal health office in Montreal in September 1885 during a smallpox epidemic. | The smallpox epidemic of 1885 cost over three thousand lives in Montreal.
The Composer Who Was Not Allowed to Compete | music history | the Ravel affair of 1905 | Maurice Ravel, the jury of the Prix de Rome and the Conservatoire director Theodore Dubois | the Paris Conservatoire | 1900 to 1905 | Ravel's earlier failed attempts; his removal in the first round of 1905; the press campaign and the change of director | the affair was less about one composer than about who controlled French music | the jury simply followed the rules on age and form | Maurice Ravel was eliminated in the preliminary round of the Prix de Rome in 1905. | Gabriel Faure replaced Theodore Dubois as director of the Paris Conservatoire in 1905.
The Voyage Whose Report Was Locked Away | history of science | the Malaspina expedition | Alessandro Malaspina, the scientists and artists of the corvettes Descubierta and Atrevida and the minister Manuel Godoy | the Pacific coasts of the Spanish empire | 1789 to 1795 | the survey from the Rio de la Plata to Alaska; the political report on how to reform the empire; the arrest and imprisonment of Malaspina | the expedition was silenced because its findings were political | the results were lost through bad luck and war | Alessandro Malaspina sailed from Cadiz with the corvettes Descubierta and Atrevida in 1789. | Malaspina was arrested in Madrid in 1795 and later imprisoned.
Two Captains at Encounter Bay | history of science | the Baudin expedition | Nicolas Baudin, the naturalist Francois Peron and the British navigator Matthew Flinders | the southern coasts of Australia | 1800 to 1804 | the meeting of two rival expeditions; the vast collections of specimens; the account that wrote Baudin out of his own voyage | Baudin's reputation suffered because his rivals wrote the history | Baudin was a poor leader who earned his bad name | Nicolas Baudin sailed from Le Havre in October 1800 with the ships Geographe and Naturaliste. | Nicolas Baudin met Matthew Flinders at Encounter Bay in April 1802.
Scurvy on the Way North | exploration history | the Nares expedition | Captain George Nares, the sledge party of Albert Markham and the men aboard the Alert and the Discovery | the shores of Smith Sound and the frozen sea beyond | 1875 to 1876 | the sledge journeys over rough ice; the outbreak of scurvy; the inquiry into the missing lime juice | the expedition suffered from the navy's confidence more than from the cold | no better planning could have beaten the ice | The ships Alert and Discovery sailed from Portsmouth for the Arctic in May 1875. | A sledge party under Albert Markham reached a new farthest north in May 1876.
A Prince on the Ice of Franz Josef Land | exploration history | the Stella Polare expedition | Prince Luigi Amedeo, Duke of the Abruzzi, Captain Umberto Cagni and their Norwegian and Italian crew | Franz Josef Land and the sea ice to the north | 1899 to 1900 | the ship crushed in the ice at Teplitz Bay; the duke's frostbitten fingers; Cagni's march to a new record | the record owed more to careful rationing of food and dogs than to daring | the expedition was a prince's vanity project | The Stella Polare sailed for Franz Josef Land in 1899. | Umberto Cagni reached a new farthest north in April 1900.
A Scottish Bank That Lent Too Freely | economic history | the collapse of the Ayr Bank | the partners of Douglas, Heron and Company, Scottish landowners and the London banker Alexander Fordyce | the towns of Ayr, Edinburgh and Dumfries | 1769 to 1772 | the easy lending to landowners; the crash that began in London with Fordyce's flight; the partners' unlimited liability | the bank's ruin came from lending to its own partners | the crash came from outside events in London | Douglas, Heron and Company, known as the Ayr Bank, was founded in 1769. | The Ayr Bank stopped payment in June 1772.
The Utility Empire That Fell | economic history | the collapse of Samuel Insull's utilities | Samuel Insull, the small investors of the Midwest and the prosecutors in Chicago | Chicago and the electric companies of the Midwest | 1929 to 1934 | the holding companies stacked upon each other; the flight to Greece; the courtroom acquittal | the collapse shows how the law allowed a pyramid that no single act made criminal | Insull was a swindler pure and simple | Samuel Insull's holding companies collapsed in 1932. | A jury in Chicago acquitted Samuel Insull of fraud in 1934.
A Banker and a Falling Cabinet | French history | the Oustric affair | the banker Albert Oustric, the minister Raoul Peret and the government of Andre Tardieu | the banks and ministries of Paris | 1926 to 1931 | the bank's rapid growth on borrowed money; its collapse in the autumn of 1930; the inquiry that brought down the government | the affair grew large because it fitted suspicions already held about politicians | the collapse was merely a private bank failure blown up by the press | Albert Oustric's bank failed in 1930. | Andre Tardieu's government fell in December 1930 amid the Oustric scandal.
The Bank That Broke Central Europe | economic history | the failure of the Creditanstalt | the directors of the Creditanstalt, the Austrian government and the central banks that tried to help | Vienna | 1929 to 1931 | the forced takeover of a weaker bank; the losses revealed in May 1931; the spread of panic to Germany | the failure grew into a crisis because governments bargained over politics while money fled | the bank's collapse was inevitable once the depression began | The Creditanstalt, Austria's largest bank, announced huge losses in May 1931. | The Creditanstalt had taken over the failing Bodencreditanstalt in 1929.
Debts and Rebellion in the Silk Hills | Japanese history | the Chichibu incident | the silk farmers of Chichibu, the debtors' party and the army sent to crush them | the Chichibu district north-west of Tokyo | 1884 | the fall in silk prices; the demand for debt relief; the ten-day rising and its suppression | the rising was driven by debt rather than by any political programme | the rebels were followers of the liberal party seeking a revolution | Farmers in the Chichibu district rose against their creditors in November 1884. | The government sent troops and police to crush the Chichibu rising.
Snow at the Sakurada Gate | Japanese history | the Sakuradamon incident | the chief minister Ii Naosuke, the masterless samurai of Mito and the shogun's court | the Sakurada Gate of Edo castle | 1858 to 1860 | the treaties signed without imperial consent; the purge of Ansei; the killing in the snow | the killing showed that the shogunate could no longer protect its own minister | the assassins were fanatics who changed nothing | Ii Naosuke was assassinated outside the Sakurada Gate of Edo castle in March 1860. | Most of the assassins of Ii Naosuke came from the Mito domain.
A Former Minister Rebels at Saga | Japanese history | the Saga rebellion | Eto Shinpei, the former samurai of Saga and the new government in Tokyo | the castle town of Saga in Kyushu | 1873 to 1874 | the split over invading Korea; the rising of discontented samurai; the quick trial and execution of Eto | the government used Saga to warn every other discontented domain | the rising seriously endangered the new state | Eto Shinpei led a rising of former samurai at Saga in February 1874. | Eto Shinpei was executed in April 1874.
Gunboats on the Upper Yangtze | Chinese history | the Wanxian incident | the warlord Yang Sen, the crews of British merchant steamers and the gunboats sent to free them | the river port of Wanxian on the Yangtze | 1926 | the seizure of British steamers; the gunboat attack; the shelling of the town | the shelling of Wanxian made Britain look like the enemy of Chinese nationalism | the navy had no choice if it wanted to free its men | Troops of the warlord Yang Sen seized British steamers at Wanxian in 1926. | British gunboats attacked Wanxian in September 1926 and shelled the town.
A Bomb at Muzaffarpur and a Trial at Alipore | Indian history | the Alipore bomb case | Aurobindo Ghose, his brother Barindra and the young men of their secret society, and the lawyer Chittaranjan Das | Calcutta and the court at Alipore | 1908 to 1909 | the bomb thrown at Muzaffarpur; the raid on the garden at Maniktala; the long trial and the acquittal of Aurobindo | the trial turned a secret society into a public cause | the trial destroyed the revolutionary movement in Bengal | A bomb thrown at Muzaffarpur in April 1908 killed two Englishwomen. | Aurobindo Ghose was acquitted in the Alipore bomb case in May 1909.
Thirty-One Men in the Dock at Meerut | Indian history | the Meerut conspiracy case | the trade unionists and communists arrested across India, three British organisers and the colonial government | the court at Meerut | 1929 to 1933 | the arrests in March 1929; the trial that lasted four years; the publicity that the defendants won | the long trial spread the very ideas it was meant to stop | the trial broke communist influence in the unions | The colonial government arrested thirty-one trade union leaders in March 1929. | The Meerut trial ended with sentences for most of the accused in January 1933.
The End of the Janissaries | Ottoman history | the Auspicious Incident | Sultan Mahmud II, the Janissary corps and the people of Istanbul | the barracks of the Janissaries in Istanbul | 1826 | the founding of a new drilled army; the Janissaries' revolt of the overturned kettles; the shelling of their barracks | the sultan won because he first made sure the city's crowd was on his side | the Janissaries fell because they were already useless | Sultan Mahmud II destroyed the Janissary corps in Istanbul in June 1826. | The Janissaries were abolished by decree after their revolt of 1826.
Oil and the Mosul Frontier | diplomatic history | the Mosul question | British officials, the Turkish republic and an inquiry commission from Geneva | the vilayet of Mosul | 1918 to 1926 | the occupation of Mosul after the armistice; the commission's visit and report; the treaty of 1926 | the decision followed oil and air power more than the wishes of the people there | the League settled the question fairly | The Council of the League awarded Mosul to Iraq in December 1925. | Britain, Iraq and Turkey signed a treaty confirming the Mosul frontier in June 1926.
The Israelites at Bulhoek | South African history | the Bulhoek massacre | the prophet Enoch Mgijima, his Israelite followers and the police of the Union government | the commonage at Ntabelanga near Queenstown | 1920 to 1921 | the gathering to await the final days; the orders to leave the land; the police attack | the killings came from a state that saw any gathering of Africans as rebellion | the police acted only after the Israelites refused every order | Police fired on the followers of Enoch Mgijima at Bulhoek in May 1921. | More than 160 of Enoch Mgijima's followers were killed at Bulhoek.
The Brass Raid on the Company's Depot | West African history | the Akassa raid | King Frederick William Koko, the traders of Nembe and the Royal Niger Company | the company's station at Akassa on the Niger delta | 1895 | the company's rules that shut the Brass traders out of the market; the night raid on Akassa; the punitive expedition and the inquiry | the raid was a desperate answer to a trade monopoly backed by charter | the raid was a savage attack without real cause | Warriors from Nembe attacked the Royal Niger Company's depot at Akassa in January 1895. | An inquiry for the British government criticised the trade rules of the Royal Niger Company.
A Manifesto and a Border in Flames | borderlands history | the Plan of San Diego | the raiders of the lower Rio Grande valley, the Texas Rangers and the Mexican American families of the valley | the lower Rio Grande valley in Texas | 1915 to 1916 | the manifesto calling for a rising; the raids on ranches and railways; the killings of Mexican Americans by Rangers and vigilantes | the repression killed far more people than the rising it answered | the Rangers defended Texas from a foreign plot | A manifesto called the Plan of San Diego was found in Texas in January 1915. | Raiders attacked ranches and trains in the lower Rio Grande valley in the summer of 1915.
Discharged Without Honour | American history | the Brownsville affair | the Black soldiers of the 25th Infantry, the townspeople of Brownsville and President Theodore Roosevelt | the border town of Brownsville in Texas | 1906 to 1910 | the night shooting in the town; the soldiers' refusal to name anyone; the discharge of three companies | the soldiers were punished as a group because no one in power would judge them as individuals | the discharge was a fair answer to a conspiracy of silence | Shots fired in Brownsville, Texas, in August 1906 were blamed on Black soldiers stationed nearby. | President Theodore Roosevelt discharged 167 Black soldiers without honour after the Brownsville shooting.
Beer Halls and a Nativist Mayor | American history | the Lager Beer Riot | Mayor Levi Boone, the German and Irish saloon keepers and the Chicago police | the streets near the Clark Street bridge in Chicago | 1855 | the sharp rise in liquor licence fees; the arrest of saloon keepers; the clash at the bridge | the riot was about who belonged in Chicago more than about beer | the riot was a drunken disturbance | Mayor Levi Boone of Chicago raised the cost of liquor licences sharply in 1855. | Police and protesters fought near the Clark Street bridge in Chicago in April 1855.
Parade Day on Eighth Avenue | American history | the Orange riot of 1871 | the Protestant Orangemen, the Irish Catholic crowds and the militia of New York | Eighth Avenue in Manhattan | 1870 to 1871 | the banning and unbanning of the parade; the militia escort; the volley that killed dozens | the city's rulers created the disaster by changing their minds | the violence came from old quarrels brought over from Ireland | Militia escorting an Orange parade in New York fired on the crowd in July 1871. | More than sixty people died in the Orange riot of 1871.
Cane Workers on Strike | labour history | the Thibodaux massacre | the Black sugar cane workers, the Knights of Labor and the planters' militia | the sugar parishes of Louisiana | 1887 | the strike at harvest time; the evictions from plantation cabins; the killings in Thibodaux | the massacre ended organised labour in the cane fields for a generation | the planters acted to stop a threat of violence | Sugar cane workers in Louisiana went on strike with the Knights of Labor in November 1887. | Armed white men killed striking workers in Thibodaux in November 1887.
The Chief of Police and the Italian Crisis | American history | the New Orleans lynching of 1891 | the Italian immigrants of New Orleans, the mob led by local notables and the Italian government | the parish prison in New Orleans | 1890 to 1892 | the killing of Chief David Hennessy; the acquittals and the mob at the prison; the withdrawal of Italy's ambassador | the city's leaders organised the lynching and got away with it | the crowd acted against a jury that had been bribed | The New Orleans police chief David Hennessy was shot in October 1890. | A mob killed eleven Italian prisoners in the New Orleans parish prison in March 1891.
Coal Miners Turn on Their Neighbours | American history | the Rock Springs massacre | the Chinese miners of the Union Pacific, the white miners of Rock Springs and the federal troops sent afterwards | the coal town of Rock Springs in Wyoming | 1885 | the company's use of Chinese workers at lower pay; the attack on Chinatown; the payment of damages by Congress | the company's hiring policy set the workers against each other | the killings came from simple racial hatred | White miners killed at least twenty-eight Chinese miners at Rock Springs in September 1885. | Congress later paid compensation to China for the losses at Rock Springs.
Dance Halls and the Watsonville Riots | American history | the Watsonville violence | the Filipino farm workers of the Pajaro valley, the white young men of Watsonville and the local newspapers | the farm town of Watsonville in California | 1930 | the taxi dance hall that angered locals; the nights of attacks; the killing of Fermin Tobera | the attacks came from a contest over farm jobs dressed up as a defence of morals | a handful of youths caused all the violence | Mobs attacked Filipino farm workers in Watsonville in January 1930. | Fermin Tobera was shot dead during the Watsonville riots.
Wolfers in the Cypress Hills | Canadian history | the Cypress Hills massacre | the American wolf hunters, the Nakoda camp of Little Soldier and the whisky post traders | the Cypress Hills in the North-West Territories | 1873 | the stolen horses that began the quarrel; the attack on the Nakoda camp; the founding of a mounted police force | the killings gave Ottawa a reason to do what it already wished | the police were created to protect Indigenous people | American wolf hunters killed about twenty Nakoda people in the Cypress Hills in June 1873. | The North-West Mounted Police was created by the Canadian government in 1873.
Invaders at the Windmill | Canadian history | the Battle of the Windmill | the Hunters' Lodges, their commander Nils von Schoultz and the militia of Upper Canada | the stone windmill near Prescott on the St Lawrence | 1838 | the secret lodges along the American border; the landing near Prescott; the trial and the young lawyer from Kingston | the invaders were misled into believing Canadians wanted to be freed | the raid genuinely endangered British rule | Members of the Hunters' Lodges landed near Prescott in Upper Canada in November 1838. | Nils von Schoultz was hanged at Kingston in December 1838.
The Mau Procession | Pacific history | the Black Saturday shooting in Samoa | the Mau movement, its leader Tupua Tamasese Lealofi III and the New Zealand police | the waterfront of Samoa's capital | 1926 to 1929 | the rise of a movement of non-cooperation; the arrest attempt at the procession; the death of the high chief | the shooting made the Mau stronger | the police fired in fear of a riot | New Zealand police fired on a Mau procession in Samoa in December 1929. | The high chief Tupua Tamasese Lealofi III was among those killed on Black Saturday.
Yams, Cattle and the Kanak Revolt | Pacific history | the Kanak revolt of 1878 | the chief Atai, the Kanak clans of La Foa and the French settlers and soldiers | the valleys around La Foa in New Caledonia | 1878 | the cattle that trampled Kanak gardens; the attacks on settler stations; the death of Atai and the sending of his head to Paris | the revolt was a war over land that the colony called a rebellion | the revolt broke out without any planning | The Kanak revolt in New Caledonia began in June 1878. | The chief Atai was killed in September 1878 and his head was sent to Paris.
A Night at Larne Harbour | Irish history | the Larne gun-running | the Ulster Volunteer Force, the organiser Frederick Crawford and the harbour officials | the harbours of Larne, Bangor and Donaghadee | 1914 | the purchase of rifles in Hamburg; the transfer to the Clyde Valley at sea; the night landing watched by police who did nothing | the landing succeeded because the authorities chose not to stop it | the Volunteers' organisation alone explains their success | The Ulster Volunteer Force landed about twenty-five thousand rifles at Larne in April 1914. | The guns were brought to Ulster on the steamer Clyde Valley.
Live Working or Die Fighting | French history | the revolt of the canuts | the silk weavers of Lyon, the silk merchants and the troops sent from Paris | the Croix-Rousse hill in Lyon | 1831 to 1834 | the agreed minimum price for silk; the merchants' refusal to honour it; the seizure of the city and its recapture | the revolt was about a broken bargain, not about overturning the state | the weavers were early socialist revolutionaries | The silk weavers of Lyon drove the garrison out of the city in November 1831. | The weavers' banner at Lyon read live working or die fighting.
May Day at Fourmies | French history | the Fourmies shooting | the textile workers of Fourmies, the soldiers of the 145th infantry and the mill owners | the mill town of Fourmies in northern France | 1891 | the May Day demand for an eight-hour day; the arrests that angered the crowd; the volley from the new Lebel rifles | the shooting turned May Day into a national day of mourning for the left | the soldiers were provoked by stones | Soldiers fired on a May Day crowd at Fourmies in 1891. | Nine people died at Fourmies, several of them teenagers.
An Engineer Thrown from a Window | French history | the Decazeville strike | the miners of Decazeville, the engineer Jules Watrin and the deputies who debated the strike | the mining town of Decazeville in Aveyron | 1886 | the wage cuts by the mining company; the killing of the deputy director; the six-month strike | the strike made the miners' cause a national question | the strike was lawless from its first day | Striking miners at Decazeville threw the engineer Jules Watrin from a window in January 1886. | The Decazeville miners' strike lasted until June 1886.
Cards Recording Who Went to Mass | French history | the Affaire des Fiches | General Louis Andre, the Freemasons of the Grand Orient and the officers listed in the files | the War Ministry in Paris | 1900 to 1904 | the files on officers' religious habits; the exposure in the Chamber; the resignation of the minister | the files revealed a republic defending itself with methods it condemned | the files were a needed check on a hostile officer corps | The deputy Jean Guyot de Villeneuve exposed the War Ministry's secret files on officers in October 1904. | General Louis Andre resigned as minister of war in November 1904.
The Riots That Began in Wurzburg | German history | the Hep-Hep violence | the Jewish communities of Franconia and the Rhineland, the student and artisan crowds and the town authorities | the towns of Wurzburg, Frankfurt and Hamburg | 1819 | the debate over Jewish rights after the wars; the attacks on homes and shops; the slow response of the authorities | the riots were driven by economic fear dressed up in old hatred | the riots were only a relic of medieval prejudice | Riots against Jews began in Wurzburg in August 1819. | The Hep-Hep riots spread to Frankfurt and Hamburg in 1819.
A Coup Defeated by a General Strike | German history | the Kapp Putsch | Wolfgang Kapp, General Walther von Luttwitz and the workers who struck against them | Berlin | 1920 | the Freikorps marching into the capital; the government's flight to Stuttgart; the strike that shut the country down | the coup failed because civil servants and workers refused to obey | the army's neutrality saved the republic | Freikorps troops occupied Berlin in March 1920 and proclaimed Wolfgang Kapp chancellor. | A general strike helped end the Kapp Putsch within days.
The Burning of the Palace of Justice | Austrian history | the July Revolt of 1927 | the workers of Vienna, the police chief Johann Schober and the jurors of the Schattendorf trial | the Ringstrasse and the Palace of Justice in Vienna | 1927 | the acquittal of the men who shot marchers at Schattendorf; the crowd that set the courts on fire; the police fire that killed scores | the events of July deepened a division that later became civil war | the police restored order in the only way they could | A crowd in Vienna set fire to the Palace of Justice in July 1927. | The protest followed the acquittal of men who had shot marchers at Schattendorf.
Language Laws and Riots in Bohemia | Austrian history | the Badeni language crisis | Count Kasimir Badeni, the German and Czech deputies and the crowds of Vienna and Prague | the parliament in Vienna and the towns of Bohemia | 1897 | the order that officials in Bohemia know both languages; the obstruction in parliament; the fall of Badeni | the crisis showed that the empire could not settle nationality through its officials | German extremists alone destroyed a fair reform | Prime Minister Kasimir Badeni issued language ordinances for Bohemia in April 1897. | Kasimir Badeni resigned in November 1897 after riots and obstruction in parliament.
Land Hunger at Bronte | Italian history | the Bronte massacre | the peasants of Bronte, the local notables and Nino Bixio | the town of Bronte on the slopes of Etna | 1860 | the peasants' hopes of land; the killings of notables in the town; Bixio's court and executions | the expedition chose landowners over peasants in its first weeks | Bixio restored order to stop a bloodbath | Peasants in Bronte rose against local landowners in August 1860. | Nino Bixio had five men shot at Bronte after a hasty trial.
A Boy Taken from Bologna | Italian history | the Mortara case | Edgardo Mortara, his parents and Pope Pius IX | the city of Bologna in the Papal States | 1858 to 1870 | the secret baptism by a servant; the removal of the boy by papal police; the protests across Europe | the case damaged the Papal States more than any army | the church acted within its own law | Papal police took six-year-old Edgardo Mortara from his family in Bologna in June 1858. | Edgardo Mortara later became a Catholic priest.
Salt Pans of the Camargue | French history | the Aigues-Mortes massacre | the Italian salt workers, the French labourers and the gendarmes of Aigues-Mortes | the salt marshes of Aigues-Mortes | 1893 | the competition for summer work; the attacks on Italian workers; the acquittal of the accused | the killings showed how unemployment turned into national hatred | the violence was a brawl that grew out of control | French workers killed Italian salt workers at Aigues-Mortes in August 1893. | A jury at Angouleme acquitted those accused of the Aigues-Mortes killings.
A Week of Strikes After Ancona | Italian history | the Red Week | the workers of the Marche and Romagna, the anarchist Errico Malatesta and the young socialist Benito Mussolini | the towns of Ancona and the Romagna | 1914 | the shooting of demonstrators at Ancona; the general strike; the collapse of the movement | the week showed the left's strength and its lack of a plan | Italy came close to revolution | Police killed three demonstrators in Ancona in June 1914. | A general strike spread through Italy in the week after the Ancona shootings.
Revival and Revolt at Kautokeino | Norwegian history | the Kautokeino rebellion | the Sami followers of a religious revival, the merchant and the sheriff of Kautokeino and the Norwegian courts | the village of Kautokeino in Finnmark | 1852 to 1854 | the revival inspired by Lars Levi Laestadius; the killings of the merchant and the sheriff; the executions of Mons Somby and Aslak Haetta | the revolt came from anger at the liquor trade and the officials who guarded it | the rebels were religious fanatics | A group of Sami attacked the merchant and the sheriff at Kautokeino in November 1852. | Mons Somby and Aslak Haetta were executed in 1854.
The Battle at Menstad Quay | Norwegian history | the battle of Menstad | the locked-out workers of Telemark, the police and the Minister of Defence Vidkun Quisling | the quay at Menstad near Skien | 1931 | the lockout and the strikebreakers; the battle on the quay; the troops sent by Quisling | the battle made Quisling a figure of fear for the labour movement | the workers' violence justified the troops | Workers and police fought at Menstad near Skien in June 1931. | Vidkun Quisling, then minister of defence, sent troops to Menstad.
A Bomb on a Ship at Malmo | Swedish history | the Amalthea bombing | the young socialists Anton Nilson, Algot Rosberg and Alfred Stern and the English strikebreakers on the ship | the harbour of Malmo | 1908 | the dock strike and the imported workers; the bomb on board; the death sentences commuted to prison | the bombing damaged the very labour cause its makers claimed to serve | the bombers were heroes of the class struggle | A bomb exploded on the strikebreakers' ship Amalthea in Malmo harbour in July 1908. | Anton Nilson's death sentence for the Amalthea bombing was commuted.
Sergeants at the Summer Palace | Spanish history | the mutiny of La Granja | the sergeants of the royal guard, the queen regent Maria Cristina and the liberal ministers | the royal palace of La Granja near Segovia | 1836 to 1837 | the mutiny at the summer palace; the forced restoration of the constitution of 1812; the new constitution of 1837 | the mutiny forced the crown to share power with liberals | a small band of drunken sergeants changed nothing important | Sergeants of the guard at La Granja forced the queen regent to restore the constitution of 1812 in August 1836. | Spain adopted a new constitution in 1837.
Women of the Minho Against the Tax Men | Portuguese history | the Maria da Fonte revolt | the peasant women of the Minho, the government of Costa Cabral and the parish priests | the villages of the Minho in northern Portugal | 1846 to 1847 | the laws against burial in churches; the new land registry and taxes; the civil war that followed | the revolt was driven by taxes and burial laws together, not by either alone | priests stirred up the women for their own ends | A revolt known as Maria da Fonte broke out in the Minho in the spring of 1846. | The revolt led to the fall of the government of Antonio Costa Cabral in May 1846.
Soldiers Who Were Also Farmers | Russian history | the Chuguev uprising | the military settlers of Chuguev, Count Aleksei Arakcheyev and the officers who ran the settlements | the military settlements near Chuguev in Ukraine | 1817 to 1819 | the forced merging of villages into regiments; the refusal to mow hay for the army; the gauntlets that punished the rebels | the rising revealed that the settlements could only run on fear | the settlements were a sensible reform spoiled by harsh officers | Military settlers at Chuguev rose against their officers in 1819. | Count Aleksei Arakcheyev directed the punishment of the Chuguev rebels.
A Reading of Freedom at Bezdna | Russian history | the Bezdna affair | the peasant Anton Petrov, the villagers of Bezdna and the troops of Count Apraksin | the village of Bezdna in Kazan province | 1861 | the emancipation statutes read aloud; Petrov's reading of true freedom; the volleys fired on the crowd | the killings showed that the emancipation was understood very differently in the villages | the peasants were misled by one man's fantasy | Troops fired on peasants gathered around Anton Petrov at Bezdna in April 1861. | Anton Petrov was executed after the Bezdna affair.
Officers at the Goudi Barracks | Greek history | the Goudi coup | the Military League, King George I and Eleftherios Venizelos | the barracks at Goudi outside Athens | 1909 to 1910 | the officers' grievances after defeat; the demands to the king; the invitation to Venizelos | the coup opened the way to a civilian reformer rather than military rule | the army saved Greece from corrupt politicians | Officers of the Military League gathered at Goudi outside Athens in August 1909. | Eleftherios Venizelos became prime minister of Greece in 1910.
Rifles Taken from the Timok Peasants | Balkan history | the Timok rebellion | the peasants of eastern Serbia, the Radical Party and King Milan | the Timok valley in eastern Serbia | 1883 | the order to hand in the people's army rifles; the rising in the villages; the courts martial | the rising grew from a cabinet frightened of its own peasants | Radical politicians planned the rising | Peasants in the Timok valley of Serbia rose against the disarmament of the people's army in 1883. | King Milan's troops crushed the Timok rising within weeks.
The Canton of Cartagena | Spanish history | the Cantonal rebellion | the federalists of Cartagena, the sailors of the navy and the governments of the First Republic | the naval port of Cartagena | 1873 to 1874 | the declaration of an independent canton; the rebel warships at sea; the long siege | the rising destroyed the republic it claimed to perfect | the federalists were the republic's truest believers | Federalists proclaimed the Canton of Cartagena in July 1873. | The Canton of Cartagena surrendered to government forces in January 1874.
A General's Coup in Seville | Spanish history | the Sanjurjada | General Jose Sanjurjo, the monarchist officers and the republican government in Madrid | the city of Seville | 1932 | the coup declared in Seville; the failure in Madrid; the flight towards Portugal and the trial | the failed coup strengthened the republic's hand for a year | the coup was a warning the republic ignored | General Jose Sanjurjo led a failed coup in Seville in August 1932. | Jose Sanjurjo was arrested while trying to escape to Portugal.
Swords Against Rifles at Kumamoto | Japanese history | the Shinpuren rebellion | the former samurai of the Shinpuren league, the garrison of Kumamoto castle and the Meiji government | the castle town of Kumamoto | 1876 | the ban on wearing swords; the surprise assault on the garrison after dark; the suicides of the leaders | the rising mourned a vanishing way of life more than it opposed any policy | the rebels were simply fanatics | Members of the Shinpuren league attacked the garrison at Kumamoto in October 1876. | The Meiji government had banned the wearing of swords earlier in 1876.
Land Divided by Agreement in Buganda | East African history | the Buganda Agreement | the regent Apolo Kagwa, the British commissioner Harry Johnston and the peasant tenants of Buganda | the kingdom of Buganda | 1900 | the sharing of land among chiefs; the taxes agreed on houses and guns; the chiefs' new freehold estates | the agreement made the chiefs into landlords at the peasants' expense | the agreement protected Buganda from direct rule | The Buganda Agreement was signed in March 1900. | The Buganda Agreement gave large freehold estates to the kingdom's chiefs.
"""

SCHOLARS = ["Kuusik", "Rebane", "Ilves", "Kivisild", "Lepik", "Raudsepp", "Vaher", "Koppel", "Kukk", "Sild", "Toom",
            "Lill", "Kalju", "Poder", "Kruus", "Jogi", "Pihlak", "Teder", "Liiv", "Kask", "Mets", "Kangur", "Varik",
            "Kallas"]

OPENING = [
    "Mention {x} to a room of educated adults and expect mostly blank faces.",
    "{X} normally reaches readers in three sentences, two of which mislead.",
    "When I started reading about {x}, I assumed a neat fable with villains and victims.",
    "Survey courses give {x} a sentence, sometimes less.",
    "Behind the label {x} lies a knot of motives, accidents and forms filled in triplicate.",
    "Several causes have enlisted {x}, each wanting it as proof of something else.",
    "Treating {x} as a footnote would be the easy choice.",
    "The accepted summary of {x} would fit on a bus ticket.",
    "My curiosity about {x} began with an old map of {setting}.",
    "Outside a small circle of specialists, {x} rings almost no bells.",
    "At first sight {x} resembles a squabble that ought never to have begun.",
    "Scholars seldom reach consensus, and over {x} they have not even tried.",
]
FRAME = [
    "Much of what follows happens in {setting}.",
    "Centre stage belongs to {people}.",
    "I confine myself to {period}.",
    "Wherever the record falls silent, I flag it.",
    "Sequence is crucial here.",
    "Several riddles will survive my last paragraph.",
]
ROADMAP = [
    "{S1} comes first, {s2} second, and a hostile reading closes the essay.",
    "Section by section, one plank of the familiar version gets tested against the archive.",
    "My route runs more or less by the calendar.",
    "{S1} takes up more room than any other topic.",
    "Objections wait patiently for the final pages.",
]
QUESTION_LEAD = [
    "Under everything sits a plain enquiry: {question}",
    "A single thread ties each section together: {question}",
    "Stated bluntly, my puzzle reads thus: {question}",
    "My nagging question is this: {question}",
]
QUESTIONS = ["which parties actually profited from {x}?",
             "how much genuine choice lay open to {people}?",
             "why does the flattened account of {x} keep its grip?",
             "how different might {setting} appear today after another outcome?"]
CLAIM_THESIS = [
    "I shall contend that {thesis}.",
    "The contention here runs that {thesis}.",
    "Weighed honestly, the material suggests that {thesis}.",
    "Reduced to one line, my proposal holds that {thesis}.",
    "Working through {s1}, {s2} and {s3} has persuaded me that {thesis}.",
    "A sounder interpretation, I believe, accepts that {thesis}.",
    "These pages try to demonstrate that {thesis}.",
    "Nearly every surviving witness leans one direction: {thesis}.",
]
CONTEXT = [
    "Groundwork for the crisis was laid well ahead of time.",
    "Resentments had simmered across a whole decade beforehand.",
    "{People} could hardly move an inch without cost.",
    "Contemporaries had no inkling of how posterity would retell them.",
    "Inherited customs were crumbling, faster here and slower there.",
    "Early chroniclers each had careers and friendships worth shielding.",
    "{Scholar} locates the seeds a full generation before the main events.",
    "Surviving files were mostly written up in {setting}.",
    "Chronology is settled; intentions are another matter entirely.",
    "Regulations had silted up over many decades without design.",
    "Statute books and street habits had drifted far apart.",
    "Nobody involved could survey the whole board at once.",
]
NAMING = [
    "Before going further, the vocabulary surrounding {x} needs a word.",
    "Today's names for {x} mostly date from generations later.",
    "{People} called themselves things that sound odd to modern ears.",
    "Present-day terms appear below only for convenience.",
    "Even the bare name {x} smuggles in a judgement.",
    "Each word used in this dispute drags baggage behind it.",
]
RECORD = [
    "Our knowledge of {x} travels along three paths.",
    "Ledgers kept in {setting} record outcomes but hardly ever motives.",
    "Correspondence among {people} sparkles, although nobody wrote it for posterity.",
    "Journalists reported {x} quickly and now and then sloppily.",
    "Recollections set down long afterwards add texture rather than proof.",
    "Buildings, objects and ground plans offer a check against the writers.",
]
CAST = [
    "Consider first whom {x} drew in.",
    "{People} tugged in contrary directions.",
    "Some told their own stories; most left nothing.",
    "{Scholar} gives walk-on parts the same care as leading roles, which seems right.",
    "Orders from distant capitals hemmed in every option.",
]
STRAND_IN = [
    "Consider {s}.",
    "Documents cluster thickest around {s}.",
    "Vital yet easily overlooked is {s}.",
    "No honest survey can sidestep {s}.",
    "Oddly few researchers have dwelt on {s}.",
    "My attention now shifts towards {s}.",
    "A great weight hangs from {s}.",
    "Linger briefly with {s}.",
    "Running alongside it came {s}.",
    "Archives grow loudest concerning {s}.",
]
POINT = [
    "Seen from a distance, order seems to reign over {s}; up close it must have felt like bedlam.",
    "Of everybody caught up in {s}, remarkably few left written traces.",
    "Arranged by date, papers from {setting} reveal {s} more clearly than any legend.",
    "Money outweighed principle throughout {s}.",
    "Official files devote barely a line to {s}.",
    "Victims of {s} are the hardest people to trace in any archive.",
    "Whoever controlled {s} gained leverage elsewhere as well.",
    "{Scholar} treats {s} as the hinge of everything, and I agree.",
    "Certain authors stretch {s} far beyond what the papers allow.",
    "{People} quarrelled bitterly over {s}.",
    "Every witness to {s} was also an interested party.",
    "Patient reading strips the glamour from {s}.",
    "Underneath {s} ran humdrum labour that scholarship mostly ignores.",
    "For {people}, {s} meant carts, rations and rosters more than ideals.",
    "No one designed {s}; everything grew by small additions.",
    "Within {s}, when something happened mattered no less than what happened.",
]
NUMBERS = [
    "{Scholar} ({year}) tallies {num} instances and spots {s} in {pct} per cent.",
    "{Scholar} indexed {num} letters, of which {pct} per hundred mention {s}.",
    "{Scholar} ({year}) weights {s} at roughly {pct} per cent among the causes.",
    "Among {num} documents read by {Scholar} in {year}, hardly one overlooks {s}.",
    "{Scholar} ({year}) compares {num} parallel episodes, and scarcely any lacks {s}.",
    "{Scholar} grants that the numbers are few but finds them consistent about {s}.",
    "{Scholar} ({year}) attributes perhaps {pct} per cent of subsequent change to {s}.",
    "{Scholar} suspects earlier work on {s} trusted the wrong witnesses.",
]
CASES = [
    "{Scholar} follows events through one family's letters.",
    "Inside {setting}, {people} handled {s} after their own fashion.",
    "The same shape recurs well outside {setting}.",
    "Such examples are characteristic of {s}, not eccentric.",
    "Throughout {period} an identical outline reappears.",
    "{People}, recounting it personally, kept circling this point.",
    "Further examples of {s} lie ready to hand.",
]
LINK_BACK = [
    "In small compass, therefore, this suggests that {thesis}.",
    "A solitary instance settles nothing; yet this instance grates against the familiar portrait of {s}.",
    "Put differently, anyone who brushes {s} aside misses the core.",
    "Once again a hint emerges that {thesis}.",
    "The distinction sounds trivial; for people living through {s} it loomed huge.",
    "Sceptics about my account of {s} owe us an explanation of this.",
    "Without {s}, the customary verdicts begin to wobble.",
]
PIVOT = ["Then {s} turned everything upside down.", "Next arrived {s}.", "{S} rewrote the rules for everybody involved.",
         "From then onwards everything hinged upon {s}."]
CITE_LEAD = [
    "{Scholar} squeezes {setting} into a single sentence:",
    "Many years afterwards, an elderly resident recalled {setting}:",
    "During a {year} conference on {x}, one speaker observed:",
    "{Scholar} speaks plainly about {s}:",
    "{Scholar} becomes most pointed regarding {s}:",
]
CITED = [
    "Examine it carefully and the textbook account of {x} crumbles between your fingers.",
    "To the participants, {s} meant chores rather than history.",
    "Memory compresses {x} into one vivid day; the account books record months of toil.",
    "Read every source through and nothing about {s} looks peculiar anymore.",
    "{X} occurred once; retellings of it have multiplied ever since.",
    "Dull paperwork about {s} is precisely what merits our confidence.",
]
CITE_AFTER = [
    "Perhaps slightly too neat, yet accurate nonetheless.",
    "A lone testimony, though from someone near the centre.",
    "Saying it carried a price for its author, which adds weight.",
    "Hindsight blurs particulars while leaving the centre intact.",
]
CITE_AFTER2 = [
    "{People} say much the same in other documents.",
    "Contemporaries evidently understood {s} unaided.",
    "How far it held beyond {setting} nobody yet knows.",
    "Its chief use is what it discloses about {s}.",
    "Classroom versions of {x} leave it out.",
]
LIST_INTRO = [
    "Wherever {x} turned out less grimly, certain conditions held:",
    "Where {people} came through well, a recurring recipe appears:",
    "Matters in {setting} could have gone better with:",
    "Successes in {setting} usually shared features:",
]
LIST_POINT = [
    "leaders who grasped {s} early",
    "real discussion with {people} concerning {s}",
    "swift action once problems with {s} surfaced",
    "independent oversight of {s}",
    "testing {s} in one district before anything ambitious",
    "an honest costing of {s}",
]
LIST_EXTRA = ["funding for {x} that outlasted every economy drive", "somebody empowered to halt {x} entirely",
              "records of {x} preserved after their authors departed", "a fixed date for reassessing {x}"]
COMPARE = [
    "Placed beside its relatives, {x} appears far less strange.",
    "Places under pressure similar to {setting} ended up in starkly different situations.",
    "Early conversation with {people} generally cooled tempers.",
    "Parallels soon give out, because {s2} had no real counterpart.",
    "Right up to the finish, {setting} might have seen a different result.",
    "Tolerance towards critics of {x} usually brought milder endings.",
]
COUNTERFACT = [
    "Imagine {s2} finishing differently.",
    "Such conjecture establishes nothing regarding {x}; its use is to show which beams bore the load.",
    "Subtract {s1}; whatever then befalls {setting} is anybody's guess.",
    "{People} would then have confronted other dilemmas.",
    "Pushed too far, such speculation makes the result seem optional.",
]
LEGACY = [
    "{X} finished; its reverberations continued.",
    "Memories of {x} shaped choices in {setting} for decades.",
    "{People} passed their version down through children and grandchildren.",
    "Successive inquiries circled back towards {s3}.",
    "Every anniversary of {x} generates new versions, each slightly altered.",
    "Several morals later hung upon {x} collapse under scrutiny.",
]
DOUBT = [
    "Against all this, someone could protest that {rival}.",
    "The weightiest rival account maintains that {rival}.",
    "Experts occasionally respond that {rival}.",
    "Someone even-handed could reply that {rival}.",
    "Certain papers can be read as implying that {rival}.",
]
DOUBT_MORE = [
    "{People} could have endorsed it without difficulty.",
    "The view has distinguished defenders, which obliges me to answer it.",
    "{Scholar2} ({year2}) argues the point at length.",
    "It carries force, since each decision made during {x} injured somebody.",
]
ANSWER = [
    "Still, what survives from {setting} points elsewhere.",
    "It stays silent about {s2}.",
    "Moreover, the argument runs in a circle.",
    "That reading works only if {x} was much tidier than the documents show.",
    "Were it correct, every place like {setting} ought to have finished identically.",
    "Someone certainly paid; proving that the payment decided matters requires separate work.",
]
CLOSE_FIRST = [
    "Gathering the threads together: {thesis}.",
    "Read as a whole, the papers favour one account: {thesis}.",
    "Argument over {x} has not finished.",
    "So where does this leave {x}?",
    "Every road through the sources converges on one point: {thesis}.",
    "Sweep away the debris and a single verdict on {x} survives.",
    "{X} keeps being reduced to a slogan that listeners swallow.",
]
CLOSE_MID = [
    "Neither {s1} nor {s2} nor {s3} explains much alone, yet jointly they account for nearly everything.",
    "The claim that {rival} should be heard out, although the evidence tells against it.",
    "Modest facts about {s1} carried the argument here, not grand theories.",
    "Everyone who first argued over {x} is long dead; the quarrel survives them.",
    "Unsorted archives in {setting} could yet alter some particulars.",
    "Strip away the legend and {x} becomes modest enough for the documents to bear.",
]
CLOSE_LAST = [
    "{People} were still counting the cost years after the reporters left.",
    "{Setting} ought to be studied next, together with nearby places.",
    "Whoever steered {x} had alternatives all along.",
    "{X} lays bare habits and institutions rather than villains.",
    "Go on telling {x}, only more carefully.",
    "{X} has been filed under the wrong heading; refiling it patiently would pay off.",
]
HD_BACK = ["Laying the ground", "Before the storm", "Origins", "Background", "The situation beforehand",
           "Where it started"]
HD_NAMING = ["Names and terms", "A note on language", "Vocabulary"]
HD_RECORD = ["The evidence", "What survives", "The paper trail"]
HD_CAST = ["Who was involved", "The participants", "The cast"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} in focus", "Turning to {s}", "The matter of {s}"]
HD_COMPARE = ["Parallels", "Other places", "Comparable episodes"]
HD_COUNTER = ["Had things gone otherwise", "Roads not travelled", "Different endings"]
HD_LEGACY = ["Aftermath", "What followed", "The long echo"]
HD_DOUBT = ["A counter-argument", "Objections", "The other side", "Replying to critics", "Doubts",
            "A rival reading"]
HD_CLOSE = ["Conclusion", "Drawing together", "Final thoughts", "Ending", "Summing the case"]

# skuvoy's pages are dated 2015, the earliest of the four, so the invented studies stop at 2014.
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
        cards.append(dict(id=f"k{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Composes a card's essay, in this order.

    Opening: starts on x and lands on the thesis; scene, route or guiding question may intervene.
    Background: fact one here; fact two here as well, or else inside strand two. Perhaps then a side
    paragraph (vocabulary, evidence, participants). Strands: each taking one paragraph, occasionally two,
    sometimes announced by a short turn, sometimes trailed by quoted words or bullets. Perhaps
    comparison, speculation or aftermath. Objection plus rebuttal. Closing: its final sentence mentions x,
    people or setting. Headings on a coin flip. Patterns are not reused inside an essay, and card
    details keep paragraphs of different essays apart."""
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
                     pct=rng.choice([6, 9, 13, 17, 22, 27, 31, 38, 44, 49, 56, 62, 68, 73]),
                     num=rng.choice([14, 19, 28, 36, 42, 61, 77, 86, 109, 143, 176, 214]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pool[0] mentions a card field; every such paragraph therefore contains one card-specific line
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
                objection=objection, last=last, wrap_up=end[0], figures=figures, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------- machinery for every site

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); the related widgets fetch sentences of sibling essays from it
ESSAY_PAGES: dict[str, list[int]] = {}  # site -> page numbers that hold an essay (the rest are index pages)
SITE_TITLES: dict[str, list[str]] = {}  # site -> titles of its essays, in page order
SEED = 2028  # main() overwrites it; seeds the draws of the scarcer blocks


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Exclusive to `title`: present there, absent from every sibling?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def thesis_of(title: str) -> str:
    """The thesis sentence, which closes the opening paragraph."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and only_in(sen, title), title
    return sen


def fact_of(title: str) -> str:
    """The card's first fact, placed in the background paragraph."""
    sen = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def tail_of(title: str, n: int = 20) -> str:
    """The essay's final n words, which may begin in the middle of a sentence."""
    cut = " ".join(paragraphs_of(title)[-1].split()[-n:])
    assert only_in(cut, title), title
    return cut


def wrap_up_of(title: str) -> str:
    """The sentence that begins the closing section."""
    sen = ESSAYS_BY_TITLE[title]["wrap_up"]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def opener_of(title: str) -> str:
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and only_in(sen, title), title
    return sen


SITE_COURSES = {  # only the help centre draws a course per page; the other sites fix their people per title
    "nolsoy": ["a GCSE History", "an A level History", "an IGCSE History", "a Year 9 humanities"],
}


class Page(g2.Page):
    """Set two's page, plus the card, the sibling titles and (help centre only) a course."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_COURSES[site]) if site in SITE_COURSES else None


class IndexPage:
    """A page of the site that lists or describes essays but holds none; its note says no_essay."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set28:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Was the page picked, as one of `count`, for `role`?"""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """The page's position within the `role` draw, or None when it was not drawn."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """The essay pages in a seeded order; the first half (rounded up) put the roving block above the essay."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set28:{SEED}:{site}:{role}:top").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` at or just before `pos`. Subheads and colon-terminated lead-ins cling to their
    successor (the index walks back past such pieces); slot 0 belongs to the essay."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Markup of what the reader sees, piece by piece; colon-terminated paragraphs are called "lead"."""
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
    """Set one's Works Cited helper may stamp 2023; here all of a page's years slide back together, in
    both renderings, so that `latest` becomes the newest."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def tagged_list(ordered: bool, items: list[str], cls: str = "") -> str:
    tag = "ol" if ordered else "ul"
    attr = f' class="{cls}"' if cls else ""
    return f"<{tag}{attr}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


# ---- 1. nolsoy: an online school's help-centre knowledge base of model essays, 2021 -------------------------

NO_SCHOOL = "Brackenholm Online School"
NO_CENTRE = "Brackenholm Help Centre"
NO_HOST = "help.brackenholm.school"
NO_CALLOUT_LABELS = ["Marker's eye:", "Your turn:", "Assessment focus:", "Pause and check:"]
NO_CALLOUTS = [
    "notice how the paragraph's first sentence tells the examiner what it will prove",
    "every number here is tied to a named historian, never left floating",
    "examiners give credit for handling the other side without sneering",
    "rewrite this paragraph in your own words and compare the two versions",
    "this would be the place for a short quotation from your own source pack",
    "count the linking words in this paragraph and see how each one steers you",
    "ending on the thesis again is what turns a summary into an argument",
]
NO_NOTICES = [
    "Live lessons will not run on Monday 31 May, which is a bank holiday.",
    "We are reorganising the help centre this term, so some older articles may have moved.",
    "Requests for exam access arrangements must reach us by Friday 15 October.",
]
NO_COOKIE = ("Brackenholm stores a few small files on this device so that your login persists and so that we can "
             "learn which help articles get read. Pick Accept or Manage.")
NO_CREDIT = "Written by our History faculty and checked by the Head of Humanities before publication."
NO_WALL = ("The remaining {words} words of this model are visible to enrolled Brackenholm students. Log in using "
           "your Brackenholm account to continue reading.")
NO_AIM = ("Use this model to see how {level} answer builds an argument about {x}. Read it once for the "
          "argument, then a second time for the evidence.")
NO_COMMENTS = [
    ("greyling.j", "This helped me plan my own answer, thank you miss!"),
    ("t.hepworth", "Any chance of a Cold War version too?"),
    ("kowal_m", "The callout about counting linking words actually works."),
    ("ebbesen.l", "Is it fine to borrow the structure but not the wording?"),
    ("s.brennock", "Read this twice before my mock and felt far calmer."),
    ("a_castell", "Our teacher went through this one in the live lesson."),
]
NO_TEAM = ["Learning Support Team", "History Faculty", "Humanities Team"]


def no_updated(title: str) -> int:
    return number("nolsoy", "months", title, mod=11, base=1)


def no_article_id(title: str) -> int:
    return number("nolsoy", "id", title, mod=90000000, base=360000000)


def no_url(title: str) -> str:
    return f"/hc/en-gb/articles/{no_article_id(title)}-{slug(title)}"


def no_head(title: str, canonical: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(title)} \u2013 {NO_CENTRE}</title>
<meta name="viewport" content="initial-scale=1, width=device-width">
<meta content="https://{NO_HOST}{canonical}" property="og:url">
<link rel="canonical" href="https://{NO_HOST}{canonical}">
<link rel="stylesheet" href="//theme.helpnook.com/brackenholm/{digest('nolsoy', 'css', n=12)}/style.css">
<script src="//static.helpnook.com/hc/assets/hc_enduser-{digest('nolsoy', 'js', n=16)}.js"></script>
</head>"""


def no_chrome_top(p, cookie: str, notice: str) -> str:
    return f"""{cookie}<a class="skip-navigation" tabindex="1" href="#main-content">Skip to content</a>
<header class="header">
<div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.helpnook.com/brackenholm/logo.png" alt="{NO_CENTRE} home page"></a></div>
<div class="nav-wrapper"><nav class="user-nav" id="user-nav"><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a> <a class="sign-in" rel="nofollow" href="/hc/signin">Sign in</a></nav></div>
</header>
{notice}"""


def no_chrome_bottom() -> str:
    return f"""<footer class="footer">
<div class="footer-inner"><a title="Home" href="/hc/en-gb">{NO_SCHOOL}</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div>
<p class="powered-by">Help centre software by Helpnook</p></div>
</footer>
</body>
</html>
"""


def no_cookie_and_notice(p) -> tuple[str, str]:
    site = "nolsoy"
    cookie = notice = ""
    if isinstance(p, Page):
        turn = rank_of(site, "banner", 3, p)
        if turn is not None:
            notice = f'<div class="notification notification-notice" role="status"><p>{esc(NO_NOTICES[turn])}</p></div>\n'
            p.clutter.append(NO_NOTICES[turn])
        if carries(site, "cookies", 12, p):
            cookie = (f'<div id="cookie-consent" class="cookie-consent" role="dialog"><p>{esc(NO_COOKIE)}</p>'
                      f'<button class="button">Accept</button> <button class="button button-secondary">Manage</button></div>\n')
            p.clutter.append(NO_COOKIE)
    elif p.index % 2:
        cookie = (f'<div id="cookie-consent" class="cookie-consent" role="dialog"><p>{esc(NO_COOKIE)}</p>'
                  f'<button class="button">Accept</button> <button class="button button-secondary">Manage</button></div>\n')
    return cookie, notice


def nolsoy(p: Page) -> str:
    rng = p.rng
    site = "nolsoy"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2020)
    card = p.card
    canonical = no_url(p.title)
    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(NO_CALLOUT_LABELS)
        text = rng.choice(NO_CALLOUTS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="callout callout--tip"><p><strong>{esc(label)}</strong> {esc(text)}</p></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = "Essay plan for this model, as drawn on the class whiteboard"
            piece = (f'<figure class="wysiwyg-image"><img src="/hc/article_attachments/{number(site, "att", p.title, mod=9000000, base=1000000)}/plan.png" '
                     f'alt="Essay plan"><figcaption>{esc(caption)}</figcaption></figure>')
        else:
            caption = f"Watch: one of our teachers talks through this paragraph ({clock(number(site, 'len', p.title, mod=240, base=120))})"
            piece = (f'<div class="video-embed"><iframe src="https://video.brackenholm.school/embed/{digest(site, "vid", p.title, n=10)}" '
                     f'width="560" height="315" allowfullscreen title="Model essay walkthrough"></iframe><p class="video-caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = NO_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="restricted-article"><h2>For enrolled students</h2><p>{esc(said)}</p>'
                f'<a class="button button-primary" href="/hc/signin?return_to={canonical}">Sign in with school account</a></div>\n')
        p.clutter += [said, "For enrolled students", "Sign in with school account"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", "\n".join(f'<p class="works-cited">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    length = f"This model is {fmt_int(p.words)} words long, or roughly {p.pages} {'page' if p.pages == 1 else 'pages'} of an exam booklet."
    aim = NO_AIM.format(level=p.level, x=card["x"])
    aim_box = f'<div class="callout callout--info reading-aim"><h2 class="reading-aim__title">Reading aim</h2><p>{esc(aim)}</p></div>\n'
    early = placed_before(site, "aim", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="article-credit"><em>{esc(NO_CREDIT)}</em></p>\n'
        p.clutter.append(NO_CREDIT)
    team = NO_TEAM[number(site, "team", p.title, mod=len(NO_TEAM))]
    months = no_updated(p.title)
    views = number(site, "views", p.title, mod=4000, base=180)
    asked = number(site, "votes", p.title, mod=60, base=8)
    liked = asked - number(site, "no", p.title, mod=max(2, asked // 4))
    p.clutter += [length, aim, "Reading aim", f"Updated {plural(months, 'month')} ago", f"{fmt_int(views)} views",
                  f"{liked} of {asked} readers said yes", "Did you find what you needed?", team]
    section = p.site_titles
    sidebar = "".join(
        f'<li><a href="{no_url(t)}" class="sidenav-item{" current-article" if t == p.title else ""}">{esc(t)}</a></li>'
        for t in section[:8])
    if p.title not in section[:8]:
        sidebar += f'<li><a href="{canonical}" class="sidenav-item current-article">{esc(p.title)}</a></li>'
    p.clutter += [t for t in section[:8] if t != p.title]
    related = ""
    for t in rng.sample(p.others, 3):
        line = thesis_of(t)
        related += (f'<li><a href="{no_url(t)}">{esc(t)}</a><p class="related-excerpt">{esc(line)}</p></li>\n')
        p.clutter += [t, line]
    recent = rng.sample([t for t in p.others], 2)
    p.clutter += recent
    notes = rng.sample(NO_COMMENTS, rng.randint(0, 3))
    notes_html = "".join(
        f'<li class="comment"><div class="comment-author"><span class="comment-author-name">{esc(w)}</span> '
        f'<time>{plural(number(site, "c", p.title, w, mod=9, base=1), "week")} ago</time></div><div class="comment-body"><p>{esc(t)}</p></div></li>\n'
        for w, t in notes)
    p.clutter += [t for _, t in notes] + [f"{plural(len(notes), 'comment')}", "Only signed-in students can comment.",
                                          "Articles in this section", "More models like this", "Recently viewed articles",
                                          "Have more questions?", "Top of article", "Help centre software by Helpnook",
                                          "Skip to content", "Submit a request", f"Worked examples: {p.category}",
                                          "Study support"]
    cookie, notice = no_cookie_and_notice(p)
    return f"""{no_head(p.title, canonical)}
<body class="community-enabled">
{no_chrome_top(p, cookie, notice)}<main role="main">
<div class="container-divider"></div>
<div class="container">
<div class="sub-nav">
<ol class="breadcrumbs"><li title="{NO_CENTRE}"><a href="/hc/en-gb">{NO_CENTRE}</a></li><li title="Study support"><a href="/hc/en-gb/categories/4403">Study support</a></li><li title="Worked examples: {html.escape(p.category)}"><a href="/hc/en-gb/sections/{number(site, 'sec', p.category, mod=9000, base=1000)}">Worked examples: {esc(p.category)}</a></li></ol>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search" method="get"><input type="search" name="query" placeholder="Search the help centre" aria-label="Search"></form></div>
</div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>{sidebar}</ul></div>
</aside>
<article id="main-content" class="article">
<header class="article-header">
<h1 title="{html.escape(p.title)}" class="article-title">{esc(p.title)}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//theme.helpnook.com/brackenholm/team.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span class="author-name">{esc(team)}</span>
<ul class="meta-group"><li class="meta-data"><time datetime="2021-{12 - months:02d}-0{months % 9 + 1}T09:{months * 4:02d}:00Z">Updated {plural(months, 'month')} ago</time></li><li class="meta-data">{fmt_int(views)} views</li></ul></div></div>
<div class="article-subscribe"><button class="button" role="button" data-selected="false">Follow</button></div>
</header>
<section class="article-info"><div class="article-content">
<p class="model-length">{esc(length)}</p>
{aim_box if early else ""}<div class="article-body">
{body}
</div>
{wall}{credit}{"" if early else aim_box}</div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Did you find what you needed?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button> <button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">{liked} of {asked} readers said yes</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Top of article</a></div>
</section>
<section class="article-relatives">
<div class="related-articles"><h2 class="related-articles-title">More models like this</h2><ul>
{related}</ul></div>
<div class="recent-articles"><h2 class="recent-articles-title">Recently viewed articles</h2><ul>{"".join(f'<li><a href="{no_url(t)}">{esc(t)}</a></li>' for t in recent)}</ul></div>
</section>
<div class="article-comments" id="article-comments"><section class="comments">
<header class="comment-overview"><h2 class="comment-heading">Comments</h2><p class="comment-callout">{plural(len(notes), 'comment')}</p></header>
<ul class="comment-list">{notes_html}</ul>
<p class="comment-callout">Only signed-in students can comment.</p>
</section></div>
</article>
</div>
</div>
</main>
{no_chrome_bottom()}"""


NO_QUERIES = ["sources", "evidence", "records", "historians", "documents", "archive"]


def nolsoy_index(ix: IndexPage) -> str:
    """A section listing (every model with its opening sentence) or a help-centre search result page."""
    site = "nolsoy"
    cookie, notice = no_cookie_and_notice(ix)
    titles = ix.site_titles
    if ix.kind == "section":
        cats = sorted({cap(ESSAYS_BY_TITLE[t]["tags"][0]) for t in titles})
        rows = "".join(
            f'<li class="article-list-item{" article-promoted" if number(site, "promo", t, mod=4) == 0 else ""}">'
            f'<a href="{no_url(t)}" class="article-list-link">{esc(t)}</a>'
            f'<p class="article-list-preview">{esc(opener_of(t))}</p><span class="meta-data">Updated {plural(no_updated(t), "month")} ago</span></li>\n'
            for t in titles)
        main = f"""<div class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc/en-gb">{NO_CENTRE}</a></li><li><a href="/hc/en-gb/categories/4403">Study support</a></li><li>Worked examples</li></ol></div>
<div class="section-container">
<section class="section-content">
<header class="page-header"><h1>Worked examples</h1><p class="page-header-description">Worked examples written by our teachers for students preparing history coursework and exam answers. Each model shows one way to build an argument; none is meant to be copied.</p>
<button class="button section-subscribe" data-selected="false">Follow</button></header>
<nav class="section-tree"><h2>Topics in this section</h2><ul>{"".join(f'<li><a href="/hc/en-gb/sections/{number(site, "sec", c, mod=9000, base=1000)}">{esc(c)}</a></li>' for c in cats)}</ul></nav>
<ul class="article-list">
{rows}</ul>
<nav class="pagination"><ul><li class="pagination-current"><span>1</span></li><li><a href="?page=2">2</a></li><li class="pagination-next"><a href="?page=2" rel="next">Next \u203a</a></li></ul></nav>
</section>
</div>"""
        title = "Worked examples"
    else:
        query = max(NO_QUERIES, key=lambda q: (sum(q in essay_text(t).lower() for t in titles), q))
        hits = []
        for t in titles:
            for para_ in paragraphs_of(t):
                sen = next((s for s in re.split(r"(?<=[.?!])\s+", para_) if re.search(rf"\b{query}\b", s, re.I)), None)
                if sen:
                    words_ = sen.split()
                    hits.append((t, " ".join(words_[:24]) + (" \u2026" if len(words_) > 24 else "")))
                    break
        marked = re.compile(rf"(?i)\b({query})\b")
        rows = "".join(
            f'<li class="search-result-list-item result-article"><h2 class="search-result-title"><a href="{no_url(t)}">{esc(t)}</a></h2>'
            f'<article><ul class="meta-group"><li>Study support</li><li>Worked examples: {esc(cap(ESSAYS_BY_TITLE[t]["tags"][0]))}</li></ul>'
            f'<div class="search-result-description">{marked.sub(lambda m: "<em>" + m.group(1) + "</em>", esc(snip))}</div></article></li>\n'
            for t, snip in hits)
        main = f"""<div class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc/en-gb">{NO_CENTRE}</a></li><li>Search results</li></ol>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search" method="get"><input type="search" name="query" value="{query}" aria-label="Search"></form></div></div>
<div class="search-results">
<aside class="search-results-sidebar"><h3 class="collapsible-sidebar-title">Filter by type</h3><ul><li><a href="#" aria-current="page">Knowledge base ({len(hits)})</a></li><li><a href="#">Community (0)</a></li></ul></aside>
<section class="search-results-column">
<h1 class="search-results-subheading">{plural(len(hits), 'result')} for \u201c{query}\u201d</h1>
<ul class="search-results-list">
{rows}</ul>
</section>
</div>"""
        title = f"Search results \u2013 {query}"
    return f"""{no_head(title, "/hc/en-gb/sections/worked-examples" if ix.kind == "section" else "/hc/en-gb/search")}
<body class="community-enabled">
{no_chrome_top(ix, cookie, notice)}<main role="main">
<div class="container-divider"></div>
<div class="container">
{main}
</div>
</main>
{no_chrome_bottom()}"""


# ---- 2. skuvoy: a county family-history society reprinting members' journal articles, 2015 -------------------

SK_SOCIETY = "Wendholme Family History Society"
SK_JOURNAL = "Wendholme Roots"
SK_AUTHORS = [("Desmond", "Tallentire"), ("Glenys", "Pinnegar"), ("Trevor", "Ellerby"), ("Keith", "Rudduck"),
              ("Rosemary", "Sowerbutts"), ("Hilary", "Dimmock"), ("Maureen", "Blenkinsop"), ("Brenda", "Catterall"),
              ("Sheila", "Mountjoy"), ("Muriel", "Greaves"), ("Doreen", "Hepworth"), ("Oriel", "Kilbride")]
SK_VILLAGES = ["Scarthby", "Ottersett", "Hallowbeck", "Crossdale", "Elmstead", "Tamsworth"]
SK_JOINED = {last: ["1991", "1998", "2003", "2007", "2011"][k % 5] for k, (_, last) in enumerate(SK_AUTHORS)}
SK_ISSUES = {"84": "March 2014", "85": "June 2014", "86": "September 2014", "87": "December 2014", "88": "March 2015",
             "89": "June 2015"}
SK_TIP_LABELS = ["Research tip:", "Where to look:", "Library ref:", "Editor's footnote:"]
SK_TIPS = [
    "papers from the parish chest for these years often sit in the county record office",
    "the Society library keeps the local weekly newspaper on microfilm for this whole period",
    "search our burial index first, before paying for any certificates",
    "trade directories help to bridge the decade between two census returns",
    "the author turned this up in an uncatalogued box of solicitors' papers",
    "members may borrow the Society's copy of the main printed source",
    "the Resource Centre can supply a transcript of this document for a small fee",
]
SK_NOTICES = [
    "The Resource Centre will close from 22 December to 5 January for stocktaking.",
    "Subscriptions for 2015 are now due, and thank you to all who have renewed already.",
    "Because of building work, the March meeting moves to the Methodist Hall in Tamsworth.",
]
SK_COOKIE = ("This website saves one small cookie on your computer so that the Members' Area remembers you. By "
             "carrying on you agree to this.")
SK_CREDIT = "Reproduced from Wendholme Roots by kind permission of the author, who retains copyright."
SK_WALL = ("The rest of this article, another {words} words, can be read in the Members' Area. Log in with your "
           "membership number, or join the Society from \u00a316 a year.")
SK_EDITOR = ("{first} {last} joined the Society in {year} and has been tracing the {surname} family of {village} "
             "ever since. This article first appeared in issue {issue} of {journal}.")
SK_TALKS = [("Reading old handwriting for beginners", "Dr Mirabel Soames"),
            ("Poor Law papers and what they tell us", "Mrs Dalia Brennock"),
            ("Tracing ancestors who went to sea", "Mr Haydn Greyling"),
            ("Making sense of manor court rolls", "Miss Norah Ebbesen")]
SK_MEETING_DATES = ["Wednesday 14 January", "Wednesday 11 February", "Wednesday 11 March", "Wednesday 8 April",
                    "Wednesday 13 May", "Wednesday 10 June"]
SK_NAV = ["Home", "About the Society", "Join or Renew", "Members' Interests", "Research Services", "Resource Centre",
          "Journal", "Bookshop", "Meetings &amp; Events", "Links", "Contact Us"]


def sk_author(title: str) -> tuple[str, str, int]:
    k = number("skuvoy", "author", title, mod=len(SK_AUTHORS))
    first, last = SK_AUTHORS[k]
    return first, last, 1040 + 97 * k % 2300


def sk_issue(title: str) -> str:
    return str(84 + number("skuvoy", "issue", title, mod=len(SK_ISSUES)))


def sk_page_no(title: str) -> int:
    """First page of the article in its issue: the issue's articles follow one another from page 3."""
    same = sorted((t for t in SITE_TITLES["skuvoy"] if sk_issue(t) == sk_issue(title)), key=lambda t: digest("skuvoy", "pp", t))
    start = 3
    for t in same:
        if t == title:
            return start
        start += math.ceil(ESSAYS_BY_TITLE[t]["words"] / 275) + 1
    raise KeyError(title)


def sk_head(title: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} :: Journal :: {SK_SOCIETY}</title>
<meta name="keywords" content="family history, genealogy, Wendholme, parish, census, ancestors" />
<link rel="stylesheet" type="text/css" href="css/wfhs2009.css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/menu.js"></script>
</head>"""


def sk_side(index: int) -> tuple[int, str, str, str, date]:
    """The side column's moving parts for page `index`: counter, next talk, speaker, date, last update."""
    site = "skuvoy"
    visitors = number(site, "visits", index, mod=9000, base=183400) + 37 * index
    talk, speaker = SK_TALKS[index % len(SK_TALKS)]
    when = SK_MEETING_DATES[index % len(SK_MEETING_DATES)]
    updated = date(2015, 1, 5) + timedelta(days=number(site, "upd", index, mod=160))
    return visitors, talk, speaker, when, updated


def sk_frame(page, inner: str, cookie: str, notice: str) -> str:
    visitors, talk, speaker, when, updated = sk_side(page.index)
    nav = "".join(f'<li><a href="{slug(html.unescape(n)) or "index"}.html">{n}</a></li>' for n in SK_NAV)
    return f"""<body>
<div id="wrapper">
<div id="header"><img src="images/crest.gif" alt="Society crest" width="90" height="90" />
<div class="title">{SK_SOCIETY}</div>
<p class="charity">Registered Charity No. 1034187 &middot; Founded 1978</p></div>
{cookie}<div id="topnav"><a href="index.html">Home</a> | <a href="contact.html">Contact</a> | <a href="sitemap.html">Site map</a> | <a href="members/login.html">Members' Area login</a></div>
<table id="layout" cellpadding="0" cellspacing="0" width="100%">
<tr>
<td id="leftcol" valign="top" width="170">
<ul class="leftnav">{nav}</ul>
<form action="search.php" method="get" class="sitesearch"><p>Search this site<br /><input type="text" name="q" size="14" /> <input type="submit" value="Go" /></p></form>
<p class="joinbox"><a href="join.html"><img src="images/join-online.gif" alt="Join online" width="150" height="40" /></a></p>
</td>
<td id="content" valign="top">
{notice}{inner}
</td>
<td id="rightcol" valign="top" width="190">
<div class="sidebox"><h4>Next meeting</h4><p><b>{when}</b><br />{esc(talk)}<br />by {esc(speaker)}<br />7.30pm at Scarthby Village Hall</p></div>
<div class="sidebox"><h4>Resource Centre</h4><p>Open Tuesdays 10am to 4pm and on the opening Saturday of every month. Volunteers are always on hand to help.</p></div>
<div class="sidebox"><h4>Members' Interests</h4><form action="interests.php" method="get"><p>Surname<br /><input type="text" name="surname" size="14" /><br /><input type="submit" value="Search interests" /></p></form></div>
<div class="sidebox counter"><p>Page hits since 2003<br /><span class="digits">{visitors:07d}</span></p></div>
<div class="sidebox"><p><a href="http://www.facebook.com/wendholmefhs">Find us on Facebook</a></p></div>
</td>
</tr>
</table>
<div id="footer"><p>&copy; {SK_SOCIETY} 2015 &middot; Page last updated {updated.day} {updated.strftime('%B %Y')} &middot; Webmaster: webmaster@wendholmefhs.org.uk</p>
<p class="small">Best viewed at 1024 &times; 768 in Internet Explorer 8 or Firefox.</p></div>
</div>
</body>
</html>
"""


def sk_cookie_and_notice(page) -> tuple[str, str]:
    site = "skuvoy"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="newsflash"><marquee scrollamount="3">{esc(SK_NOTICES[turn])}</marquee></div>\n'
            page.clutter.append(SK_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div id="cookiewarning"><p>{esc(SK_COOKIE)} <a href="#" onclick="hideCookie();return false;">[close]</a></p></div>\n'
        if isinstance(page, Page):
            page.clutter.append(SK_COOKIE)
    return cookie, notice


def skuvoy(p: Page) -> str:
    rng = p.rng
    site = "skuvoy"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2014)
    card = p.card
    first, last, member = sk_author(p.title)
    issue = sk_issue(p.title)
    village = SK_VILLAGES[number(site, "village", p.title, mod=len(SK_VILLAGES))]
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote><p><i>{esc(v)}</i></p></blockquote>', tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(SK_TIP_LABELS)
        text = rng.choice(SK_TIPS)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="tipbox"><b>{esc(label)}</b> {esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        fig = turn + 1
        if turn % 2 == 0:
            caption = f"Fig. {fig}: a page from the Society's copy of an old map of {card['setting']}"
            piece = (f'<div class="figure"><img src="journal/images/{issue}-{digest(site, "map", p.title, n=6)}.jpg" width="420" height="300" alt="" />'
                     f'<p class="caption">{esc(caption)}</p></div>')
        else:
            caption = f"Fig. {fig}: pedigree sketch supplied by {first} {last}"
            piece = (f'<table class="figtable" align="center"><tr><td><img src="journal/images/{issue}-{digest(site, "tree", p.title, n=6)}.gif" width="400" height="260" alt="" /></td></tr>'
                     f'<tr><td class="caption">{esc(caption)}</td></tr></table>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = SK_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="membersonly"><h4>Members\' Area</h4><p>{esc(said)}</p>'
                f'<form action="members/login.php" method="post"><p>Membership no. <input type="text" name="memno" size="8" /> '
                f'Password <input type="password" name="pw" size="10" /> <input type="submit" value="Log in" /></p></form>'
                f'<p><a href="join.html">Join the Society</a></p></div>\n')
        p.clutter += [said, "Join the Society"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", '<div class="sources">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"In {SK_JOURNAL} this article ran to {fmt_int(p.words)} words, filling {p.pages} {'page' if p.pages == 1 else 'pages'} of the Journal."
    surname = last.upper()
    editor_text = SK_EDITOR.format(first=first, last=last, year=SK_JOINED[last], surname=last, village=village, issue=issue, journal=SK_JOURNAL)
    editor = f'<div class="edbox"><h4>Editor\'s introduction</h4><p>{esc(editor_text)}</p></div>\n'
    early = placed_before(site, "editor", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="credit"><i>{esc(SK_CREDIT)}</i></p>\n'
        p.clutter.append(SK_CREDIT)
    extra_names = rng.sample([a[1] for a in SK_AUTHORS if a[1] != last], 2)
    spans = [f"{surname} ({village}, {1700 + number(site, 'from', p.title, mod=80)}\u2013{1850 + number(site, 'to', p.title, mod=60)})"]
    spans += [f"{n.upper()} ({rng.choice(SK_VILLAGES)}, {rng.choice(['1780', '1800', '1820'])}\u2013{rng.choice(['1881', '1901', '1911'])})" for n in extra_names]
    interests = "; ".join(spans)
    contact = f"Write to the author through the Society, quoting membership number {member}."
    byline = f"by {first} {last} (Member no. {member})"
    badge = f"From {SK_JOURNAL} No. {issue}, {SK_ISSUES[issue]}"
    p.clutter += [length, editor_text, "Editor's introduction", interests, contact, "The author's research interests", byline, badge,
                  f"You are here: Home > Journal > Members' Articles > {p.title}", "More from the Journal",
                  "Back to the Journal index", "Previous article", "Next article"]
    also = ""
    for t in rng.sample(p.others, 3):
        f2, l2, _ = sk_author(t)
        fact = fact_of(t)
        where = f"by {f2} {l2}, No. {sk_issue(t)}, page {sk_page_no(t)}"
        also += (f'<li><a href="journal-{slug(t)}.html"><b>{esc(t)}</b></a> {esc(where)}<br />'
                 f'<span class="teaser">{esc(fact)}</span></li>\n')
        p.clutter += [t, fact, where]
    _, talk, speaker, when, updated = sk_side(p.index)
    p.clutter += [talk, f"by {speaker}", when, f"Page last updated {updated.day} {updated.strftime('%B %Y')}",
                  "Registered Charity No. 1034187", "Members' Area login", "About the Society", "Join or Renew",
                  "Members' Interests", "Research Services", "Resource Centre", "Search this site", "Next meeting",
                  "7.30pm at Scarthby Village Hall", "Page hits since 2003", "Find us on Facebook",
                  "Open Tuesdays 10am to 4pm and on the opening Saturday of every month. Volunteers are always on hand to help.",
                  "Webmaster: webmaster@wendholmefhs.org.uk", "Best viewed at 1024 \u00d7 768 in Internet Explorer 8 or Firefox.",
                  "Search interests"]
    if p.cut is not None:
        p.clutter += ["Members' Area", "Membership no."]
    cookie, notice = sk_cookie_and_notice(p)
    prev_t, next_t = rng.sample(p.others, 2)
    inner = f"""<div class="crumb">You are here: <a href="index.html">Home</a> &gt; <a href="journal.html">Journal</a> &gt; <a href="journal-articles.html">Members' Articles</a> &gt; {esc(p.title)}</div>
<div class="issuebadge">From <i>{SK_JOURNAL}</i> No. {issue}, {SK_ISSUES[issue]}</div>
<h2 class="articletitle">{esc(p.title)}</h2>
<p class="byline">{esc(byline)}</p>
<p class="printlen">{esc(length)}</p>
{editor if early else ""}<div class="articletext">
{body}
</div>
{wall}{credit}{"" if early else editor}<div class="interests"><h4>The author's research interests</h4><p>{esc(interests)}</p><p>{esc(contact)}</p></div>
<div class="alsoinissue"><h4>More from the Journal</h4><ul>
{also}</ul></div>
<p class="pagenav"><a href="journal-{slug(prev_t)}.html">&laquo; Previous article</a> | <a href="journal.html">Back to the Journal index</a> | <a href="journal-{slug(next_t)}.html">Next article &raquo;</a></p>"""
    return sk_head(p.title) + "\n" + sk_frame(p, inner, cookie, notice)


def skuvoy_index(ix: IndexPage) -> str:
    """The journal's contents page: every article with its author and page, after the editor's letter."""
    site = "skuvoy"
    cookie, notice = sk_cookie_and_notice(ix)
    rows = ""
    for t in sorted(ix.site_titles, key=lambda t: (-int(sk_issue(t)), sk_page_no(t))):
        f2, l2, m2 = sk_author(t)
        rows += (f'<tr><td class="pg">No. {sk_issue(t)} ({SK_ISSUES[sk_issue(t)]})</td><td class="pg">{sk_page_no(t)}</td><td><a href="journal-{slug(t)}.html">{esc(t)}</a></td>'
                 f'<td>{esc(f2)} {esc(l2)} ({m2})</td></tr>\n')
    inner = f"""<div class="crumb">You are here: <a href="index.html">Home</a> &gt; <a href="journal.html">Journal</a> &gt; Members' Articles</div>
<h2 class="articletitle">Members' Articles from {SK_JOURNAL}</h2>
<div class="edbox"><h4>From the Editor</h4>
<p>Every quarter our members send in far more than we can print, and the pieces gathered here are the ones readers asked us to keep online. Most started with a single ancestor and grew into something wider, which is exactly how family history ought to work.</p>
<p>If you would like to write for the Journal, articles of any length are welcome. Please send them by e-mail or post to the Editor, with any pictures as separate files, and remember to tell us where your sources are kept.</p></div>
<table class="contents" cellpadding="4" cellspacing="0" border="1">
<tr><th>Issue</th><th>Page</th><th>Article</th><th>Author (member no.)</th></tr>
{rows}</table>
<p class="small">Back issues of {SK_JOURNAL} can be bought from the Bookshop at \u00a32.50 each, post free to members.</p>"""
    return sk_head(f"{SK_JOURNAL}: members' articles") + "\n" + sk_frame(ix, inner, cookie, notice)


# ---- 3. mykines: a county bar association's Law Day essay contest winners, 2019 ----------------------------

MY_BAR = "Corliss County Bar Association"
MY_THEME = "Courts, Conscience and the Common Good"
MY_STUDENTS = [("Mariela", "V."), ("Devontae", "R."), ("Caleb", "O."), ("Xiomara", "T."), ("Deshawn", "P."),
               ("Yesenia", "L."), ("Soren", "K."), ("Anouk", "M."), ("Emeka", "A."), ("Dalia", "F."), ("Jalen", "W."),
               ("Marisela", "G."), ("Quentin", "H."), ("Amadou", "S."), ("Beatriz", "C."), ("Teodora", "N."),
               ("Tobin", "E."), ("Zuri", "B.")]
MY_MIDDLE = ["Eastbrook Middle School", "Osterley Middle School"]
MY_SCHOOLS = ["Corliss Central High School", "Pike Ridge High School", "Dunmere Academy", "Fairhaven High School",
              "Amberly Charter School", "Kittering Valley High School"]
MY_DIVISIONS = ["Grades 6\u20138 Division", "Grades 9\u201310 Division", "Grades 11\u201312 Division"]
MY_PLACES = ["First Place", "Second Place", "Third Place", "Honorable Mention", "Honorable Mention", "Honorable Mention"]
MY_TEACHERS = ["Ms. Lyndhurst", "Mr. Sandling", "Mrs. Gorsey", "Mr. Merriwether", "Ms. Corvina"]
MY_JUDGES = ["Judge Cordelia Lockyer", "Judge Haydn Tanager"]
MY_SPONSORS = ["Langhorne & Arbogast LLP", "Vinterberg Alcantara PLLC", "Beckwith, Villanueva & Pinder",
               "Corliss Savings Bank", "Hanratty Court Reporting"]
MY_NOTE_LABELS = ["From the bench:", "Committee note:", "Scoring rubric:", "Civics link:"]
MY_NOTES = [
    "a clear thesis, stated early and defended all the way through",
    "this student weighs evidence much as a careful trial judge would",
    "a good model of quoting a historian's numbers responsibly",
    "government teachers could build a whole class discussion around this paragraph",
    "the panel admired how fairly the opposing view is laid out",
    "this paragraph earned full marks for organization",
    "set this beside what your class has learned about due process",
]
MY_NOTICES = [
    "The courthouse annex will be closed on Monday, May 27, for Memorial Day.",
    "Dues renewal notices for the 2019\u20132020 bar year go out by mail in June.",
    "The Lawyer Referral Service phone line closes early on Friday, April 19.",
]
MY_COOKIE = ("This website relies on cookies to remember your sign-in and to see how pages get used. Continuing "
             "to browse means you accept this.")
MY_CREDIT = "Shared here with written permission from the student and a parent or guardian."
MY_WALL = ("This entry continues for {words} more words in the Law Day program booklet, which members "
           "can read through the member portal.")
MY_THEME_TEXT = ("Students in grades 6 to 12 answered this year's theme, \u201c{theme}\u201d, by writing about a "
                 "moment from history when law and conscience met.")
MY_CLE = [("May 7", "Ethics in the Digital Office", "1.0"), ("May 15", "Family Law Update 2019", "3.0"),
          ("May 22", "Trial Skills Lunch Series: Direct Examination", "1.5"), ("June 5", "Landlord and Tenant Basics", "2.0"),
          ("June 12", "Wellness for Lawyers: Managing Stress", "1.0"), ("June 19", "Appellate Practice Roundtable", "1.5")]


def my_rank(title: str) -> int:
    """Each entry's fixed position in a seeded ordering of the site's entries: one student per entry, and
    places handed out within each division as a real committee would."""
    order = sorted(SITE_TITLES["mykines"], key=lambda t: digest("mykines", "roster", t))
    return order.index(title)


def my_place(title: str) -> tuple[str, str]:
    k, n = my_rank(title), len(SITE_TITLES["mykines"])
    cut1, cut2 = n // 3, 2 * n // 3
    division = 0 if k < cut1 else 1 if k < cut2 else 2
    return MY_PLACES[k - (0, cut1, cut2)[division]], MY_DIVISIONS[division]


def my_student(title: str) -> tuple[str, str, str, str]:
    first, initial = MY_STUDENTS[my_rank(title)]
    middle = my_place(title)[1] == MY_DIVISIONS[0]
    pool = MY_MIDDLE if middle else MY_SCHOOLS
    school = pool[number("mykines", "school", title, mod=len(pool))]
    teacher = MY_TEACHERS[number("mykines", "teacher", title, mod=len(MY_TEACHERS))]
    return first, initial, school, teacher


def my_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<title>{esc(title)} | Law Day | {MY_BAR}</title>
<link rel="stylesheet" href="/assets/ccba/site.{digest('mykines', 'css', n=9)}.min.css">
<script src="/assets/ccba/site.{digest('mykines', 'js', n=9)}.min.js" defer></script>
</head>"""


def my_frame(page, crumbs: str, main: str, cookie: str, notice: str) -> str:
    site = "mykines"
    rng = random.Random(f"set28:{SEED}:{site}:side:{page.index}")
    cle = sorted(rng.sample(MY_CLE, 3), key=MY_CLE.index)
    sponsors = rng.sample(MY_SPONSORS, 3)
    cle_html = "".join(f'<li><span class="cle-date">{d}</span> <a href="/cle/{slug(t)}">{esc(t)}</a> <span class="cle-credit">{c} CLE credit hours</span></li>' for d, t, c in cle)
    if isinstance(page, Page):
        page.clutter += [t for _, t, _ in cle] + [f"{c} CLE credit hours" for _, _, c in cle] + sponsors
    return f"""<body class="page-law-day">
{cookie}<div class="utility-bar"><a class="btn btn-find" href="/find-a-lawyer">Find a Lawyer</a> <a href="/member-sign-in">Member Sign In</a> <a href="/join">Join the Association</a></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/assets/ccba/logo.svg" alt="{MY_BAR}" width="260" height="64"></a>
<nav class="main-nav"><ul><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/cle">CLE &amp; Events</a></li><li><a href="/public">For the Public</a></li><li><a class="active" href="/law-day">Law Day</a></li><li><a href="/foundation">Foundation</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
{notice}<div class="page-banner"><p class="banner-kicker">Law Day 2019 \u00b7 Student Essay Contest</p></div>
<nav class="breadcrumb" aria-label="Breadcrumb">{crumbs}</nav>
<div class="row">
<main class="col-main">
{main}
</main>
<aside class="col-side">
<div class="widget widget-lrs"><h3>Need a lawyer?</h3><p>Our Lawyer Referral Service can put you in touch with a local attorney for a reduced-fee first consultation.</p><p class="phone">(555) 013-4470</p></div>
<div class="widget widget-cle"><h3>Upcoming CLE</h3><ul>{cle_html}</ul><a href="/cle">Full calendar</a></div>
<div class="widget widget-sponsors"><h3>Law Day sponsors</h3><ul>{"".join(f"<li>{esc(s)}</li>" for s in sponsors)}</ul></div>
</aside>
</div>
<footer class="site-footer"><p>{MY_BAR} \u00b7 212 Courthouse Square, Suite 4 \u00b7 (555) 013-4400</p>
<p class="disclaimer">The {MY_BAR} does not give legal advice through this website. For help with a legal problem, call the Lawyer Referral Service.</p>
<p>\u00a9 2019 {MY_BAR}</p></footer>
</body>
</html>
"""


def my_cookie_and_notice(page) -> tuple[str, str]:
    site = "mykines"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="alert alert-info" role="status"><p>{esc(MY_NOTICES[turn])}</p></div>\n'
            page.clutter.append(MY_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = page.index % 3 != 0
    if show:
        cookie = (f'<div class="cookie-notice" role="dialog"><p>{esc(MY_COOKIE)}</p><button type="button">OK</button> '
                  f'<a href="/privacy">Privacy policy</a></div>\n')
        if isinstance(page, Page):
            page.clutter.append(MY_COOKIE)
    return cookie, notice


def my_crumbs(last: str) -> str:
    return ('<a href="/">Home</a> / <a href="/public">For the Public</a> / <a href="/law-day">Law Day</a> / '
            f'<a href="/law-day/essay-contest">Essay Contest</a> / <span>{esc(last)}</span>')


def mykines(p: Page) -> str:
    rng = p.rng
    site = "mykines"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2018)
    first, initial, school, teacher = my_student(p.title)
    place, division = my_place(p.title)
    judge = MY_JUDGES[p.index % 2]
    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="entry-quote"><p>{esc(v)}</p></blockquote>', tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(MY_NOTE_LABELS)
        text = rng.choice(MY_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<blockquote class="committee-note"><p><span class="committee-note__label">{esc(label)}</span> {esc(text)}</p></blockquote>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{first} {initial} receives the award from {judge} at the Law Day luncheon"
            piece = (f'<figure class="entry-photo"><img src="/uploads/2019/05/lawday-{digest(site, "img", p.title, n=8)}.jpg" alt="" width="800" height="533">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Listen: {first} reads the entry aloud on the courthouse steps ({clock(number(site, 'len', p.title, mod=180, base=160))})"
            piece = (f'<div class="entry-audio"><audio controls preload="none" src="/uploads/2019/05/lawday-{digest(site, "aud", p.title, n=8)}.mp3"></audio>'
                     f'<p class="entry-audio__caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = MY_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="member-gate"><p>{esc(said)}</p><a class="btn btn-primary" href="/member-sign-in?next=/law-day/essay-contest/2019/{slug(p.title)}">Sign in to the member portal</a></div>\n')
        p.clutter += [said, "Sign in to the member portal"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", '<div class="entry-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Word count certified by the contest committee: {fmt_int(p.words)} \u00b7 Pages handed in: {p.pages}"
    theme_text = MY_THEME_TEXT.format(theme=MY_THEME)
    theme = f'<div class="theme-box"><h3>The 2019 theme</h3><p>{esc(theme_text)}</p></div>\n'
    early = placed_before(site, "theme", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="entry-permission"><em>{esc(MY_CREDIT)}</em></p>\n'
        p.clutter.append(MY_CREDIT)
    byline = f"{first} {initial}, {school}"
    p.clutter += [length, theme_text, "The 2019 theme", f"{place} \u00b7 {division}", byline, f"Teacher sponsor: {teacher}",
                  "Other winning entries", "Law Day 2019 \u00b7 Student Essay Contest", "Need a lawyer?",
                  "Our Lawyer Referral Service can put you in touch with a local attorney for a reduced-fee first consultation.",
                  "Upcoming CLE", "Full calendar", "Law Day sponsors", "Find a Lawyer", "Member Sign In", "Join the Association",
                  f"The {MY_BAR} does not give legal advice through this website. For help with a legal problem, call the Lawyer Referral Service.",
                  f"{MY_BAR} \u00b7 212 Courthouse Square, Suite 4 \u00b7 (555) 013-4400", "Read the winning entry"]
    others = ""
    for t in rng.sample(p.others, 3):
        tail = tail_of(t)
        f2, i2, s2, _ = my_student(t)
        pl2, dv2 = my_place(t)
        others += (f'<div class="winner-card"><p class="winner-card__place">{esc(pl2)} \u00b7 {esc(dv2)}</p>'
                   f'<h3><a href="/law-day/essay-contest/2019/{slug(t)}">{esc(t)}</a></h3><p class="winner-card__by">{esc(f2)} {esc(i2)}, {esc(s2)}</p>'
                   f'<p class="winner-card__tail">\u2026{esc(tail)}</p><a class="more" href="/law-day/essay-contest/2019/{slug(t)}">Read the winning entry</a></div>\n')
        p.clutter += [t, tail, f"{f2} {i2}, {s2}", f"{pl2} \u00b7 {dv2}"]
    cookie, notice = my_cookie_and_notice(p)
    main = f"""<article class="winning-entry">
<p class="placement"><span class="ribbon">{esc(place)}</span> \u00b7 {esc(division)}</p>
<h1 class="entry-title">{esc(p.title)}</h1>
<p class="entry-byline">{esc(byline)}</p>
<p class="entry-sponsor">Teacher sponsor: {esc(teacher)}</p>
<p class="entry-count">{esc(length)}</p>
{theme if early else ""}<div class="entry-body">
{body}
</div>
{wall}{credit}{"" if early else theme}<div class="share-tools"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#" onclick="window.print()">Print</a></div>
</article>
<section class="other-winners"><h2>Other winning entries</h2>
{others}</section>"""
    return my_head(p.title) + "\n" + my_frame(p, my_crumbs(p.title), main, cookie, notice)


def mykines_index(ix: IndexPage) -> str:
    """Either the winners' table or the contest rules page; neither holds an essay."""
    cookie, notice = my_cookie_and_notice(ix)
    if ix.kind == "winners":
        order = sorted(ix.site_titles, key=my_rank)
        rows = ""
        for t in order:
            f2, i2, s2, _ = my_student(t)
            pl2, dv2 = my_place(t)
            rows += (f'<tr><td>{esc(dv2)}</td><td>{esc(pl2)}</td><td>{esc(f2)} {esc(i2)}</td><td>{esc(s2)}</td>'
                     f'<td><a href="/law-day/essay-contest/2019/{slug(t)}">{esc(t)}</a></td></tr>\n')
        main = f"""<article class="page-content">
<h1>2019 Essay Contest: Winning Entries</h1>
<p class="lead">Congratulations to this year's winners, who were honored at the Law Day luncheon on May 1. The committee read {fmt_int(212 + len(order) * 3)} entries from {len(MY_SCHOOLS) + len(MY_MIDDLE) + 3} schools.</p>
<table class="table winners-table">
<thead><tr><th>Division</th><th>Place</th><th>Student</th><th>School</th><th>Entry</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p>Winning students receive savings bonds donated by our sponsors, and their teachers receive a classroom grant.</p>
</article>"""
        return my_head("2019 Winning Entries") + "\n" + my_frame(ix, my_crumbs("2019 Winning Entries"), main, cookie, notice)
    main = f"""<article class="page-content">
<h1>Law Day Essay Contest: Rules and Guidelines</h1>
<p>Each spring the {MY_BAR} invites students across the county to write about the rule of law. The contest is open to students in grades 6 through 12 at any public, private or home school in Corliss County.</p>
<p>This year's theme is \u201c{MY_THEME}.\u201d Entrants should choose one episode from history and explain what it shows about the relationship between law and conscience. The strongest essays commit to one answer and back it with evidence.</p>
<h2>Rules</h2>
<ol>
<li>Entries must be the student's own work and must not exceed 800 words; the bibliography does not count toward that limit.</li>
<li>Each entry needs a cover sheet with the student's name, grade, school and teacher sponsor.</li>
<li>Teachers should certify the word count and submit entries by mail or through the online form.</li>
<li>Entries are judged in three divisions: grades 6 to 8, grades 9 and 10, and grades 11 and 12.</li>
<li>The deadline for entries is Friday, March 15, at 5:00 p.m.</li>
</ol>
<h2>Judging</h2>
<p>A panel of attorneys and judges reads every entry without seeing the student's name. Essays are scored on argument, use of evidence, organization and writing mechanics.</p>
<h2>Prizes</h2>
<ul><li>First place in each division: a $500 savings bond</li><li>Second place: a $250 savings bond</li><li>Third place: a $100 savings bond</li></ul>
<p>Questions about the contest may be sent to the Law Day committee at lawday@corlissbar.org.</p>
</article>"""
    return my_head("Essay Contest Rules") + "\n" + my_frame(ix, my_crumbs("Rules"), main, cookie, notice)


# ---- 4. koltur: a scholarship foundation's pages for its award holders, 2018 ---------------------------------

KO_FOUNDATION = "The Ardith Pellingham Foundation"
KO_SHORT = "Pellingham Foundation"
KO_SCHOLARS = [("Adaora", "Greyling"), ("Thiago", "Nakashima"), ("Esi", "Brennock"), ("Ffion", "Vargas"),
               ("Lewin", "Kowal"), ("Maelle", "Hanratty"), ("Tenzin", "Soames"), ("Paloma", "Ebbesen"),
               ("Leilani", "Castell"), ("Haydn", "Rafferty"), ("Mirabel", "Szabo"), ("Norah", "Tanager"),
               ("Ayodele", "Whitcomb"), ("Delfina", "Petrakis"), ("Keanu", "Lachance"), ("Ximena", "Hawley"),
               ("Benedikt", "Duarte"), ("Odalys", "Renner")]
KO_SCHOOLS = ["Westbrook Heights High School", "Lakeview Magnet School", "Ridgemont Early College High School",
              "Calder Springs High School", "North Fork Academy", "Harbison Preparatory School"]
KO_COLLEGES = [("a state university", "history"), ("a liberal arts college", "political science"),
               ("a public university", "history and education"), ("a community college honors program", "pre-law"),
               ("a private university", "economics and history"), ("a state university", "public policy")]
KO_TOWNS = ["a small town two hours north of the city", "an apartment above the family bakery",
            "a farming community near the state line", "a neighborhood on the city's east side"]
KO_PASTIMES = ["tutors younger pupils at a Saturday reading club", "coaches a youth soccer team",
               "works weekends at a grocery store", "runs the school's history club"]
KO_REMARK_LABELS = ["Why it stood out:", "Reviewer's note:", "Panel view:", "Mentor's comment:"]
KO_REMARKS = [
    "readers singled out this paragraph for its honesty about what the sources cannot say",
    "the panel loved the confidence of this turn in the argument",
    "here the writer shows the patience of a real researcher",
    "several readers said this passage changed their own view",
    "a mature handling of a painful subject",
    "at this point the argument turned from good to memorable",
    "our readers noted the precise use of evidence here",
]
KO_NOTICES = [
    "Our office will be closed November 22 and 23 for Thanksgiving.",
    "Renewal forms for current scholars are due by July 15.",
    "We have moved: our new address is 400 Lakeshore Plaza, Suite 12.",
]
KO_COOKIE = ("This site uses cookies and similar tools to understand visits and improve what we show. Accept to "
             "continue, or adjust your preferences.")
KO_CREDIT = "This scholarship is made possible by the Alderwood Family Fund."
KO_WALL = ("Another {words} words of this essay go out to readers of our Scholar Stories e-mail. "
           "Enter your address to keep reading.")
KO_BIO = ("{first} grew up in {town} and is the first in the family bound for college. Outside class, {first} "
          "{pastime}.")
KO_AWARDS = ["Heritage", "First Generation", "Civic Leadership", "Founders'"]
KO_TOPBAR = "Applications for the 2019 awards open on October 1."
KO_AMOUNTS = {"Heritage": "$5,000 a year, renewable for four years", "First Generation": "$4,000 a year, renewable",
              "Civic Leadership": "$2,500 one-time award", "Founders'": "$10,000 over four years"}
KO_STATS = ["$3.1 million awarded since 1991", "426 scholars", "38 partner high schools"]


def ko_scholar(title: str) -> tuple[str, str, str, str, str]:
    k = sorted(SITE_TITLES["koltur"], key=lambda t: digest("koltur", "roster", t)).index(title)
    first, last = KO_SCHOLARS[k]
    school = KO_SCHOOLS[number("koltur", "school", title, mod=len(KO_SCHOOLS))]
    college, subject = KO_COLLEGES[number("koltur", "college", title, mod=len(KO_COLLEGES))]
    return first, last, school, college, subject


def ko_award(title: str) -> str:
    return KO_AWARDS[number("koltur", "award", title, mod=len(KO_AWARDS))]


def ko_url(title: str) -> str:
    first, last, *_ = ko_scholar(title)
    return f"/scholars/2018/{slug(first + ' ' + last)}-{slug(title)[:24]}/"


def pb_section(inner: str, cls: str, key: str) -> str:
    """The page builder's nesting: section, container, column, wrap; each widget in its own pair of divs."""
    return (f'<section class="pb-section pb-section--boxed {cls}" data-id="{digest("koltur", key, n=7)}">'
            f'<div class="pb-container"><div class="pb-column pb-col-100"><div class="pb-widget-wrap">\n{inner}\n</div></div></div></section>\n')


def pb_widget(kind: str, inner: str) -> str:
    return (f'<div class="pb-element pb-widget pb-widget-{kind}" data-widget_type="{kind}.default">'
            f'<div class="pb-widget-container">{inner}</div></div>')


def ko_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<title>{esc(title)} \u2013 {KO_SHORT}</title>
<link rel="stylesheet" id="pb-frontend-css" href="/wp-content/plugins/pagebuilder/assets/css/frontend.min.css?ver=3.4.2" media="all">
<link rel="stylesheet" id="pb-post-{number('koltur', 'post', title, mod=900, base=100)}-css" href="/wp-content/uploads/pagebuilder/css/post-{number('koltur', 'post', title, mod=900, base=100)}.css" media="all">
</head>"""


def ko_frame(page, content: str, cookie: str, notice: str) -> str:
    footer_cols = pb_section(pb_widget("text-editor", f"<p>{KO_FOUNDATION} is a 501(c)(3) nonprofit organization. EIN 36-4418290.</p>"
                                                      "<p>400 Lakeshore Plaza, Suite 12 \u00b7 (555) 014-2230</p>"), "footer-main", "foot")
    return f"""<body class="page-template-default pb-default pb-page">
{cookie}<div class="top-bar"><p>{KO_TOPBAR} <a href="/apply/">Learn how to apply</a></p></div>
<header class="site-header" id="masthead"><a class="custom-logo-link" href="/"><img src="/wp-content/uploads/2017/09/pellingham-logo.png" alt="{KO_FOUNDATION}" width="240" height="70"></a>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/about/">About</a></li><li><a href="/scholarships/">Our Scholarships</a></li><li class="current-menu-ancestor"><a href="/scholars/">Meet the Scholars</a></li><li><a href="/stories/">Stories</a></li><li class="menu-button"><a href="/donate/">Donate</a></li><li><a href="/apply/">Apply</a></li></ul></nav></header>
{notice}<div class="pb pb-{number('koltur', 'doc', getattr(page, 'title', page.index), mod=900, base=100)}">
{content}</div>
<footer class="site-footer">
{footer_cols}<p class="copyright">\u00a9 2018 {KO_SHORT} \u00b7 <a href="/privacy/">Privacy policy</a></p>
</footer>
</body>
</html>
"""


def ko_cookie_and_notice(page) -> tuple[str, str]:
    site = "koltur"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="site-alert" role="status"><p>{esc(KO_NOTICES[turn])}</p></div>\n'
            page.clutter.append(KO_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div id="cookie-law-info-bar" class="cli-bar"><span>{esc(KO_COOKIE)}</span> <a role="button" class="cli-accept">Accept</a> '
                  f'<a role="button" class="cli-settings">Preferences</a></div>\n')
        if isinstance(page, Page):
            page.clutter.append(KO_COOKIE)
    return cookie, notice


def koltur(p: Page) -> str:
    rng = p.rng
    site = "koltur"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2017)
    first, last, school, college, subject = ko_scholar(p.title)
    award = ko_award(p.title)
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(KO_REMARK_LABELS)
        text = rng.choice(KO_REMARKS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="pb-alert pb-alert-info" role="note"><span class="pb-alert-title">{esc(label)}</span> <span class="pb-alert-description">{esc(text)}</span></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Video: {first} talks about writing this essay ({clock(number(site, 'len', p.title, mod=150, base=90))})"
            piece = (f'<div class="pb-video-wrapper"><iframe class="pb-video-iframe" src="https://player.vimeo.com/video/{number(site, "vid", p.title, mod=90000000, base=200000000)}" '
                     f'allowfullscreen title="{html.escape(first)}"></iframe><p class="pb-video-caption">{esc(caption)}</p></div>')
        else:
            caption = f"{first} at the foundation's spring reception for 2018 scholars"
            piece = (f'<figure class="wp-caption"><img src="/wp-content/uploads/2018/05/reception-{digest(site, "img", p.title, n=6)}.jpg" width="900" height="600" alt="">'
                     f'<figcaption class="widget-image-caption wp-caption-text">{esc(caption)}</figcaption></figure>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = KO_WALL.format(words=fmt_int(p.rest_words()))
        wall = pb_widget("form", f'<h3>Read {esc(first)}\u2019s full essay</h3><p>{esc(said)}</p>'
                                 f'<form class="pb-form" method="post"><input type="email" name="email" placeholder="Your e-mail address"><button type="submit">Show me the rest</button></form>') + "\n"
        p.clutter += [said, f"Read {first}\u2019s full essay", "Show me the rest"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "\n".join(f'<p class="works-cited">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    limit = (p.words // 50 + 2) * 50
    length = f"Award essay: {fmt_int(p.words)} words, against a ceiling of {fmt_int(limit)} \u00b7 {p.pages} {'page' if p.pages == 1 else 'pages'}"
    bio_text = KO_BIO.format(first=first, town=KO_TOWNS[number(site, "town", p.title, mod=4)],
                             pastime=KO_PASTIMES[number(site, "pastime", p.title, mod=4)])
    bio = pb_widget("text-editor", f'<h3 class="scholar-bio__title">About {esc(first)}</h3><p>{esc(bio_text)}</p>') + "\n"
    early = placed_before(site, "bio", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = pb_widget("text-editor", f'<p class="award-credit"><em>{esc(KO_CREDIT)}</em></p>') + "\n"
        p.clutter.append(KO_CREDIT)
    award_line = f"2018 {award} Scholar"
    where = f"{school} \u00b7 Now studying {subject} at {college}"
    p.clutter += [length, bio_text, f"About {first}", award_line, where, KO_AMOUNTS[award], "Winning essay", KO_TOPBAR, "Learn how to apply",
                  *KO_STATS, "Every scholar starts with a gift.", "A gift of $50 covers a first-year scholar's textbooks for a term.",
                  "Give today", "More 2018 scholars", "Scholar Stories in your inbox",
                  "One e-mail a month with news from our scholars. No spam, ever.", "Meet the Scholars", "Our Scholarships",
                  f"{KO_FOUNDATION} is a 501(c)(3) nonprofit organization. EIN 36-4418290.",
                  "400 Lakeshore Plaza, Suite 12 \u00b7 (555) 014-2230", f"\u00a9 2018 {KO_SHORT}", "Read the story"]
    cards = ""
    for t in rng.sample(p.others, 3):
        line = wrap_up_of(t)
        f2, l2, s2, _, _ = ko_scholar(t)
        cards += pb_widget("icon-box", f'<a href="{ko_url(t)}"><img src="/wp-content/uploads/2018/04/{slug(f2 + " " + l2)}-400x400.jpg" alt="" width="200" height="200">'
                                       f'<h4 class="scholar-card__name">{esc(f2)} {esc(l2)}</h4><p class="scholar-card__meta">2018 {esc(ko_award(t))} Scholar \u00b7 {esc(s2)}</p>'
                                       f'<p class="scholar-card__quote">\u201c{esc(line)}\u201d</p><span class="scholar-card__more">Read the story</span></a>') + "\n"
        p.clutter += [f"{f2} {l2}", f"2018 {ko_award(t)} Scholar \u00b7 {s2}", line]
    cookie, notice = ko_cookie_and_notice(p)
    hero = pb_section(pb_widget("image", f'<img src="/wp-content/uploads/2018/04/{slug(first + " " + last)}-1200x800.jpg" alt="{html.escape(first)} {html.escape(last)}" width="600" height="400">')
                      + pb_widget("heading", f'<h1 class="pb-heading-title">{esc(first)} {esc(last)}</h1>')
                      + pb_widget("text-editor", f'<p class="scholar-award">{esc(award_line)}</p><p class="scholar-where">{esc(where)}</p><p class="scholar-amount">{esc(KO_AMOUNTS[award])}</p>'),
                      "scholar-hero", f"hero{p.index}")
    stats = pb_section("".join(pb_widget("counter", f'<span class="pb-counter-number">{esc(s)}</span>') for s in KO_STATS), "stats-strip", "stats")
    essay = pb_section((bio if early else "")
                       + pb_widget("heading", '<p class="pb-heading-kicker">Winning essay</p>')
                       + pb_widget("heading", f'<h2 class="pb-heading-title essay-title">{esc(p.title)}</h2>')
                       + pb_widget("text-editor", f'<p class="essay-length">{esc(length)}</p>')
                       + "\n" + pb_widget("text-editor", f"\n{body}\n") + "\n" + wall + credit + ("" if early else bio),
                       "scholar-essay", f"essay{p.index}")
    give = pb_section(pb_widget("call-to-action", '<h3>Every scholar starts with a gift.</h3><p>A gift of $50 covers a first-year scholar\'s textbooks for a term.</p><a class="pb-button" href="/donate/">Give today</a>'),
                      "donate-band", "give")
    more = pb_section(pb_widget("heading", "<h2>More 2018 scholars</h2>") + "\n" + cards, "more-scholars", f"more{p.index}")
    news = pb_section(pb_widget("form", '<h3>Scholar Stories in your inbox</h3><p>One e-mail a month with news from our scholars. No spam, ever.</p>'
                                        '<form class="pb-form"><input type="email" placeholder="E-mail address"><button type="submit">Subscribe</button></form>'),
                      "newsletter", "news")
    return ko_head(f"{first} {last}") + "\n" + ko_frame(p, hero + stats + essay + give + more + news, cookie, notice)


def koltur_index(ix: IndexPage) -> str:
    """The grid of this year's award holders, with the titles of their essays."""
    cookie, notice = ko_cookie_and_notice(ix)
    cards = ""
    for t in ix.site_titles:
        f2, l2, s2, c2, sub2 = ko_scholar(t)
        cards += pb_widget("icon-box", f'<a href="{ko_url(t)}"><img src="/wp-content/uploads/2018/04/{slug(f2 + " " + l2)}-400x400.jpg" alt="" width="200" height="200">'
                                       f'<h3 class="scholar-card__name">{esc(f2)} {esc(l2)}</h3><p class="scholar-card__meta">{esc(ko_award(t))} Scholar \u00b7 {esc(s2)}</p>'
                                       f'<p class="scholar-card__essay">Essay: {esc(t)}</p></a>') + "\n"
    intro = pb_section(pb_widget("heading", "<h1 class=\"pb-heading-title\">Meet the 2018 Scholars</h1>")
                       + pb_widget("text-editor", "<p>This year's scholars were chosen from more than 1,100 applicants. Each wrote an essay about a moment in history that changed how they see the world; click a name to read the story and the essay.</p>"),
                       "scholars-intro", "intro")
    grid = pb_section(cards, "scholars-grid", "grid")
    return ko_head("Meet the 2018 Scholars") + "\n" + ko_frame(ix, intro + grid, cookie, notice)


# ---------------------------------------------------------------------------------------------------- main

SITES = {  # folder -> (essay page writer, index page writer, index kinds, number cut short, number citing sources)
    "nolsoy": (nolsoy, nolsoy_index, ["section", "search"], 3, 4),  # knowledge base: reading-aim box leads or trails
    "skuvoy": (skuvoy, skuvoy_index, ["contents"], 3, 4),            # society journal: editor's box leads or trails
    "mykines": (mykines, mykines_index, ["winners", "rules"], 2, 3),  # Law Day contest: theme box leads or trails
    "koltur": (koltur, koltur_index, ["grid"], 3, 4),                # scholarship pages: biography leads or trails
}


def essays_needed() -> int:
    return sum(PAGES_PER_SITE - len(kinds) for _, _, kinds, _, _ in SITES.values())


def units_of(essay: dict) -> set[str]:
    """Every paragraph, quotation or bullet of six words or more, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Card after card (in shuffled order) an essay is made; it is thrown away when one unit of it appears in
    an essay already accepted, or any accepted unit appears in it. Done at `need`."""
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
    """Which page numbers hold the site's index pages (never page 1 or page 18), and of which kind."""
    spots = sorted(random.Random(f"set28:{SEED}:{name}:index").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: list[dict]) -> list[str]:
    """Writes every site folder (pages and truth notes) and returns the SOURCES.tsv rows in page order.
    Teaser cuts and reference lists are drawn as in set one's folder writer, among essay pages only."""
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
    ap.add_argument("--seed", type=int, default=2028)
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
          f"{len(SITES) * PAGES_PER_SITE - need} pages without an essay)")


if __name__ == "__main__":
    main()

"""Held-out site set 29 (issue 13): four more invented hosts of essays, each kind untried until now, eighteen
pages apiece, meant to be measured once by the site-learning code on first sight.

    usage (project interpreter): generate.py OUTDIR [--seed 2029]

OUTDIR receives, per site, a directory holding page-NN.html files plus truth/page-NN.md notes written as
bench/scoring.py expects them. A few pages per folder hold no essay (a tutor search, a list of sample
answers, an issue's contents, a meeting programme, a group's house rules, a category archive); their notes
carry no_essay. Every essay is put together right here, from cards and pools of phrasing found nowhere else; each essay
page draws a single card, listed against its page in OUTDIR/SOURCES.tsv. A given seed always yields
identical bytes.

Sites (page kinds):
  rousay     A private tutoring marketplace, 2024, where tutors post sample answers to win pupils: a tutor
             card with hourly fee and rating, a practice question that sits above some answers and below
             others, tutor asides boxed inside the answer, a citation panel, rotating offers, pupils'
             reviews, a free-trial wall, and other answers quoted by their objection sentence
  sanday     A small webzine of young historians' essays translated into English, 2020: source language and
             translator credits, a translator's preface leading or trailing, translators' notes set inside the
             essay, author and translator notes, a citation panel, partner-press adverts, a wall for buyers
             of the printed annual, and sibling essays quoted by their second dated fact
  egilsay    A retired people's learning club (a U3A branch), 2018, whose history group posts its members'
             talks: the title carries a "Talk:" label inside its heading, typed-sides count, discussion notes
             before or after, convenor's asides, a members' login wall, a hand-made side column, and other
             talks quoted by their first figure-bearing sentence
  shapinsay  An Erasmus+ school partnership's blog, 2017, where pupils of four countries post essays: a
             teacher's introduction above or below, peer and vocabulary boxes in the text, pupils'
             comments, the funding notice, a TwinSpace wall, and related posts quoted by a run of words taken
             from the middle of each essay

Imported rather than copied, from the three oldest generators: truth-note writing, made-up Works Cited entries, HTML escaping,
comma grouping of numbers and the choice of a spot inside the body.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import math
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
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ---------------------------------------------------------------------------------------------- the topic cards
# Per line, eleven fields with "|" between them: title, subject, x (what the episode is usually called),
# people (always plural), setting, period (with some year in four digits), strands (three, ";" apart), thesis
# and rival (each finishing a clause that begins with "that"), then two facts, each ending on its sole period.

ESSAY_CARDS = """
A Bucket Worth a Battle | Italian history | the War of the Bucket | the soldiers of Modena and Bologna, their papal and imperial patrons and the poet Alessandro Tassoni | the hills around Zappolino between Modena and Bologna | 1325 | the feud between Guelph Bologna and Ghibelline Modena; the rout of the Bolognese at Zappolino; the wooden bucket carried home as a trophy | the bucket became famous only because a poet turned a bloody feud into comedy three centuries later | the war really was fought over a bucket | Modena defeated Bologna at the battle of Zappolino in November 1325. | Alessandro Tassoni mocked the feud in his poem The Rape of the Bucket, printed in 1622.
A Planet That Went Missing | history of astronomy | the rediscovery of Ceres | Giuseppe Piazzi, Carl Friedrich Gauss and the astronomers who called themselves the celestial police | the observatory at Palermo | 1801 to 1802 | the chance sighting during work on a star catalogue; the faint object lost in the glare of the sun; the orbit worked out by a young mathematician | Ceres was recovered because a new mathematics of errors arrived at exactly the right moment | the find was pure luck from start to finish | Giuseppe Piazzi first observed Ceres from the observatory at Palermo on 1 January 1801. | Franz Xaver von Zach found Ceres again in December 1801 with the orbit computed by Carl Friedrich Gauss.
Soda, Salt and a Confiscated Factory | history of chemistry | the Leblanc process | Nicolas Leblanc, his patron the Duke of Orleans and the alkali makers of Lancashire | the soda works at Saint-Denis near Paris | 1791 to 1863 | the prize offered for making soda without plant ash; the seizure of the works during the Revolution; the acid fumes that provoked the first pollution law | Leblanc's method shaped industry through the damage it did as much as through the soda it made | Leblanc was simply a victim of revolutionary chaos | Nicolas Leblanc received a patent for making soda from common salt in 1791. | Parliament passed the Alkali Act to curb hydrochloric acid fumes in 1863.
Smallpox on the South Side | public health history | the Milwaukee smallpox riot | the Polish and German families of the south side, the health commissioner Walter Kempster and the city ambulance crews | the working-class wards of Milwaukee | 1894 to 1895 | the forced removal of patients to the isolation hospital; the crowds that blocked the ambulances; the campaign to unseat the health commissioner | the riot was aimed at a hospital people had good reason to fear rather than at vaccination itself | the immigrants simply rejected modern medicine | Crowds in Milwaukee blocked the removal of smallpox patients to the isolation hospital in August 1894. | The Milwaukee common council removed Walter Kempster as health commissioner in 1895.
Clipped Silver in the German Lands | economic history | the Kipper und Wipper crisis | the princes and city mints of the Empire, the money changers and the wage earners paid in bad coin | the mints and markets of the German lands | 1619 to 1623 | the debasement of small silver coins; the tricks of the money changers at their scales; the return to sound coinage | the crisis taught rulers that a small coin could empty a war chest as quickly as a lost battle | the inflation was caused by war spending and nothing else | German mints debased their small coins on a vast scale between 1619 and 1623. | Most German states had returned to sound coinage by 1623.
Forty-Seven Retainers and a Grudge | Japanese history | the Ako incident | Asano Naganori, Kira Yoshinaka and the retainers led by Oishi Kuranosuke | Edo Castle and the Kira mansion in Edo | 1701 to 1703 | the drawn sword inside the shogun's castle; the long wait before the night attack; the debate over how to punish the avengers | the retainers became heroes because the shogunate chose to let them die with honour | everyone admired the vendetta as plain loyalty | Asano Naganori drew his sword on Kira Yoshinaka inside Edo Castle in 1701. | The former retainers of Asano killed Kira Yoshinaka early in 1703.
A Siege at Hara Castle | Japanese history | the Shimabara rebellion | the peasants and masterless samurai of Shimabara and Amakusa, the young leader Amakusa Shiro and the shogunate's generals | the Shimabara peninsula and Hara Castle | 1637 to 1638 | the crushing taxes of the Matsukura lords; the Christian banners of the rebels; the Dutch ship that shelled the castle | the rising began as a tax revolt and was remembered as a Christian one because that suited the shogunate | faith was the rebels' only motive | The Shimabara rebellion broke out in December 1637. | The shogunate's army stormed Hara Castle in April 1638.
Castaways Turned Away | Japanese history | the Morrison incident | the American merchants of the ship Morrison, seven Japanese castaways and the coastal gunners of Uraga | the entrance to Edo Bay | 1837 to 1839 | the castaways' long road home from the Pacific coast of America; the cannon fire at Uraga and Kagoshima; the scholars punished for criticising the policy | the shots fired at the Morrison did more harm at home than abroad | the shogunate was bound hand and foot by its own expulsion edict | Shore batteries fired on the American merchant ship Morrison at the entrance to Edo Bay in 1837. | The Morrison carried seven Japanese castaways whom its owners hoped to return home.
Two Years as a Prisoner of Japan | Japanese history | the Golovnin incident | the Russian captain Vasily Golovnin, his officer Pyotr Rikord and the merchant Takadaya Kahei | the island of Kunashir and the town of Matsumae | 1811 to 1813 | the capture of Golovnin's landing party; the merchant taken hostage in return; the letters that ended the quarrel | private trust between two captives did more than any treaty to calm the northern frontier for a generation | the affair was a minor misunderstanding | Japanese officials seized the Russian captain Vasily Golovnin on Kunashir in 1811. | Vasily Golovnin was released in 1813 after Takadaya Kahei helped to settle the dispute.
A Frigate Under False Colours | Japanese history | the Phaeton incident | the officers of the British frigate Phaeton, the Dutch traders of Dejima and the Nagasaki magistrate Matsudaira Yasuhide | Nagasaki harbour | 1808 | the false Dutch flag; the hostages and the demand for food and water; the magistrate's suicide | the incident frightened the shogunate into studying the West rather than simply shutting it out | the frigate's visit changed nothing | The British frigate Phaeton entered Nagasaki harbour under a Dutch flag in October 1808. | The Nagasaki magistrate Matsudaira Yasuhide took his own life after the frigate sailed away.
A Jar Thrown from the Emily | Chinese history | the Terranova case | the sailor Francis Terranova, the American traders at Canton and the Qing magistrates | the river anchorage at Whampoa below Canton | 1821 | the death of a boat woman selling fruit; the trial held on board the ship; the surrender of the sailor to Chinese justice | the Americans gave up Terranova to protect their trade and later claimed they had been bullied | Qing justice was simply cruel | A woman selling fruit from a boat at Whampoa died after a jar was thrown from the American ship Emily in 1821. | Qing officials executed the sailor Francis Terranova in October 1821.
Murder at a Summer Retreat | Chinese history | the Kucheng massacre | the British missionaries and their children, the members of the Vegetarian sect and the consuls of Fuzhou | the hills at Huashan near Kucheng in Fujian | 1895 | the summer retreat of the mission families; the attack at dawn; the commission of inquiry that followed | the killings came out of local unrest that the missions had misread for years | the massacre was a pure outbreak of hatred for foreigners | Members of the Vegetarian sect killed eleven British missionaries and children near Kucheng in August 1895. | British and American consuls sat on a commission of inquiry into the Kucheng killings in 1895.
Two Priests and a Harbour | Chinese history | the Juye incident | two German Catholic missionaries, the bandits of southwestern Shandong and Kaiser Wilhelm II | the village of Zhangjiazhuang in Juye county | 1897 to 1898 | the raid on the mission house after dark; the German naval seizure of Jiaozhou Bay; the lease signed the following spring | Germany had chosen its harbour before the missionaries were killed | the seizure was a justified reply to murder | Two German Catholic missionaries were killed at Juye in Shandong in November 1897. | Germany obtained a lease on Jiaozhou Bay in March 1898.
A Newspaper Before a Foreign Court | Chinese history | the Subao case | the writers Zou Rong and Zhang Binglin, the Qing authorities and the consuls of the Shanghai settlement | the Mixed Court of the Shanghai International Settlement | 1903 to 1905 | the pamphlet called The Revolutionary Army; the Qing demand for the writers to be handed over; the prison terms served inside the settlement | the trial turned two obscure writers into national figures because the Qing sued them like private citizens | the case proved the foreign powers were friends of reform | The Qing government sued the editors of the Subao before the Mixed Court in Shanghai in 1903. | Zou Rong died in a Shanghai prison in 1905.
Shares, Rails and Shots in Chengdu | Chinese history | the Railway Protection Movement | the gentry shareholders of Sichuan, the Qing official Zhao Erfeng and the railway protection leagues | the provincial capital of Chengdu | 1911 | the court's plan to nationalise the railways; the shareholders' leagues and their strikes; the shooting of protesters outside the governor's office | a quarrel over shares did more to topple the dynasty than any revolutionary plot | the movement was only about money | The Qing court announced the nationalisation of the main provincial railway lines in May 1911. | Troops under Zhao Erfeng fired on protesters in Chengdu in September 1911.
Bandits Stop the Blue Express | Chinese history | the Lincheng incident | the bandit leader Sun Meiyao, the foreign and Chinese passengers of the Blue Express and the Beijing government | the hills of southern Shandong near Lincheng | 1923 | the derailing of the night train; the hostages held in a mountain stronghold; the bargain that turned the bandits into soldiers | the affair exposed the weakness of the Beijing government more than the strength of the bandits | the foreign powers exaggerated the outrage for their own ends | Bandits led by Sun Meiyao held up the Blue Express near Lincheng in May 1923. | The last hostages from the Blue Express were freed in June 1923.
Rotten Rice and a Regent in Exile | Korean history | the Imo incident | the soldiers of the old army units in Seoul, the regent Heungseon Daewongun and the Qing envoy Ma Jianzhong | the city of Seoul | 1882 | the rice rations mixed with sand; the attack on the Japanese legation; the removal of the regent to China | the mutiny handed China a firmer grip on Korea than any treaty had | the soldiers merely hated every modern reform | Soldiers in Seoul mutinied over rotten and overdue rice rations in July 1882. | Qing troops seized the Heungseon Daewongun and took him to China in August 1882.
A Queen Killed at Dawn | Korean history | the Eulmi incident | Queen Min, the Japanese minister Miura Goro and the soldiers and swordsmen he gathered | Gyeongbok Palace in Seoul | 1895 to 1896 | the queen's turn towards Russia; the dawn attack on the palace; the trial at Hiroshima | the murder drove the Korean court towards Russia, the very result it was meant to prevent | a few hotheads acted without orders | Queen Min of Korea was killed in Gyeongbok Palace in October 1895. | A Japanese court at Hiroshima released Miura Goro for lack of evidence in January 1896.
Three Envoys Without a Seat | Korean history | the Hague envoys affair | Emperor Gojong, the envoys Yi Jun, Yi Sang-seol and Yi Wi-jong and the delegates of the peace conference | the conference city of The Hague | 1907 | the secret journey across Siberia; the refusal to let them speak; the emperor's forced abdication | the mission failed in the conference hall but succeeded in carrying Korea's case into the newspapers | the envoys were naive to expect any hearing | Emperor Gojong sent three secret envoys to the peace conference at The Hague in 1907. | Emperor Gojong was forced to abdicate in July 1907.
A Wife Who Refused | Indian social history | the Rukhmabai case | Rukhmabai, her husband Dadaji Bhikaji and the Bombay High Court bench | the city of Bombay | 1884 to 1891 | the suit for restitution of conjugal rights; the letters Rukhmabai wrote as a Hindu Lady; the debate that led to a new age of consent | one woman's refusal forced a colonial court to say where its respect for custom ended | the case was a private quarrel that the press inflated | Dadaji Bhikaji sued Rukhmabai for restitution of conjugal rights in Bombay in 1884. | In 1891 a new Age of Consent Act lifted the minimum age for girls in British India to twelve.
A Friar Vanishes in Damascus | Middle Eastern history | the Damascus affair | the Jews of Damascus, the French consul Ratti-Menton and the campaigners Moses Montefiore and Adolphe Cremieux | the city of Damascus under Egyptian rule | 1840 | the disappearance of Father Thomas and his servant; the confessions drawn out by torture; the mission to Muhammad Ali in Alexandria | the affair was the first time Jewish communities in several countries acted together through the press | the whole affair grew out of a local misunderstanding | The Capuchin friar Thomas disappeared in Damascus in February 1840. | Muhammad Ali ordered the release of the surviving Jewish prisoners of Damascus in 1840.
Salt and Fury in Moscow | Russian history | the Salt Riot | the townspeople of Moscow, the young Tsar Alexis and his tutor Boris Morozov | the streets of Moscow around the Kremlin | 1646 to 1649 | the salt tax and its hasty repeal; the crowd that stopped the tsar's procession; the law code that followed | the riot frightened the court into writing down rules that would bind Russians for two centuries | the riot was an outbreak of mob rage | Crowds in Moscow rose against officials blamed for a heavy salt tax in June 1648. | The Ulozhenie law code was adopted in 1649.
Copper Kopecks and a March to Kolomenskoye | Russian history | the Copper Riot | the craftsmen and soldiers of Moscow, Tsar Alexis and his mint officials | the tsar's summer palace at Kolomenskoye | 1654 to 1663 | the copper coins issued at the value of silver; the crowd that reached the tsar in person; the hangings and the withdrawal of the coins | the riot achieved its aims even though its leaders were hanged | the copper money would have worked if the crowd had waited | Crowds from Moscow marched to the tsar's palace at Kolomenskoye in protest at copper money in 1662. | The Russian government withdrew its copper coins in 1663.
Musketeers Against the Tsar | Russian history | the streltsy uprising of 1698 | the streltsy regiments, Peter the Great and his half-sister Sophia | the road to Moscow near the New Jerusalem Monastery | 1698 | the regiments' march from the western border; the skirmish at the monastery; the executions that followed Peter's return | Peter used the rising to destroy an old army he had already decided to replace | Sophia directed the rising from her convent | Four regiments of streltsy marched on Moscow while Peter the Great was abroad in 1698. | Peter the Great cut short his Grand Embassy to return to Moscow in 1698.
An Archbishop and a Miraculous Icon | Russian history | the Moscow plague riot | the townspeople of Moscow, Archbishop Ambrosius and Count Grigory Orlov | the Varvarka gate and the Donskoy monastery | 1771 | the crowds around the icon at the Varvarka gate; the killing of the archbishop; Orlov's measures against the plague | the riot was a rational protest against quarantine rules that took away the means of survival | the crowd was driven by superstition | Rioters killed Archbishop Ambrosius of Moscow during the plague of September 1771. | Catherine the Great sent Grigory Orlov to restore order in Moscow in 1771.
A Torn Edict at Socorro | Latin American history | the Comunero revolt of New Granada | the market women and farmers of Socorro, the archbishop Antonio Caballero y Gongora and the rebel Jose Antonio Galan | the town of Socorro and the road to Bogota | 1781 to 1782 | the new sales taxes and tobacco rules; the capitulations signed at Zipaquira; the execution of Galan after the promises were broken | the authorities won by making promises they never meant to keep | the revolt was an early bid for independence | Manuela Beltran tore down a tax edict in the town of Socorro in March 1781. | Jose Antonio Galan was executed in Bogota in 1782.
Ten Days in Mexico City | Mexican history | the Decena Tragica | President Francisco Madero, General Victoriano Huerta and the American ambassador Henry Lane Wilson | the centre of Mexico City | 1913 | the artillery duel in the streets; the pact signed at the American embassy; the murder of Madero and his vice-president | the coup succeeded because the general trusted to defend Madero was the one who betrayed him | the coup was planned in Washington | Fighting broke out in the centre of Mexico City in February 1913. | Francisco Madero was killed days after Victoriano Huerta seized power in February 1913.
Fires in a Colonial Port | American colonial history | the New York conspiracy of 1741 | the enslaved people of New York, the tavern keeper John Hughson and the judge Daniel Horsmanden | the crowded wharves of colonial New York | 1741 | the string of fires that began at Fort George; the testimony of the servant Mary Burton; the trials and executions that followed | the plot existed mostly in the minds of frightened officials | a real conspiracy was uncovered | A series of fires broke out in New York City in March and April 1741. | John Hughson was hanged in New York in June 1741.
A Walk That Took a Homeland | American colonial history | the Walking Purchase | the proprietor Thomas Penn, the Lenape leaders and the runner Edward Marshall | the Delaware valley north of Philadelphia | 1737 | the old deed that nobody could produce; the cleared path and the trained runners; the expulsion of the Lenape from the Forks of the Delaware | the purchase was a fraud dressed as a fair contract | the Lenape knew the terms and agreed to them | The Walking Purchase was carried out in September 1737. | Edward Marshall covered about sixty-five miles in a day and a half for the Walking Purchase.
A Merchant Seizes New York | American colonial history | Leisler's Rebellion | Jacob Leisler, the New York militia captains and the incoming governor Henry Sloughter | the fort at the tip of Manhattan | 1689 to 1691 | the news of the Glorious Revolution; Leisler's rule by committee; the trial and the hanging | Leisler fell because his enemies reached the new king's governor first | Leisler was a would-be tyrant | Jacob Leisler took control of New York in 1689. | Jacob Leisler went to the gallows for treason in May 1691.
Tobacco Duties and a Colonial Rising | American colonial history | Culpeper's Rebellion | the planters of Albemarle, the acting governor Thomas Miller and the rebel John Culpeper | the Albemarle settlements of northern Carolina | 1677 to 1680 | the customs duties on tobacco; the jailing of the acting governor; the trial in England | the rebels won because London valued its tobacco revenue above any question of who governed Albemarle | the rising was a simple grab for power | Rebels in the Albemarle settlements imprisoned the acting governor Thomas Miller in 1677. | John Culpeper was acquitted of treason in England in 1680.
Prophets in the Cevennes | French history | the Camisard revolt | the Protestant peasants of the Cevennes, their prophet leaders and Marshal Villars | the mountains of the Cevennes | 1702 to 1704 | the killing of the Abbe du Chayla; the war of ambushes in the hills; the deal struck with Jean Cavalier | the revolt was kept alive by prophecy as much as by grievance | the Camisards fought only for freedom of worship | Protestant rebels killed the Abbe du Chayla at Le Pont-de-Montvert in July 1702. | Jean Cavalier came to terms with Marshal Villars in 1704.
The Beast in the Uplands | French history | the Beast of Gevaudan | the peasants of the Gevaudan, the royal gun-bearer Francois Antoine and the hunter Jean Chastel | the uplands of the Gevaudan | 1764 to 1767 | the killings of children herding cattle; the royal hunt and the newspapers; the last animal shot by a local man | the beast became a monster because newspapers needed one | a single creature did all the killing | The royal gun-bearer Francois Antoine shot a large wolf in the Gevaudan in September 1765. | Jean Chastel killed the animal said to be the last beast of the Gevaudan in June 1767.
A Ramadan Rising in Salvador | Brazilian history | the Male revolt | the African Muslims of Salvador, their Nago and Hausa leaders and the police of Bahia | the city of Salvador da Bahia | 1835 | the rising planned for a holy night; the fighting at the cavalry barracks; the deportations after the defeat | the rising was defeated but frightened Brazil's rulers into new laws against Africans | religion alone explains the rising | Enslaved and freed African Muslims rose in Salvador da Bahia in January 1835. | The authorities of Bahia deported hundreds of freed Africans after the rising of 1835.
A River City in Revolt | Brazilian history | the Cabanagem | the river people and poor farmers of Para, the rebel presidents and the imperial army | the city of Belem at the mouth of the Amazon | 1835 to 1840 | the killing of the provincial president; the rebel government in Belem; the long war in the river country | the revolt showed how thin imperial rule was along the rivers | the revolt was a race war | Rebels took the city of Belem in January 1835. | The Cabanagem revolt in Para ended in 1840.
Ten Years of the Ragamuffins | Brazilian history | the Ragamuffin War | the ranchers of Rio Grande do Sul, the rebel leader Bento Goncalves and the imperial general the Duke of Caxias | the southern province of Rio Grande do Sul | 1835 to 1845 | the tax on dried beef; the rebel republic; the peace agreed at Ponche Verde | the rebellion ended in a draw because both sides needed the frontier army | the ranchers wanted independence above all | Rebels in Rio Grande do Sul proclaimed the Riograndense Republic in 1836. | The Treaty of Ponche Verde ended the Ragamuffin War in 1845.
A Cossack Who Called Himself Tsar | Russian history | Pugachev's rebellion | Yemelyan Pugachev, the Yaik Cossacks and the generals of Catherine the Great | the steppe between the Volga and the Urals | 1773 to 1775 | Pugachev's pose as the murdered Peter III; the sieges of Orenburg and Kazan; the betrayal and public execution | the rising gathered strength because each group of followers heard a different promise | Pugachev was a mere bandit | Yemelyan Pugachev began his rising among the Yaik Cossacks in September 1773. | Yemelyan Pugachev was executed in Moscow in January 1775.
Bones Beneath Paris | urban history | the emptying of the Cemetery of the Innocents | the parish clergy, the inspector of quarries Charles-Axel Guillaumot and the neighbours of the cemetery | the old quarries beneath southern Paris | 1780 to 1788 | the cellar walls giving way beside the graves; the night processions of carts; the ossuary arranged for visitors | the removal was a public health measure that turned into a tourist attraction | the removal was an attack on religion | The Cemetery of the Innocents in Paris was closed to burials in 1780. | The transfer of bones to the old quarries south of Paris began in 1786.
A Plan Too Grand for Its Patrons | urban history | L'Enfant's plan for Washington | Pierre Charles L'Enfant, George Washington and the commissioners of the federal city | the marshy land beside the Potomac | 1791 to 1792 | the diagonal avenues laid over a grid; the house torn down for standing in the way; the dismissal of the designer | L'Enfant lost his post because he treated landowners as obstacles rather than partners | the commissioners were jealous of a genius | Pierre Charles L'Enfant presented his plan for the federal city to George Washington in 1791. | Pierre Charles L'Enfant was dismissed from the work on the federal city in 1792.
A Capital on Raisina Hill | urban history | the building of New Delhi | the architects Edwin Lutyens and Herbert Baker, the viceroy Lord Hardinge and the villagers of Raisina | the ridge of Raisina Hill south of old Delhi | 1911 to 1931 | the announcement at the Delhi durbar; the quarrel over the slope of the processional way; the inauguration twenty years later | the city was finished just as the empire it celebrated began to come apart | New Delhi succeeded purely as architecture | King George V announced the move of India's capital from Calcutta to Delhi in December 1911. | New Delhi was formally inaugurated as the capital in 1931.
Blocks and Back Courts in Berlin | urban history | the Hobrecht plan | the engineer James Hobrecht, the Berlin police authority and the landlords of the tenement blocks | the fields around the growing city of Berlin | 1859 to 1862 | the broad street grid drawn up for the police; the deep blocks filled with back courts; the sewer fields that came later | the plan left the shape of the blocks to speculators and was later blamed for their greed | Hobrecht designed the slums on purpose | James Hobrecht's development plan for Berlin was approved in 1862. | James Hobrecht later planned the sewer system of Berlin.
Four Sealed Translations | history of scholarship | the cuneiform test of 1857 | Henry Rawlinson, William Henry Fox Talbot, Edward Hincks and Julius Oppert | the rooms of the Royal Asiatic Society in London | 1857 | the clay prism of Tiglath-Pileser; the sealed envelopes; the committee's verdict | the test proved less that Akkadian could be read than that its readers could be trusted | the test was a stunt | In 1857 four scholars translated the same newly found Assyrian inscription without consulting one another. | The Royal Asiatic Society set up a panel that compared the four sealed translations in 1857.
Bones from a Limestone Cave | history of science | the Neanderthal find of 1856 | the quarry workers of the Neander valley, the schoolteacher Johann Carl Fuhlrott and the anatomist Hermann Schaaffhausen | the Feldhofer cave near Dusseldorf | 1856 to 1864 | the bones rescued from the quarry waste; the argument over disease or deep age; the naming of a new species | the find mattered because it arrived in the very years when evolution was being argued over | the bones were correctly understood at once | Quarry workers found bones in the Feldhofer cave in the Neander valley in August 1856. | William King proposed the name Homo neanderthalensis in 1864.
A Skull in a Box of Rocks | history of science | the Taung child | the anatomist Raymond Dart, the quarrymen of Buxton and the scientists of London | the limestone quarry at Buxton near Taung | 1924 to 1925 | the skull cleaned with knitting needles; the article in Nature; the cold reception in Britain | the skull was doubted because it came from the wrong continent | the critics were right to wait for better evidence | Raymond Dart described the Taung skull in the journal Nature in February 1925. | The Taung skull came from a limestone quarry at Buxton near Taung.
A Cure Announced Too Soon | history of medicine | Koch's tuberculin | Robert Koch, the patients who crowded into Berlin and the doctors who tested the remedy | the clinics of Berlin | 1890 to 1891 | the announcement at the medical congress; the rush of sufferers to Berlin; the revelation of the secret ingredient | the scandal came from a government hungry for prestige more than from Koch himself | Koch was a fraud | Robert Koch announced a substance that could halt tuberculosis at the medical congress in Berlin in August 1890. | Robert Koch revealed the make-up of his remedy in January 1891.
A Window into the Stomach | history of medicine | the experiments on Alexis St Martin | the army surgeon William Beaumont, the voyageur Alexis St Martin and the fur traders of Mackinac | the army post on Mackinac Island | 1822 to 1833 | the gunshot wound that never closed; the experiments with food on silk threads; the contracts binding the patient | the experiments were good science carried out on a man who had little real choice | St Martin was a willing partner | Alexis St Martin was wounded by an accidental shot on Mackinac Island in June 1822. | William Beaumont published his experiments on gastric juice in 1833.
A Patient Called Tan | history of medicine | Broca's case of Tan | the surgeon Paul Broca, his patient Louis Victor Leborgne and the Anthropological Society of Paris | the Bicetre hospital near Paris | 1861 | the patient who could say only one syllable; the autopsy and the damaged lobe; the debate over where speech lives | Broca won the argument because he had a brain on the table when others had theories | the discovery was Broca's alone | Paul Broca examined the brain of his patient Leborgne, known as Tan, in April 1861. | Leborgne could say little except the syllable tan for many years.
A Diploma from Geneva | history of medicine | Elizabeth Blackwell's medical degree | Elizabeth Blackwell, the students of Geneva Medical College and the physicians who refused her | the village college at Geneva in New York | 1847 to 1849 | the students' vote taken as a joke; the lectures she was asked to skip; the degree and the hospitals that still shut her out | the degree opened a door that the profession then worked hard to close | one brave woman changed medicine at once | Elizabeth Blackwell graduated from Geneva Medical College in January 1849. | Elizabeth Blackwell's name was entered on the British Medical Register in 1859.
A Beetle Gets a Monument | agricultural history | the boll weevil invasion | the cotton farmers of the South, the entomologists of the Department of Agriculture and the tenant families | the cotton belt from Texas to Georgia | 1892 to 1919 | the spread of the weevil from Mexico; the scientists' advice to plant earlier; the turn to peanuts in southern Alabama | the weevil sped up changes in southern farming that were already under way | the weevil alone drove families off the land | The boll weevil crossed from Mexico into Texas around 1892. | The town of Enterprise in Alabama put up a monument to the boll weevil in 1919.
The Cattle Plague | African history | the rinderpest epizootic | the herders of East and southern Africa, colonial veterinarians and the Maasai | the grasslands from the Horn of Africa to the Cape | 1887 to 1897 | the arrival of the disease with cattle from abroad; the death of the herds and the famine; the shooting of herds and the inoculation trials | the plague opened the way for colonial rule more than any army | the disaster was natural and unavoidable | Rinderpest reached the Horn of Africa around 1887. | The cattle plague crossed the Zambezi into southern Africa in 1896.
Feathers and a Ladies' Society | environmental history | the campaign against the plumage trade | Emily Williamson, the milliners of London and the egret hunters of the tropics | the drawing rooms of Manchester and the sale rooms of London | 1889 to 1921 | the society founded by women who refused to wear feathers; the auctions of egret plumes; the law banning imports | the campaign succeeded by shaming buyers rather than by stopping hunters | the law ended the trade at once | Emily Williamson founded the Society for the Protection of Birds at Didsbury in 1889. | Parliament passed the Importation of Plumage (Prohibition) Act in 1921.
Sheep Where Townships Stood | Scottish history | the Strathnaver clearances | the tenants of Strathnaver, the factor Patrick Sellar and the Countess of Sutherland | the valley of Strathnaver in Sutherland | 1814 to 1819 | the burning of houses during the removals; the trial at Inverness; the move to the coast and the fishing | the trial cleared a man but could not clear the estate's name | the tenants were better off by the sea | Patrick Sellar cleared tenants from Strathnaver in 1814. | Patrick Sellar was acquitted at Inverness in April 1816.
Marks Instead of the Lash | penal history | Maconochie's experiment on Norfolk Island | the reformer Alexander Maconochie, the convicts of Norfolk Island and the governor George Gipps | the penal settlement on Norfolk Island | 1840 to 1844 | the system of marks earned by work; the celebration of the Queen's birthday; the recall of Maconochie | the experiment was ended by politics before it could be judged on results | the experiment failed because convicts cannot be trusted | Alexander Maconochie took charge of the penal settlement on Norfolk Island in 1840. | Alexander Maconochie was recalled from Norfolk Island in 1844.
A Flagstaff on Maiki Hill | New Zealand history | the Flagstaff War | Hone Heke, the chief Kawiti and the British governor Robert FitzRoy | the Bay of Islands and the town of Kororareka | 1844 to 1846 | the four fellings of the flagstaff; the sack of Kororareka; the fight at Ruapekapeka | Heke's target was British authority over trade and customs, not the flag itself | the war was a British victory | Hone Heke cut down the flagstaff on Maiki Hill above Kororareka in July 1844. | British forces took the pa at Ruapekapeka in January 1846.
A Queen and a Committee of Safety | Pacific history | the overthrow of the Hawaiian kingdom | Queen Liliuokalani, the members of the Committee of Safety and the American minister John L Stevens | Iolani Palace in Honolulu | 1893 to 1898 | the queen's plan for a new constitution; the landing of marines from the Boston; the annexation five years later | a small group of planters succeeded because an American official treated their coup as settled | the kingdom fell because of its own weakness | The Committee of Safety overthrew Queen Liliuokalani in January 1893. | The United States annexed Hawaii in 1898.
Dividing the Land of Hawaii | Pacific history | the Great Mahele | King Kamehameha III, the chiefs and the commoners of Hawaii | the islands of the Hawaiian kingdom | 1848 to 1850 | the division among crown, chiefs and government; the Kuleana Act for commoners; the sale of land to foreigners | the reform meant to protect Hawaiian land made it easy to buy | the reform was forced on the king by foreigners | Kamehameha III divided the lands of Hawaii between the crown, the chiefs and the government in 1848. | The Kuleana Act of 1850 let commoners claim the plots they worked.
A Settlement on the Molokai Shore | Pacific history | the Kalaupapa settlement | the people sent away with leprosy, the Hawaiian board of health and the priest Damien de Veuster | the Kalaupapa peninsula on Molokai | 1866 to 1889 | the law ordering segregation; the lack of care in the first years; the priest who caught the disease | the settlement is remembered through one priest while its patients' own voices are forgotten | segregation was the only way to stop the disease | The first people with leprosy were sent to Kalaupapa on Molokai in 1866. | Damien de Veuster died at Kalaupapa in April 1889.
Seventy Dead Below Deck | Pacific history | the Carl affair | the crew of the brig Carl, the islanders taken from the New Hebrides and the judges of Sydney | the waters between the New Hebrides and Fiji | 1871 to 1872 | the recruiting voyage disguised as a mission visit; the shooting into the hold; the trial and the new law | the case showed that laws against kidnapping depended on one crewman choosing to talk | the trade was reformed by humane planters | Crewmen of the brig Carl shot some seventy islanders held below deck in 1871. | Parliament passed the Pacific Islanders Protection Act in 1872.
A Kingdom at Kashgar | Central Asian history | the rule of Yakub Beg | the adventurer Yakub Beg, the townspeople of Kashgar and the Qing general Zuo Zongtang | the oasis cities of Kashgar and Yarkand | 1865 to 1877 | the seizure of Kashgar; the treaties with Britain and Russia; the Qing reconquest | Yakub Beg's state fell because its foreign friends would not fight for it | the state was a religious uprising and nothing more | Yakub Beg took control of Kashgar in 1865. | Yakub Beg died at Korla in May 1877.
A Colony Sold by Telegraph | Russian history | the sale of Alaska | the secretary of state William Seward, the Russian envoy Eduard de Stoeckl and the Russian-American Company's directors | the town of Sitka and the Alaskan coast | 1867 | the company's debts; the night the treaty was signed; the Senate vote and the mocking press | Russia sold Alaska because it could not defend it, not because it was worthless | the purchase was a folly | Russia agreed in March 1867 to sell Alaska to the United States. | The Russian flag was lowered at Sitka in October 1867.
Fifty-Four Forty or a Compromise | American history | the Oregon boundary dispute | President James K Polk, the British foreign secretary Lord Aberdeen and the settlers of the Willamette valley | the Oregon Country between California and Russian America | 1844 to 1846 | the campaign slogan claiming the whole coast; the joint occupation; the treaty along the forty-ninth parallel | Polk's loud claims were a bargaining position he never meant to fight for | the settlers won Oregon by themselves | James K Polk campaigned in 1844 on the claim to all of Oregon. | The Oregon Treaty fixed the boundary at the forty-ninth parallel in June 1846.
Deaths at Frog Lake | Canadian history | the Frog Lake killings | the hungry Cree of Big Bear's band, the war chief Wandering Spirit and the settlers and agents of Frog Lake | the Frog Lake settlement north of the Saskatchewan River | 1885 | the hunger of the Cree bands; the killings on the morning of the rising; the hangings at Battleford | the killings grew from hunger and an agent's harshness, not from Big Bear's plans | Big Bear planned a war | Warriors of Big Bear's band killed nine people at Frog Lake in April 1885. | Wandering Spirit was hanged at Battleford in November 1885.
Schools, Taxes and Caraquet | Canadian history | the Caraquet riots | the Acadian families of Caraquet, the government of New Brunswick and the young Louis Mailloux | the fishing village of Caraquet | 1871 to 1875 | the school law that ended church schools; the refusal to pay the school tax; the deaths in the January confrontation | the riots won the Acadians a compromise that no court would give them | the riots achieved nothing | The Common Schools Act of New Brunswick came into force in 1871. | Louis Mailloux and the constable John Gifford died during the Caraquet riot in January 1875.
Rebels at Montgomery's Tavern | Canadian history | the Upper Canada Rebellion | William Lyon Mackenzie, the farmers north of Toronto and the lieutenant governor Sir Francis Bond Head | Yonge Street north of Toronto | 1837 to 1838 | the march down Yonge Street; the rout outside the city; the hangings of Lount and Matthews | the rebellion failed as a rising but succeeded as a warning to London | the rebels were mere republicans | William Lyon Mackenzie's rebels gathered at Montgomery's Tavern north of Toronto in December 1837. | Samuel Lount and Peter Matthews were hanged in Toronto in April 1838.
Fish, Treaties and the French Shore | Canadian history | the French Shore question | the fishermen of Newfoundland, French fishing crews and the diplomats of London and Paris | the north and west coasts of Newfoundland | 1713 to 1904 | the treaty right to dry fish on shore; the lobster factory dispute; the settlement in the entente of 1904 | the quarrel dragged on since Newfoundland cared about it far more than London did | the French Shore was a minor fishing question | The Treaty of Utrecht gave French fishermen the right to use part of the Newfoundland coast in 1713. | France gave up its rights on the French Shore in 1904.
A Doctor Who Ruled Denmark | Danish history | the Struensee affair | the physician Johann Friedrich Struensee, King Christian VII and Queen Caroline Matilda | the court of Copenhagen | 1770 to 1772 | the flood of decrees signed in the king's name; the affair with the queen; the arrest after the masked ball | Struensee fell because his reforms threatened too many interests at once, not because of his affair | the affair alone caused his fall | Johann Friedrich Struensee was arrested after a masked ball in Copenhagen in January 1772. | Johann Friedrich Struensee was executed in April 1772.
A Shot at the Opera Ball | Swedish history | the assassination of Gustav III | King Gustav III, the officer Jacob Johan Anckarstrom and the noble conspirators | the Stockholm opera house | 1789 to 1792 | the king's coup against the nobility; the conspiracy among the officers; the shot at the masked ball | the killing was a noble revenge that looked backwards | the assassin acted alone | Jacob Johan Anckarstrom shot King Gustav III at a masked ball in Stockholm in March 1792. | Gustav III died of his wound thirteen days after the shooting.
Peasants March on Stockholm | Swedish history | the Great Dalecarlian Rebellion | the peasants of Dalarna, the government in Stockholm and the army | the square outside the royal palace in Stockholm | 1741 to 1743 | the lost war with Russia; the long tramp towards the capital; the clash and the punishment | the peasants were punished for saying aloud what the estates whispered | the rising was a simple mutiny | Thousands of peasants from Dalarna marched on Stockholm in June 1743. | The Dalarna rebels blamed the government for the lost war against Russia.
A Fortress in the Aland Islands | Scandinavian history | the fall of Bomarsund | the Russian garrison of Bomarsund, the British and French fleets and the islanders of Aland | the Aland Islands between Sweden and Finland | 1854 to 1856 | the unfinished fortress; the landing and the bombardment; the treaty that kept the islands unarmed | a small siege in the Baltic produced one of the longest-lasting clauses of the peace of 1856 | the attack was a pointless sideshow | British and French forces captured the Russian fortress of Bomarsund in August 1854. | The Treaty of Paris of 1856 forbade fortifications in the Aland Islands.
A Language Gathered from Valleys | Norwegian history | Ivar Aasen's Landsmal | the self-taught linguist Ivar Aasen, the speakers of Norway's rural dialects and the town elite who wrote Danish | the valleys of western Norway | 1842 to 1850 | the journeys to collect dialects; the grammar and the dictionary; the quarrel with those who wanted to reform Danish | Aasen's work turned a question of spelling into a question of national identity | Landsmal was a private hobby | Ivar Aasen published a grammar of the Norwegian folk language in 1848. | Ivar Aasen's dictionary of the Norwegian folk language appeared in 1850.
Looms and Broken Windows | German history | the Silesian weavers' revolt | the linen weavers of Peterswaldau and Langenbielau, the merchant family Zwanziger and the Prussian troops | the weaving villages of Silesia | 1844 | the song against the merchants; the attack on the Zwanziger house; the shooting at Langenbielau | the revolt mattered more as a story retold by poets than as an event | the weavers were early socialists | Weavers in Peterswaldau attacked the house of the Zwanziger family in June 1844. | Prussian troops fired on weavers at Langenbielau in June 1844.
The Last Fortress of 1849 | German history | the siege of Rastatt | the soldiers and democrats of Baden, the Prussian army and the Grand Duke of Baden | the fortress town of Rastatt | 1849 | the mutiny in the garrison; the revolutionary government; the surrender and the courts martial | the revolution in Baden was an army mutiny more than a popular rising | the rising had broad public support | Soldiers of the Rastatt garrison mutinied in May 1849. | The revolutionary garrison of Rastatt surrendered to Prussian troops in July 1849.
Eleven Defendants in Cologne | German history | the Cologne Communist trial | the members of the Communist League, the Prussian police and the jurors of Cologne | the court of assizes in Cologne | 1851 to 1852 | the arrests across Germany; the forged minute book; the verdicts | the police won convictions with forged evidence and lost the argument in the press | the trial was fair | The trial of eleven members of the Communist League opened in Cologne in October 1852. | Seven of the Cologne defendants were sentenced to prison terms in November 1852.
Priests, Laws and Prussia | German history | the Kulturkampf | the chancellor Otto von Bismarck, the minister Adalbert Falk and the Catholic bishops of Prussia | the parishes of Prussia | 1871 to 1879 | the May Laws on training priests; the bishops in prison; the quiet retreat of the state | the campaign strengthened the Catholic party it was meant to weaken | Bismarck won the struggle | The Prussian parliament passed the May Laws in 1873. | Adalbert Falk resigned as Prussian minister of culture in 1879.
The Steamer Cagliari | Italian history | the Sapri expedition | Carlo Pisacane, his companions and the peasants of the Cilento | the coast of Sapri south of Naples | 1857 | the seizure of the steamer; the prisoners freed at Ponza; the killing by peasants | the expedition failed because the peasants it meant to free saw it as a raid | the plan could have worked with better timing | Carlo Pisacane and his followers seized the steamer Cagliari in June 1857. | Carlo Pisacane was killed near Sanza in July 1857.
Two Brothers on the Calabrian Shore | Italian history | the Bandiera expedition | Attilio and Emilio Bandiera, their companions and the Bourbon authorities | the coast of Calabria near Crotone | 1844 | the desertion from the Austrian navy; the landing; the execution at Cosenza | the expedition gained its meaning only after the brothers were shot | the expedition was a foolish adventure | Attilio and Emilio Bandiera landed in Calabria in June 1844. | The Bandiera brothers were shot near Cosenza in July 1844.
Barricades in Milan | Italian history | the Five Days of Milan | the people of Milan, the Austrian commander Radetzky and the city's council of war | the barricaded lanes of Milan | 1848 | the tobacco boycott; the barricades; the Austrian retreat to the fortresses | the rising won because Radetzky chose to save his army rather than the city | the Milanese won by courage alone | The Five Days of Milan began on 18 March 1848. | Field Marshal Radetzky withdrew his troops from Milan on 22 March 1848.
A Breach by the Porta Pia | Italian history | the capture of Rome in 1870 | Pope Pius IX, the Italian army and the papal Zouaves | the walls of Rome | 1870 | the withdrawal of the French garrison; the breach near the Porta Pia; the plebiscite and the pope's refusal | the capture was easy in war and hard in politics for sixty years | the capture ended the Roman question | Italian troops entered Rome through a breach near the Porta Pia in September 1870. | Pope Pius IX refused to accept the loss of Rome after 1870.
Capes, Hats and a Minister | Spanish history | the Esquilache riots | the people of Madrid, King Charles III and his minister the Marquis of Esquilache | the streets of Madrid | 1766 | the bread prices; the decree against long capes and wide hats; the minister's dismissal | the hat decree was the spark but bread prices were the fuel | Jesuit agitators whipped up the crowds | Crowds in Madrid rose against the Marquis of Esquilache in March 1766. | The Marquis of Esquilache had ordered the men of Madrid to give up long capes and broad-brimmed hats.
An Officer Proclaims a Constitution | Spanish history | Riego's rising | Rafael del Riego, the army gathered at Cadiz and King Ferdinand VII | Las Cabezas de San Juan near Seville | 1820 to 1823 | the army waiting to sail for America; the proclamation of the Cadiz constitution; the French invasion that ended the liberal years | the rising succeeded because the army refused to sail, not because Spain wanted a constitution | the rising was a popular revolution | Rafael del Riego proclaimed the Constitution of 1812 at Las Cabezas de San Juan in January 1820. | Rafael del Riego was hanged in Madrid in November 1823.
Shots by the Lisbon Waterfront | Portuguese history | the Lisbon regicide | King Carlos, the crown prince Luis Filipe and the republican gunmen | the great square by the river in Lisbon | 1908 to 1910 | the dictatorship of Joao Franco; the ambush of the royal carriage; the fall of the monarchy two years later | the killing doomed the monarchy by making the young king a figure of pity rather than of power | the killers were isolated fanatics | King Carlos of Portugal and his heir were shot in Lisbon in February 1908. | Manuel II reigned until the revolution of October 1910.
Brigands at Dilessi | Greek history | the Dilessi murders | the British travellers taken near Marathon, the brigand band of the Arvanitakis brothers and the Greek government | the road from Marathon to Athens | 1870 | the capture of Lord Muncaster's party; the ransom talks; the killing of four captives | the murders damaged Greece abroad because the British press wanted a villain | Greece was rightly blamed | Brigands seized a party of British travellers near Marathon in April 1870. | Four of the captives were killed near Dilessi in April 1870.
Manors Burning Around Tarnow | Polish history | the Galician slaughter | the peasants of western Galicia, the peasant leader Jakub Szela and the Austrian officials at Tarnow | the villages around Tarnow | 1846 to 1848 | the planned noble uprising; the peasants' attacks on manors; the end of labour dues two years later | Austrian officials let the killing happen because it served them | the peasants were simply loyal to the emperor | Peasants in western Galicia killed hundreds of Polish nobles and officials in February 1846. | The Austrian government abolished labour dues in Galicia in 1848.
Children Who Would Not Pray in German | Polish history | the Wrzesnia school strike | the Polish schoolchildren of Wrzesnia, their parents and the Prussian school authorities | the town of Wrzesnia in the province of Posen | 1901 to 1902 | the order to learn religion in German; the beating of the children; the prison sentences for parents | Prussia turned a classroom rule into a national cause for the Poles | the strike was organised by outsiders | Pupils at the Catholic school in Wrzesnia refused to say their religious lessons in German in 1901. | Parents in Wrzesnia were sentenced to prison for supporting the strike in November 1901.
A Trial at Polna | Czech history | the Hilsner affair | the Jewish vagrant Leopold Hilsner, the family of Anezka Hruzova and the professor Tomas Masaryk | the town of Polna in Bohemia | 1899 to 1918 | the murder in the woods; the ritual murder charge; Masaryk's campaign for a retrial | the case showed how easily a modern court could take up an old superstition | the trials were conducted fairly | Anezka Hruzova was found dead near Polna in April 1899. | Leopold Hilsner was released from prison in 1918.
Forged Songs of the Czech Past | Czech history | the Dvur Kralove manuscript | the librarian Vaclav Hanka, the scholars of the national revival and the critics around Tomas Masaryk | the Czech lands | 1817 to 1886 | the find in a church tower; the manuscripts used as proof of a glorious past; the articles that exposed the forgery | the forgeries lasted so long because the nation needed them | the exposure damaged Czech culture | Vaclav Hanka announced the discovery of a medieval manuscript at Dvur Kralove in 1817. | The journal Athenaeum published arguments against the manuscripts in 1886.
Tithes and a Lane at Carrickshock | Irish history | the Tithe War | the Catholic farmers of Kilkenny, the Protestant clergy and the process servers with their police guard | the lane at Carrickshock in County Kilkenny | 1830 to 1838 | the refusal to pay tithes; the ambush of the process servers; the law that folded tithes into rent | the violence forced a change the law had ignored for decades | the tithe war was led by priests | A crowd killed more than a dozen policemen and process servers at Carrickshock in December 1831. | The Tithe Commutation Act of 1838 folded tithes into rents.
Four Hundred Ministers Walk Out | Scottish history | the Disruption of 1843 | Thomas Chalmers, the evangelical ministers and the patrons who chose parish ministers | the General Assembly in Edinburgh | 1834 to 1843 | the law of patronage; the Ten Years' Conflict; the walk-out and the new church | the Disruption was a quarrel about power that both sides framed as conscience | the split was purely about theology | Over four hundred ministers left the General Assembly of the Church of Scotland in May 1843. | Thomas Chalmers became the first moderator of the Free Church of Scotland in 1843.
A Bottle of Chloroform in Pimlico | Victorian history | the Adelaide Bartlett case | Adelaide Bartlett, her husband Edwin and the minister George Dyson | a rented house in Pimlico | 1885 to 1886 | the odd marriage with its arranged friendship; the chloroform found in the stomach; the acquittal and the surgeon's remark | the acquittal showed how little science could prove about poisoning | the jury was fooled | Edwin Bartlett was found dead with liquid chloroform in his stomach in January 1886. | Adelaide Bartlett was acquitted of her husband's murder in April 1886.
Steamboats and the Commerce Clause | constitutional history | Gibbons v Ogden | the steamboat owners Thomas Gibbons and Aaron Ogden, the lawyer Daniel Webster and Chief Justice John Marshall | the waters between New York and New Jersey | 1819 to 1824 | the steam monopoly granted by New York; the rival ferry; the court's reading of commerce | the case opened rivers to competition by defining commerce broadly | the case only settled a local ferry dispute | The Supreme Court decided Gibbons v Ogden in March 1824. | New York had granted Robert Livingston and Robert Fulton a monopoly of steam navigation on its waters.
"""

SCHOLARS = ["Quarrendon", "Aldersey", "Marchbank", "Wethercott", "Pennefather", "Trundell", "Ashplant", "Gorvett",
            "Hartopp", "Leversedge", "Meeres", "Nettlefold", "Ockenden", "Pavey", "Rodwell", "Sallows", "Trethowan",
            "Upcott", "Voysey", "Wadeson", "Yallop", "Bidgood", "Cullimore", "Dunmall"]

OPENING = [
    "Hardly anyone outside a history department could tell you what {x} was, let alone why it deserves an essay.",
    "I stumbled on {x} by accident, in the index of a biography I had borrowed for another project.",
    "Survey textbooks shelve {x} among the oddities, wedged between a coronation and a shipwreck.",
    "Type {x} into a search box and back comes a neat paragraph that leaves out everything worth knowing.",
    "For years I kept {x} in my head as a fable with an obvious lesson.",
    "{X} sits uneasily in every national story that tries to adopt it.",
    "A museum label could sum up {x} in forty words, and the summary would not be false, merely thin.",
    "Nobody planned {x}, yet afterwards almost every participant swore to have seen it coming.",
    "The tidy name {x} promises far more order than the events ever displayed.",
    "Guides in {setting} still narrate {x} as a tale of heroes and fools.",
    "{X} tends to be narrated from its ending backwards.",
    "Readers keep drifting back to {x} the way one returns to a jigsaw that lacks a corner piece.",
]
FRAME = [
    "Most of what matters unfolded in {setting}.",
    "At the centre stand {people}.",
    "My window spans {period}, with a brief glance past it at the close.",
    "Whenever the sources run dry I shall flag the gap.",
    "Getting the sequence right will prove unusually important.",
    "Some puzzles raised here will stay open when I stop writing.",
]
ROADMAP = [
    "I open with {s1}, pass on to {s2}, and keep the sharpest objection for the end.",
    "Each section tests one beam of the familiar story against what the papers say.",
    "The essay marches roughly by the calendar, with one detour.",
    "{S1} gets the most room, because there the sources are richest.",
    "Critics of my reading have their turn near the close.",
]
QUESTION_LEAD = [
    "Beneath everything lies one plain puzzle: {question}",
    "Put bluntly, here is what I want to find out: {question}",
    "The question that kept me turning pages was simple enough: {question}",
    "One question holds the following sections together: {question}",
]
QUESTIONS = ["who came out ahead from {x}?",
             "how free were {people} to choose a different course?",
             "why has the simple telling of {x} survived so long?",
             "what would {setting} look like now had things gone the other way?"]
CLAIM_THESIS = [
    "My argument runs that {thesis}.",
    "Over the following pages I argue that {thesis}.",
    "Taken slowly, the surviving record suggests that {thesis}.",
    "Stripped to a sentence, my claim is that {thesis}.",
    "A close look at {s1}, {s2} and {s3} has left me convinced that {thesis}.",
    "A fairer reading, as I see it, grants that {thesis}.",
    "The pages below try to prove that {thesis}.",
    "Almost every careful witness pulls the same way: {thesis}.",
]
CONTEXT = [
    "Trouble had been quietly accumulating long before anyone paid attention.",
    "Old grudges had simmered for years beforehand.",
    "{People} had remarkably little room to manoeuvre.",
    "Nobody living through it could guess how later writers would retell it.",
    "Habits that had lasted for generations were starting to loosen.",
    "Our first narrators were men with reputations to guard.",
    "{Scholar} traces the roots back a full generation earlier.",
    "Much of the surviving paperwork was drawn up in {setting}.",
    "Dates are not in dispute here, but motives very much are.",
    "Rules had piled up over decades with no one in charge of the pile.",
    "What the law laid down and what people actually did had drifted far apart.",
    "Not a single person involved could see the whole board.",
]
NAMING = [
    "A word first about the labels stuck to {x}.",
    "The name {x} was coined well after the events it describes.",
    "{People} described themselves in a vocabulary that now jars.",
    "Modern terms appear below purely for convenience.",
    "To call it {x} at all is already to take a side.",
    "Nearly every term in this argument carries a verdict folded inside it.",
]
RECORD = [
    "What we know of {x} reaches us by three roads.",
    "Registers kept in {setting} note what happened and seldom why.",
    "Letters between {people} are lively, though none was written with us in mind.",
    "Newspapers covered {x} quickly and sometimes carelessly.",
    "Memoirs penned decades later add colour without adding certainty.",
    "Maps, buildings and surviving objects let us check what the writers claimed.",
]
CAST = [
    "First, then: whom did {x} draw in?",
    "{People} tugged in different directions.",
    "A handful told their own stories; most left none.",
    "{Scholar} gives bit players the care usually kept for leading roles, and rightly so.",
    "Distant superiors boxed in every choice with their dispatches.",
]
STRAND_IN = [
    "Take {s}.",
    "The documents pile up thickest around {s}.",
    "Easy to miss, yet central, is {s}.",
    "No honest telling can dodge {s}.",
    "Surprisingly few writers have lingered over {s}.",
    "I turn now to {s}.",
    "A great deal rests on {s}.",
    "Stay a moment longer with {s}.",
    "Side by side with this went {s}.",
    "The archive is loudest about {s}.",
]
POINT = [
    "Read slowly, the record of {s} is full of hesitation.",
    "Clerks who wrote up {s} had every reason to make it sound tidier than it was.",
    "Treating {s} as inevitable is tempting, though the participants plainly did not.",
    "{Scholar} reads {s} as a matter of supplies and timetables before it became a matter of belief.",
    "The loudest voices about {s} were seldom the best informed.",
    "Nothing about {s} was hidden, yet hardly anyone objected while it was happening.",
    "{People} disagreed about {s} even among themselves.",
    "Estimates for {s} swing wildly according to who did the counting.",
    "Some of what decided {s} happened out of sight of official witnesses.",
    "Several accounts of {s} were written chiefly to settle old scores.",
    "Local knowledge of {setting} shaped {s} in ways that visitors missed.",
    "Small details of {s}, such as who paid and who waited, reveal the most.",
    "Rumour outran orders throughout {s}.",
    "It helps to recall how slowly news crawled during {s}.",
    "Half of what people repeat about {s} leans on a single memoir.",
    "Once {s} had begun, neither side found an easy way back.",
]
NUMBERS = [
    "{Scholar} ({year}) counted {num} cases and traced {pct} percent of them to {s}.",
    "Of {num} letters catalogued by {Scholar}, {pct} in each hundred refer to {s}.",
    "{Scholar} ({year}) rates the weight of {s} at roughly {pct} percent overall.",
    "{Scholar} worked through {num} files in {year} and found barely one silent on {s}.",
    "Comparing {num} similar episodes, {Scholar} ({year}) met {s} almost every time.",
    "{Scholar} concedes that the sample is small but finds it steady on {s}.",
    "{Scholar} ({year}) credits {s} with perhaps {pct} percent of everything that changed afterwards.",
    "{Scholar} suspects that earlier work on {s} leaned on unreliable informants.",
]
CASES = [
    "{Scholar} follows the story through the letters of one household.",
    "Within {setting}, {people} coped with {s} after their own manner.",
    "The same shape turns up far from {setting}.",
    "Nothing here was peculiar to one corner of {s}; it was the rule.",
    "Throughout {period} the same outline keeps surfacing.",
    "{People}, recounting it later, kept circling back to this.",
    "Further instances of {s} lie close at hand.",
]
LINK_BACK = [
    "In miniature, then, this hints that {thesis}.",
    "One swallow makes no summer, but this one flies straight across the textbook image of {s}.",
    "Put another way, whoever brushes aside {s} misses what made it bite.",
    "Here once more is a sign that {thesis}.",
    "The gap sounds minor; to those living through {s} it loomed enormous.",
    "If my account of {s} is wrong, this passage needs some other explanation.",
    "Remove {s} and the customary verdicts start to totter.",
]
PIVOT = ["Then came {s}, and the ground shifted.", "Next in line came {s}.",
         "After that, everything turned on {s}.", "{S} altered the rules for all concerned."]
CITE_LEAD = [
    "{Scholar} packs {setting} into one sentence:",
    "Decades afterwards an old resident of {setting} recalled:",
    "At a {year} conference on {x}, one speaker remarked:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} is sharpest when writing about {s}:",
]
CITED = [
    "Look hard and the schoolbook version of {x} crumbles like stale bread.",
    "For those caught up in it, {s} was a chore and not a chapter of history.",
    "Memory squeezes {x} into one dramatic afternoon; the account books show months of drudgery.",
    "Once you have read every source, {s} stops looking strange at all.",
    "{X} took place only once, but its retellings breed like rabbits.",
    "Boring paperwork about {s} earns more trust than any eyewitness flourish.",
]
CITE_AFTER = [
    "Too neat by half, maybe, yet correct.",
    "It is one witness only, though one who stood near the centre.",
    "The writer paid a price for that frankness, which lends it weight.",
    "Hindsight smudges the details yet leaves the core standing.",
]
CITE_AFTER2 = [
    "{People} echo it in other papers.",
    "Contemporaries plainly grasped {s} without anyone's help.",
    "Whether it holds good beyond {setting} is still unknown.",
    "Its chief service is to illuminate {s}.",
    "School retellings of {x} drop it altogether.",
]
LIST_INTRO = [
    "Wherever {x} turned out less badly, certain conditions obtained:",
    "When {people} came through well, a familiar recipe shows up:",
    "Events in {setting} might have gone better with:",
    "The happier outcomes in {setting} tended to share these features:",
]
LIST_POINT = [
    "leaders who understood {s} early on",
    "genuine consultation with {people} over {s}",
    "quick action once trouble with {s} showed itself",
    "outside scrutiny of {s}",
    "a trial of {s} in one district before anywhere else",
    "a frank estimate of the price of {s}",
]
LIST_EXTRA = ["steady funding for {x} that no treasury could claw back", "someone empowered to call off {x} outright",
              "files on {x} preserved once their compilers had left", "a deadline by which {x} would be reassessed"]
COMPARE = [
    "Set beside its cousins, {x} loses much of its strangeness.",
    "Places under pressures like those in {setting} finished in wildly unlike places.",
    "Talking early with {people} usually cooled tempers.",
    "The comparison breaks down over {s2}, which had no true parallel.",
    "Till the closing weeks, a different outcome in {setting} remained possible.",
    "Where critics of {x} were tolerated, endings were usually gentler.",
]
COUNTERFACT = [
    "Suppose {s2} had ended differently.",
    "Such guessing proves nothing about {x}; its only use is showing which beams were holding up the roof.",
    "Take away {s1} and whatever followed in {setting} becomes guesswork.",
    "{People} would then have met quite different dilemmas.",
    "Overdone, such speculation turns a hard result into a choice from a menu.",
]
LEGACY = [
    "{X} ended; the ripples kept spreading.",
    "Memories of {x} steered decisions in {setting} for decades.",
    "{People} handed their version down to children and grandchildren.",
    "Later inquiries kept drifting back to {s3}.",
    "Every anniversary of {x} breeds new versions, each slightly bent.",
    "Several morals later pinned on {x} fall away under a close look.",
]
DOUBT = [
    "Against all this, one could object that {rival}.",
    "The strongest rival account holds that {rival}.",
    "Specialists sometimes reply that {rival}.",
    "A reasonable reader might come back with the view that {rival}.",
    "Certain letters seem, on one reading, to imply that {rival}.",
]
DOUBT_MORE = [
    "{People} would happily have endorsed such a reading.",
    "The view has weighty defenders, so it needs an answer.",
    "{Scholar2} ({year2}) presses the point at length.",
    "It carries weight, because each decision taken during {x} wounded somebody.",
]
ANSWER = [
    "Even so, what survives from {setting} points somewhere else.",
    "It stays mute on {s2}.",
    "The argument also chases its own tail.",
    "That view holds up only if {x} was far tidier than the documents allow.",
    "On that logic, anywhere comparable to {setting} would show an identical ending.",
    "Somebody certainly paid; showing that the payment decided anything would need separate proof.",
]
CLOSE_FIRST = [
    "Gathering up the threads: {thesis}.",
    "Read together, the papers back one account: {thesis}.",
    "The argument over {x} is nowhere near settled.",
    "So where does all this leave {x}?",
    "Every route through the sources arrives at one destination: {thesis}.",
    "Once the debris is cleared, one judgement about {x} is left.",
    "{X} keeps getting shrunk into a slogan that people swallow without chewing.",
]
CLOSE_MID = [
    "Neither {s1} nor {s2} nor {s3} explains much alone; together they explain nearly all of it.",
    "The claim that {rival} deserves a hearing, though the evidence goes against it.",
    "Small facts about {s1} carried this argument, not grand theories.",
    "Everyone who first quarrelled over {x} has died, yet the quarrel lives on.",
    "Uncatalogued papers in {setting} may yet change a few details.",
    "Without its legend, {x} shrinks until the documents can bear its weight.",
]
CLOSE_LAST = [
    "{People} went on counting their losses well after the press had wandered off.",
    "{Setting} deserves study next, together with the places around it.",
    "Whoever steered {x} had other paths open all along.",
    "{X} exposes habits and institutions far more than villains.",
    "We should go on telling {x}, just more carefully.",
    "{X} has been shelved in the wrong drawer, and moving it would repay the trouble.",
]
HD_BACK = ["How it began", "Setting the scene", "Context", "The years before", "Roots of the trouble",
           "First causes"]
HD_NAMING = ["Words and labels", "On terminology", "A matter of names"]
HD_RECORD = ["Sources", "The surviving record", "Evidence and its limits"]
HD_CAST = ["The people involved", "Who took part", "Main actors"]
HD_STRAND = ["{S}", "On {s}", "Considering {s}", "{S} examined", "Next, {s}", "The question of {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Similar cases"]
HD_COUNTER = ["What if?", "Other possible endings", "Alternatives"]
HD_LEGACY = ["Consequences", "Afterwards", "Long shadows"]
HD_DOUBT = ["An objection", "Critics", "The opposing case", "Answering doubts", "Second thoughts",
            "Another reading"]
HD_CLOSE = ["Conclusions", "Pulling it together", "Last words", "In closing", "Verdict"]

# The earliest shapinsay post dates from late 2015; invented studies therefore stop at 2014.
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
    """From one card, a whole essay.

    Reading order: opener (x first, thesis last; scene, route or puzzle sentences may come between);
    background holding fact one (its partner fact sits beside it or is held over for strand two); at most one digression
    (vocabulary, witnesses, cast); strands, each getting one or two paragraphs, some preceded by a one-liner
    pivot, some trailed by quoted speech, some by bullets; optionally comparing, imagining or tracing aftermath;
    rival view, rebuttal; finale, its final sentence returning to x, cast or scene. Subheads on a coin toss.
    Patterns never recur inside one essay; no paragraph of one essay can turn up in another, thanks to the card details."""
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
        # the first entry of each such pool names a card field, so the paragraph always carries something of the card
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


# ------------------------------------------------------------------------------------------ shared by all four

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; related boxes look up sentences of other essays here
ESSAY_PAGES: dict[str, list[int]] = {}  # per site, the page numbers carrying an essay (all others are listings)
SITE_TITLES: dict[str, list[str]] = {}  # per site, essay titles in page order
SEED = 2029  # replaced in main(); drives the draws for the rarer blocks


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """`text` belongs to `title` alone among the chosen essays."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def objection_of(title: str) -> str:
    """First sentence of the rebuttal paragraph: the rival view, worded from the card."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def second_fact_of(title: str) -> str:
    """Fact two from the card (background paragraph, else strand two)."""
    sen = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def figure_of(title: str) -> str:
    """The first sentence that quotes an invented scholar's numbers (it belongs to the first strand)."""
    sen = ESSAYS_BY_TITLE[title]["figures"][0]
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def middle_run(title: str, start: int = 40, n: int = 25) -> str:
    """Words start+1 to start+n of the essay's paragraphs read end to end; it may cut through sentences and
    through a paragraph break, the way an excerpt widget does."""
    words = " ".join(paragraphs_of(title)).split()
    cut = " ".join(words[start:start + n])
    assert only_in(cut, title) or not any(cut in p for p in paragraphs_of(title)), title
    return cut


def opening_words(title: str, n: int = 55) -> str:
    """What a blog engine would excerpt: n leading words, subheads skipped."""
    words = " ".join(paragraphs_of(title)).split()
    return " ".join(words[:n])


class Page(g2.Page):
    """Set two's page class, with the site's name, the card and the other titles of the site added."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """A listing, search or rules page built from the site's template; it quotes essays but holds none."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set29:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Was this page picked, with count-1 others, for `role`?"""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Where the page stands in the sorted `role` pick; None when unpicked."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """A seeded shuffle of essay pages; pages in its leading half (odd counts favour it) put the roving box above."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set29:{SEED}:{site}:{role}:above").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Places `piece` at `pos` unless a subhead or colon-final lead-in sits just above; such blocks cling
    to what follows, so it climbs past them. Position 0 stays the essay's."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Visible blocks rendered one by one, each tagged; any paragraph closing on a colon is tagged "lead"."""
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
    """Set one's reference maker may print 2023; all years of a page shift down together (both versions of
    each entry) so that `latest` is the newest year left."""
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


# ---- 1. rousay: a tutoring marketplace whose tutors post sample answers, 2024 ---------------------------------

RO_BRAND = "Tutorfold"
RO_HOST = "www.tutorfold.co.uk"
RO_TUTORS = [  # first name, initial, credential, fee per hour in pounds, rating, reviews, lessons, reply hours
    ("Lysander", "K.", "MA History, first-class BA; six years of A-level tutoring", 42, "4.9", 131, 1204, 2),
    ("Cressida", "P.", "Qualified teacher, formerly head of humanities at a sixth-form college", 48, "5.0", 88, 967, 3),
    ("Evander", "O.", "PhD candidate in early modern history", 36, "4.8", 57, 412, 5),
    ("Briony", "H.", "BA History and Politics; IB History examiner for four sessions", 45, "4.9", 203, 1876, 1),
    ("Anouska", "D.", "MSt Global and Imperial History; tutors GCSE to undergraduate", 39, "4.7", 46, 329, 6),
    ("Leocadia", "M.", "Secondary history teacher with eleven years in the classroom", 44, "5.0", 119, 1340, 2),
    ("Hyacinth", "R.", "BA Ancient and Modern History; specialist in source questions", 34, "4.8", 64, 521, 4),
    ("Seraphina", "T.", "MA Public History; runs revision courses every Easter", 40, "4.9", 92, 883, 3),
]
RO_LEVELS = ["A-level History", "IB History HL", "GCSE History", "Scottish Higher History", "Pre-university History"]
RO_MARKS = {"A-level History": 25, "IB History HL": 15, "GCSE History": 16, "Scottish Higher History": 22,
            "Pre-university History": 30}
RO_QUESTIONS = [
    "\u2018{Rival}.\u2019 Assess this claim.",
    "To what extent was {x} shaped by {s1}?",
    "Assess the significance of {s2} for {x}.",
    "Why did {x} matter to {people}?",
]
RO_ASIDES = [  # (label, text) pairs boxed inside the answer
    ("Grade booster:", "the numbers always come with a historian's name attached, which examiners reward"),
    ("Grade booster:", "tying this section back to the wording of the question earns top-band marks"),
    ("Tutor aside:", "try covering this paragraph and rewriting it from memory in six minutes"),
    ("Tutor aside:", "a quotation only earns marks when you explain it in the next sentence"),
    ("Spot the skill:", "every paragraph here opens by telling the marker what it is about to prove"),
    ("Spot the skill:", "see how the rival case is stated generously first and only then taken apart"),
    ("Common slip:", "students often forget to date their evidence; this answer never does"),
]
RO_NOTICES = [
    "Exam season: our support team is answering messages from 8am until 10pm every day.",
    "Lesson prices for new bookings change on 1 September; existing packages keep their rate.",
    "Planned maintenance on Sunday night may interrupt the lesson space for about twenty minutes.",
]
RO_COOKIE = ("Tutorfold and a few trusted partners store little data files in this browser to make the site run and to "
             "learn which pages help students. Choose Accept all or Settings.")
RO_CREDIT = "This sample answer has been reviewed by Tutorfold's academic standards team."
RO_WALL = ("Book a free 20-minute trial with {first} and the other {words} words of this answer unlock, together "
           "with a copy marked against the mark scheme.")
RO_OFFERS = [
    ("Exam season offer", "Save 15% when you book a bundle of ten lessons before 31 May.", "See bundles"),
    ("Bring a friend", "Refer a classmate and you both get a free one-hour lesson.", "Get my link"),
    ("Group revision", "Small-group A-level History revision classes from \u00a312 per session.", "Browse classes"),
    ("Parents' guide", "Our free guide explains how to pick a tutor who suits your child.", "Read the guide"),
]
RO_REVIEWS = [
    ("Kayode", "A-level student", "Explained historiography in a way my teacher never managed. Went up two grades."),
    ("Ishbel", "Higher student", "Always on time and always prepared. The essay plans were gold."),
    ("Temitope", "IB student", "Helped me cut my IA down to the word limit without losing the argument."),
    ("Petronella's dad", "parent", "Patient, organised and honest about what needed work."),
    ("Dariusz", "GCSE student", "I finally understand how to use sources instead of just describing them."),
    ("Elunedd", "undergraduate", "Brilliant at turning a messy reading list into an argument."),
]
RO_NAV = ["Find a tutor", "Subjects", "Sample answers", "How it works", "Become a tutor"]


def ro_tutor(title: str) -> tuple:
    return RO_TUTORS[number("rousay", "tutor", title, mod=len(RO_TUTORS))]


def ro_level(title: str) -> str:
    return RO_LEVELS[number("rousay", "level", title, mod=len(RO_LEVELS))]


def ro_url(title: str) -> str:
    return f"/sample-answers/history/{slug(title)}-{number('rousay', 'id', title, mod=90000, base=10000)}"


def ro_question(title: str) -> str:
    card = ESSAYS_BY_TITLE[title]["card"]
    pattern = RO_QUESTIONS[number("rousay", "question", title, mod=len(RO_QUESTIONS))]
    return pattern.format(rival=card["rival"], Rival=cap(card["rival"]), x=card["x"], s1=card["strands"][0], s2=card["strands"][1],
                          people=card["people"])


def ro_published(title: str) -> date:
    return date(2023, 3, 1) + timedelta(days=number("rousay", "published", title, mod=420))


def ro_head(title: str, canonical: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1.0, width=device-width, viewport-fit=cover">
<title>{esc(title)} | {RO_BRAND}</title>
<link rel="canonical" href="https://{RO_HOST}{canonical}">
<link rel="preload" as="font" href="/_next/static/media/{digest('rousay', 'font', n=10)}.woff2" crossorigin="">
<link rel="stylesheet" href="/_next/static/css/{digest('rousay', 'css', n=16)}.css">
<script src="/_next/static/chunks/main-{digest('rousay', 'js', n=16)}.js" defer></script>
</head>"""


def ro_cookie_and_notice(page) -> tuple[str, str]:
    site = "rousay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="tf-banner tf-banner--info" role="status"><p>{esc(RO_NOTICES[turn])}</p></div>\n'
            page.clutter.append(RO_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = page.index % 2 == 0
    if show:
        cookie = (f'<div class="tf-consent" role="dialog" aria-live="polite"><p>{esc(RO_COOKIE)}</p>'
                  f'<button class="tf-btn tf-btn--solid">Accept all</button> <button class="tf-btn tf-btn--ghost">Settings</button></div>\n')
        if isinstance(page, Page):
            page.clutter.append(RO_COOKIE)
    return cookie, notice


def ro_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/{slug(n)}">{n}</a></li>' for n in RO_NAV)
    return f"""<body>
<div id="__next">
{cookie}<header class="tf-header"><a class="tf-logo" href="/"><img src="/img/tutorfold-wordmark.svg" alt="{RO_BRAND}" width="132" height="28"></a>
<nav class="tf-nav"><ul>{nav}</ul></nav>
<form class="tf-search" action="/search" role="search"><input type="search" name="q" placeholder="What would you like to learn?" aria-label="Search"></form>
<div class="tf-account"><a href="/login">Log in</a> <a class="tf-btn tf-btn--solid" href="/signup">Sign up</a></div>
</header>
{notice}{main}
<footer class="tf-footer">
<div class="tf-footer__cols">
<div><h4>For students</h4><ul><li><a href="/find-a-tutor">Find a tutor</a></li><li><a href="/sample-answers">Sample answers</a></li><li><a href="/pricing">Pricing</a></li></ul></div>
<div><h4>For tutors</h4><ul><li><a href="/become-a-tutor">Become a tutor</a></li><li><a href="/tutor-handbook">Tutor handbook</a></li><li><a href="/safeguarding">Safeguarding</a></li></ul></div>
<div><h4>Company</h4><ul><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></div>
</div>
<p class="tf-footer__legal">\u00a9 2024 Tutorfold Ltd \u00b7 Company number 11829304 (England &amp; Wales) \u00b7 All tutors are DBS-checked</p>
</footer>
</div>
</body>
</html>
"""


def rousay(p: Page) -> str:
    rng = p.rng
    site = "rousay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2023)
    card = p.card
    first, initial, credential, fee, rating, reviews, lessons, reply = ro_tutor(p.title)
    level = ro_level(p.title)
    canonical = ro_url(p.title)
    pieces = shown_pieces(p, lambda v: f'<h2 class="tf-answer__h">{esc(v)}</h2>', lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="tf-answer__quote"><p>{esc(v)}</p></blockquote>', tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(RO_ASIDES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="tf-callout tf-callout--tip"><strong>{esc(label)}</strong> <span>{esc(text)}</span></aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Lesson clip: {first} explains how this paragraph was planned ({clock(number(site, 'clip', p.title, mod=200, base=70))})"
            piece = (f'<figure class="tf-media"><video controls preload="none" poster="/media/clips/{digest(site, "poster", p.title, n=10)}.jpg" '
                     f'src="/media/clips/{digest(site, "clip", p.title, n=10)}.mp4"></video><figcaption>{esc(caption)}</figcaption></figure>')
        else:
            caption = f"Whiteboard from a lesson with a {level} student"
            piece = (f'<figure class="tf-media"><img src="/media/boards/{digest(site, "board", p.title, n=10)}.png" alt="Lesson whiteboard" width="720" height="405">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = RO_WALL.format(first=first, words=fmt_int(p.rest_words()))
        wall = (f'<div class="tf-gate"><div class="tf-gate__fade"></div><h3>Unlock the rest with {esc(first)}</h3><p>{esc(said)}</p>'
                f'<a class="tf-btn tf-btn--solid" href="/book/trial?tutor={slug(first)}">Book free trial</a></div>\n')
        p.clutter += [said, f"Unlock the rest with {first}", "Book free trial"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h2 class="tf-answer__h">Bibliography</h2>'))
        pieces.append(("refs", '<div class="tf-answer__refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Word count of this answer: {fmt_int(p.words)}; handwritten in an exam it would fill about {p.pages} {pages_word(p.pages)}"
    question = ro_question(p.title)
    asked = f"\u201c{question}\u201d ({level}, {RO_MARKS[level]} marks)"
    qbox = f'<section class="tf-question"><h3>Practice question</h3><p>{esc(asked)}</p></section>\n'
    early = placed_before(site, "question", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="tf-answer__credit">{esc(RO_CREDIT)}</p>\n'
        p.clutter.append(RO_CREDIT)
    published = ro_published(p.title)
    readers = number(site, "readers", p.title, mod=5000, base=140)
    cite = f"{first} {initial} ({published.year}) {p.title}. {RO_BRAND} sample answers. Available at: https://{RO_HOST}{canonical}"
    offer_head, offer_text, offer_button = RO_OFFERS[(p.index + number(site, "offer", mod=4)) % len(RO_OFFERS)]
    said_reviews = rng.sample(RO_REVIEWS, 2)
    p.clutter += [length, asked, "Practice question", f"Written by {first} {initial}",
                  f"Published {published.day} {published.strftime('%B %Y')}", f"{fmt_int(readers)} students have read this",
                  credential, f"\u00a3{fee}/hour", f"\u2605 {rating} ({reviews} reviews)", f"Replies within {plural(reply, 'hour')}",
                  f"{fmt_int(lessons)} lessons taught", "Book a free trial", f"Send {first} a message", cite,
                  "Using this answer in your own work", offer_head, offer_text, offer_button, f"What students say about {first}",
                  "More sample answers", "For students", "For tutors", "Tutor handbook",
                  "All tutors are DBS-checked", "Company number 11829304 (England & Wales)", "Become a tutor",
                  "How it works", f"Sample answers \u203a History \u203a {level}"]
    p.clutter += [f"{who}, {role}" for who, role, _ in said_reviews] + [t for _, _, t in said_reviews]
    related = ""
    for t in rng.sample(p.others, 3):
        line = objection_of(t)
        t_first, t_initial, *_ = ro_tutor(t)
        meta = f"{ro_level(t)} \u00b7 by {t_first} {t_initial}"
        related += (f'<li class="tf-card"><a href="{ro_url(t)}"><h3>{esc(t)}</h3></a><p class="tf-card__meta">{esc(meta)}</p>'
                    f'<p class="tf-card__excerpt">\u201c{esc(line)}\u201d</p></li>\n')
        p.clutter += [t, line, meta]
    cookie, notice = ro_cookie_and_notice(p)
    reviews_html = "".join(f'<li class="tf-review"><p>{esc(t)}</p><span class="tf-review__who">{esc(who)}, {esc(role)}</span></li>'
                           for who, role, t in said_reviews)
    main = f"""<main class="tf-page tf-page--answer">
<nav class="tf-crumbs" aria-label="Breadcrumb"><a href="/">Home</a> \u203a <a href="/sample-answers">Sample answers</a> \u203a <a href="/sample-answers/history">History</a> \u203a <span>{esc(level)}</span></nav>
<div class="tf-grid">
<article class="tf-answer">
<p class="tf-kicker">Sample answer \u00b7 History</p>
<h1 class="tf-answer__title">{esc(p.title)}</h1>
<div class="tf-answer__byline"><img src="/avatars/{slug(first)}.jpg" alt="" width="40" height="40"> <span>Written by {esc(first)} {esc(initial)}</span> \u00b7 <time datetime="{published.isoformat()}">Published {published.day} {published.strftime('%B %Y')}</time> \u00b7 <span>{fmt_int(readers)} students have read this</span></div>
<p class="tf-answer__length">{esc(length)}</p>
<nav class="tf-sub"><span>Sample answers \u203a History \u203a {esc(level)}</span></nav>
{qbox if early else ""}<div class="tf-answer__body">
{body}
</div>
{wall}{credit}{"" if early else qbox}<section class="tf-cite"><h3>Using this answer in your own work</h3><p class="tf-cite__text">{esc(cite)}</p><button class="tf-btn tf-btn--ghost" type="button">Copy</button></section>
<section class="tf-reviews"><h3>What students say about {esc(first)}</h3><ul>{reviews_html}</ul></section>
</article>
<aside class="tf-side">
<div class="tf-tutorcard"><img src="/avatars/{slug(first)}-large.jpg" alt="{esc(first)}" width="96" height="96"><h3>{esc(first)} {esc(initial)}</h3>
<p class="tf-tutorcard__cred">{esc(credential)}</p>
<ul class="tf-tutorcard__stats"><li>\u2605 {rating} ({reviews} reviews)</li><li>\u00a3{fee}/hour</li><li>Replies within {plural(reply, 'hour')}</li><li>{fmt_int(lessons)} lessons taught</li></ul>
<a class="tf-btn tf-btn--solid" href="/book/trial?tutor={slug(first)}">Book a free trial</a> <a class="tf-btn tf-btn--ghost" href="/messages/new?tutor={slug(first)}">Send {esc(first)} a message</a></div>
<div class="tf-offer"><h4>{esc(offer_head)}</h4><p>{esc(offer_text)}</p><a class="tf-btn" href="/offers">{esc(offer_button)}</a></div>
</aside>
</div>
<section class="tf-related"><h2>More sample answers</h2><ul>
{related}</ul></section>
</main>"""
    return ro_head(f"{p.title} | {level} sample answer", canonical) + "\n" + ro_frame(p, main, cookie, notice)


def rousay_index(ix: IndexPage) -> str:
    """Either the tutor search results for history or the list of history sample answers."""
    cookie, notice = ro_cookie_and_notice(ix)
    titles = ix.site_titles
    if ix.kind == "tutors":
        rows = ""
        for tutor in RO_TUTORS:
            first, initial, credential, fee, rating, reviews, lessons, reply = tutor
            theirs = [t for t in titles if ro_tutor(t)[0] == first]
            answers = "".join(f'<li><a href="{ro_url(t)}">Sample answer: {esc(t)}</a></li>' for t in theirs)
            rows += (f'<li class="tf-result"><img src="/avatars/{slug(first)}.jpg" alt="" width="72" height="72"><div><h2>{esc(first)} {esc(initial)}</h2>'
                     f'<p class="tf-result__cred">{esc(credential)}</p><p class="tf-result__stats">\u2605 {rating} ({reviews} reviews) \u00b7 \u00a3{fee}/hour \u00b7 {fmt_int(lessons)} lessons taught</p>'
                     f'<ul class="tf-result__answers">{answers}</ul><a class="tf-btn tf-btn--solid" href="/book/trial?tutor={slug(first)}">Book a free trial</a></div></li>\n')
        main = f"""<main class="tf-page tf-page--search">
<nav class="tf-crumbs" aria-label="Breadcrumb"><a href="/">Home</a> \u203a <a href="/find-a-tutor">Find a tutor</a> \u203a <span>History</span></nav>
<div class="tf-grid">
<aside class="tf-filters"><h3>Filter</h3><p>Level</p><ul><li><label><input type="checkbox"> GCSE</label></li><li><label><input type="checkbox"> A-level</label></li><li><label><input type="checkbox"> IB</label></li><li><label><input type="checkbox"> University</label></li></ul>
<p>Price per hour</p><ul><li><label><input type="radio" name="price"> Up to \u00a335</label></li><li><label><input type="radio" name="price"> \u00a335 to \u00a345</label></li><li><label><input type="radio" name="price"> Over \u00a345</label></li></ul></aside>
<section class="tf-results"><h1>{len(RO_TUTORS)} History tutors available online</h1>
<p class="tf-results__sort">Sorted by: recommended</p>
<ul>
{rows}</ul></section>
</div>
</main>"""
        return ro_head("History tutors online", "/find-a-tutor/history") + "\n" + ro_frame(ix, main, cookie, notice)
    rows = ""
    for t in titles:
        first, initial, *_ = ro_tutor(t)
        rows += (f'<li class="tf-row"><a href="{ro_url(t)}"><h2>{esc(t)}</h2></a><p class="tf-row__q">\u201c{esc(ro_question(t))}\u201d</p>'
                 f'<p class="tf-row__meta">{esc(ro_level(t))} \u00b7 by {esc(first)} {esc(initial)} \u00b7 {fmt_int(ESSAYS_BY_TITLE[t]["words"])} words</p></li>\n')
    main = f"""<main class="tf-page tf-page--list">
<nav class="tf-crumbs" aria-label="Breadcrumb"><a href="/">Home</a> \u203a <a href="/sample-answers">Sample answers</a> \u203a <span>History</span></nav>
<h1>History sample answers</h1>
<p class="tf-lead">Every answer on this page was written by a Tutorfold tutor to show one strong way of tackling a real exam-style question. Use them to study structure and argument, never to copy.</p>
<ul class="tf-rows">
{rows}</ul>
<nav class="tf-pager"><span class="is-current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2" rel="next">Next</a></nav>
</main>"""
    return ro_head("History sample answers", "/sample-answers/history") + "\n" + ro_frame(ix, main, cookie, notice)


# ---- 2. sanday: a webzine of young historians' essays in English translation, 2020 --------------------------

SA_ZINE = "Overset"
SA_TAG = "young historians in translation"
SA_ISSUE = "Issue 9 \u00b7 Spring 2020"
SA_LANGS = {  # language -> (two authors, translator, the original venue)
    "Portuguese": ([("Matilde", "Sarmento"), ("Rodrigo", "Quinteiro")], "Imelda Prothero", "Cadernos de Hist\u00f3ria"),
    "Czech": ([("B\u00e1ra", "Kopeck\u00e1"), ("Vojt\u011bch", "Hrube\u0161")], "Alaric Tennent", "Mlad\u00fd historik"),
    "Finnish": ([("Iida", "Rautio"), ("Joonas", "Kinnunen")], "Petronella Ashdale", "Nuori historioitsija"),
    "Catalan": ([("N\u00faria", "Vilaplana"), ("Pau", "Casadevall")], "Crispin Beardsall", "Quaderns d'Hist\u00f2ria"),
    "Polish": ([("Zofia", "Wawrzyniak"), ("Bartosz", "Dudziak")], "Leonie Garrity", "M\u0142ody Historyk"),
    "Hungarian": ([("R\u00e9ka", "Szalai"), ("Bence", "Halmos")], "Dorian Muncey", "Ifj\u00fa T\u00f6rt\u00e9n\u00e9sz"),
    "Slovene": ([("Ne\u017ea", "Kralj"), ("Luka", "Pirc")], "Gillian Sarsby", "Mladi zgodovinar"),
    "Dutch": ([("Lotte", "Verbruggen"), ("Sem", "Dijkhuis")], "Ewart Lockhart", "De Jonge Historicus"),
}
SA_CITIES = {"Portuguese": "Coimbra", "Czech": "Olomouc", "Finnish": "Tampere", "Catalan": "Girona", "Polish": "Lublin",
             "Hungarian": "P\u00e9cs", "Slovene": "Maribor", "Dutch": "Groningen"}
SA_NOTE_LABELS = ["Translator's note:", "Tr.:", "In the original:", "Editor's aside for English readers:"]
SA_NOTES = [
    "the author's word here means both a register and a memory; I have chosen register",
    "a pun in the source text cannot survive in English, so the sentence is a little flatter than the author's",
    "the original runs this and the next paragraph together as a single long sentence",
    "the author quotes a school textbook here that has never been published in English",
    "place names follow the forms an English reader will find on a modern map",
    "the writer addresses the reader with the familiar form of you, which English cannot show",
    "this sentence was cut by a third in the author's own second draft; we print the longer version",
]
SA_NOTICES = [
    "Submissions for issue 10 close on 31 May: we read essays in any European language.",
    "Our spring launch evening has moved online; details are in the newsletter.",
    "The 2019 printed annual is sold out, but issue 8 can still be read free on this site.",
]
SA_COOKIE = "Overset counts its readers with one small cookie and sells nothing to anyone."
SA_CREDIT = "The Small Languages Translation Fund covered the cost of this translation."
SA_WALL = ("This essay continues in the Overset Annual 2020, another {words} words. Subscribers to the printed "
           "annual can read the rest here after signing in.")
SA_PREFACE = ("{first} wrote this essay on {x} in {language}, aged {age}, as an entry for {venue}. In "
              "English I have tried to keep the short sentences and the habit of arguing with the reader. "
              "\u2014 {translator}")
SA_VENUES = ["a national schools' history prize", "a university summer school", "a regional essay award for pupils",
             "a students' history annual"]
SA_ADS = [
    ("From our partners", "Lanternwell Press: new voices from Central Europe in English, two titles every spring.",
     "See the list"),
    ("From our partners", "Fieldfare Books publishes young European historians in paperback and e-book.", "Browse"),
    ("Translators' workshop", "Join our summer school for emerging translators of non-fiction, 6\u201310 July.",
     "Apply by 15 May"),
]
SA_NAV = ["Current issue", "Archive", "Languages", "Translators", "About", "Support us"]


def sa_language(title: str) -> str:
    langs = list(SA_LANGS)
    order = sorted(SITE_TITLES["sanday"], key=lambda t: digest("sanday", "lang", t))
    return langs[order.index(title) % len(langs)]


def sa_author(title: str) -> tuple[str, str]:
    lang = sa_language(title)
    same = sorted((t for t in SITE_TITLES["sanday"] if sa_language(t) == lang), key=lambda t: digest("sanday", "who", t))
    return SA_LANGS[lang][0][same.index(title) % 2]


def sa_url(title: str) -> str:
    return f"/issue-9/{slug(title)}/"


def sa_head(title: str) -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} \u2014 {SA_ZINE}</title>
<link rel="stylesheet" href="/assets/overset.{digest('sanday', 'css', n=8)}.css">
<link rel="alternate" type="application/rss+xml" title="{SA_ZINE}" href="/feed.xml">
</head>"""


def sa_cookie_and_notice(page) -> tuple[str, str]:
    site = "sanday"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<p class="ov-notice">{esc(SA_NOTICES[turn])}</p>\n'
            page.clutter.append(SA_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div class="ov-cookie"><p>{esc(SA_COOKIE)}</p><button>Fine</button> <button>No thanks</button></div>\n'
        if isinstance(page, Page):
            page.clutter.append(SA_COOKIE)
    return cookie, notice


def sa_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<a href="/{slug(n)}/">{n}</a>' for n in SA_NAV)
    return f"""<body class="ov">
{cookie}<header class="ov-mast"><a class="ov-mast__name" href="/">OVERSET</a><span class="ov-mast__tag">{SA_TAG}</span>
<nav class="ov-nav">{nav}</nav></header>
{notice}{main}
<section class="ov-support"><p>Overset pays every translator it publishes. Become a Friend of the magazine from \u20ac4 a month.</p><a class="ov-button" href="/support-us/">Become a Friend</a></section>
<footer class="ov-foot"><p>{SA_ZINE} appears twice a year, published by the Overset Translation Trust, a non-profit foundation registered in the Netherlands.</p>
<p>Texts \u00a9 their authors and translators \u00b7 <a href="/privacy/">Privacy</a> \u00b7 <a href="/contact/">Contact the editors</a></p></footer>
</body>
</html>
"""


def sanday(p: Page) -> str:
    rng = p.rng
    site = "sanday"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2019)
    card = p.card
    language = sa_language(p.title)
    first, last = sa_author(p.title)
    translator = SA_LANGS[language][1]
    venue_name = SA_LANGS[language][2]
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="ov-essay__quote"><p>{esc(v)}</p></blockquote>', tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(SA_NOTE_LABELS)
        text = rng.choice(SA_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="ov-tn"><span class="ov-tn__label">{esc(label)}</span> {esc(text)}</aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Map: {card['setting']}, redrawn for {SA_ZINE}"
            piece = (f'<figure class="ov-figure"><img src="/img/issue-9/{digest(site, "map", p.title, n=8)}.png" alt="" width="640" height="420">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Listen: {first} reads the opening in {language} ({clock(number(site, 'audio', p.title, mod=120, base=60))})"
            piece = (f'<figure class="ov-audio"><audio controls preload="none" src="/audio/issue-9/{digest(site, "audio", p.title, n=8)}.mp3"></audio>'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = SA_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="ov-wall"><p>{esc(said)}</p><a class="ov-button" href="/account/sign-in/">Sign in to read on</a> '
                f'<a class="ov-link" href="/annual/">The annual costs \u20ac18 a year</a></div>\n')
        p.clutter += [said, "Sign in to read on", "The annual costs \u20ac18 a year"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", '<div class="ov-essay__refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"In English: {fmt_int(p.words)} words \u2014 {p.pages} {pages_word(p.pages)} in the printed annual"
    age = 16 + number(site, "age", p.title, mod=4)
    preface_text = SA_PREFACE.format(first=first, x=card["x"], language=language, age=age,
                                     venue=SA_VENUES[number(site, "venue", p.title, mod=len(SA_VENUES))], translator=translator)
    preface = f'<section class="ov-preface"><h2>Translator\u2019s preface</h2><p>{esc(preface_text)}</p></section>\n'
    early = placed_before(site, "preface", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="ov-credit">{esc(SA_CREDIT)}</p>\n'
        p.clutter.append(SA_CREDIT)
    issue_no = 3 + number(site, "srcissue", p.title, mod=9)
    src_year = 2015 + number(site, "srcyear", p.title, mod=4)
    source = f"Original: {venue_name}, no. {issue_no} ({src_year})"
    born = 2019 - age - number(site, "born", p.title, mod=3)
    study = ["history", "law", "political science", "archaeology", "history and philosophy"][number(site, "study", p.title, mod=5)]
    about_author = f"{first} {last} was born in {born} in {SA_CITIES[language]} and now studies {study} there."
    about_translator = f"{translator} translates from {language} and has worked with {SA_ZINE} since issue {1 + number(site, 'since', translator, mod=6)}."
    cite = f"{last}, {first}. \u201c{p.title}.\u201d Translated by {translator}. {SA_ZINE}, no. 9, 2020."
    ad_head, ad_text, ad_button = SA_ADS[number(site, "ad", p.index, mod=len(SA_ADS))]
    kicker = f"Translated from the {language}"
    byline = f"by {first} {last} \u00b7 translated by {translator}"
    p.clutter += [length, preface_text, "Translator\u2019s preface", kicker, byline, source, about_author, about_translator,
                  "About the author", "About the translator", "If you quote this translation", cite, ad_head, ad_text, ad_button,
                  "Elsewhere in issue 9", SA_TAG, SA_ISSUE,
                  "Overset pays every translator it publishes. Become a Friend of the magazine from \u20ac4 a month.",
                  "Become a Friend", f"{SA_ZINE} appears twice a year, published by the Overset Translation Trust, a non-profit foundation registered in the Netherlands.",
                  "Texts \u00a9 their authors and translators", "Contact the editors", "Current issue", "Translators"]
    others = ""
    for t in rng.sample(p.others, 3):
        fact = second_fact_of(t)
        f2, l2 = sa_author(t)
        where = f"From the {sa_language(t)} \u00b7 {f2} {l2}"
        others += (f'<li><a href="{sa_url(t)}">{esc(t)}</a><span class="ov-more__from">{esc(where)}</span>'
                   f'<p class="ov-more__line">{esc(fact)}</p></li>\n')
        p.clutter += [t, fact, where]
    cookie, notice = sa_cookie_and_notice(p)
    main = f"""<main class="ov-main">
<p class="ov-issue"><a href="/issue-9/">{SA_ISSUE}</a></p>
<article class="ov-essay">
<header class="ov-essay__head">
<p class="ov-essay__kicker">{esc(kicker)}</p>
<h1 class="ov-essay__title">{esc(p.title)}</h1>
<p class="ov-essay__byline">{esc(byline)}</p>
<p class="ov-essay__source">{esc(source)}</p>
<p class="ov-essay__length">{esc(length)}</p>
</header>
{preface if early else ""}<div class="ov-essay__text">
{body}
</div>
{wall}{credit}{"" if early else preface}<section class="ov-cite"><h2>If you quote this translation</h2><p>{esc(cite)}</p></section>
</article>
<aside class="ov-aside">
<section><h2>About the author</h2><p>{esc(about_author)}</p></section>
<section><h2>About the translator</h2><p>{esc(about_translator)}</p></section>
<section class="ov-ad"><h2>{esc(ad_head)}</h2><p>{esc(ad_text)}</p><a href="/partners/">{esc(ad_button)}</a></section>
</aside>
<section class="ov-more"><h2>Elsewhere in issue 9</h2><ul>
{others}</ul></section>
</main>"""
    return sa_head(p.title) + "\n" + sa_frame(p, main, cookie, notice)


def sanday_index(ix: IndexPage) -> str:
    """The contents page of issue 9: a letter from the editors, then every essay with language and translator."""
    cookie, notice = sa_cookie_and_notice(ix)
    rows = ""
    for t in sorted(ix.site_titles, key=lambda t: (sa_language(t), t)):
        f2, l2 = sa_author(t)
        rows += (f'<li><span class="ov-contents__lang">{esc(sa_language(t))}</span> <a href="{sa_url(t)}">{esc(t)}</a> '
                 f'<span class="ov-contents__by">{esc(f2)} {esc(l2)}, translated by {esc(SA_LANGS[sa_language(t)][1])}</span></li>\n')
    main = f"""<main class="ov-main">
<h1 class="ov-contents__title">{SA_ISSUE}</h1>
<section class="ov-letter"><h2>From the editors</h2>
<p>Every spring we ask teachers and prize committees across Europe to send us the history essays their students were proudest of, and every spring the pile is taller. This issue gathers essays first written in eight languages by authors between sixteen and twenty, most of them published here in English for the first time.</p>
<p>As always, our translators were asked to keep the writers' voices rather than polish them into one house style, so you will meet short sentences and long ones, cautious arguments and bold ones. We are grateful to the teachers who pointed us to these essays and to the readers whose subscriptions pay for the translations.</p></section>
<h2 class="ov-contents__head">In this issue</h2>
<ul class="ov-contents">
{rows}</ul>
</main>"""
    return sa_head(f"Contents \u2014 {SA_ISSUE}") + "\n" + sa_frame(ix, main, cookie, notice)


# ---- 3. egilsay: a U3A branch's history group, posting members' talks, 2018 ---------------------------------

EG_BRANCH = "Kelderby & District U3A"
EG_GROUP = "History Matters"
EG_SPEAKERS = [("Gwendoline", "Pratley"), ("Rodney", "Stirk"), ("Hazel", "Pendlebury"), ("Ethel", "Huckerby"),
               ("Arnold", "Ormsby"), ("Eunice", "Tebbutt"), ("Lionel", "Speight"), ("Edna", "Orrell"),
               ("Mavis", "Lightowler"), ("Clifford", "Coughlan")]
EG_CONVENOR = "Beryl Threadgold"
EG_GROUPS = ["Art Appreciation", "Bridge", "Book Circle", "Gardening", EG_GROUP, "Local Walks", "Play Reading",
             "Science and Technology", "Ukulele", "Wine Appreciation"]
EG_ASIDES = [  # (label, text) pairs set between the talk's paragraphs
    ("Note for members:", "Kelderby library keeps the standard history of this subject on its reserve shelf"),
    ("Members' query:", "someone asked whether this came up on the television last winter; it did, briefly"),
    ("Speaker's afterthought:", "on reflection I would now put this point first"),
    ("Convenor's aside:", "members who joined the spring coach trip will remember the museum display on this"),
    ("Convenor's aside:", "a lively difference of opinion broke out here and was settled amicably over coffee"),
    ("Note for members:", "the group's own copy of the main source book lives in the cupboard at the Meeting House"),
    ("Speaker's afterthought:", "a member lent me a grandfather's old atlas for this part of the talk"),
]
EG_NOTICES = [
    "Our AGM is on Thursday 17 May at 2pm in St Aidan's church hall. All members welcome.",
    "Membership renewals for 2018\u201319 are due by 30 June; the fee stays at \u00a314.",
    "The summer outing to the county record office is now full, but a waiting list is open.",
]
EG_COOKIE = "Our website stores one cookie, only so this box stays closed once you have dismissed it."
EG_CREDIT = "Typed up for the website by the speaker, for members who missed the meeting."
EG_WALL = ("Another {words} words of this write-up sit behind the members' login. Enter your "
           "membership number and surname to carry on reading.")
EG_DISCUSSION = ("In the discussion afterwards, members compared {x} with events nearer home. {first} recommended "
                 "two books from Kelderby library, and our thanks go to {helper} for the tea and biscuits.")
EG_HELPERS = ["Doris and Wilf", "the Wednesday walkers", "Joan Pilling", "Cedric and Myra Aspinall", "Olive Catterick"]
EG_SPONSORS = [
    "Our thanks to Hebden & Daughters, Printers, who print the newsletter at cost.",
    "Kelderby Coaches run day trips for U3A groups: ring 01632 960417 for a quote.",
    "Castleview Opticians offer members ten per cent off eye tests on showing a membership card.",
]
EG_NAV = ["Home", "About Us", "Interest Groups", "Calendar", "Newsletter", "Join Us", "Contact"]
EG_MONTHS = [(2017, 9), (2017, 10), (2017, 11), (2017, 12), (2018, 1), (2018, 2), (2018, 3), (2018, 4), (2018, 5),
             (2018, 6)]


def second_tuesday(year: int, month: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(1 - d.weekday()) % 7)
    return d + timedelta(days=7)


def eg_rank(title: str) -> int:
    return sorted(SITE_TITLES["egilsay"], key=lambda t: digest("egilsay", "programme", t)).index(title)


def eg_speaker(title: str) -> tuple[str, str]:
    return EG_SPEAKERS[eg_rank(title) % len(EG_SPEAKERS)]


def eg_date(title: str) -> date:
    """Two talks a month, second Tuesday of the month, from September to June, in programme order."""
    year, month = EG_MONTHS[min(eg_rank(title) // 2, len(EG_MONTHS) - 1)]
    return second_tuesday(year, month)


def eg_day(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def eg_url(title: str) -> str:
    return f"groups/history-matters/talks/{slug(title)}.html"


def eg_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {EG_GROUP} - {esc(EG_BRANCH)}</title>
<link href="../../../css/branchsite.css" rel="stylesheet" type="text/css">
<link href="../../../css/print.css" rel="stylesheet" type="text/css" media="print">
</head>"""


def eg_cookie_and_notice(page) -> tuple[str, str]:
    site = "egilsay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="newsbox"><p><b>{esc(EG_NOTICES[turn])}</b></p></div>\n'
            page.clutter.append(EG_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = page.index % 2 == 1
    if show:
        cookie = f'<div id="cookiemsg"><p>{esc(EG_COOKIE)} <a href="#" class="ok">OK</a></p></div>\n'
        if isinstance(page, Page):
            page.clutter.append(EG_COOKIE)
    return cookie, notice


def eg_side(index: int) -> tuple[date, str, date, str]:
    """The right-hand column's changing parts for a page: next meeting, tea rota, newsletter deadline, sponsor."""
    base = date(2018, 6, 1) + timedelta(days=number("egilsay", "side", index, mod=40))
    meeting = second_tuesday(base.year, base.month) if base.day < 8 else second_tuesday(2018, 7)
    rota = EG_HELPERS[index % len(EG_HELPERS)]
    deadline = meeting - timedelta(days=10 + index % 5)
    sponsor = EG_SPONSORS[number("egilsay", "sponsor", index, mod=len(EG_SPONSORS))]
    return meeting, rota, deadline, sponsor


def eg_frame(page, inner: str, cookie: str, notice: str) -> str:
    meeting, rota, deadline, sponsor = eg_side(page.index)
    nav = " | ".join(f'<a href="../../../{slug(n)}.html">{n}</a>' for n in EG_NAV)
    mark = lambda n: ' class="current"' if n == EG_GROUP else ""
    groups = "".join(f'<li{mark(n)}><a href="../../{slug(n)}/index.html">{esc(n)}</a></li>' for n in EG_GROUPS)
    updated = date(2018, 6, 20) + timedelta(days=number("egilsay", "updated", page.index, mod=30))
    if isinstance(page, Page):
        page.clutter += [f"Tuesday {meeting.day} {meeting.strftime('%B')}, 2pm", f"Tea rota: {rota}",
                         f"Newsletter copy deadline: {deadline.day} {deadline.strftime('%B')}", sponsor,
                         f"Page updated {updated.day} {updated.strftime('%B %Y')}"]
    return f"""<body>
<div id="container">
{cookie}<div id="banner"><img src="../../../images/u3a-logo.png" alt="U3A logo" width="80" height="80"><h1>{esc(EG_BRANCH)}</h1>
<p class="strap">Learning for the joy of it, for anyone no longer in full-time work</p></div>
<div id="menu">{nav}</div>
{notice}<div id="leftcol"><h3>Interest Groups</h3><ul>{groups}</ul></div>
<div id="maincol">
{inner}
</div>
<div id="rightcol">
<div class="panel"><h3>Next group meeting</h3><p>Tuesday {meeting.day} {meeting.strftime('%B')}, 2pm<br>Friends Meeting House, Mill Lane</p><p class="small">Hearing loop in the main room</p></div>
<div class="panel"><h3>Group contacts</h3><p>Group convenor: {EG_CONVENOR}</p><p>Tea rota: {esc(rota)}</p></div>
<div class="panel"><p>Newsletter copy deadline: {deadline.day} {deadline.strftime('%B')}</p></div>
<div class="panel sponsor"><p>{esc(sponsor)}</p></div>
</div>
<div id="footer"><p>{esc(EG_BRANCH)} belongs to the Third Age Trust. Registered charity no. 1169204.</p>
<p>This site is looked after by volunteers &middot; Page updated {updated.day} {updated.strftime('%B %Y')}</p></div>
</div>
</body>
</html>
"""


def egilsay(p: Page) -> str:
    rng = p.rng
    site = "egilsay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2017)
    card = p.card
    first, last = eg_speaker(p.title)
    given = eg_date(p.title)
    pieces = shown_pieces(p, lambda v: f"<h4>{esc(v)}</h4>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(EG_ASIDES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="aside"><i>[{esc(label)} {esc(text)}]</i></p>'))
        p.clutter.append(f"[{label} {text}]")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Members at the {given.strftime('%B')} meeting in the Friends Meeting House"
            piece = (f'<p class="photo"><img src="../../../images/groups/history-{given.strftime("%Y-%m")}.jpg" width="400" height="267" alt="">'
                     f'<br><span class="caption">{esc(caption)}</span></p>')
        else:
            caption = "Handout from the meeting: a one-page timeline (PDF)"
            piece = f'<p class="handout"><a href="../../../files/history-{digest(site, "pdf", p.title, n=6)}.pdf">{esc(caption)}</a></p>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = EG_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="membersonly"><p>{esc(said)}</p><form action="../../../members/login.php" method="post">'
                f'<p>Membership no. <input type="text" name="num" size="6"> Surname <input type="text" name="surname" size="14"> '
                f'<input type="submit" value="Members\' log in"></p></form></div>\n')
        p.clutter += [said, "Membership no."]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h4>Books and articles used</h4>"))
        pieces.append(("refs", '<div class="reading">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"Written up afterwards by the speaker: {fmt_int(p.words)} words on {p.pages} typed {'side' if p.pages == 1 else 'sides'}."
    helper = EG_HELPERS[number(site, "helper", p.title, mod=len(EG_HELPERS))]
    talk_text = EG_DISCUSSION.format(x=card["x"], first=first, helper=helper)
    discussion = f'<div class="discussion"><h4>From the discussion</h4><p>{esc(talk_text)}</p></div>\n'
    early = placed_before(site, "discussion", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="small"><i>{esc(EG_CREDIT)}</i></p>\n'
        p.clutter.append(EG_CREDIT)
    byline = f"Presented by {first} {last} to the group on {eg_day(given)}"
    p.clutter += [length, talk_text, "From the discussion", byline, f"{EG_GROUP} group", "Talks from our meetings",
                  "Also heard this season", "Back to the list of talks", "Next group meeting", "Friends Meeting House, Mill Lane",
                  "Hearing loop in the main room", "Group contacts", f"Group convenor: {EG_CONVENOR}",
                  f"{EG_BRANCH} belongs to the Third Age Trust. Registered charity no. 1169204.",
                  "This site is looked after by volunteers", "Learning for the joy of it, for anyone no longer in full-time work",
                  "Interest Groups", "Art Appreciation", "Science and Technology", "Wine Appreciation", "Play Reading",
                  "Local Walks", "Book Circle"]
    also = ""
    for t in rng.sample(p.others, 3):
        fig = figure_of(t)
        f2, l2 = eg_speaker(t)
        when = f"{f2} {l2}, {eg_day(eg_date(t))}"
        also += f'<li><a href="{slug(t)}.html">{esc(t)}</a> ({esc(when)})<br><span class="figure">{esc(fig)}</span></li>\n'
        p.clutter += [t, fig, when]
    cookie, notice = eg_cookie_and_notice(p)
    inner = f"""<p class="grouphead">{EG_GROUP} group &middot; Talks from our meetings</p>
<h2 class="talktitle"><span class="talklabel">Talk:</span> {esc(p.title)}</h2>
<p class="given">{esc(byline)}</p>
<p class="sides">{esc(length)}</p>
{discussion if early else ""}<div class="talktext">
{body}
</div>
{wall}{credit}{"" if early else discussion}<div class="alsoheard"><h4>Also heard this season</h4><ul>
{also}</ul></div>
<p><a href="index.html">Back to the list of talks</a></p>"""
    return eg_head(p.title) + "\n" + eg_frame(p, inner, cookie, notice)


def egilsay_index(ix: IndexPage) -> str:
    """The season's programme of talks, or the page explaining how the group runs."""
    cookie, notice = eg_cookie_and_notice(ix)
    if ix.kind == "programme":
        rows = ""
        for t in sorted(ix.site_titles, key=eg_rank):
            f2, l2 = eg_speaker(t)
            rows += (f'<tr><td>{esc(eg_day(eg_date(t)))}</td><td>{esc(f2)} {esc(l2)}</td>'
                     f'<td><a href="talks/{slug(t)}.html">{esc(t)}</a></td></tr>\n')
        inner = f"""<p class="grouphead">{EG_GROUP} group</p>
<h2>Programme for 2017\u201318</h2>
<p>We meet on the second Tuesday of each month from September to June, at 2pm in the Friends Meeting House. Two members usually speak for about twenty minutes each, with time for questions and a cup of tea in between.</p>
<table class="programme" border="1" cellpadding="4" cellspacing="0">
<tr><th>Meeting</th><th>Speaker</th><th>Talk</th></tr>
{rows}</table>
<p>Offers of talks for next season are very welcome: please speak to {EG_CONVENOR} at any meeting.</p>"""
        return eg_head("Programme 2017-18") + "\n" + eg_frame(ix, inner, cookie, notice)
    inner = f"""<p class="grouphead">{EG_GROUP} group</p>
<h2>How our group works</h2>
<p>{EG_GROUP} began in 2009, when a handful of members who had enjoyed a course on local records decided to keep meeting. Nobody in the group is an expert and nobody needs to be. The only requirement is curiosity about the past, near or far.</p>
<p>Each member is invited to give a talk once a year or so, on any period and any place. Some talks grow out of family papers, some out of a holiday, and some out of a book that a member simply could not put down. Speakers are asked to keep to about twenty minutes so that there is plenty of time to talk afterwards.</p>
<h3>A few simple arrangements</h3>
<ul>
<li>There is no fee beyond the branch subscription, but we ask for 50p towards tea and biscuits.</li>
<li>Speakers may type up their talks for this website; write-ups are shared with members first.</li>
<li>The group keeps a small library of books in the cupboard at the Meeting House, which members may borrow.</li>
<li>Visitors are welcome to come twice before joining the branch.</li>
</ul>
<p>Curious? Have a word with {EG_CONVENOR}, or leave a note for the branch secretary.</p>"""
    return eg_head("How our group works") + "\n" + eg_frame(ix, inner, cookie, notice)


# ---- 4. shapinsay: an Erasmus+ school partnership's blog of pupils' essays, 2017 ----------------------------

SH_PROJECT = "Rivers of Memory"
SH_TAGLINE = "An Erasmus+ school partnership, 2015\u20132017"
SH_THEME = "Small places, big histories"
SH_SCHOOLS = {  # country -> (school, town, teacher, WordPress user name)
    "Portugal": ("Escola Secund\u00e1ria de Ribafria", "Ribafria", "Helena Tavares", "htavares"),
    "Slovenia": ("Gimnazija Selnica", "Selnica", "Mojca Kova\u010d", "mkovac"),
    "Ireland": ("St Ultan's Community School", "Drumkeel", "Se\u00e1n Dwyer", "sdwyer"),
    "Finland": ("Koivum\u00e4ki Upper Secondary School", "Koivum\u00e4ki", "Heidi Laakso", "hlaakso"),
}
SH_PUPILS = {"Portugal": ["Tiago", "Leonor", "Gon\u00e7alo", "Madalena", "Rui"],
             "Slovenia": ["Nika", "\u017dan", "Lana", "Zala", "Tja\u0161a"],
             "Ireland": ["Aoife", "Cian", "Ciara", "Fionn", "R\u00f3is\u00edn"],
             "Finland": ["Eetu", "Venla", "Onni", "Iiris", "Aleksi"]}
SH_BOXES = [  # (label, text) pairs set inside the essay
    ("Partner feedback:", "in Finland we never learned about this at school, so thank you for explaining it so clearly"),
    ("Partner feedback:", "our class discussed this paragraph in English lesson and we agreed with the writer"),
    ("Peer comment:", "this part reminded me of a story my grandmother tells about our own village"),
    ("Peer comment:", "I think the numbers here are very strong evidence, good job"),
    ("Word help:", "a \u2018strand\u2019 of an argument is one line of thinking inside it"),
    ("Word help:", "to \u2018concede\u2019 means to admit that the other side has a point"),
    ("Our teacher adds:", "pupils chose their topics freely, and this one started from a museum visit"),
]
SH_NOTICES = [
    "The final project meeting takes place in Drumkeel from 24 to 28 April 2017.",
    "Our e-book with the best essays of the partnership will be ready in June 2017.",
    "Thank you to all the families who hosted pupils during the meeting in Selnica!",
]
SH_COOKIE = "To run this blog we keep a few cookies on your computer; carry on reading if that is fine by you."
SH_CREDIT = "Spelling checked by the English teachers of the partner schools; everything else came from the pupil."
SH_WALL = ("The full essay (another {words} words) is on our TwinSpace, which only registered pupils and teachers "
           "of the four partner schools can open.")
SH_INTRO = ("{pupil}, aged {age}, wrote this essay at {school} for the project theme \u201c{theme}\u201d. "
            "The topic: {x}.")
SH_EU = ("This project has been funded with support from the European Commission. This publication reflects the views "
         "only of the author, and the Commission cannot be held responsible for any use which may be made of the "
         "information contained therein.")
SH_COMMENTS = [
    ("Venla", "Finland", "Very interesting! We did not know this story at all."),
    ("Cian", "Ireland", "Great essay, the part about the evidence was my favourite."),
    ("Lana", "Slovenia", "I like how you answer the other opinion at the end."),
    ("Tiago", "Portugal", "Nice work! See you at the next meeting."),
    ("Onni", "Finland", "It was hard for me to write so long in English, respect."),
    ("Zala", "Slovenia", "Could you tell us which book you used most?"),
]
SH_MEETINGS = [("Ribafria", "March 2016"), ("Koivum\u00e4ki", "October 2016"), ("Selnica", "February 2017")]
SH_NAV = ["Home", "About the project", "Partner schools", "Essays", "Meetings", "Gallery", "Contact"]


def sh_rank(title: str) -> int:
    return sorted(SITE_TITLES["shapinsay"], key=lambda t: digest("shapinsay", "roster", t)).index(title)


def sh_country(title: str) -> str:
    return list(SH_SCHOOLS)[sh_rank(title) % len(SH_SCHOOLS)]


def sh_pupil(title: str) -> str:
    return SH_PUPILS[sh_country(title)][sh_rank(title) // len(SH_SCHOOLS)]


def sh_posted(title: str) -> date:
    return date(2015, 11, 9) + timedelta(days=number("shapinsay", "posted", title, mod=500))


def sh_url(title: str) -> str:
    d = sh_posted(title)
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug(title)}/"


def sh_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} | {SH_PROJECT}</title>
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="https://riversofmemory.eu/xmlrpc.php">
<link rel="stylesheet" id="riverbank-style-css" href="https://riversofmemory.eu/wp-content/themes/riverbank/style.css?ver=1.3" type="text/css" media="all">
</head>"""


def sh_cookie_and_notice(page) -> tuple[str, str]:
    site = "shapinsay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="site-notice"><p>{esc(SH_NOTICES[turn])}</p></div>\n'
            page.clutter.append(SH_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div id="cookie-bar"><span>{esc(SH_COOKIE)}</span> <a class="cookie-ok" href="#">OK</a></div>\n'
        if isinstance(page, Page):
            page.clutter.append(SH_COOKIE)
    return cookie, notice


def sh_frame(page, content: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li class="menu-item"><a href="/{slug(n) if n != "Home" else ""}">{n}</a></li>' for n in SH_NAV)
    schools = "".join(f"<li>{esc(school)} ({country})</li>" for country, (school, *_rest) in SH_SCHOOLS.items())
    counts = {c: sum(sh_country(t) == c for t in SITE_TITLES["shapinsay"]) for c in SH_SCHOOLS}
    cats = f'<li><a href="/category/essays/">Essays</a> ({len(SITE_TITLES["shapinsay"])})</li>' + "".join(
        f'<li><a href="/category/{slug(c)}/">{c}</a> ({counts[c]})</li>' for c in SH_SCHOOLS) + \
        '<li><a href="/category/meetings/">Meetings</a> (6)</li><li><a href="/category/gallery/">Gallery</a> (9)</li>'
    months = []
    d = date(2017, 3, 1)
    while d >= date(2015, 11, 1):
        months.append(d)
        d = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    archive = "".join(f'<li><a href="/{m.year}/{m.month:02d}/">{m.strftime("%B %Y")}</a></li>' for m in months)
    return f"""<body class="single single-post">
{cookie}<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner">
<h1 class="site-title"><a href="/" rel="home">{SH_PROJECT}</a></h1>
<h2 class="site-description">{SH_TAGLINE}</h2>
<img class="header-image" src="/wp-content/uploads/2015/10/river-header.jpg" width="960" height="200" alt="">
<nav id="site-navigation" class="main-navigation" role="navigation"><ul class="menu">{nav}</ul></nav>
</header>
{notice}<div id="main" class="wrapper">
<div id="primary" class="site-content"><div id="content" role="main">
{content}
</div></div>
<aside id="secondary" class="widget-area" role="complementary">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="Search this blog"><input type="submit" value="Search"></form></section>
<section class="widget"><h3 class="widget-title">Partner schools</h3><ul>{schools}</ul></section>
<section class="widget widget_categories"><h3 class="widget-title">Categories</h3><ul>{cats}</ul></section>
<section class="widget widget_archive"><h3 class="widget-title">Archives</h3><ul>{archive}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<p class="eu-logo"><img src="/wp-content/uploads/2015/10/erasmus-plus-logo.png" alt="Co-funded by the Erasmus+ Programme of the European Union" width="220" height="46"></p>
<p class="eu-note">{esc(SH_EU)}</p>
<p class="site-info">{SH_PROJECT} runs on WordPress with the Riverbank theme.</p>
</footer>
</div>
</body>
</html>
"""


def shapinsay(p: Page) -> str:
    rng = p.rng
    site = "shapinsay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2014)
    card = p.card
    country = sh_country(p.title)
    school, town, teacher, user = SH_SCHOOLS[country]
    pupil = sh_pupil(p.title)
    posted = sh_posted(p.title)
    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", tagged_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(SH_BOXES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<div class="wp-block-group note-box"><p><strong>{esc(label)}</strong> {esc(text)}</p></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        city, when = SH_MEETINGS[number(site, "meeting", p.title, mod=len(SH_MEETINGS))]
        if turn % 2 == 0:
            caption = f"{pupil} presenting this essay at the project meeting in {city}, {when}"
            piece = (f'<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/2016/{digest(site, "photo", p.title, n=6)}.jpg" width="640" height="427" alt="">'
                     f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>')
        else:
            caption = f"Slides {pupil} used at the meeting in {city} ({9 + number(site, 'slides', p.title, mod=8)} slides)"
            piece = (f'<figure class="embed-slides"><iframe src="https://slides.riversofmemory.eu/embed/{digest(site, "deck", p.title, n=8)}" width="640" height="389" allowfullscreen></iframe>'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = SH_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="twinspace-box"><p>{esc(said)}</p><a class="button" href="https://twinspace.etwinning.net/">Log in to TwinSpace</a></div>\n')
        p.clutter += [said, "Log in to TwinSpace"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Sources</h3>"))
        pieces.append(("refs", "\n".join(f'<p class="source">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    length = f"Our word counter says {fmt_int(p.words)} words; printed, the essay fills {p.pages} {pages_word(p.pages)}."
    age = 15 + number(site, "age", p.title, mod=4)
    intro_text = SH_INTRO.format(pupil=pupil, age=age, school=school, theme=SH_THEME, x=card["x"])
    intro = f'<div class="teacher-intro"><p class="teacher-intro__by">Teacher\u2019s introduction ({esc(teacher)})</p><p>{esc(intro_text)}</p></div>\n'
    early = placed_before(site, "intro", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="essay-credit"><em>{esc(SH_CREDIT)}</em></p>\n'
        p.clutter.append(SH_CREDIT)
    posted_line = f"Posted on {posted.strftime('%B')} {posted.day}, {posted.year} by {teacher}"
    by_line = f"Essay by {pupil} ({country})"
    notes = rng.sample([c for c in SH_COMMENTS if c[1] != country], rng.randint(0, 3))
    p.clutter += [length, intro_text, f"Teacher\u2019s introduction ({teacher})", posted_line, by_line, f"Essays, {country}",
                  "More essays from our partners", f"{plural(len(notes), 'comment')}" if notes else "Leave a comment",
                  "Partner schools", SH_EU, f"{SH_PROJECT} runs on WordPress with the Riverbank theme.", SH_TAGLINE,
                  "About the project", "Post navigation"]
    p.clutter += [t for _, _, t in notes] + [f"{w} ({c})" for w, c, _ in notes]
    related = ""
    for t in rng.sample(p.others, 3):
        run = middle_run(t)
        where = f"{sh_pupil(t)}, {sh_country(t)}"
        related += (f'<li class="related-post"><a href="{sh_url(t)}">{esc(t)}</a> <span class="related-where">{esc(where)}</span>'
                    f'<p class="related-excerpt">\u2026{esc(run)}\u2026</p></li>\n')
        p.clutter += [t, run, where]
    prev_t, next_t = rng.sample(p.others, 2)
    p.clutter += [prev_t, next_t]
    cookie, notice = sh_cookie_and_notice(p)
    comments = "".join(f'<li class="comment"><p class="comment-author"><b>{esc(w)} ({esc(c)})</b> <span class="says">says:</span></p>'
                       f'<p class="comment-date">{(posted + timedelta(days=2 + k)).strftime("%B")} {(posted + timedelta(days=2 + k)).day}, {(posted + timedelta(days=2 + k)).year}</p><p>{esc(t)}</p></li>\n'
                       for k, (w, c, t) in enumerate(notes))
    content = f"""<article id="post-{number(site, 'post', p.title, mod=900, base=100)}" class="post hentry entry-essay category-essays category-{slug(country)}">
<header class="entry-header">
<h2 class="entry-title">{esc(p.title)}</h2>
<div class="entry-meta"><span class="posted-on">{esc(posted_line)}</span></div>
<p class="essay-byline">{esc(by_line)}</p>
</header>
<div class="entry-content">
<p class="essay-length">{esc(length)}</p>
{intro if early else ""}{body}
{wall}{credit}{"" if early else intro}</div>
<footer class="entry-meta"><span class="cat-links">Posted in <a href="/category/essays/">Essays</a>, <a href="/category/{slug(country)}/">{country}</a></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h3 class="screen-reader-text">Post navigation</h3>
<div class="nav-previous"><a href="{sh_url(prev_t)}" rel="prev">\u2190 {esc(prev_t)}</a></div>
<div class="nav-next"><a href="{sh_url(next_t)}" rel="next">{esc(next_t)} \u2192</a></div></nav>
<section class="related-posts"><h3>More essays from our partners</h3><ul>
{related}</ul></section>
<div id="comments" class="comments-area"><h3 class="comments-title">{plural(len(notes), 'comment') if notes else 'Leave a comment'}</h3>
<ol class="comment-list">
{comments}</ol></div>"""
    return sh_head(p.title) + "\n" + sh_frame(p, content, cookie, notice)


def shapinsay_index(ix: IndexPage) -> str:
    """The category archive for essays: newest first, each post cut to the blog's automatic excerpt."""
    cookie, notice = sh_cookie_and_notice(ix)
    rows = ""
    for t in sorted(ix.site_titles, key=sh_posted, reverse=True):
        posted = sh_posted(t)
        teacher = SH_SCHOOLS[sh_country(t)][2]
        rows += (f'<article class="post type-post category-essays"><header class="entry-header"><h2 class="entry-title"><a href="{sh_url(t)}">{esc(t)}</a></h2>'
                 f'<div class="entry-meta">Posted on {posted.strftime("%B")} {posted.day}, {posted.year} by {esc(teacher)}</div></header>'
                 f'<div class="entry-summary"><p>{esc(opening_words(t))} [&hellip;]</p><p><a class="more-link" href="{sh_url(t)}">Open the full post &rarr;</a></p></div></article>\n')
    content = f"""<header class="archive-header"><h1 class="archive-title">Category Archives: <span>Essays</span></h1>
<div class="archive-meta"><p>Essays written by pupils of the four partner schools for the theme \u201c{SH_THEME}\u201d. Every pupil chose a moment of history that is little known outside specialist books.</p></div></header>
{rows}<nav class="navigation paging-navigation"><div class="nav-previous"><a href="/category/essays/page/2/">\u2190 Older posts</a></div></nav>"""
    return sh_head("Essays") + "\n" + sh_frame(ix, content, cookie, notice)


# --------------------------------------------------------------------------------------------------- driver

SITES = {  # folder -> (essay writer, listing writer, listing kinds, teasers, pages with references)
    "rousay": (rousay, rousay_index, ["tutors", "answers"], 3, 4),         # practice question on top or at foot
    "sanday": (sanday, sanday_index, ["contents"], 3, 4),                  # translator's preface on top or at foot
    "egilsay": (egilsay, egilsay_index, ["programme", "guide"], 2, 3),     # discussion notes on top or at foot
    "shapinsay": (shapinsay, shapinsay_index, ["archive"], 3, 4),          # teacher's introduction on top or at foot
}


def essays_needed() -> int:
    return sum(PAGES_PER_SITE - len(kinds) for _, _, kinds, _, _ in SITES.values())


def units_of(essay: dict) -> set[str]:
    """Normalised paragraphs, quotations and bullets longer than five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Card by card, in shuffled order, writes an essay and discards it if a longer unit of it overlaps an
    essay already kept, in either direction. Ends when `need` have been kept."""
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
    """Page numbers (never the first or the last) that hold the site's listings, with their kinds."""
    spots = sorted(random.Random(f"set29:{SEED}:{name}:listing").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: list[dict]) -> list[str]:
    """Writes the pages and truth notes of every site; returns the SOURCES.tsv lines in page order. Teaser cuts
    and reference lists fall on essay pages only, with the same draws as the first set's writer."""
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
    ap.add_argument("--seed", type=int, default=2029)
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
          f"{len(SITES) * PAGES_PER_SITE - need} listings with no essay)")


if __name__ == "__main__":
    main()

"""Indicator names on real sentences: the noun phrase the text gives, never a fragment (issue 12.4).

Each row is a clause of a city's 政府工作报告 in ../shared/corpus (衡水 2024–2025, 乌海 2024–2025,
岳阳 2023–2025), read as a line of a plan part; the record for its number must carry the name in
the right column. The last rows are the fragments the issue names and the shapes that made them.
"""

from __future__ import annotations

import pytest

from monitor.extract import extract_body
from monitor.seedformat import clean_line

PLAN = "二、2025年工作安排\n"

CORPUS = [
    # hengshui 2024
    ('力争全年农业招商引资额达到130亿元', '农业招商引资额'),
    ('固定资产投资增长6.5%左右', '固定资产投资'),
    ('力争新注册外资企业15家以上', '新注册外资企业'),
    ('培育国家科技型中小企业600家以上', '国家科技型中小企业'),
    ('改造城镇老旧小区51个', '改造城镇老旧小区'),
    ('谋划重大产业项目100个以上', '谋划重大产业项目'),
    ('社会消费品零售总额增长6%', '社会消费品零售总额'),
    ('进出口总值增长5%', '进出口总值'),
    ('城镇调查失业率控制在5.5%左右', '城镇调查失业率'),
    ('打造省级电商示范基地和示范企业16家', '省级电商示范基地和示范企业'),
    # hengshui 2025
    ('引进补链强链项目350个以上', '补链强链项目'),
    ('省级专精特新企业20家', '省级专精特新企业'),
    ('全年实施省、市重点建设项目200个以上', '省、市重点建设项目'),
    ('全社会研发经费投入增长8%左右', '全社会研发经费投入'),
    ('一般公共预算收入增长2%左右', '一般公共预算收入'),
    ('完成304个村庄生活污水治理', '村庄生活污水治理'),
    ('举办文化惠民演出1300场以上', '文化惠民演出'),
    ('培育国家科技型中小企业900家', '国家科技型中小企业'),
    ('居民消费价格指数涨幅控制在2%左右', '居民消费价格指数涨幅'),
    ('新增可再生能源装机40万千瓦', '新增可再生能源装机'),
    # wuhai 2024
    ('一般公共预算收入增长3%左右', '一般公共预算收入'),
    ('新建商业网点200个以上', '新建商业网点'),
    ('建设5G基站300座', '5G基站'),
    ('力争并网装机30万千瓦', '并网装机'),
    # 三明 2023 (lawtext/gov): two verbs joined by 或 name the work together
    ('力争引进或培养高层次人才、高技能人才2000人以上', '引进或培养高层次人才、高技能人才'),
    ('新建保障性租赁住房368套', '新建保障性租赁住房'),
    ('确保一季度开工率达到70%', '开工率'),  # 一季度 is its period (2024一季度), as 上半年 is
    ('力争全年完成固定资产投资290亿元以上', '固定资产投资'),
    ('力争工业企业生产设备数字化率达到50%', '工业企业生产设备数字化率'),
    ('更新各类市政管网25公里', '更新各类市政管网'),
    ('力争全市贷款余额增长10%以上', '贷款余额'),
    # wuhai 2025
    ('确保引进到位资金146亿元', '到位资金'),
    ('一般公共预算收入增长4%左右', '一般公共预算收入'),
    ('力争新增高新技术企业和科技型中小企业20家以上', '新增高新技术企业和科技型中小企业'),
    ('确保“十四五”能耗强度下降18%', '“十四五”能耗强度'),
    ('力争游客数量突破900万', '游客数量'),
    ('推动“零差价”销售集采药品扩大至80种', '“零差价”销售集采药品'),
    ('实施重点项目233个', '重点项目'),
    ('力争外贸总额增长6%', '外贸总额'),
    ('固定资产投资增长10%左右', '固定资产投资'),
    ('金融业增加值增长12%', '金融业增加值'),
    # yueyang 2023
    ('确保粮食播种面积稳定在720万亩左右', '粮食播种面积'),
    ('省级以上专精特新中小企业60家', '省级以上专精特新中小企业'),
    ('固定资产投资增长9%', '固定资产投资'),
    ('完成64所小规模学校撤并', '小规模学校撤并'),
    ('居民消费价格指数涨幅3%以内', '居民消费价格指数涨幅'),
    ('标准化建设小型水库288座', '标准化建设小型水库'),
    ('对非贸易增长25%以上', '对非贸易'),
    ('GDP增长7.5%', 'GDP'),
    ('实际使用外资突破1.2亿美元', '实际使用外资'),
    ('力争全市园区亩均税收突破24万元', '园区亩均税收'),
    # yueyang 2024
    ('规模工业增加值增长7.5%', '规模工业增加值'),
    ('一般公共预算地方收入增长6.5%以上', '一般公共预算地方收入'),
    ('进出口总额增长7%', '进出口总额'),
    ('力争引进100亿元以上项目5个', '100亿元以上项目'),
    ('实施百亿级投资项目10个以上', '百亿级投资项目'),
    ('“新三板”挂牌企业2家', '“新三板”挂牌企业'),
    ('固定资产投资增长7%', '固定资产投资'),
    ('科技型中小企业入库3000家', '科技型中小企业入库'),
    ('力争高新技术企业突破1000家', '高新技术企业'),
    ('完成25所乡镇标准化寄宿制学校建设', '乡镇标准化寄宿制学校建设'),
    # yueyang 2025
    ('确保粮食播种面积稳定在725万亩以上', '粮食播种面积'),
    ('力争新引进央企及“三类500强”企业项目10个', '新引进央企及“三类500强”企业项目'),
    ('社会消费品零售总额增长7.0%', '社会消费品零售总额'),
    ('完成96处农村黑臭水体治理', '农村黑臭水体治理'),
    ('投资过100亿元项目5个', '投资过100亿元项目'),
    ('力争获批项目、资金占全省十分之一以上', '获批项目'),
    ('实现利用外资增长20%以上', '利用外资'),
    ('固定资产投资增长6.0%', '固定资产投资'),
    ('新增限上商贸流通单位120家以上', '新增限上商贸流通单位'),
    ('一般公共预算地方收入增长3.5%', '一般公共预算地方收入'),
]

FRAGMENTS = [
    # 还 of land given back to wetland, forest, grass or fields is the work, not 还 (also): 伊春市政府工作报告 2021
    # (lawtext/gov) 完成还湿239.1公顷, and the common shape of a 退耕 line
    ("完成还湿239.1公顷", "还湿"),
    ("还林还草2万亩", "还林还草"),
    # counts of one kind typed apart, the kind said once at the end (伊春市政府工作报告 2021, lawtext/gov: 抓好2个综合型、
    # 3个管护型、5个产业型林场建设试点; the common shape of a plan's parking line), as 2个千亩、3个百亩…示范片 is sized apart
    ("抓好2个综合型、3个管护型、5个产业型林场建设试点", "综合型林场建设试点"),
    ("抓好2个综合型、3个管护型、5个产业型林场建设试点", "管护型林场建设试点"),
    ("新建2个大型、3个中型停车场", "大型停车场"),
    # a noun opening with Latin letters after its count (伊春市政府工作报告 2023: 6个GAP精品种植基地; 呼和浩特 2026:
    # 3—5个GW级算力园区, lawtext/gov), and the next count's examples opening after 和 (南宁 2024: 等5个保障性住房和鸡村、
    # 望州路北三里片区等8个城中村改造项目)
    ("抓好刺五加、人参、平贝等6个GAP精品种植基地和金林区、友好区、汤旺县等5个野生药材抚育基地建设", "GAP精品种植基地"),
    ("数算产业全力推动国家超大规模算力基地落地,打造3—5个GW级算力园区", "GW级算力园区"),
    ("推进西乡塘区秀安路1号地块等5个保障性住房和鸡村、望州路北三里片区等8个城中村改造项目", "保障性住房"),
    # 抓好 leads the work as 推进 and 实施 do: 伊春市政府工作报告 2022 (lawtext/gov; its 2023 says 落实与省林草局…17项任务),
    # and the common shape of a plan's farmland line
    ("抓好与省林草局资源保护利用17项任务", "省林草局资源保护利用"),
    ("抓好高标准农田建设5万亩", "高标准农田建设"),
    # 伊春市政府工作报告 2022 and 2023 (lawtext/gov): boilers counted before or after their size class are the boilers,
    # as 淘汰7台35蒸吨以下燃煤锅炉 names them
    ("淘汰市级建成区7台10-35蒸吨燃煤锅炉", "燃煤锅炉"),
    ("淘汰市级建成区10-35蒸吨燃煤锅炉4台", "燃煤锅炉"),
    # 洛江区 政府工作报告 given 2023-12-20 (qzlj.gov.cn): a count before a quoted list whose own numbers cut the noun
    # short; the quote they cut open is no part of it
    ("10家企业上榜“2023泉州民营企业100强”,12家企业列入市级上市(挂牌)后备企业名单", "企业上榜"),
    # 中卫市2025年政府工作报告 (lawtext/gov): a list of counts each led by its examples (A等N个X、B等M个Y);
    # the next item's examples (…等) are no part of this item's noun
    ("新(续)建华象15万吨多种金属复合板等178个产业项目、数据安全电力保障等121个基础设施项目", "产业项目"),
    ("新(续)建华象15万吨多种金属复合板等178个产业项目、数据安全电力保障等121个基础设施项目", "基础设施项目"),
    # real multi-year plans (江源区 2022—2026, 河南/泉州 乡村建设): 建成区 is a noun, a share's subject may follow it
    ('建成区面积达到13.8平方公里', '建成区面积'),
    ('建成区绿化覆盖率38%以上', '建成区绿化覆盖率'),
    ('力争全市80%以上村达到1.0版(合格村)', '村'),
    ('50%以上的农户庭院达到“五美庭院”建设标准', '农户庭院'),
    ('嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求', '建设用地面积'),
    # 淮南 规上工业企业培育专项行动 2021-2025: 要求 frames the count, it is not what is counted
    ('按照全市每年净增规上工业企业100户的要求', '每年净增规上工业企业'),
    # 农村人居环境整治实施方案 2026: a region named alone takes the rate of the clause before it
    ('全国农村生活污水处理率达到50%以上,东部地区达到60%以上,中西部地区达到40%以上', '东部地区农村生活污水处理率'),
    ('全国农村生活污水处理率达到50%以上,东部地区达到60%以上,中西部地区达到40%以上', '中西部地区农村生活污水处理率'),
    # a clause that only says how the subject moves takes the sentence's subject (not "增长", "收入实现“")
    ("农村居民人均可支配收入实现“8连快”,增长7%", "农村居民人均可支配收入"),
    # a shared 率 goes only to list items that name no measure of their own (not "PM2.5浓度数比率")
    ("全市PM2.5浓度、优良天数比率分别达到35微克/立方米和85%", "PM2.5浓度"),
    # the end of a five-year plan is a base like a year (镇“十四五”工作谋划报告, gwyoo.com: 比“十三五”末增0.8亿元;
    # a 新型储能 statement: 装机比“十三五”末增长超40倍); 比…增 is a rise over it, named by the clause before
    ("新型储能装机比“十三五”末增长超40倍", "新型储能装机"),
    ("力争实现国民生产总值达3亿元,比“十三五”末增0.8亿元", "国民生产总值"),
    ("实现工业总产值1.1亿元,比“十三五”末增0.3亿元", "工业总产值"),
    ("力争新增规上企业5家", "新增规上企业"),  # 新增 is no 比…增
    ("开展应急救护培训2万人次", "应急救护培训"),
    ("全面完成4.37万亩高标准农田建设任务", "高标准农田建设任务"),
    ("全面提升14个一刻钟社区生活圈品质,打造3个农区生活圈试点", "农区生活圈试点"),
    ("加快完成剩余225.4公顷批而未供土地处置任务", "批而未供土地处置任务"),
    # 户均, 人均, 亩均 are "per household …", not the distributive 均 ("各村均增收" is)
    # and 户均增收 (a gain per household, in money) is the measure, no verb of change (2025年乡镇政府镇长工作总结, book118;
    # the common shape of a county's plan for farmers' incomes)
    ("带动茶农户均增收1.2万元", "茶农户均增收"),
    ("力争脱贫户人均增收500元以上", "脱贫户人均增收"),
    ("力争亩均税收达到12万元", "亩均税收"),
    ("各村均增收5万元", "各村"),
    # 带动 (drive) before what the work drove is no part of its name (通化 2024 政府工作报告: 发放消费券2800万元、带动交易额
    # 4.1亿元; 山东 2026: 带动商品销售2000多亿元; 贵阳 2023: 带动盘活闲置农房1000栋); before the people it helps, it is
    # (洛阳 2022: 带动就业30万人以上; a 镇's 目标 list: 带动农户200户以上)
    ("发放消费券2800万元、带动交易额4.1亿元", "交易额"),
    ("带动商品销售2000亿元以上", "商品销售"),
    ("探索多种投入模式打造精品民宿,带动盘活闲置农房1000栋", "盘活闲置农房"),
    ("领办经营主体2万个以上,带动就业30万人以上", "带动就业"),
    ("预计新增农业合作社5家以上,带动农户200户以上", "带动农户"),
    # 带动能力, 带动作用, 带动性 are nouns (丹东 2023: 谋划投资规模大、带动能力强的重大项目600个)
    ("培育带动能力强的龙头企业10家", "带动能力强的龙头企业"),
    ("带动作用明显的合作社20家", "带动作用明显的合作社"),
    # a count of places before what they add up to names neither the total nor itself
    ("力争17个村集体经济总收入达到1500万元", "村集体经济总收入"),
    # a verb ending in a conjunction's character keeps it (涉及, 惠及)
    ("土地确权面积1万亩,涉及11781户", "涉及"),
    # adverbs before a verb of change are no names: 实际/名义 (real, nominal growth), 历史性 (突破)
    ("农村居民人均可支配收入达到2.5万元,同比实际增长6%", "农村居民人均可支配收入"),
    ("全年粮食产量再创新高,历史性突破1.4万亿斤", "粮食产量"),
    # an abbreviation first in a 、-list (GDP) is a whole name, no stand-in for the last item's first characters
    # (白城 2024: not "GDP费品零售总额")
    ("GDP、规上工业总产值、固定资产投资、社会消费品零售总额分别增长6%、7.5%、5%、3%左右", "GDP"),
    # a note's mark after a term ([21], ①) is no part of the name (a county's 2023 report with 注释)
    ("规范提升就业工厂,新开发“双协员”[21]305个", "新开发“双协员”"),
    # so is Markdown's footnote mark (泸州市2022年政府工作报告, lawtext/gov)
    ("实施“大企业大集团”培育计划,新培育单项冠军、“贡嘎培优”企业[^18]、“专精特新”企业[^19]等50家以上",
     "单项冠军、“贡嘎培优”企业、“专精特新”企业"),
    # how a growth is measured (同比(下同), 按可比价格计算) and 发展到 (grew to) are no part of the name
    ("全年地区生产总值同比(下同)增长4.5%", "地区生产总值"),  # 长沙县 2023
    ("地区生产总值按可比价格计算增长6%", "地区生产总值"),
    ("定制农业面积发展到55万亩", "定制农业面积"),  # 北林区 2025
    # a project's stage before a list of names stays on the kind named after 等 (巴州区 2024: not two "项目")
    ("新开工莲山湖大道、新能源新材料基础设施建设(一期)等项目50个以上", "新开工项目"),
    ("竣工国喜农牧饲料加工厂、津桥湖片区安置还房等项目14个以上", "竣工项目"),
    # a verb done for people names the need after the count with it (乐山市2023年政府工作报告; the shape of a poverty
    # relief report's 帮助…名农民工就业)
    ("及时解决13.8万人生活用水困难", "解决生活用水困难"),
    ("帮助2000名农民工就业", "帮助农民工就业"),
    # a bare 活动 after 等 names nothing without its examples: the list stays (中卫市2022年政府工作报告, 烟台市2024年
    # 政府工作报告); a kind of its own (招聘活动) is the name (乌兰察布市2023年政府工作报告)
    ("开展送戏下乡、文化演出等活动800余场次", "送戏下乡、文化演出等活动"),
    ("举办全民阅读季等活动3000场次以上", "全民阅读季等活动"),
    ("开展“春风行动”“就业援助月”“重点企业用工专场”等招聘活动45场次以上", "招聘活动"),
    # the fields a 在…等 phrase names are where the work is done, not what (皂户李镇 2025年工作亮目标 news, xiaoyaoxin.com 132)
    ("在畜牧精深加工、电子元器件制造等领域新招引产业项目6个以上", "新招引产业项目"),
    ("在装备制造、新材料等行业培育规上工业企业5家", "培育规上工业企业"),
    # so is the place a 在… phrase names, down to the building in the town (九台 2022 plan, 巫山 城关镇 and 流泗 2025 政务
    # 公开 reports, 太原 2024 and 西安 2024 政府工作报告); 在建, 在谈 say the state of the things counted
    ("今年在孤家子村接着栽植山榛子30公顷", "栽植山榛子"),
    ("在城关镇党群服务中心设立政务公开专区1处", "设立政务公开专区"),
    ("全镇在信息公开平台上累计主动公开政府信息95条", "主动公开政府信息"),
    ("十是在人流密集公共场所配置自动体外除颤器100台以上", "配置自动体外除颤器"),
    ("17.在市域高校设立就业服务驿站50个", "设立就业服务驿站"),
    ("重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目", "在谈项目"),
    ("在建亿元以上重点项目7个", "在建亿元以上重点项目"),
    # 为…实现 says what the work is for, no part of the name (两河镇第十八届人民代表大会 news, shiquan.qinfeng.gov.cn 1490)
    ("为全面实现2025年农业总产值增长10%以上", "农业总产值"),
    ("为实现全年地区生产总值增长6%的目标", "地区生产总值"),
    # 与上年同期相比 compares, and 作为…的 says what the thing named after it is (a 镇's 前三季度 news, m.cnlg.cn 21807)
    ("而作为我镇传统型支柱产业的印刷业和纺织业,与上年同期相比分别增长23.4%和19.1%", "印刷业"),
    ("而作为我镇传统型支柱产业的印刷业和纺织业,与上年同期相比分别增长23.4%和19.1%", "纺织业"),
    # the investment named bare after the projects just counted is theirs (洛阳 2022, 乌兰察布 2023)
    ("抓好450个重大改造项目,完成投资350亿元", "重大改造项目投资"),
    ("开展高质量项目建设推进年活动,实施重大项目306项,完成投资399亿元", "重大项目投资"),
    # an area or a length before its noun: the noun names it, with a verb of making (not "新建", "加速推进")
    # the modal 要 of a task before its verb is no part of the name (嘉兴 2019 政府工作报告, lawtext/gov), 纲要 and 重要 are words
    ("今年一般性公务支出要再削减5%以上", "一般性公务支出"),
    ("编制国土空间规划纲要3项", "编制国土空间规划纲要"),
    ("搭建项目产业孵化平台,新建6万平方米标准化厂房", "新建标准化厂房"),  # a 河南 county 2024
    ("加速推进100余万平方米标准厂房建设", "标准厂房建设"),  # 渝水区 2024
    ("新改建12公里农村公路", "新改建农村公路"),
    # two verbs of making joined say it as one (遵义 2023 and 盐城 2023 政府工作报告, lawtext/gov)
    ("推进人居环境整治,新建、改建1.8万户农村户用卫生厕所", "新建、改建农村户用卫生厕所"),
    ("新建、改造80万亩旱涝保收农田", "新建、改造旱涝保收农田"),
    # 提标改造 and 腾出 are such verbs too (嘉兴 2020 and 2021 政府工作报告, lawtext/gov; 腾出存量用能空间20万吨标准煤 in
    # another city's): not the bare verb
    ("稳定粮食综合生产和保障能力,新建3.2万亩高标准农田,提标改造4.8万亩粮食生产功能区", "提标改造粮食生产功能区"),
    ("严控高耗能项目投资,推进高耗能产业腾退转型,腾出40万吨标煤空间", "腾出空间"),
    # 等候区 (a place to wait) is one word, no list of examples closed by 等 (无锡 2024 and 2025 政府工作报告, lawtext/gov)
    ("开行、优化学校定制公交线路30条,打造校门口等候区160个", "校门口等候区"),
    # and a count in tens of thousands before its noun (烟台 2023 政府工作报告, lawtext/gov): not the bare verb
    ("鼓励绿色出行、绿色消费,新增1万个汽车充电桩、200辆氢能源汽车", "新增汽车充电桩"),
    # people served, counted before their ages: the people served name them, not the item before
    # (平凉 2025: not "幼儿园园位") nor whom it is for (黔东南 2025: not "为全州"), with the service
    ("新增城镇中小学学位1350个、幼儿园园位570个;为2500名40周岁以上城乡居民免费开展上消化道癌筛查",
     "城乡居民免费开展上消化道癌筛查"),
    ("为全州7万名35-64岁妇女免费做宫颈癌筛查、为全州6.1万名35-64岁妇女免费做乳腺癌筛查", "妇女免费做宫颈癌筛查"),
    # a level mark shared by a 、-list of places (县、乡级 → 县级, 乡级; 黔东南 2025)
    ("县、乡级就业公共服务机构覆盖率达100%", "县级就业公共服务机构覆盖率"),
    # a count served (为/协助 N家X + service) keeps the service in its name, without the light verb 提供: two services
    # to one group (为670名重度残疾人提供日间照料,为1480名重度残疾人提供居家托养服务) are two indicators
    ("为80位创业大学生提供担保贷款和政府贴息", "创业大学生担保贷款和政府贴息"),
    ("为670名重度残疾人提供日间照料,为1480名重度残疾人提供居家托养服务", "重度残疾人居家托养服务"),
    # a net change after a count names the counted thing (新增…14家,净增7家)
    ("新增“四上”企业14家,净增7家", "净增“四上”企业"),
    # a class before a count names what is counted with it; a state after the noun (全覆盖) does not
    ("实现村级集体经济收入30万元以上32个村全覆盖", "村级集体经济收入30万元以上村"),
    # a noun of one character before a state and the work it reached is named by that work (君山区 2024 工作报告: 20个村
    # 全面完成管网施工,其中11个村已通水), not 村 alone
    ("20个村全面完成管网施工", "村管网施工"),
    # 其中 + a verb of building and a number: that part of the thing just counted
    ("建设高标准农田1.2万亩,其中新建0.8万亩、提升改造0.4万亩", "提升改造高标准农田"),
    ("实施老旧小区改造12个,其中新开工5个", "新开工老旧小区改造"),
    # parallel heads share the whole tail (居民…居民人均可支配收入), not only its last word
    ("城镇居民和农村居民人均可支配收入分别增长5.5%、7%左右", "城镇居民人均可支配收入"),
    # an industry's value added, 产业 shared with the tail (河北省2025年政府工作报告, 证券时报); 制造业 is one already
    ("新一代信息技术、高端装备产业增加值分别增长13%左右、9%左右", "新一代信息技术产业增加值"),
    ("现代服务业、高端装备产业增加值分别增长13%左右、9%左右", "现代服务业增加值"),
    # two industries sharing a measure: the tail after the last one's 业 (丹东市 2022, citypairs: 种植业、畜牧业良种覆盖率;
    # the common shape 工业、建筑业增加值), not a guess by length (工业业增加值, 制造业备产业增加值)
    ("种植业、畜牧业良种覆盖率分别达98%、96%", "种植业良种覆盖率"),
    ("工业、建筑业增加值分别增长8%、6%", "工业增加值"),
    ("制造业、高端装备产业增加值分别增长13%左右、9%左右", "制造业增加值"),
    # 降到 and 再 before the number are the verb and its adverb, no part of the name: 山东省2026年政府工作报告 digest
    # (reportify.cn: PM2.5平均浓度降到32.4微克/立方米), 生态环境部 at the 2026 部长通道 (全国PM2.5平均浓度降到28微克/立方米);
    # 再 in the common shape of a province's plan (能耗再降低, 失业率再降到)
    ("PM2.5平均浓度降到32.4微克/立方米", "PM2.5平均浓度"),
    ("单位地区生产总值能耗再降低3%", "单位地区生产总值能耗"),
    ("城镇调查失业率再降到5%以内", "城镇调查失业率"),
    ("再生资源回收量达到10万吨", "再生资源回收量"),  # counter-example: 再生 is a word of the name
    # 先 (first) leads a name, but not 先进, 先行, 先导, 先锋 (广州市 2013 政府工作报告, cityold: 先进制造业增加值…)
    ("先进制造业增加值占制造业比重达到66%左右", "先进制造业增加值占制造业比重"),
    ("先建成示范村3个", "示范村"),
    # an aside in brackets (其中…, 含…) names its own part
    ("新增“四上”企业10家(其中规上工业企业6家)", "规上工业企业"),
    ("培训各类人才1200人次(含电商人才300人次)", "电商人才"),
    # more than half of the villages is the target itself, not a size class
    ("实现一半以上的行政村建成美丽乡村", "行政村建成美丽乡村"),
    # an adverb of going on (继续, 持续) before the verb is no part of the name: 湖北省2025年主要预期目标
    # (长江日报 2025-01-17), and the common shape of 海南某县2024年计划's 粮食总产量稳定在2.5万吨以上 with 持续;
    # 可持续 in a name stays
    ("粮食产量继续保持500亿斤以上", "粮食产量"),
    # year after year (连年) likewise (黄冈 2021 and 2022, 阜阳 2021 and 2022 政府工作报告, lawtext/gov)
    ("粮食产量连年保持在50亿斤以上", "粮食产量"),
    ("粮食总产连年稳定在百亿斤以上", "粮食总产"),
    # 总体 (taken together) before the verb is no part of the name, and the rate then goes to each item of the list
    # (“十四五”全国农业机械化发展规划: 设施农业、畜牧养殖、水产养殖和农产品初加工机械化率总体达到50%以上)
    ("设施农业、畜牧养殖和农产品初加工机械化率总体达到50%以上", "设施农业机械化率"),
    ("粮食总产量持续稳定在2.5万吨以上", "粮食总产量"),
    ("推进可持续发展示范区建设3个", "可持续发展示范区建设"),
    # 预期 before the verb is the expectation (the shape of a 计划 report: 地区生产总值预期增长6%); 人均预期寿命 keeps it
    ("地区生产总值预期增长6%左右", "地区生产总值"),
    ("人均预期寿命达到78.5岁", "人均预期寿命"),
    # 预计可 before the verb is a forecast, no part of the name; the crop named before owns the yield
    # (连州镇2025年上半年工作总结和下半年工作计划: 产量预计可达15935吨)
    ("实现菜心种植面积10625亩,产量预计可达15935吨", "菜心产量"),
    # 力促/力保 hedge as 力争 does; 精心, 统筹, 滚动, 动态, 集中… say how the work named after them is done
    ("力促科技型企业贷款余额增长12%", "科技型企业贷款余额"),  # 无锡 2024 政府工作报告
    ("力促蔬菜、杂粮杂豆、中药材产业集群规模分别达到180亿元、80亿元和50亿元", "蔬菜产业集群规模"),  # 赤峰 2024
    # a longer item of a list ends in two characters the last item has before its shared tail: that tail is each one's
    # (昆明 2025 政府工作报告; 深圳 “十五五” 规划建议: 先进制造业和高技术制造业增加值占规上工业比重)
    ("力争基本养老保险、失业保险、工伤保险、基本医疗保险参保人数分别达546万人、155万人、188万人、599万人", "失业保险参保人数"),
    ("先进制造业和高技术制造业增加值占规上工业比重分别达68.4%、59.9%", "先进制造业增加值占规上工业比重"),
    # an item with no measure of its own before an industry's measure is that industry's (东莞 2025 政府工作报告)
    ("力争半导体、新能源产业集群营收分别突破600、800亿元", "半导体产业集群营收"),
    # …but an item naming a thing of its own (a 基地, a 中心, 农产品) takes no 产业… tail from a last item whose 产业 is a
    # modifier (南平 2019 政府工作报告, lawtext/gov: …“三品一标”农产品和“一村一品”特色产业示范村分别新增20个以上; and
    # the common shape with one value each)
    ("农业产业化龙头企业、优质农产品标准化示范基地、农产品初加工中心、“三品一标”农产品和“一村一品”特色产业示范村分别新增"
     "20个以上", "农产品初加工中心"),
    ("新增农产品加工示范基地、“三品一标”农产品和“一村一品”特色产业示范村分别10个、30个、20个", "“三品一标”农产品"),
    # 并 right after a count joins a second verb: the noun counted is before it (常德 2021 政府工作报告, lawtext/gov; the
    # common shape of a plan's works); spared: 并购 opens a noun
    ("新改造城镇老旧小区230个并实现物业管理全覆盖", "新改造城镇老旧小区"),
    ("新建乡镇污水处理厂5座并全部投入运行", "新建乡镇污水处理厂"),
    ("完成3个并购重组项目", "并购重组项目"),
    # a short industry before a longer one named with 产业 takes the tail from 产业, not the other's head's length
    # (常德 2023 and 2021 政府工作报告, lawtext/gov; 武汉 2024 政府工作报告)
    ("烟草、电子信息产业均达到700亿元以上", "烟草产业"),
    ("烟草、文旅康养产业产值分别达633亿元、910亿元", "烟草产业产值"),
    ("力争氢能、生物制造、商业航天、低空经济产业营业收入分别增长20%以上", "氢能产业营业收入"),
    # a list closed by 等 that 分别 gives one value each names each item with the kind after 等 (东莞 2026 政府工作报告; the
    # common shape 推动电子信息、装备制造等产业产值分别增长…); spared: fewer values than items leave the kind alone
    ("实现装备制造、新材料、新能源等产业规模分别超5500亿元、1850亿元、850亿元", "新材料产业规模"),
    ("推动电子信息、装备制造等产业产值分别增长10%、8%", "装备制造产业产值"),
    ("推动新材料、新能源、生物医药等产业产值分别增长10%、8%", "产业产值"),
    # the items of a list named as a set (“三大千亿产业集群”) in a clause before a 分别 are what its values are of (南充 2022
    # 政府工作报告, lawtext/gov, twice); spared: a list of another size than the values, and one not named as a set
    ("加快培育汽车汽配、油气化工、食品饮料“三大千亿产业集群”,积极发展上下游关联产业、配套产业,力争规上产值分别突破950亿元、"
     "220亿元、520亿元", "油气化工规上产值"),
    ("发展壮大高端装备制造、电子信息、生物医药“三大百亿战略性新兴产业”,做大做强一批骨干企业,力争规上产值分别突破100亿元、"
     "120亿元、120亿元", "生物医药规上产值"),
    ("加快培育汽车汽配、食品饮料“两大产业集群”,力争规上产值分别突破950亿元、220亿元、520亿元", "规上产值"),
    ("加快培育汽车汽配、油气化工、食品饮料产业集群,力争规上产值分别突破950亿元、220亿元、520亿元", "规上产值"),
    # a list closed by 等 in the clause right before is one too (宜宾 2021 政府工作报告, lawtext/gov; the common shape
    # 加快发展A、B等特色产业,确保综合产值分别达到…); spared: a list of another size than the values
    ("加快发展茶叶、肉牛、生猪、林竹、油樟、蚕桑、水产等特色产业,确保综合产值分别达到300亿元、270亿元、500亿元、300亿元、"
     "50亿元、72亿元、30亿元", "肉牛综合产值"),
    ("加快发展茶叶、肉牛、生猪等特色产业,确保综合产值分别达到300亿元、270亿元", "综合产值"),
    # 总量 after a growth set by its margin over a place is the total of what grows, not of the margin (宜宾 2023
    # 政府工作报告, lawtext/gov, its 主要目标; the common shape X增速高于全省…、总量达到…); the margin keeps its own name
    ("地区生产总值增速高于全省1个百分点以上、总量达到3800亿元左右", "地区生产总值总量"),
    ("地区生产总值增速高于全省1个百分点以上、总量达到3800亿元左右", "地区生产总值增速高于全省"),
    # 分别 opening its clause before the verb that reaches the measure gives the values out all the same (宜宾 2023
    # 预计分别实现营收…; 烟台 2024 …的299个市级高质量发展项目,分别完成投资1500亿元、870亿元以上: lawtext/gov)
    ("推动电子信息制造、高端装备制造、新材料、医疗器械等产业数字化转型,力争分别实现营收500亿元、160亿元、520亿元、17亿元",
     "新材料营收"),
    ("实施总投资8191亿元的148个省级重点项目、总投资9329亿元的299个市级高质量发展项目,分别完成投资1500亿元、870亿元以上",
     "省级重点项目投资"),
    # the groups of projects counted before a 分别 that gives their spending: each value is one group's (南充 2021, 2022,
    # 2023 政府工作报告, lawtext/gov); spared: one value for all the groups keeps its own name
    ("大力实施32个省级重点项目、300个市级重点项目、100个市重点推进项目,力争年度投资分别超260亿元、1700亿元、1000亿元",
     "市级重点项目年度投资"),
    ("抓好33个省重点项目、300个市重点项目,确保年度投资分别超214亿元、1047亿元", "省重点项目年度投资"),
    ("实施市级重点基础设施项目83个,年度投资超336亿元", "年度投资"),
    ("全年滚动实施技改项目100个", "技改项目"),  # 丹东 2022 政府工作报告
    ("动态谋划储备重点项目500个以上", "谋划储备重点项目"),  # 通化 2024 政府工作报告
    ("统筹实施城镇老旧小区改造项目112个", "城镇老旧小区改造项目"),  # 包头 2024 政府工作报告
    ("集中打造优质高中8所、特色高中5所", "优质高中"),  # 赤峰 2025 政府工作报告
    ("精心打造重点单元500个", "重点单元"),  # 温州 2024 政府工作报告
    # how an amount moved (逆势, 大幅, 进一步, 连续) is no part of its name; 双双 (both) gives each of a list the value
    ("进出口总额逆势增长15%", "进出口总额"),  # 乌兰察布 2023 政府工作报告
    ("城市集中供热率大幅提升26个百分点、达到96.4%", "城市集中供热率"),  # 洛阳 2023 政府工作报告
    ("首位度进一步提升、达到25.2%", "首位度"),  # 贵阳 2024 政府工作报告
    ("社会消费品零售总额、商品进出口总值双双突破万亿元", "商品进出口总值"),  # 广州 “十五五” 规划建议
    # a count written in 万 (1万个, 1.2万户) after a bare verb names the things after it, as a count in units does (a
    # verb of making, 新增/改造, stays on the name: BARE_VERB_RE)
    ("新增1万个汽车充电桩、200辆氢能源汽车", "新增汽车充电桩"),  # 烟台 2023 政府工作报告
    ("改造1.2万户老旧小区", "改造老旧小区"),  # the common shape of a city's plan (改造老旧小区1.2万户)
    # 更新 (renewing) is such a verb of making too (东莞 2026 政府工作报告; the common shape 更新改造…公里老旧燃气管网)
    ("更新100公里老旧供水管网", "更新老旧供水管网"),
    ("更新改造50公里老旧燃气管网", "更新改造老旧燃气管网"),
    # a month or a span of quarters opening a clause is its time, no part of its name (龙岗镇 2011 三季度 news; 永安镇
    # 2022 news; the common shape of a county's heating plan: 10月底前完成…改造3万户)
    ("1-3季度我镇完成全社会固定资产投资41.5亿元", "全社会固定资产投资"),
    ("实施项目18个,其中,已开工4个,计划10月开工11个", "开工项目"),
    ("10月底前完成农村地区清洁供暖改造3万户", "农村地区清洁供暖改造"),
    # a table row read as a sentence: the unit in brackets after the name is no part of it (苏州 “十五五” 规划建议)
    ("14 城镇新增就业人数(万人) 175 预期性", "城镇新增就业人数"),
    ("23 细颗粒物(PM2.5)年均浓度(微克/立方米) 28 左右 约束性", "细颗粒物(PM2.5)年均浓度"),
    # a list of counts sized apart names one kind at its end (a 镇's 2025年工作情况汇报, wenmizhiyou.com: 建成2个千亩、3个百亩粮食
    # 生产综合示范片; 武汉 2024 政府工作报告: 储备实施87个百亿元级、964个十亿元级、1965个亿元级项目)
    ("建成2个千亩、3个百亩粮食生产综合示范片", "千亩粮食生产综合示范片"),
    ("储备实施87个百亿元级、964个十亿元级、1965个亿元级项目", "百亿元级项目"),
    # classes written with their number and a looser last one (阜阳市 2021 and 2022 政府工作报告, lawtext/gov): the noun after the
    # last class names each; a level of government likewise (the common shape 创建2个市级、3个省级文明村)
    ("打造2个千亿元级、2个500亿元级、若干个百亿元级产业集群", "千亿元级产业集群"),
    ("打造2个千亿元级、2个500亿元级、若干个百亿元级产业集群", "500亿元级产业集群"),
    ("打造4个千亿级、4个500亿级、一批百亿级产业和百亿级企业", "千亿级产业"),
    ("打造4个千亿级、4个500亿级、一批百亿级产业和百亿级企业", "500亿级产业"),
    ("创建2个市级、3个省级文明村", "市级文明村"),
    ("创建2个市级、3个省级文明村", "省级文明村"),
    # a total right after a count is the counted things' (阜阳 2022 and 漳州 2023 政府工作报告, lawtext/gov)
    ("力争新签约亿元以上项目400个、总投资2000亿元以上", "新签约亿元以上项目总投资"),
    ("力争新签约项目超50个、总投资超300亿元", "新签约项目总投资"),
    # spared: one count of classes listed bare counts them all (惠州 2024 政府工作报告, lawtext/gov)
    ("新增6个国家级、省级制造业数字化转型标杆示范项目", "国家级、省级制造业数字化转型标杆示范项目"),
    # 改善 alone says what is done to the homes counted after it (盐城市政府工作报告 2023, lawtext/gov)
    ("新改善1.9万户农村住房条件", "农村住房条件"),
    # who set the task before its amount (盐城市政府工作报告 2022, 东莞市政府工作报告 2025, lawtext/gov)
    ("完成省定78.5万亩高标准农田建设任务", "高标准农田建设任务"),
    ("完成省下达的1000万平方米违建治理任务", "违建治理任务"),
    # the classes written as floors (盐城市政府工作报告 2021, lawtext/gov)
    ("各县区分别建设2个亿元以上、10个千万元以上农产品加工项目", "亿元以上农产品加工项目"),
    # 计划生育 is a word, its 计划 no plan's (a 镇's 下半年工作总结, haozongjie.com: 计划生育率80%; the common shape of a
    # township's population line); spared: 计划 before a verb is the plan's
    ("计划生育率80%", "计划生育率"),
    ("计划生育服务覆盖率达到95%以上", "计划生育服务覆盖率"),
    ("计划新建道路3公里", "新建道路"),
    # spared: 集中式, 集中供水 are words, no verb of work after 集中
    ("集中供水水质合格率90%以上", "集中供水水质合格率"),  # 绵阳 2024 政府工作报告
    # a year and the 要 (must) after it close no name (the “十四五” 纲要's ecology targets as sxjthb.com retells them; the
    # common shape 到2025年要达到)
    ("地级及以上城市空气质量优良天数比率2020年要达到87%,2025年要达到87.5%", "地级及以上城市空气质量优良天数比率"),
    ("森林覆盖率到2025年要达到24.1%", "森林覆盖率"),
    # 人均 alone after a measure's total is that measure per head (中卫 2022 政府工作报告, the five years' targets); 户均增收
    # and 各村均 keep their own reading
    ("地区生产总值年均增长7%左右,突破700亿元,人均超过6万元", "人均地区生产总值"),
    ("农民人均可支配收入达到2.5万元,户均增收1.2万元", "户均增收"),
    # 把 opens the things a share of which become something (乌鲁木齐 2025 政府工作报告): they name it, with what they become
    ("把25%以上的社区卫生服务中心建成社区医院", "社区卫生服务中心建成社区医院"),
    # levels of government listed with 、 share the noun after them, as the count and the sum of it do (佛山 2025
    # 政府工作报告; 三明 2022, 武汉 2024 already so read)
    ("543个省、市重点项目完成投资1606亿元", "省、市重点项目"),
    ("543个省、市重点项目完成投资1606亿元", "省、市重点项目完成投资"),
    ("30项省、市为民办实事项目全面完成", "省、市为民办实事项目"),
    # a task the things counted take on (承担, 承接) is no part of their name (包头 2024 and 2025 政府工作报告)
    ("支持2家全国重点实验室承担国家、自治区专项20项以上", "全国重点实验室"),
    ("支持2个国重实验室承接重大专项", "国重实验室"),
]


@pytest.mark.parametrize("clause, indicator", CORPUS + FRAGMENTS)
def test_a_record_is_named_by_the_noun_phrase_of_its_clause(clause, indicator):
    names = [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets]
    assert indicator in names, names


def test_the_table_holds_at_least_fifty_real_sentences():
    assert len(CORPUS) >= 50


@pytest.mark.parametrize("clause", ["促进芦苇生态保护和科学利用,支持平江试点深化协同推进机制", "保持平稳增长"])
def test_words_that_contain_a_number_word_give_no_record(clause):
    assert extract_body(PLAN + clause + "。", "2025年工作计划").targets == []


REVIEW = "一、上半年工作情况\n"
PROGRESS = [  # real township half-year reviews: a share of the year's plan is how far the quantity before it has come
    ("全镇共签定招商引资合同19个,实际到位资金13456万元,占全年计划的67%", 67, "实际到位资金完成率"),
    ("实际利用境外资金130万美元,占年计划的87%,实现外贸出口171万美元,完成年任务的78%", 78, "外贸出口完成率"),
    ("上半年完成农业总收入3420万元,占全年目标的43.9%", 43.9, "农业总收入完成率"),
    # after a growth, 完成预计目标的 (the goal expected) is still how far the plan has come (a 旗's 截止9月底 news, oit365.com)
    ("截止9月底,完成投资75.33亿元,同比增长2.1%,完成预计目标的87.69%", 87.69, "投资完成率"),
    ("全镇89家超千万企业完成工业纳税销售17.6亿元,占全镇经济总量的51%", 51, "超千万企业完成工业纳税销售占全镇经济总量"),  # its share of a whole
    ("全镇89家超千万企业完成工业纳税销售17.6亿元,占全镇经济总量的51%", 89, "超千万企业"),  # the firms, not their sales
    ("今年以来,13个重点项目累计完成投资35.42亿元,占年计划100.36%", 13, "重点项目"),  # 未央湖街道 2023: 累计 says in all
    # 为 and the year's plan before the share: how far the quantity has come
    ("完成固定资产投资15亿元,为年度目标的102%", 102, "固定资产投资完成率"),
    # a total after a count of new ones is the total of the thing, not of the new ones
    ("新增规上企业6家,总数达到48家", 48, "规上企业总数"),
    ("全镇共有党员1200余名,党组织56个", 1200, "党员"),  # 共有 (there are) opens no name
    ("全镇村集体经济总收入7526万元,其中,30万以上32个村,占比74.4%", 32, "30万以上村"),
    ("全镇村集体经济总收入7526万元,其中,30万以上32个村,占比74.4%", 74.4, "30万以上村占比"),
    # the year's task written out before the share is the plan restated, no result (past-target)
    ("截止6月底,完成国地两税848万元,占全年任务1550万的55%", 1550, None),
    ("截止6月底,完成国地两税848万元,占全年任务1550万的55%", 55, "国地两税完成率"),
    ("完成社会固定资产投资6035万元,占上半年目标任务5500万元的110%", 5500, None),
    ("完成社会固定资产投资6035万元,占上半年目标任务5500万元的110%", 110, "社会固定资产投资完成率"),
    ("预计全年完成合同外资25494.69万美元,完成年度任务的159.34%", 159.34, "合同外资完成率"),
    # the plan named by who set it: 新场镇2023年政府工作报告 (pudong.gov.cn), 2024年颛桥镇人民政府半年工作情况报告 (shmh.gov.cn)
    ("引进注册资本47.68亿元,完成区计划的158.93%", 158.93, "注册资本完成率"),
    ("实现区级地方收入9.43亿元,完成镇人代会目标的54.2%", 54.2, "区级地方收入完成率"),
    # the year's target restated before its share (开州区 重大项目 news, news5): the share and the rise after it are the amount's
    ("全区181个重大项目上半年完成投资86.97亿元,占年度任务目标132亿元的65.89%,比2023年同期增长25.56%", 65.89, "重大项目上半年完成投资完成率"),
    ("全区181个重大项目上半年完成投资86.97亿元,占年度任务目标132亿元的65.89%,比2023年同期增长25.56%", 25.56, "重大项目上半年完成投资"),
    ("预计全年可完成规上工业总产值270亿元,同比下降15%", 270, "规上工业总产值"),  # 可 (can) opens no name
    ("全年预计可实现地区生产总值同比增长0.3%", 0.3, "地区生产总值"),
    # a thousands separator is no clause break: the two values share the list subject
    ("城镇居民人均可支配收入和农村居民人均纯收入分别达到了45,000元和22,000元", 22000, "农村居民人均纯收入"),
    # words that only say how it moved (仍然持续上扬) name nothing; a closing year (继2023年) is no part of a name
    ("规上工业产值继2023年突破60亿大关之后,2024年仍然持续上扬突破70亿元目标,达到74.23亿元", 74.23, "规上工业产值"),
    ("规上工业产值继2023年突破60亿大关之后,2024年仍然持续上扬突破70亿元目标,达到74.23亿元", 60, "规上工业产值"),
    # 跨越 a level, 一直 (all along), 已提前 (already, ahead of time) name nothing: 经济日报 2025-07-10 (reportify.cn),
    # 霞山区两会 2026 (countypairs3), 新华视点 2025-03-05 (politics.gmw.cn)
    ("我国经济总量连续跨越110万亿元、120万亿元、130万亿元", 130, "我国经济总量"),
    ("规上工业总产值跨越600亿元台阶,发展底盘更稳、动能更足、势头更强", 600, "规上工业总产值"),
    ("我国对世界经济增长的贡献率一直保持在30%左右", 30, "我国对世界经济增长的贡献率"),
    ("基本养老保险参保率已提前达到95%,我国已建成世界上规模最大的社会保障体系", 95, "基本养老保险参保率"),
]


@pytest.mark.parametrize("clause, value, indicator", PROGRESS)
def test_a_share_of_the_years_plan_is_named_after_the_quantity_before_it(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年上半年工作总结")
    names = {t.value: t.indicator for t in found.actuals}
    assert names.get(value) == indicator, names
    if (indicator or "").endswith("完成率"):  # how far the plan has come: a share, not a rise
        assert all(t.kind == "share" for t in found.actuals if t.value == value)
    if "预计目标" in clause:  # the goal expected, a noun: no hedge
        assert all(t.qualifier is None for t in found.actuals if t.value == value)


FALLS = [  # real 街道 reviews of 2023: a minus sign is a fall, and 分别 with no subject names the amounts before it
    # a fall's rate narrowed to a value, with its sign or without (四平 2025 政府工作报告: 固定资产投资降幅预计收窄到-5%;
    # 常见于统计公报: 降幅收窄至3.2%): 收窄 is the verb, 降幅 names the fall
    ("固定资产投资降幅预计收窄到-5%", {5: ("固定资产投资降幅", "growth", "down")}),
    ("全年商品房销售面积降幅收窄至3.2%", {3.2: ("商品房销售面积降幅", "growth", "down")}),
    ("全年实现地区生产总值60.3亿元,一般公共预算收入2亿元,同比分别-6.2%、-19.3%",
     {6.2: ("地区生产总值", "growth", "down"), 19.3: ("一般公共预算收入", "growth", "down")}),
    ("一般公共预算收入2亿元,同比增长-19.3%", {19.3: ("一般公共预算收入", "growth", "down")}),
    ("规上工业增加值0.38亿元,同比增长16.7%", {16.7: ("规上工业增加值", "growth", "up")}),
    # two growths joined after two amounts name them in turn without 分别 too (白山 2025 政府工作报告)
    ("预计全年接待游客1500万人次,实现旅游综合收入228亿元,同比增长20%和10%",
     {20: ("接待游客", "growth", "up"), 10: ("旅游综合收入", "growth", "up")}),
    ("全年完成工业总产值50亿元、工业增加值12亿元,同比增长8%和6%",  # the common shape of a town's review
     {8: ("工业总产值", "growth", "up"), 6: ("工业增加值", "growth", "up")}),
]


@pytest.mark.parametrize("clause, expected", FALLS)
def test_a_minus_sign_is_a_fall_of_the_amount_named_before_it(clause, expected):
    found = extract_body(REVIEW + clause + "。", "2023年工作总结")
    read = {t.value: (t.indicator, t.kind, t.direction) for t in found.actuals if t.value in expected}
    assert read == expected


SHARED_UNIT = [  # a list of numbers that writes its unit once, at its end: each number takes it
    # 房县 2024 国民经济和社会发展计划执行情况的报告
    ("房县黄酒、香菇、黑木耳品牌价值分别达13.28、12.31、11.47亿元", [(13.28, "亿元"), (12.31, "亿元"), (11.47, "亿元")]),
    # 温州 2024 政府工作报告
    ("全市生产总值增长6.9%,增速分别高于全国、全省1.7和0.9个百分点", [(6.9, "%"), (1.7, "个百分点"), (0.9, "个百分点")]),
    # 个 written before 、 or 和 and 个百分点 at the list's end: 国家发展改革委 on 乡村振兴战略规划 (cinic.org.cn
    # 2022-10-02), and the common shape with 和
    ("2021年,农业科技进步贡献率达到61%,农作物耕种收综合机械化率超过72%,分别比2017年提高3.5个、6个百分点",
     [(61, "%"), (72, "%"), (3.5, "个百分点"), (6, "个百分点")]),
    ("税收收入占比、居民收入占比分别提高1.2个和0.8个百分点", [(1.2, "个百分点"), (0.8, "个百分点")]),
    # counter-rows: a year before 、 and an item number opening its line take no unit
    ("2022、2023年分别增长5%", [(5, "%")]),
    ("新增企业20家\n1、10个重点项目全部开工", [(20, "家"), (10, "个")]),
]


@pytest.mark.parametrize("clause, expected", SHARED_UNIT)
def test_a_list_of_numbers_shares_the_unit_written_at_its_end(clause, expected):
    found = extract_body(REVIEW + clause + "。", "2023年工作总结")
    assert [(t.value, t.unit) for t in found.actuals] == expected


MEASURED = [  # real district reviews of 2024 (海拉尔区, 抚顺东洲区): the growth after a measurement note is the amount's
    ("一般公共预算收入完成9.5亿元,按可比口径同比增长11.04%", 11.04, "一般公共预算收入"),
    ("一般公共预算收入可比增长4.3%", 4.3, "一般公共预算收入"),  # 乌海 2025
]


@pytest.mark.parametrize("clause, value, indicator", MEASURED)
def test_a_growth_measured_on_a_comparable_basis_keeps_the_amounts_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


COUNTED_TOTALS = [  # a total right after a count is the counted things' (东营 2021, 铜川 2025, 德阳 2023, 阜阳 2022 政府工作报告)
    ("实施水气土污染治理项目90个、总投资52.6亿元", 52.6, "水气土污染治理项目总投资"),
    ("招引亿元项目72个,总投资超500亿元", 500, "招引亿元项目总投资"),
    ("全年共引进项目129个、总投资1506.3亿元", 1506.3, "项目总投资"),
    ("开展项目谋划行动,谋划重点项目超1700个、总投资达1.66万亿元", 1.66, "谋划重点项目总投资"),
]


@pytest.mark.parametrize("clause, value, indicator", COUNTED_TOTALS)
def test_a_total_after_a_count_is_the_counted_things(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


NET_RISE = [  # a bare 净增长 after an amount is that amount's net rise, no name of its own (曲靖 2022 and 2023 政府工作报告)
    ("市场主体总量达45万户、净增长18.7%", 18.7, "市场主体总量"),
    ("其中企业净增2.5万户、净增长33.6%", 33.6, "企业净增"),
]


@pytest.mark.parametrize("clause, value, indicator", NET_RISE)
def test_a_bare_net_rise_is_the_amount_befores(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


INTENSITIES = [  # a bare 强度 after the spending on R&D is that spending's intensity (鄂尔多斯 2022, 中卫 2022 政府工作报告)
    ("全社会研发经费年均增长25%以上、强度达到2.1%左右", 2.1, "全社会研发经费强度"),
    ("全社会研究与试验发展经费投入9.4亿元,强度达到1.82%", 1.82, "全社会研究与试验发展经费投入强度"),
    # the spending's total grows, the spending has the intensity (宜春市 2022 and 2023 政府工作报告)
    ("全社会研发经费投入总量增长16%以上、强度达1.75%以上", 1.75, "全社会研发经费投入强度"),
    ("全社会研发经费投入总量增长16%以上、强度达1.9%以上", 16, "全社会研发经费投入总量"),
]


@pytest.mark.parametrize("clause, value, indicator", INTENSITIES)
def test_a_bare_intensity_is_the_spending_befores(clause, value, indicator):
    found = extract_body("二、2025年工作安排\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


FIGURE_FORMS = [  # 绝对额 after a measure says how its figure is given, not what is measured; the growth next is the measure's
    ("全社会固定资产投资绝对额19.4亿元,同比增速-21.4%", 19.4, "全社会固定资产投资"),  # 未央宫街道 2022年工作总结 (西安)
    ("建筑业总产值绝对额完成53311万元,同比增速2.42%", 2.42, "建筑业总产值增速"),  # the same review
    ("限额以上批发业销售额绝对值完成38.9亿元", 38.9, "限额以上批发业销售额"),  # the common shape of a 街道 statistics note
]


@pytest.mark.parametrize("clause, value, indicator", FIGURE_FORMS)
def test_how_a_figure_is_given_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2023年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


REACHED = [  # what 惠及 (reaches) whom: the aid and the people after the count, in 万 as in units
    ("发放育儿补贴惠及1.6万个家庭", 1.6, "育儿补贴惠及家庭"),  # 厦门市同安区2026年政府工作报告
    ("实施农村危房改造惠及1200户农户", 1200, "农村危房改造惠及农户"),  # the common shape of a county's review
]


@pytest.mark.parametrize("clause, value, indicator", REACHED)
def test_what_reaches_whom_names_both(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


AS_OF = [  # the day a figure is up to (截至, 截止到) opens its clause, no part of its name
    ("截止到3月15日完成财政总收入309万元", 309, "财政总收入"),  # 龙伏镇 2018 一季度工作情况汇报 (浏阳)
    ("截至6月30日全镇完成固定资产投资3.2亿元", 3.2, "固定资产投资"),  # the common shape of a township's half-year report
    ("截止9月底全镇生猪存栏4.6万头", 4.6, "生猪存栏"),  # the same, of its farm figures
]


@pytest.mark.parametrize("clause, value, indicator", AS_OF)
def test_the_day_a_figure_is_up_to_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2023年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


SUMS = [  # a bare 合计 (总计, 共计) after amounts listed is their sum, named by them all, not by the last
    ("全镇企业税收入库8.67亿元,非居民一次性税收3.62亿元,合计12.29亿元,同口径同比增长52.3%", 12.29,
     "企业税收入库、非居民一次性税收合计"),  # 新场镇 2023年工作总结 (上海浦东)
    ("全镇企业税收入库8.67亿元,非居民一次性税收3.62亿元,合计12.29亿元,同口径同比增长52.3%", 52.3,
     "企业税收入库、非居民一次性税收合计"),  # its growth is the sum's
    ("一般公共预算收入5.2亿元、政府性基金收入1.8亿元,总计7亿元", 7, "一般公共预算收入、政府性基金收入总计"),  # a budget's
    ("一般公共预算收入5.2亿元、政府性基金收入1.8亿元,收入合计7亿元", 7, "收入合计"),  # spared: a sum with its own name
]


@pytest.mark.parametrize("clause, value, indicator", SUMS)
def test_a_bare_sum_after_listed_amounts_is_named_by_them_all(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2023年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


BASES = [  # a basis opened by 按 and closed by a verb of estimating says what a figure is estimated on, no part of its name
    ("按收入完成情况预计今年支出基数为16986万元", 16986, "支出基数"),  # 湟里镇 2025年预算执行情况和2026年预算草案的报告 (常州武进)
    ("按现行政策测算全年可用财力为5.2亿元", 5.2, "可用财力"),  # the common shape of a budget report's resources
    ("按可比口径计算一般公共预算收入增长3.5%", 3.5, "一般公共预算收入"),  # how a growth is measured, before its measure
]


@pytest.mark.parametrize("clause, value, indicator", BASES)
def test_the_basis_of_an_estimate_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body("一、2024年预算执行情况\n" + clause + "。", "关于2024年预算执行情况和2025年预算草案的报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


HEDGED_INSIDE = [  # 预计 said inside a name, after its scope, is the hedge of the figure (qualifier 预计), no part of the name
    ("预算内预计可用财力为50582万元", 50582, "预算内可用财力"),  # 湟里镇 2025年预算执行情况和2026年预算草案的报告 (常州武进)
    ("全年财政一般公共预算预计总支出50582万元", 50582, "财政一般公共预算总支出"),  # the same report
    ("政府性基金预算预计总收入3.2亿元", 3.2, "政府性基金预算总收入"),  # the common shape of a county's budget report
]


@pytest.mark.parametrize("clause, value, indicator", HEDGED_INSIDE)
def test_an_estimate_said_inside_a_name_is_no_part_of_it(clause, value, indicator):
    found = extract_body("一、2024年预算执行情况\n" + clause + "。", "关于2024年预算执行情况和2025年预算草案的报告")
    assert {t.value: (t.indicator, t.qualifier) for t in found.actuals}.get(value) == (indicator, "预计")


def test_computers_after_a_basis_are_no_verb_of_estimating():
    found = extract_body("一、2024年预算执行情况\n按标准建成计算机教室5间。", "2024年工作总结")
    assert found.actuals[0].indicator.endswith("计算机教室")  # 计算机 (computers) is a thing, not 计算 then 机教室


LOOKED_AT = [  # the people or things a clause looks at (聚焦, 关注 and their count) are no part of what it then counts
    ("聚焦11人完善廉政风险防控措施29条", 29, "完善廉政风险防控措施"),  # 街道2025年度工作总结 (xncz.gov.cn)
    ("关注12名重点人员制定帮扶措施36条", 36, "重点人员制定帮扶措施"),  # the common shape of a township's review
]


@pytest.mark.parametrize("clause, value, indicator", LOOKED_AT)
def test_the_count_looked_at_is_no_part_of_the_next_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


DOUBLED = [  # a place kind said twice after a count: the places counted, then the measure of each that a number follows;
    # the places are named by the measure each reaches, as 村级集体经济收入30万元以上32个村 names its count
    ("全乡8个村村集体经济经营性收入预计全部达到10万元以上", 8, "村集体经济经营性收入10万元以上村"),  # 湾溪乡 2025年工作总结
    ("全乡8个村村集体经济经营性收入预计全部达到10万元以上", 10, "村集体经济经营性收入"),
    ("全镇12个村村集体经济收入均达到20万元以上", 20, "村集体经济收入"),  # the common shape of a township's review
    ("全镇12个村村集体经济收入均达到20万元以上", 12, "村集体经济收入20万元以上村"),
    ("新建8个村村级活动场所", 8, "村村级活动场所"),  # spared: no measure after it, the venues are what is counted
]


@pytest.mark.parametrize("clause, value, indicator", DOUBLED)
def test_a_place_kind_said_twice_after_a_count_names_the_places_then_their_measure(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


OUTPUTS = [  # a bare output noun after the crop's sown area is that crop's output (城市政府工作报告, lawtext/gov)
    ("确保粮食播种面积稳定在334万亩、产量稳定在25.2亿斤以上", 25.2, "粮食产量"),  # 乐山 2022
    ("确保粮食播种面积稳定在153万亩、产量稳定在64万吨以上", 64, "粮食产量"),  # 云浮 2023
    ("粮食面积稳定在210万亩、产量达到70万吨以上", 70, "粮食产量"),  # 中卫 2023
    # counter-example: an output with its own product keeps its name (乐山 2023)
    ("力争生猪出栏270万头以上、水产品产量达到13万吨以上", 13, "水产品产量"),
    # a bare output value after the area planted is that crop's (金碧镇 2024, 东华镇 2023, 塔城乡 2022 township reports)
    ("播种农作物12.97万亩,实现产值5.01亿元", 5.01, "农作物产值"),
    ("种植优质魔芋3000亩,实现产值3600万元", 3600, "优质魔芋产值"),
    ("建成“稻再油”生态农业示范点面积6000亩,实现产值1560万元", 1560, "“稻再油”生态农业示范点产值"),
    # a bare output after the area planted is that crop's too, the stage of growing no part of it (a 镇 of 重庆, 20XX年工作总结;
    # 平潭 2024 政府工作报告: 完成粮食播种5.5万亩、总产量1.9万吨的省定任务)
    ("种植辣椒3万亩、产量2.7万吨;种植马铃薯2万亩、产量2.5万吨", 2.5, "马铃薯产量"),
    ("确保粮食播种5.5万亩、总产量1.9万吨", 1.9, "粮食总产量"),
    # and after the product's output or capacity in tonnes (包头 2025; the common shape of a county's farm report)
    ("稀土新材料产能增加4.5万吨、产值突破1300亿元", 1300, "稀土新材料产值"),
    ("茶叶产量达到1.2万吨,实现产值15亿元", 15, "茶叶产值"),
    # and after the vehicles' output in 万辆 (十堰 2023, each kind of vehicle; the common shape of a city's car target)
    ("力争商用车产量22.7万辆、产值450亿元", 450, "商用车产值"),
    ("力争乘用车产量18万辆、产值110亿元", 110, "乘用车产值"),
    ("力争新能源汽车产量15万辆、产值300亿元", 300, "新能源汽车产值"),
    # counter-example: an output value with its own product keeps its name
    ("力争汽车产量20万辆、零部件产值300亿元", 300, "零部件产值"),
    # counter-example: after a plant's list of products the value is the plant's (七台河 2022)
    ("生产农药500吨、兽药1500吨、医药250吨,全年力争实现产值10亿元以上", 10, "产值"),
]


@pytest.mark.parametrize("clause, value, indicator", OUTPUTS)
def test_a_bare_output_after_a_crops_area_is_that_crops_output(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


PER_HEAD = [  # a per-unit average said after its measure goes before it; a rate's 每人 is the unit's (每人9.6万元)
    ("经营性收入实现村均10万元以上", 10, "村均经营性收入"),  # 临沧 2023
    ("村集体经济收入达到村均15万元", 15, "村均村集体经济收入"),  # the common shape of a county's village report
    ("全员劳动生产率每人9.6万元", 9.6, "全员劳动生产率"),  # 六盘水 2019
    # counter-example: an average before its own verb and object stays as it is (临沧 2023)
    ("监测对象户均享受帮扶措施3.51项", 3.51, "监测对象户均享受帮扶措施"),
]


@pytest.mark.parametrize("clause, value, indicator", PER_HEAD)
def test_a_per_unit_average_goes_before_its_measure(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


SCOPES = [  # 在 a field (领域, 方面, 行业) opening a clause says where the work is done, not what is counted
    ("在重点产业领域突破关键技术10项以上", 10, "突破关键技术"),  # 临沧 2023
    ("在制造业领域培育省级专精特新企业20家", 20, "培育省级专精特新企业"),  # the common shape of a city's plan
    ("在教育方面新增学位3000个", 3000, "新增学位"),
    # counter-example: 在建 is a word, the projects under construction (东兴 news: 在建亿元以上重点项目7个)
    ("在建重点项目达到120个", 120, "在建重点项目"),
]


@pytest.mark.parametrize("clause, value, indicator", SCOPES)
def test_the_field_a_task_is_done_in_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


WHOLE_LISTS = [  # a growth after the amount of a 、-list named whole is that amount's growth, not each item's
    ("设备、工器具购置投资35966万元,增长4.98倍", 4.98, "设备、工器具购置投资"),  # 临潭 statistics news
    ("水果、蔬菜产量42万吨,增长3.5%", 3.5, "水果、蔬菜产量"),  # the common shape of a county's farm review
]


@pytest.mark.parametrize("clause, value, indicator", WHOLE_LISTS)
def test_a_growth_after_a_lists_amount_keeps_the_amounts_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2024年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


LIST_HEADS = [  # an item of three characters or more, not ending as the last item's head does, takes the metric only
    ("蓝靛果、万寿菊、鲜食玉米面积分别达到2.5万亩、1万亩、1.5万亩", 2.5, "蓝靛果面积"),  # 七台河 2022
    ("进出口、实际利用外资增速分别为6%、8%", 6, "进出口增速"),  # the common shape of a city's plan
    # counter-example: a short item shares the last item's tail after the same last word (工业、建筑业增加值)
    ("工业、建筑业增加值分别增长6%、5%", 6, "工业增加值"),
    # the second word of a pair (收入/支出, 内资/外资) takes the head of the first: 牟定县2024年政府工作报告, 七台河 2022
    ("一般公共预算收入和支出分别增长6.9%、0.8%", 0.8, "一般公共预算支出"),
    ("实现利用内资、外资分别增长30%和10%以上", 10, "利用外资"),
    # a short item whose partner's head runs a character longer, to a kind's head (奶肉牛, 中药材), takes the tail after it
    ("畜禽、奶肉牛饲养量增长4.8%和4.4%", 4.8, "畜禽饲养量"),  # 甘州区 2026 政府工作报告
    ("力促蔬菜、杂粮杂豆、中药材产业集群规模分别达到180亿元、80亿元和50亿元", 50, "中药材产业集群规模"),  # 赤峰 2024
    # a short item whose partner's head runs to a measure of output takes the measure (长治 2021 信创、通用航空产值; 常德
    # 2021 烟草、康养产业产值), and an industry the partner names (产业, 业) is shared
    ("信创、通用航空产值分别达到100亿元、80亿元", 100, "信创产值"),
    ("烟草、康养产业产值分别达到633亿元、200亿元", 633, "烟草产业产值"),
    ("第一、第三产业增加值分别增长3%、6%", 3, "第一产业增加值"),
    # counter-examples: heads of two characters each (蔬菜、水果, 奶牛、肉牛)
    ("蔬菜、水果产量分别增长4.8%、6%", 4.8, "蔬菜产量"),  # 北海 2025 政府工作报告
    ("奶牛、肉牛、肉羊规模化养殖机械化率分别达到80%、50%、50%以上", 80, "奶牛规模化养殖机械化率"),  # “十四五”全国农业机械化发展规划
    # a list of diseases before the patients who have them: each disease's patients (宝应 卫健“十四五”规划: 高血压、糖尿病患者
    # 规范管理率达65%以上; the common shape of a county's 基本公共卫生 targets, with 严重精神障碍)
    ("高血压、糖尿病患者规范管理率分别达到65%、60%", 65, "高血压患者规范管理率"),
    ("高血压、严重精神障碍患者规范管理率分别达到65%、80%", 65, "高血压患者规范管理率"),
    # an amount before a list's 占比 takes the share too (中山 2022 and 2023, 遵义 2023 政府工作报告, lawtext/gov); a rate
    # of its own keeps its name
    ("工业投资、基础设施投资占比分别提高到22.4%、32.7%", 22.4, "工业投资占比"),
    ("常住人口城镇化率、民间投资占比分别达到60%、45%", 60, "常住人口城镇化率"),
    # the share of a whole the list closes on (占全市比重, 占规上工业比重) is each item's, with the last's measure when
    # the item names none (深圳 “十五五” plan, plans15; 贵阳 2023, 嘉兴 2021 政府工作报告, lawtext/gov)
    ("先进制造业增加值和高技术制造业增加值占规上工业比重分别超70%、60%", 70, "先进制造业增加值占规上工业比重"),
    ("制造业增加值、数字经济、绿色经济占地区生产总值比重分别达19%左右、47%、49%", 19, "制造业增加值占地区生产总值比重"),
    ("战略性新兴产业、装备制造业、高新技术产业增加值占规上工业比重分别达到45.5%、39%和65.5%", 39,
     "装备制造业增加值占规上工业比重"),
    # counter-example: the items name no measure and the last none before 占: one set of places, as it was
    ("新招引上海、苏南项目占市外项目比重近70%", 70, "苏南项目占市外项目比重"),
]


@pytest.mark.parametrize("clause, value, indicator", LIST_HEADS)
def test_a_list_item_takes_the_shared_tail_not_a_cut_of_the_last_item(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


STEPS_SHARING = [  # a bare verb's count closed by 、 counts the noun the next item (a verb, a count) closes the list on
    ("启动2-3个片区改造任务,开工182个、完成146个老旧小区改造", 182, "开工老旧小区改造"),  # 惠州 2023 政府工作报告
    ("启动2-3个片区改造任务,开工182个、完成146个老旧小区改造", 146, "老旧小区改造"),
    ("新开工10个、建成8个保障性住房项目", 10, "新开工保障性住房项目"),  # the common shape of a 住建 plan
    ("新开工亿元以上项目160个、竣工100个", 100, "竣工亿元以上项目"),  # counter-example: the noun before the list
    # works on one object, each with its amount, the object named after the last (茂名市2023年政府工作报告, lawtext/gov)
    ("新建4万亩、改造提升8万亩高标准农田", 4, "新建高标准农田"),
    ("新建4万亩、改造提升8万亩高标准农田", 8, "改造高标准农田"),
    ("新建农村公路80公里、改造提升120公里", 80, "新建农村公路"),  # counter-example: the object before the list
]


@pytest.mark.parametrize("clause, value, indicator", STEPS_SHARING)
def test_a_bare_step_takes_the_noun_the_list_closes_on(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


AGAIN = [  # 再 (again) before a clause is no part of its name, but 再生 (recycled, renewable) is a word
    ("开展深度节水行动,单位GDP用水量下降9.6%,万元工业增加值用水量下降6%,再生水利用率不低于35%", 35, "再生水利用率"),  # 中卫 2023
    ("城镇新增就业3.8万人,失业人员再就业1.1万人", 1.1, "失业人员再就业"),  # counter-example: 再 inside a name (岳阳 2024)
    # 再就业 (re-employment) is a word even when it opens the name (十堰 2021, 黄冈 2021 政府工作报告, lawtext/gov)
    ("确保新增城镇就业3万人,再就业1.2万人", 1.2, "再就业"),
    ("新增城镇就业6万人,实现再就业2万人", 2, "再就业"),
    ("今年再新增规上企业10家", 10, "新增规上企业"),  # counter-example: 再 (again) before a verb
]


@pytest.mark.parametrize("clause, value, indicator", AGAIN)
def test_zai_sheng_is_a_word_not_again(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


YEAR_AFTER_YEAR = [  # 连年 and 逐年 (year after year) say how often, no part of the name
    ("粮食产量连年保持在50亿斤以上", 50, "粮食产量"),  # 黄冈市2021年、2022年政府工作报告 (lawtext/gov)
    ("生产安全事故宗数逐年下降5%", 5, "生产安全事故宗数"),  # 惠州市2022年政府工作报告's shape
]


@pytest.mark.parametrize("clause, value, indicator", YEAR_AFTER_YEAR)
def test_year_after_year_is_no_name(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


TOGETHER = [  # 共 (in all) before a figure is no part of its name, but 共管, 共富, 共享, 共建, 共青团 are words
    ("已签协议2090.29亩(含共管协议252.43亩)", 252.43, "共管协议"),  # 木棠镇 2025 (儋州)
    ("共富工坊达到12家", 12, "共富工坊"),  # the common shape of 浙江 towns' plans (稽东镇, 舜阳 seeds)
    ("创建共享农庄3家", 3, "共享农庄"),  # the common shape of 海南 towns' plans
    ("共引进项目12个", 12, "项目"),  # counter-example: 共 says how many in all
    # 共同缔造 (building together, 湖北's 美好环境与幸福生活共同缔造) names a programme, no 共同 (jointly) before a name
    # (十堰 2023 政府工作报告, lawtext/gov; the common shape of 湖北 towns' plans)
    ("建设心脑血管疾病一体化防治站30家、共同缔造示范村卫生室100个", 100, "共同缔造示范村卫生室"),
    ("完成共同缔造示范村建设20个", 20, "共同缔造示范村建设"),
]


@pytest.mark.parametrize("clause, value, indicator", TOGETHER)
def test_gong_opens_a_word_or_says_in_all(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")  # 已签 makes the first a result
    assert {t.value: t.indicator for t in found.targets + found.actuals}.get(value) == indicator


WORD_DENG = [  # 等 closes a list (A、B等项目 names the kind after it), but 高等, 上等烟, 等级 are words
    ("上等烟比例77.39%", 77.39, "上等烟比例"),  # 东华镇 2023 (楚雄市)
    ("净增规上工业企业24户、资质等级企业50户", 50, "资质等级企业"),  # 临沧市 2022 政府工作报告
    ("高等教育毛入学率达到60%", 60, "高等教育毛入学率"),  # the common shape of a province's plan
    ("建成张村、李村等示范村5个", 5, "示范村"),  # counter-example: 等 closes the list
]


@pytest.mark.parametrize("clause, value, indicator", WORD_DENG)
def test_deng_inside_a_word_closes_no_list(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


CLASS_NUMBERS = [  # a digit before 类 or 型 makes a class of the thing counted: part of its noun, no number cutting it
    ("5个1类新药、9个三类创新医疗器械获批上市", 5, "1类新药"),  # 浦东新区 2025 政府工作报告
    ("8个国产1类新药、6个三类创新医疗器械获批上市", 8, "国产1类新药"),  # 浦东新区 2026 政府工作报告
    ("5个1类新药、9个三类创新医疗器械获批上市", 9, "三类创新医疗器械获批上市"),  # spared: the next item's own noun
]


@pytest.mark.parametrize("clause, value, indicator", CLASS_NUMBERS)
def test_a_class_number_opens_the_noun_counted(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


GRADES = [  # a number in no unit the reader knows (千伏) grades the works counted: part of their noun, the verb no name
    ("加快建设18个110千伏及220千伏输变电工程", 18, "110千伏及220千伏输变电工程"),  # 邯郸市政府工作报告 2022 (lawtext/gov)
    ("开工建设万达、曲江等6个330千伏变电站", 6, "330千伏变电站"),  # 西安市政府工作报告 2025 (lawtext/gov)
    ("建设2个220千伏、11个66千伏变电站", 2, "220千伏变电站"),  # 沈阳市政府工作报告 2025 (lawtext/gov): graded apart
    ("建设2个220千伏、11个66千伏变电站", 11, "66千伏变电站"),
    ("新建5G基站300座", 300, "新建5G基站"),  # spared: a code, read as before
]


@pytest.mark.parametrize("clause, value, indicator", GRADES)
def test_a_grade_in_no_known_unit_opens_the_noun_counted(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


DONE_ALREADY = [  # 已 after the thing an amount measures says what became of it: no part of its name
    ("涉及的250.99亩土地已全部顺利签约", 250.99, "土地"),  # 木棠镇 2025 (儋州): 涉及 only points at the land
    # the common shape of township reviews: a noun of one character keeps the work, without the 已 (君山区 2024: 11个村已通水)
    ("全镇20个村已完成改厕任务", 20, "村完成改厕任务"),
    ("其中11个村已通水", 11, "村通水"),
    # what is not yet done keeps its negated verb, the measure itself (昆明 a 区's 巡察整改进展情况的通报; the common shape
    # of a review's 未达标 count)
    ("巡察反馈的697个问题,完成整改688个,未完成5个", 5, "未完成"),
    ("全县12个断面中,未达标2个", 2, "未达标"),
    ("涉及林地面积120亩", 120, "涉及林地面积"),  # counter-example: the thing named before the amount keeps its words
]


@pytest.mark.parametrize("clause, value, indicator", DONE_ALREADY)
def test_what_became_of_a_thing_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


PROJECT_SUMS = [  # a project's investment is named by the project up to 项目, not by what became of it
    ("特别是投资10亿元的百兆渔光互补光伏发电项目签约落地、顺利开工", 10, "百兆渔光互补光伏发电项目投资"),  # 塔城乡 2022
    ("总投资5亿元的农产品精深加工项目顺利投产", 5, "农产品精深加工项目总投资"),  # the common shape of township reviews
    # a bare 总投资 after the projects just counted is theirs: 漳州市 2024, 南平市 2021 政府工作报告 (lawtext/gov)
    ("大力招商引资,招引项目1032个、总投资3371.2亿元", 3371.2, "招引项目总投资"),
    ("引进深业生命健康中心等投资超5000万元项目475个、总投资933亿元", 933, "投资超5000万元项目总投资"),
]


@pytest.mark.parametrize("clause, value, indicator", PROJECT_SUMS)
def test_a_projects_investment_is_named_by_the_project(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


HOW_DONE = [  # how a task was done (圆满, 超额 before 完成) is no part of the task's name
    ("圆满完成280万公斤烟叶收购任务", 280, "烟叶收购任务"),  # 东华镇 2023 (楚雄市)
    ("超额完成全年税收任务1.2亿元", 1.2, "税收任务"),  # the common shape of township reviews
    ("超额利润500万元", 500, "超额利润"),  # counter-example: 超额 inside a name
    ("不折不扣完成粮食播种面积5.5万亩、总产量1.9万吨目标任务", 5.5, "粮食播种面积"),  # 平潭综合实验区 2025 (不折不扣: in full)
    ("高标准打造现代农业科技示范园区26个", 26, "现代农业科技示范园区"),  # 北林区 2025 (高标准 before a verb: how)
    ("高标准建成绿色矿山4座", 4, "绿色矿山"),  # 乌兰察布市 2022 政府工作报告
    ("累计建成高标准农田186万亩", 186, "高标准农田"),  # counter-example: 高标准 inside a name (北林区 2025)
    # 特别是/尤其是 single out the figure after them: 夏县 2024 政府工作报告, and the common shape of a county's review
    ("特别是农村居民人均可支配收入完成13006元,增长10.5%", 13006, "农村居民人均可支配收入"),
    ("尤其是规上工业增加值增长12%", 12, "规上工业增加值"),
    ("截至目前,已超预期完成固定资产投资35.93亿元", 35.93, "固定资产投资"),  # 大雁塔街道 2025 (西安市雁塔区)
    ("逐步开展2024年9500亩高标准农田建设项目", 9500, "高标准农田建设项目"),  # 孙庙乡 2025 (淮南市谢家集区): gradually
    # 精心 (with care) before a verb: 2024年温州市政府工作报告; 铜川市 2025 《政府工作报告》重点工作分工 (tongchuan.gov.cn)
    ("精心打造重点单元500个", 500, "重点单元"),
    ("精心举办“秦乐购”促消费活动150场次", 150, "“秦乐购”促消费活动"),
]


@pytest.mark.parametrize("clause, value, indicator", HOW_DONE)
def test_how_a_task_was_done_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


BANNER = [  # a banner (旗, an Inner Mongolian county) scopes its figures with 全旗 and 我旗 as a county does with 全县
    ("预计全旗地区生产总值达到259亿元,年均增长6%", 259, "地区生产总值"),  # 土默特左旗 2017
    ("全旗一般财政公共预算收入完成1.93亿元,一般公共预算支出完成14.34亿元", 1.93, "一般财政公共预算收入"),  # 新巴尔虎左旗 2018
    ("全乡生产总值完成48193万元,同比增长16.2%", 48193, "生产总值"),  # xx乡 2023 (全乡, read before this rule)
]


@pytest.mark.parametrize("clause, value, indicator", BANNER)
def test_a_banners_scope_word_is_no_part_of_the_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2018年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


PLACES_BEFORE_A_YEAR = [  # a place named before the year of its figure scopes it, as 全县 does; no place without a year
    ("经初步预计,五莲县2012年全年实现生产总值163亿元,比上年增长13%", 163, "生产总值"),  # 五莲县 2013 (sdmsw.com.cn)
    ("云南省2018年地区生产总值增长8.9%", 8.9, "地区生产总值"),  # 云南 2019 report news (provincial texts)
    ("孟州市地区生产总值增长13.4%", 13.4, "孟州市地区生产总值"),  # 孟州市 2013: no year after it, left as it is
    ("2012年新区建成区面积达到20平方公里", 20, "新区建成区面积"),
]


@pytest.mark.parametrize("clause, value, indicator", PLACES_BEFORE_A_YEAR)
def test_a_place_before_the_year_of_a_figure_is_no_part_of_its_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2018年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


ZONES = [  # a zone calls itself by its kind in its own report, as a county says 全县: (title, clause, value, name)
    ("平潭综合实验区管委会工作报告（2024）", "2023年实验区地区生产总值增长3%", 3, "地区生产总值"),  # pingtan.gov.cn 86483
    ("平潭综合实验区管委会工作报告（2025）", "不折不扣完成实验区粮食播种面积5.5万亩", 5.5, "粮食播种面积"),  # pingtan.gov.cn 97139
    ("两江新区2024年政府工作报告", "新区地区生产总值增长6%", 6, "地区生产总值"),  # the common shape of a 新区's report
    # counter-examples: another zone's name and a zone in a county's report are places of their own
    ("平潭综合实验区管委会工作报告（2024）", "新区地区生产总值增长6%", 6, "新区地区生产总值"),
    ("x县2024年政府工作报告", "开发区规上工业增加值增长8%", 8, "开发区规上工业增加值"),
]


@pytest.mark.parametrize("title, clause, value, indicator", ZONES)
def test_a_zones_own_kind_before_a_figure_is_no_part_of_its_name(title, clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", title)
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


SPANS_OF_YEARS = [  # 五年年均增长: the span a growth is over is a time; the amount named before grew
    ("预计2015年全市实现地区生产总值450亿元,五年年均增长8.5%", 8.5, "地区生产总值"),  # 嵊州市 2016 (zjol.com.cn)
    ("全县生产总值达到96.4亿元,5年年均增长7.2%", 7.2, "生产总值"),  # the same, written in digits
]


@pytest.mark.parametrize("clause, value, indicator", SPANS_OF_YEARS)
def test_a_span_of_years_is_no_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2018年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


def test_a_flagship_store_keeps_its_flag():
    # counter-example: 旗 inside a word, with no 全/我/本 before it, stays in the name
    assert [t.indicator for t in extract_body(PLAN + "引进品牌旗舰店5家。", "2025年工作计划").targets] == ["品牌旗舰店"]


def test_a_dash_between_two_numbers_is_still_a_range():
    (target,) = [t for t in extract_body(PLAN + "固定资产投资增长6%-6.5%。", "2025年工作计划").targets]
    assert (target.min, target.max, target.direction) == (6, 6.5, "up")


def test_a_ratio_of_incomes_is_a_target_without_unit():
    """共同富裕 plans set the urban-rural income ratio (倍差, 收入比): a number with no unit, to be cut."""
    found = extract_body(PLAN + "到2027年,城乡居民收入倍差缩小到1.7以内,城乡居民收入比缩小至1.8。", "2025年工作计划")
    assert [(t.indicator, t.value, t.unit, t.direction) for t in found.targets] == [
        ("城乡居民收入倍差", 1.7, "", "down"), ("城乡居民收入比", 1.8, "", "down")]
    # 贵阳市政府工作报告 2024 (lawtext/gov 政府工作报告-主要城市): 降低至 before it
    found = extract_body(PLAN + "城乡居民人均可支配收入比降低至2.02以内。", "2025年工作计划")
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in found.targets] == [
        ("城乡居民人均可支配收入比", 2.02, "", "以内")]
    # its 比值 (遵义市2021年政府工作报告, lawtext/gov; 广州“十五五”纲要's table: …比值 | 1.99 | 1.9)
    found = extract_body(PLAN + "城乡居民人均可支配收入比值下降到2.5以内。", "2025年工作计划")
    assert [(t.indicator, t.value, t.unit, t.qualifier) for t in found.targets] == [
        ("城乡居民人均可支配收入比值", 2.5, "", "以内")]


def test_a_price_index_glossed_with_its_scope_is_a_figure_without_unit():
    """漳州市政府工作报告 2024 (lawtext/gov): the index of the city's districts, (市辖区) between the index and its number,
    set at 103 and reported at 99.5; (市辖区) is the figure's scope, no fact of the place."""
    found = extract_body("一、2023年工作回顾\n居民消费价格指数(市辖区)99.5,完成年度节能减排任务。\n二、2024年工作安排\n"
                         "居民消费价格指数(市辖区)控制在103左右,完成节能减排任务。", "2024年政府工作报告")
    assert [(t.value, t.unit, t.qualifier) for t in found.targets] == [(103, "", "左右")]
    assert [(t.value, t.unit) for t in found.actuals] == [(99.5, "")]


def test_a_data_centres_power_usage_effectiveness_is_a_target_without_unit():
    """Energy plans cap a data centre's PUE, a ratio of two energies (广东省重点行业节能降碳改造攻坚三年行动方案;
    数据中心绿色低碳发展专项行动计划, 2024)."""
    found = extract_body(PLAN + "数据中心平均电能利用效率降至1.3以下,能效基准水平以下产能基本清零。"
                         "到2025年底,整体上架率不低于60%,平均电能利用效率(PUE)降至1.5以下。", "2025年工作计划")
    assert [(t.indicator, t.value, t.unit, t.kind, t.qualifier) for t in found.targets] == [
        ("数据中心平均电能利用效率", 1.3, "", "threshold", "以下"), ("整体上架率", 60, "%", "share", "不低于"),
        ("平均电能利用效率(PUE)", 1.5, "", "threshold", "以下")]


@pytest.mark.parametrize("clause, indicator", [
    # 同口径/可比口径 say the growth is on a comparable basis: 赣州市、三亚市2023年政府工作报告, 涪城区2019年
    ("一般公共预算收入同口径增长12%左右", "一般公共预算收入"),
    ("地方一般公共预算收入同口径增长25%左右", "地方一般公共预算收入"),
    ("一般公共预算收入按可比口径增长5%", "一般公共预算收入"),
    ("统计口径调整后的规模以上工业增加值增长6%", "统计口径调整后的规模以上工业增加值"),  # a name that says 口径 keeps it
    # 同比增, 可比增: 同比增长 shortened (梅陇镇人民政府2025年工作要点, shmh.gov.cn; the common shape of a 镇's goals)
    ("财政总收入可比增3%", "财政总收入"),
    ("非房地产开发税收收入同比增3%", "非房地产开发税收收入"),
    ("规上工业总产值同比增8%", "规上工业总产值"),
])
def test_a_comparable_basis_is_no_part_of_the_name(clause, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert [t.indicator for t in found.targets] == [indicator]


def test_a_growth_on_par_with_another_is_no_zero():
    """收入增长与上年度持平 (growth as fast as last year's) names no number; 产量与上年持平 is a growth of 0."""
    found = extract_body(PLAN + "全体居民人均可支配收入增长与上年度持平,粮食产量与上年持平。", "2025年工作计划")
    assert [(t.indicator, t.value, t.kind) for t in found.targets] == [("粮食产量", 0.0, "growth")]
    # 上年度 is 上年: 湟中区2024年政府工作报告 (qh.people.com.cn), its 主要预期目标
    found = extract_body(PLAN + "地区生产总值增长6%左右,固定资产投资与上年度持平。", "2024年工作计划")
    assert [(t.indicator, t.value, t.kind) for t in found.targets][1:] == [("固定资产投资", 0.0, "growth")]


@pytest.mark.parametrize("clause, expected", [
    ("平均审批时限缩短40%", ("平均审批时限", "growth", "down")),
    ("会议数量压缩15%", ("会议数量", "growth", "down")),
    ("企业开办时间压缩至1个工作日以内", ("企业开办时间", "threshold", "down")),
])
def test_shortening_and_compressing_by_a_share_is_a_fall(clause, expected):
    [t] = extract_body(PLAN + clause + "。", "2025年工作计划").targets
    assert (t.indicator, t.kind, t.direction) == expected


def test_an_increase_after_a_level_is_a_growth_of_it():
    """达到14298亿斤、增产168亿斤: the second amount has its own verb of change (增产, 减产), not the first's 达到."""
    found = extract_body(PLAN + "粮食产量达到14298亿斤、增产168亿斤,棉花减产3万吨。", "2025年工作计划")
    assert [(t.indicator, t.value, t.kind, t.direction) for t in found.targets] == [
        ("粮食产量", 14298, "level", "none"), ("粮食产量", 168, "growth", "up"), ("棉花", 3, "growth", "down")]


BUDGET = [  # real county and district budget reports (预算执行情况和预算草案的报告, 总决算): the sum of a year's funds
    # 加上…后,收入总计: 加上 (plus) opens the list of the sum and names nothing; 上年结转 (funds carried over
    # from last year) is a budget term, not last year's 结转; the last item's 后 closes 加上 (彭水县 2025, psx.gov.cn)
    ("加上上级补助收入45.93亿元、债务转贷收入9.58亿元,以及动用预算稳定调节基金3.15亿元、调入资金5.46亿元、上年结转6亿元后,收入总计96.17亿元",
     {45.93: "上级补助收入", 6: "上年结转", 96.17: "收入总计"}),  # 收入总计/支出总计: the two sides of the balance
    # 城口县 2025 (cqck.gov.cn): the same sum, in 万元
    ("加上上解支出9099万元、地方政府一般债务还本支出69343万元,以及安排预算稳定调节基金35227万元、结转下年40818万元后,支出总量为608024万元",
     {9099: "上解支出", 40818: "结转下年", 608024: "支出总量"}),
    # 沙坪坝区 2026 (cqspb.gov.cn): 上年结转 inside the list
    ("加上上级补助收入53.2亿元、债务转贷收入5.2亿元、上年结转0.5亿元、动用预算稳定调节基金0.8亿元和调入资金36.8亿元,收入总量126.8亿元",
     {53.2: "上级补助收入", 0.5: "上年结转"}),
    # 为/完成(年初|调整)预算(数)的X%: how far the amount has come, like 为年度目标的102%; the growth after it is the
    # amount's (渠县 2024年财政总决算, quxian.gov.cn; 开州区 2025, cqkz.gov.cn; 罗山县 1-5月, luoshan.gov.cn)
    ("全县地方一般公共预算收入251510万元,为年初预算的98.23%,同比增长8.05%",
     {98.23: "地方一般公共预算收入完成率", 8.05: "地方一般公共预算收入"}),
    ("全区一般公共预算收入30.09亿元,下降18.8%,完成预算的100.3%", {100.3: "一般公共预算收入完成率"}),
    ("全县地方一般公共预算收入累计完成34096万元,为年预算的32.3%,同比降低10.2%",
     {32.3: "地方一般公共预算收入完成率", 10.2: "地方一般公共预算收入"}),
    # counter-example: a share of a whole is no completion of a budget (渠县, the same report)
    ("税收收入完成75033万元,占比29.83%", {29.83: "税收收入占比"}),
]


@pytest.mark.parametrize("clause, expected", BUDGET)
def test_a_budgets_sum_names_each_fund_and_its_completion(clause, expected):
    found = extract_body(REVIEW + clause + "。", "2025年预算执行情况和2026年预算草案的报告")
    names = {t.value: t.indicator for t in found.actuals}
    assert {v: names.get(v) for v in expected} == expected


LISTED = [  # a 、-list of whole measures sharing 分别: 生产总值 is a whole name, not a head waiting for the last item's 收入
    # 开州区2026年政府工作报告 (cqkz.gov.cn), its 十四五 review
    ("地区生产总值、固定资产投资、社会消费品零售总额、一般公共预算收入年均分别增长4.8%、9.6%、10%、7.8%",
     {4.8: "地区生产总值", 7.8: "一般公共预算收入"}),
    # a township's review, the rulebook's past-in-plan example
    ("全镇生产总值、财政总收入分别增长了54.5%、50.8%", {54.5: "生产总值", 50.8: "财政总收入"}),
    # the three industries (一二三产业, 三次产业) with three values: 万州区2024年政府工作报告 (quyushuju.com), its review;
    # 宜宾 2025 (a public repository's analysis quoting the city's figures)
    ("一二三产业增加值分别增长4.8%、13.1%、4%", {4.8: "第一产业增加值", 13.1: "第二产业增加值", 4: "第三产业增加值"}),
    ("三次产业增加值分别增长3.6%、5.9%、5.4%", {3.6: "第一产业增加值", 5.4: "第三产业增加值"}),
    # a digit before 型 names a type (2型糖尿病), no class mark the head shares (大、中型企业): the shape of 基本公共卫生服务's
    # 高血压、2型糖尿病患者健康管理 (a public health records system's report title), with its rates
    ("高血压、2型糖尿病患者规范管理率分别达到65%、60%", {65: "高血压患者规范管理率", 60: "2型糖尿病患者规范管理率"}),
    # counter-example: a short head still takes the tail of the last item (省级、市级农林业龙头企业)
    ("城镇、农村居民人均可支配收入分别增长5.4%、5.6%", {5.4: "城镇居民人均可支配收入", 5.6: "农村居民人均可支配收入"}),
    # the three industries as a list of numerals: 北海市 2025 and 贵阳市 2023 reports (lawtext/gov), their reviews
    ("一、二、三产业增加值分别增长4.1%、6.2%和5%", {4.1: "第一产业增加值", 6.2: "第二产业增加值", 5: "第三产业增加值"}),
    ("一、二、三产分别增长4.0%、3.7%和0.9%", {4: "第一产业", 0.9: "第三产业"}),
    # a clause that says a list all grew, then 分别 with each one's growth: the list is named, not the sentence's opening
    # (茂名市 2021 report, lawtext/gov, its review: 全力做好“六稳”“六保”工作,一产、二产、三产全面正增长,分别增长…)
    ("全力做好“六稳”“六保”工作,一产、二产、三产全面正增长,分别增长5.4%、1.1%、0.5%", {5.4: "一产", 0.5: "三产"}),
    ("一产、二产、三产全面正增长,分别增长5.4%、1.1%、0.5%", {1.1: "二产"}),
    # a compound metric is shared whole: 上饶市 2024 report (lawtext/gov), its review and its plan
    ("上投集团、上饶银行资产总额分别突破3200亿元、2300亿元", {3200: "上投集团资产总额", 2300: "上饶银行资产总额"}),
    ("受污染耕地、重点建设用地安全利用率分别达93%、95%以上", {93: "受污染耕地安全利用率", 95: "重点建设用地安全利用率"}),
    # an item that ends in a measure of its own (比例, 起数) takes no other's: 贵阳市 2023, 四平市 2025, 乐山市 2022 reports
    ("绿色家庭、绿色学校比例分别达82%、72%", {82: "绿色家庭比例", 72: "绿色学校比例"}),
    ("生产安全事故起数、死亡人数同比分别下降71.1%、52.2%", {71.1: "生产安全事故起数", 52.2: "死亡人数"}),
    ("生产安全事故起数、死亡人数分别下降5%和26.32%", {5: "生产安全事故起数", 26.32: "死亡人数"}),
    # a 和 inside an item joins its words; the 、 parts the values (通化市 2024 report, lawtext/gov)
    ("中央和省级环保督察反馈问题整改销号率、信访案件办结率分别达到93.4%、96.8%",
     {93.4: "中央和省级环保督察反馈问题整改销号率", 96.8: "信访案件办结率"}),
]


@pytest.mark.parametrize("clause, expected", LISTED)
def test_a_list_of_whole_measures_keeps_each_name(clause, expected):
    found = extract_body(REVIEW + clause + "。", "2026年政府工作报告")
    names = {t.value: t.indicator for t in found.actuals}
    assert {v: names.get(v) for v in expected} == expected


DOUBLED = [  # a list of measures that double (翻一番) shares the doubling as it shares a rate: each measure doubles
    # 威海市2017年政府工作报告 (yybnet.net), its aims for five years; the 十三五 aim of every 2016 report
    ("生产总值、城乡居民收入比2010年翻一番", ["生产总值", "城乡居民收入"]),
    ("到2020年,地区生产总值和城乡居民人均收入比2010年翻一番", ["地区生产总值", "城乡居民人均收入"]),
    ("到2020年,地区生产总值比2010年翻一番", ["地区生产总值"]),
]


@pytest.mark.parametrize("clause, names", DOUBLED)
def test_a_list_that_doubles_names_each_measure(clause, names):
    found = extract_body(PLAN + clause + "。", "2016年政府工作报告")
    assert [t.indicator for t in found.targets if t.unit == "番"] == names


BOTH_OF_CITY_AND_COUNTRY = [  # 城乡…均/分别 with one value: town and country residents' each grew by it
    # 铜梁区 2019 (一图读懂政府工作报告, tnb.cqtn.com), 蔡甸区 2020 (caidian.cjyun.org), 河北 2019 aims
    ("城乡居民收入分别达到33550元、15200元,均增长8.5%", 8.5, ["城镇居民收入", "农村居民收入"]),
    ("城乡居民人均可支配收入分别达38517元、22857元,均增长9%", 9, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("城乡居民人均可支配收入均增长7%左右", 7, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("城乡居民人均可支配收入增长7%", 7, ["城乡居民人均可支配收入"]),  # no 均: one measure of both together
]


@pytest.mark.parametrize("clause, value, names", BOTH_OF_CITY_AND_COUNTRY)
def test_city_and_country_sharing_one_growth_are_two_measures(clause, value, names):
    found = extract_body(REVIEW + clause + "。", "2019年政府工作报告")
    assert [t.indicator for t in found.actuals if t.value == value] == names


STEPS_REACHED = [  # X迈上千亿台阶,达到/接近N: the level reached, said before the amount, is no part of the name
    ("工业总产值迈上千亿台阶,接近1300亿元", 1300, "工业总产值"),  # 天长市 2016 (tianchang.gov.cn)
    ("地方一般公共预算收入迈上千亿台阶,达到1101亿元", 1101, "地方一般公共预算收入"),  # 武汉市 2015 (docduoduo.com)
]


@pytest.mark.parametrize("clause, value, indicator", STEPS_REACHED)
def test_a_level_reached_before_the_amount_is_no_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2016年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


TOTALS_REACHED = [  # a count that only says the class reached it, after a count of new ones, is the class's total
    ("全市规模以上工业企业新增132户、达1095户", 1095, "规模以上工业企业"),  # 吉安市 2016 (district.ce.cn)
    ("新增规上工业企业189家,总数达1053家", 1053, "规上工业企业总数"),  # 马鞍山市 2016 (ken7.cn), read so before
    ("新增高新技术企业12家,累计达到86家", 86, "高新技术企业"),  # the common shape
    ("新增就业1200人,达到年度目标", 1200, "新增就业"),  # no count after 达: the new ones stay new
]


@pytest.mark.parametrize("clause, value, indicator", TOTALS_REACHED)
def test_a_total_reached_after_new_ones_names_the_class(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2016年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


VISITS_LISTED = [  # 人次 ends a whole measure (接待游客人次), as 人数 does: a list item keeps its own name
    ("全年接待游客人次、旅游总收入分别增长40%和50%", {40: "接待游客人次", 50: "旅游总收入"}),  # 六盘水市 2019
    ("全市接待游客人次、旅游总花费分别增长20.3%、19.5%", {20.3: "接待游客人次", 19.5: "旅游总花费"}),  # 衡水 2025 (corpus)
    ("旅游人次和收入分别增长23%、21%", {23: "旅游人次", 21: "旅游收入"}),
]


@pytest.mark.parametrize("clause, expected", VISITS_LISTED)
def test_a_count_of_visits_is_a_whole_measure_in_a_list(clause, expected):
    names = {t.value: t.indicator for t in extract_body(REVIEW + clause + "。", "2019年政府工作报告").actuals}
    assert {v: names.get(v) for v in expected} == expected


WHOLES_SHARING = [  # an item that is a whole measure (接待游客, …优良比例) sharing one value keeps its name (no 收入, no 达标率)
    ("全市接待游客、旅游总收入均增长15%", ["接待游客", "旅游总收入"]),  # 岳阳 2025 (corpus), its review
    ("力争接待游客、旅游收入均增长20%以上", ["接待游客", "旅游收入"]),  # 通化市 2024 report (lawtext/gov), its plan
    # 通化市 2024 report (lawtext/gov), its review read as a plan line
    ("国控断面水体优良比例、集中式饮用水源地水质达标率保持100%", ["国控断面水体优良比例", "集中式饮用水源地水质达标率"]),
]


@pytest.mark.parametrize("clause, names", WHOLES_SHARING)
def test_a_whole_measure_sharing_one_value_keeps_its_name(clause, names):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert [t.indicator for t in found.targets] == names


ADVANCED = [  # 先 (first) opens no name, but 先进 (advanced) is a word: 先进制造业 keeps it
    ("先进制造业增加值占制造业比重达到66%左右", 66, "先进制造业增加值占制造业比重"),  # 广州市 2018 (hkwb.net)
    # 深圳 2023, quoted in a public repository's example document
    ("战略性新兴产业增加值占GDP比重达到41.2%,先进制造业增加值占规模以上工业增加值比重超过60%", 60,
     "先进制造业增加值占规模以上工业增加值比重"),
    ("先建设后补助,新建农村公路5公里", 5, "新建农村公路"),
]


@pytest.mark.parametrize("clause, value, indicator", ADVANCED)
def test_advanced_is_no_lead_word(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


COUNT_AFTER_COUNT = [  # a count right after another count's noun (12个自然村28.6公里道路硬化) names what comes after it
    # 七台河市 2023 政府工作报告 and 中卫市 2023 政府工作报告 (plans); the common shape of a bureau's review of visits
    # (组织局属3个支部40余名党员…, 岳阳市生态环境局岳阳县分局2024年工作总结)
    ("实施12个自然村28.6公里道路硬化", "target", 28.6, "道路硬化"),
    ("分期分批为市区28个小区2.17万套居民住房办理不动产权证", "target", 2.17, "居民住房办理不动产权证"),
    ("慰问5个村120名困难群众", "actual", 120, "困难群众"),
    ("走访12个村300余户群众", "actual", 300, "群众"),
]


@pytest.mark.parametrize("clause, role, value, indicator", COUNT_AFTER_COUNT)
def test_a_count_after_a_counts_noun_names_what_follows(clause, role, value, indicator):
    part = "一、2024年工作回顾\n" if role == "actual" else PLAN
    found = extract_body(part + clause + "。", "2025年工作计划")
    records = found.actuals if role == "actual" else found.targets
    assert {t.value: t.indicator for t in records}.get(value) == indicator


JOIN_OPENED = [  # 和美 (harmonious and beautiful), 和谐 open a name: their 和 is no 'and' stripped before it
    # 2025年温州市政府工作报告 (a plan)
    ("留住鸟语花香、田园风光、乡愁记忆,和美乡村覆盖率60%以上", "target", 60, "和美乡村覆盖率"),
    # 萧县农业农村局2024年工作完成情况 (ahxx.gov.cn)
    ("完成2023年度6个和美乡村省级中心村建设", "actual", 6, "和美乡村省级中心村建设"),
    ("创建和谐社区3个", "target", 3, "和谐社区"),
    ("新建道路和桥梁5座", "target", 5, "新建道路和桥梁"),
]


@pytest.mark.parametrize("clause, role, value, indicator", JOIN_OPENED)
def test_a_word_opening_with_he_keeps_it(clause, role, value, indicator):
    part = "一、2024年工作回顾\n" if role == "actual" else PLAN
    found = extract_body(part + clause + "。", "2025年工作计划")
    records = found.actuals if role == "actual" else found.targets
    assert {t.value: t.indicator for t in records}.get(value) == indicator


SUCCESSIVELY = [  # 先后 (one after another) before a verb is how the work went, no part of its name (not 后…)
    # 房县 2023年计划执行情况与2024年计划报告 (fangxian.gov.cn)
    ("粮油产量稳定在11万吨、2.6万吨,先后培育养殖专业村15个", 15, "养殖专业村"),
    # 岳阳市生态环境局岳阳县分局2024年工作总结及2025年工作思路
    ("2024年,先后组织180余人次参加省、市两级业务培训和视频培训", 180, "组织"),
    ("先后开展宣传活动15场次", 15, "宣传活动"),
    ("先后引进高层次人才35名", 35, "高层次人才"),  # the common shape of a county's review
    ("先进制造业增加值增长12%", 12, "先进制造业增加值"),  # counter-example: 先 opening a name
]


@pytest.mark.parametrize("clause, value, indicator", SUCCESSIVELY)
def test_successively_is_no_part_of_a_name(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


OWN_SHARES = [  # a list ending in 所占比重 (what each one takes of the whole): each item's own share
    # 苏州市2015年政府工作报告 (gxscse.com)
    ("新兴产业产值、高新技术产业产值所占比重分别提高到47.5%和44.8%",
     {47.5: "新兴产业产值所占比重", 44.8: "高新技术产业产值所占比重"}),
    # 国家统计局, 新中国75年农业发展 (a public repository's copy): short heads took the tail before this rule
    ("林业、牧业和渔业产值所占比重分别为1.6%、11.2%和1.3%",
     {1.6: "林业产值所占比重", 11.2: "牧业产值所占比重", 1.3: "渔业产值所占比重"}),
]


@pytest.mark.parametrize("clause, expected", OWN_SHARES)
def test_each_item_of_a_list_has_its_own_share(clause, expected):
    names = {t.value: t.indicator for t in extract_body(REVIEW + clause + "。", "2016年政府工作报告").actuals}
    assert {v: names.get(v) for v in expected} == expected


SECTORS = [  # a bare 增加值/产值 after a sentence opened by its sector (服务业量质齐升,实现…) is the sector's
    ("服务业量质齐升,实现增加值6305亿元,增长9%", 6305, "服务业增加值"),  # 苏州市 2015 (gxscse.com)
    ("畜牧业健康发展,实现产值27.5亿元", 27.5, "畜牧业产值"),  # 浚县 2013 (jnqlqm.com)
    # an area between: the 产值 is of what was planted there (塔城乡 2022: the 示范点's), not the sector's
    ("农业生产结构不断优化,建成生态农业示范点面积6000亩,实现产值1560万元", 1560, "生态农业示范点产值"),
    # 'X产业要…' makes the sector the topic of every clause after it, past another amount (包头市 2025 政府工作报告)
    ("晶硅光伏产业要稳产提质,本地配套率达到65%以上,产值达到1200亿元以上", 1200, "晶硅光伏产业产值"),
    ("风电装备制造产业要做大做强,风电整机零部件本地配套率达到85%以上,产值突破200亿元", 200, "风电装备制造产业产值"),
    # an industry cluster opening the sentence is its sector too (玉塘街道 2023年工作总结, 光明区; the common shape of a
    # district's review)
    ("高端医疗器械产业集群初具规模,总产值达294.48亿元,全区占比近六成", 294.48, "高端医疗器械产业集群总产值"),
    ("新能源汽车产业集群加快壮大,实现产值120亿元", 120, "新能源汽车产业集群产值"),
    # a first clause growing the industry (大力发展X产业,…,预计全年实现产值…: 曲靖市政府工作报告 2023, lawtext/gov)
    ("大力发展绿色硅光伏产业,阳光三期20GW单晶硅棒及10GW切片等项目加快推进,预计全年实现产值250亿元、增长349.2%", 250,
     "绿色硅光伏产业产值"),
    # 实现 between the firm or sector and its output: the output is named, not the reaching (宜宾市政府工作报告 2022
    # and 2023, lawtext/gov; 龙岗 news, 2025: 前三季度,轻工业实现产值95.9亿元)
    ("其中五粮液集团实现营业收入1400亿元", 1400, "五粮液集团营业收入"),
    ("预计白酒产业实现营收1000亿元", 1000, "白酒产业营收"),
    ("前三季度,轻工业实现产值95.9亿元,同比增长13%", 95.9, "轻工业产值"),
    # a firm is no sector: 企业要… leaves the measure as it is
    ("规上企业要稳产增效,新增10户,实现产值50亿元", 50, "产值"),
]


@pytest.mark.parametrize("clause, value, indicator", SECTORS)
def test_a_bare_output_is_of_the_sector_the_sentence_opens_with(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2016年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


GROWN_SECTORS = [  # '做大做强X产业,…' makes the industry the topic of the sentence, as 'X产业要…' does (上饶市 2024
    # 政府工作报告, lawtext/gov, its plan: every industry of its list in one such sentence)
    ("做大做强光伏新能源产业,推动信义光伏玻璃一期、江铜川禾新材高效光伏焊带一期、弘道新材背板建成投产,"
     "全力打造国家级光伏新能源先进制造业集群,力争营业收入突破1900亿元", 1900, "光伏新能源产业营业收入"),
    ("做大做强电子信息产业,推进康佳智能制造、江西康士显、万年晶第三代半导体、罡丰半导体等项目,"
     "推动“光”“电”双链融合发展,力争营业收入突破750亿元", 750, "电子信息产业营业收入"),
    # 改造提升 grows an old industry, named as one of its class (X等传统产业), and 规上产值 is its output (南充市2022年
    # 政府工作报告, lawtext/gov); a class of several stays unnamed
    ("改造提升丝纺服装等传统产业,力争规上产值突破370亿元", 370, "丝纺服装产业规上产值"),
    ("改造提升丝纺服装、制鞋等传统产业,力争规上产值突破370亿元", 370, "规上产值"),
    # an adverb before the verb (持续壮大, 加快发展), or 加快X产业发展: the industry all the same (宜宾市政府工作报告 2021
    # and 2023, lawtext/gov: each industry of the plan one such sentence); a 服务业 is an industry too
    ("持续壮大食品饮料产业,推动五粮液集团12万吨生态酿酒项目(一期)等项目建设,支持四川酒茶集团加强资源整合,"
     "确保实现营业收入1750亿元", 1750, "食品饮料产业营业收入"),
    ("加快电子信息产业发展,力争再引进一批国内外行业知名企业,推动极米智能光电产业园、康佳高科技产业园、长盈精密等项目建设,"
     "确保实现营业收入400亿元", 400, "电子信息产业营业收入"),
    ("加快发展新材料产业,建成投产天原磷酸铁锂项目,有序推进丝丽雅盐坪坝园区搬迁工作,推动产业提质增效,力争实现营收780亿元",
     780, "新材料产业营收"),
    ("大力发展科技服务业,引进培育科学研究和技术服务类规上企业35户以上,力争实现增加值45亿元", 45, "科技服务业增加值"),
    # the industry as a clause of its own, past a ';' (宜宾市政府工作报告 2022: each industry of its “5+1” list)
    ("高端装备制造产业,大力引进整车制造和配套产业项目,提升汽车产业规模;研究制定智轨“投建运营维管”新模式,"
     "强化产品应用推广;推动普什集团公司整体搬迁等项目建设,力争实现营业收入220亿元", 220, "高端装备制造产业营业收入"),
    ("动力电池产业,建成四川时代3、5期和时代吉利1期等项目;紧盯细分领域头部企业,引进落地电池正负极材料、电解液、"
     "隔膜等核心配套项目10个以上,力争实现营业收入400亿元", 400, "动力电池产业营业收入"),
    # two verbs paired before the industry (做大做精, 做优拉长), or a verb of reviving or upgrading it (新乡市2023年
    # 政府工作报告, lawtext/gov: each industry of its “542” list one such sentence)
    ("做大做精化工产业,实现营业收入400亿元以上", 400, "化工产业营业收入"),
    ("做优拉长轻纺产业,实现营业收入460亿元以上", 460, "轻纺产业营业收入"),
    ("重振电池及新能源产业,实现营业收入150亿元以上", 150, "电池及新能源产业营业收入"),
    ("升级食品制造产业,实现营业收入400亿元以上", 400, "食品制造产业营业收入"),
    # spared: a firm is no industry (完成国有企业改革提升行动,…: 平潭 2025, pingtan.gov.cn), nor a zone
    ("完成国有企业改革提升行动,优化国有资本投向,实现全年营业收入同比增长20%", 20, "营业收入"),
    ("支持上饶经开区加速打造国内一流生态科技新城,确保营业收入突破2800亿元", 2800, "营业收入"),
]


@pytest.mark.parametrize("clause, value, indicator", GROWN_SECTORS)
def test_a_bare_revenue_is_of_the_industry_the_sentence_grows(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


YEARS = [  # years as an amount after 年限 (a span in years): a level in 年, never a date
    # 2026年政府工作报告极简版 (news.fjsen.com, 2026-03-05), its “十五五”时期主要目标
    ("劳动年龄人口平均受教育年限提高到11.7年", ("劳动年龄人口平均受教育年限", 11.7, "年", None)),
    # a speech on talent, public repository text
    ("新增劳动力平均受教育年限达到12.7年以上", ("新增劳动力平均受教育年限", 12.7, "年", "以上")),
]


@pytest.mark.parametrize("clause, expected", YEARS)
def test_a_span_in_years_is_an_amount_not_a_date(clause, expected):
    [t] = extract_body(PLAN + clause + "。", "2025年工作计划").targets
    assert (t.indicator, t.value, t.unit, t.qualifier) == expected and t.kind == "level"


def test_a_year_after_a_span_word_stays_a_date():
    found = extract_body(PLAN + "劳动年龄人口平均受教育年限到2030年提高到12年。", "2025年工作计划")
    assert [(t.value, t.unit) for t in found.targets] == [(12.0, "年")]


def test_the_base_year_of_a_multiple_is_neither_the_name_nor_the_period():
    """开州区2026年政府工作报告 (cqkz.gov.cn), its 十四五 review: 居民人均可支配收入达2020年的1.4倍."""
    found = extract_body("一、“十四五”时期和2025年工作回顾\n五年来,居民人均可支配收入达2020年的1.4倍。", "2026年政府工作报告")
    assert [(t.indicator, t.value, t.unit, t.period) for t in found.actuals] == [("居民人均可支配收入", 1.4, "倍", "2021-2025")]


SHARES = [  # a bare 占 (占85%) after an amount is that amount's share of the whole it belongs to
    # 代表建议办理 reports: 苏尼特右旗 (genres/15_rdjy_sunan); a 市政协提案 report (lsdcl.net, 2026); 四川省政府
    # 建议办理情况 (m.yybnet.net, 2017)
    ("其中已经落实的“A”类建议68件,占85%", 85, "“A”类建议占比"),
    ("基本落实或计划落实的有24件,占16%", 16, "基本落实或计划落实占比"),
    ("其中所提问题已解决或基本解决的232件、占30%", 30, "所提问题已解决或基本解决占比"),
    # a share of a named whole keeps the whole's name after the amount's (乡镇上半年工作情况总结, gwyoo.com)
    ("全镇89家超千万企业完成工业纳税销售17.6亿元,占全镇经济总量的51%", 51, "超千万企业完成工业纳税销售占全镇经济总量"),
    # the same when the clause names the whole's 比重: 苏州 2015, 东昌府区 2018, 洛阳 2022 reports; 博乐 investment news
    ("服务业量质齐升,实现增加值6305亿元,增长9%,占地区生产总值的比重达到46.7%", 46.7, "服务业增加值占地区生产总值的比重"),
    ("一般公共预算收入完成36.8亿元,增长5%,其中税收收入30.2亿元,占财政收入的82.1%", 82.1, "税收收入占财政收入"),
    ("民生支出493.4亿元,占一般公共预算支出的76.9%", 76.9, "民生支出占一般公共预算支出"),
    ("分产业看,第一产业完成投资1.76亿元,同比增长139倍,占全市投资比重为3.5%", 3.5, "第一产业完成投资占全市投资比重"),
    # spared: a share whose subject is written before 占 (先进制造业增加值占制造业比重) keeps it
    ("先进制造业增加值占制造业比重达到66%左右", 66, "先进制造业增加值占制造业比重"),
    # a share after a share of the same amount is that amount's share of another whole (“十四五”规划实施中期 figures as the
    # news retells them; the common shape of a city's review, 占全省比重 after 占GDP比重)
    ("制造业增加值占GDP比重提升至27.8%,占全球比重稳定在30%左右", 30, "制造业增加值占全球比重"),
    ("服务业增加值占地区生产总值比重达到52%,占全省比重8.5%", 8.5, "服务业增加值占全省比重"),
]


@pytest.mark.parametrize("clause, value, indicator", SHARES)
def test_a_bare_zhan_is_the_share_of_the_amount_before_it(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年上半年工作总结")  # (计划落实 reads as a plan: either role)
    assert {t.value: t.indicator for t in found.actuals + found.targets}.get(value) == indicator


DONE_RATES = [  # 完成率 is a rate: its 完成 is no verb to strip (the rate of the work counted before it)
    ("完成市级交办隐患闭环整改13处,完成率100%", 100, "市级交办隐患闭环整改完成率"),  # 磐石 安全生产 review (seeds/004)
    ("完成签约3万平米、拆除3万平米、完成率100%", 100, "拆除完成率"),  # 新安街道 2025 summary (genres/22)
    ("完成固定资产投资15亿元,为年度目标的102%", 15, "固定资产投资"),  # counter-example: 完成 before an amount is the verb
]


@pytest.mark.parametrize("clause, value, indicator", DONE_RATES)
def test_a_completion_rate_keeps_its_name(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年上半年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


FUTURES = [  # 将 (will) after a name is the tense of the verb after it, not part of the name
    ("一般公共预算支出规模将首次达到30万亿元", 30, "一般公共预算支出规模"),  # 2026 national budget (county/national_2026_digest)
    # 电子信息制造业发展“十五五”规划 (MIIT/NDRC, quoted in a public news digest)
    ("到2030年规模以上企业营业收入将突破30万亿元", 30, "规模以上企业营业收入"),
    ("全年实施省、市重点建设项目200个以上", 200, "省、市重点建设项目"),  # counter-example: no 将, name unchanged (衡水 2025)
]


@pytest.mark.parametrize("clause, value, indicator", FUTURES)
def test_jiang_before_a_verb_is_no_part_of_the_name(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


COUNTED = [  # a count's noun ends before the next count's lead words, and before a state of completion
    # the words after the last 、 lead the next count (镇20xx年工作总结, towns/r18; 岳阳 2023 and 2025)
    ("画乡家园社区13栋住宅楼、镇新区11栋住宅楼全部建设完成", 13, "住宅楼"),
    ("25个中央和省交办问题整改、“夏季攻势”401项任务全面完成", 25, "中央和省交办问题整改"),
    ("完成2543户特殊困难老年人家庭、中心城区122个公交站台适老化改造", 2543, "特殊困难老年人家庭"),
    # a state of completion after the noun (乌海 2024, 2025; 岳阳 2023)
    ("4个美丽乡村示范片区基本建成", 4, "美丽乡村示范片区"),
    ("3个焦化整合项目顺利建成", 3, "焦化整合项目"),
    ("21件省、市重点民生实事全面完成", 21, "省、市重点民生实事"),
    # 均 (all of them) before the state (木棠镇 2025, danzhou; the common shape 12个村均实现通硬化路)
    ("9间房屋均完成签约并妥善安置住户", 9, "房屋"),
    ("12个行政村均实现通硬化路", 12, "行政村"),
    # work going forward, or built (乌海 2024; 岳阳 2024; 中疃镇 review, real2/v; 吴宁街道 plan, seeds/003)
    ("10项国家、自治区改革试点稳步推进", 10, "国家、自治区改革试点"),
    ("20个市级和美乡村示范创建稳步推进", 20, "市级和美乡村示范创建"),
    ("中疃镇17个村(社区)网签合同工作正按计划有序推进", 17, "村(社区)网签合同工作"),
    ("24个村、企微型消防站完成建设", 24, "村、企微型消防站"),
    # pushed on fast or firmly (加快推进, 扎实推进, 加快实施: 中卫 2023, 吉安 2016, 孟州 2013, 临沧 2023 reports)
    ("523个重大项目加快推进,完成投资301亿元", 523, "重大项目"),
    ("全市400个重点项目扎实推进", 400, "重点项目"),
    ("46个在建重点水源及连通工程加快实施", 46, "在建重点水源及连通工程"),
    # 全部 and whatever state it opens (河南省人民政府工作报告 2023, bx2200.com; 湖北 2025 摘要, 长江日报; 云南 2026,
    # ynmzw.cn; the 浚县 and 吉安 reviews in /work/texts): the things, not their state
    ("53个贫困县全部摘帽", 53, "贫困县"),
    ("718.6万建档立卡贫困人口全部脱贫", 718.6, "建档立卡贫困人口"),
    ("10大类52项民生实事全部超额完成", 52, "民生实事"),
    ("78个民族自治地方县(市)全部通高等级公路", 78, "民族自治地方县(市)"),
    # how many years running is no part of the name (重庆市2024年政府工作报告 数读, 新华网; 河南省2023年政府工作报告;
    # 乐山市 2023, citypairs)
    ("粮食产量连续9年稳定在1050万吨以上", 1050, "粮食产量"),
    ("连续6年粮食总产稳定在1300亿斤以上", 1300, "粮食总产"),
    # an increase, then the total it reached with a verb of its own: the thing counted (广东省2025年政府工作报告, 新快报;
    # 吉安 2016, cityold); a second increase keeps its verb (counter-example)
    ("经营主体净增98万户、突破1900万户", 1900, "经营主体"),
    ("全市规模以上工业企业新增132户、达1095户", 1095, "规模以上工业企业"),
    ("新增企业14家,净增7家", 7, "净增企业"),
    # counter-examples: the step a thing reached says which were counted, without its manner (全部, 顺利, 集中, 如期:
    # 丹东 2023, 亳州 2021, 洛阳 2023, citypairs; 白山 2025, cityreports5), but 集中开工活动 names an event (丹东 2022); the
    # kind they all become names what is counted (临沧 2023, citypairs). 加快建设 is the work going on (亳州 2021, 伊犁 2025)
    ("纳入项目库的107个项目全部开工", 107, "项目开工"),
    ("103个亿元以上项目顺利竣工", 103, "亿元以上项目竣工"),
    ("中心城区首批7所现代化高中集中开工", 7, "现代化高中开工"),
    ("推动大连维特奥医疗康养等104个新建项目如期开工", 104, "新建项目开工"),
    ("开展春秋2次重大项目集中开工活动", 2, "重大项目集中开工活动"),
    ("460个亿元以上项目加快建设", 460, "亿元以上项目"),
    ("39座高等级酒店加快建设", 39, "高等级酒店"),
    ("44个行政村(社区)全部创建成为全省民族团结进步示范村(社区)", 44, "行政村(社区)全部创建成为全省民族团结进步示范村(社区)"),
    # counter-examples: a list the count shares (no count after it) stays whole (衡水 2025); 基本 inside a name stays
    ("培育建设文化名家工作室、公共文化空间450个", 450, "文化名家工作室、公共文化空间"),
    ("新建5个基本农田保护示范区", 5, "基本农田保护示范区"),
    # two measures of one thing, the second's noun after it (七台河市2023年政府工作报告; 无锡市2024年政府工作报告);
    # two counts of one kind are two things (学校3所、5所幼儿园)
    ("开展98公顷、42个历史遗留图斑治理", 98, "历史遗留图斑治理"),
    ("实施改造109个、424万平方米老旧小区", 109, "老旧小区"),
    ("新建学校3所、5所幼儿园", 3, "新建学校"),
    # the measure of the things counted, whose sum follows, names the sum (通化 2024, 伊犁 2025, 山东 2026, 三明 2023)
    ("33个达产达效项目新增产值30亿元", 33, "达产达效项目"),
    ("33个达产达效项目新增产值30亿元", 30, "达产达效项目新增产值"),
    ("乌苏工业园区等5个园区工业产值均超百亿元", 5, "园区"),
    ("3920个新投产项目增加产值5100多亿元", 3920, "新投产项目"),
    ("232家市级以上农业龙头企业营收超255亿元、增长4.3%", 232, "市级以上农业龙头企业"),
    # and their total investment, after a verb of result too (未央宫街道 2022年工作总结; the common shape of a county's
    # project review)
    ("汉都新苑保障房建设共5个在建项目总投资完成12.7亿元", 5, "在建项目"),
    ("12个省重点项目总投资达到85亿元", 12, "省重点项目"),
    # a count whose noun is a level only, listed before a count at another level, takes that one's noun (湛江 2022,
    # 洛阳 2023, 北京 “十五五” 规划建议)
    ("新增10家省级、20家市级农业龙头企业", 10, "省级农业龙头企业"),
    ("百亿级企业达到16家,形成了2个千亿级、7个百亿级产业集群", 2, "千亿级产业集群"),
    ("培育形成3个万亿级和7个千亿级产业集群", 3, "万亿级产业集群"),
    # a title of their own kind the things earned names them (四平 2025, 北海 2025, 乐山 2023, 河北 2025); a title of
    # another kind (企业 … 百强榜, 乌兰察布 2022) leaves the things named with it
    ("晟然食品等4户企业获评省级农业产业化龙头企业", 4, "省级农业产业化龙头企业"),
    ("3所学校被认定为全国首批科学教育实验校", 3, "全国首批科学教育实验校"),
    ("50家涉农企业被认定为省级农业产业化重点龙头企业", 50, "省级农业产业化重点龙头企业"),
    ("安全应急装备等4个共建产业集群入选国家先进制造业集群", 4, "国家先进制造业集群"),
    ("7家企业入选内蒙古民营企业百强榜", 7, "企业入选内蒙古民营企业百强榜"),
    # counter-example: a count of things that are themselves measured in the name keeps it (no sum after it)
    ("培育产值超亿元企业12家", 12, "产值超亿元企业"),
]


@pytest.mark.parametrize("clause, value, indicator", COUNTED)
def test_a_counted_noun_stops_before_the_next_count_and_its_state(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年上半年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


NOW_STATES = [  # 正在/正 (now) before how it goes (县交通运输局2024年度工作总结, tizhiren.com; 兴东镇创建文明城市工作情况汇报,
    # xiegongwen.com): the works, not their stage; in a review such work is under way, no result (rule under-way)
    ("全县100公里“四好农村路”样板线正全面推进", 100, "“四好农村路”样板线"),
    ("改造30座危桥正在加紧施工", 30, "危桥"),
    ("12个村、1652户改厕正有序推进中", 1652, "改厕"),
]


@pytest.mark.parametrize("clause, value, indicator", NOW_STATES)
def test_a_state_of_now_is_no_part_of_the_name(clause, value, indicator):
    assert {t.value: t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets}.get(value) == indicator
    assert not extract_body(REVIEW + clause + "。", "2025年上半年工作总结").actuals


PAIRS = [  # a pair of one-character words sharing one morpheme (存、贷款): each record names its whole word
    # 新乡市2024年国民经济和社会发展计划 (kjzch.com repost), 2023 执行情况
    ("金融机构存、贷款余额分别增长8.8%、11.9%", ["金融机构存款余额", "金融机构贷款余额"]),
    # the wording of chart titles in public dashboards (金融机构本外币存、贷款余额), as a sentence
    ("金融机构本外币存、贷款余额分别增长8%、10%", ["金融机构本外币存款余额", "金融机构本外币贷款余额"]),
    ("全县进、出口总额分别增长5%、6%", ["进口总额", "出口总额"]),
    # 城、乡 stand for 城镇 and 农村, as 城乡居民 does when it splits (涪城区 2019 政府工作报告, yoy2/single/fucheng_district_2019)
    ("城、乡居民人均可支配收入分别增长8%、9%", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    # counter-example: two whole words keep their own names
    ("省级、市级龙头企业各1家", ["省级龙头企业", "市级龙头企业"]),
]


@pytest.mark.parametrize("clause, names", PAIRS)
def test_a_pair_written_with_one_shared_morpheme_names_both_words(clause, names):
    assert [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets] == names


STAGES = [  # two stages of one crop share its name and the mechanization rate (“十四五”全国农业机械化发展规划, 2022)
    ("花生种植、收获机械化率分别达到65%和55%", ["花生种植机械化率", "花生收获机械化率"]),
    ("马铃薯种植、收获机械化率均达到45%", ["马铃薯种植机械化率", "马铃薯收获机械化率"]),
    ("棉花、甘蔗收获机械化率分别达到65%和30%", ["棉花收获机械化率", "甘蔗收获机械化率"]),  # two crops share the stage
]


AREAS = [  # two areas of a city share the measure after the last one (遵义市 2022 and 2023 政府工作报告, lawtext/gov;
    # 南充市 2022 政府工作报告's five-year review: 主城区和县城污水处理率分别达95%、88%)
    ("中心城区、县城环境空气质量优良率分别达98%和97%以上", ["中心城区环境空气质量优良率", "县城环境空气质量优良率"]),
    ("主城区和县城污水处理率分别达95%、88%", ["主城区污水处理率", "县城污水处理率"]),
    # counter-example: two areas before a noun of their own keep it (城市和县城建成区…, 遵义 2021)
    ("城市和县城建成区生活垃圾无害化处理率分别达96%和91%", ["城市建成区生活垃圾无害化处理率", "县城建成区生活垃圾无害化处理率"]),
]


OWN_NOUNS = [  # counts each named by a noun of its own after it: the list before them says where, no names to share
    # 遵义市2023年政府工作报告's 十件民生实事; 中山市2021年政府工作报告's review (对口帮扶肇庆、潮州131个相对贫困村、
    # 1.7万相对贫困人口全部脱贫出列), lawtext/gov
    ("在市、县医院建设10个重点学科、80个重点专科", ["重点学科", "重点专科"]),
    ("对口帮扶肇庆、潮州131个相对贫困村、1.7万相对贫困人口全部脱贫出列", ["相对贫困村", "相对贫困人口"]),
    # counter-examples: a list with no noun after its counts shares its name out
    ("省级、市级龙头企业各1家", ["省级龙头企业", "市级龙头企业"]),
]


@pytest.mark.parametrize("clause, names", OWN_NOUNS)
def test_counts_named_by_their_own_nouns_share_no_list_before(clause, names):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert [t.indicator for t in found.targets + found.actuals] == names


JOINED_LAST = [  # a 及 inside the last item of a 、-list joins that item's words; the 、 parts the values (遵义 2023)
    ("大数据电子信息、新能源汽车及电池材料产值分别增长88.5%、35.4%", ["大数据电子信息产值", "新能源汽车及电池材料产值"]),
    # counter-example: 及以上 is a bound of its item (温州 2024 and 2025 政府工作报告, lawtext/gov)
    ("确保国控、省控及以上断面I—III类水质比例分别达100%、96.9%", ["国控及以上断面I—III类水质比例", "省控及以上断面I—III类水质比例"]),
]


@pytest.mark.parametrize("clause, names", JOINED_LAST)
def test_a_ji_inside_the_last_item_joins_its_words(clause, names):
    assert [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets] == names


OWN_AMOUNTS = [  # an item ending in 量 is an amount of its own before another's sum (遵义 2022 确保游客接待量、旅游收入均
    # 增长15%以上; 三明 2023 游客接待量、旅游总收入分别超…), lawtext/gov
    ("确保游客接待量、旅游收入均增长15%以上", ["游客接待量", "旅游收入"]),
    ("游客接待量、旅游总收入分别增长10%、12%", ["游客接待量", "旅游总收入"]),
    # counter-example: each one's share when the last item closes on 占比 (山东省2026年政府工作报告)
    ("非化石能源发电量、用电量占比均超过30%", ["非化石能源发电量占比", "用电量占比"]),
]


@pytest.mark.parametrize("clause, names", OWN_AMOUNTS)
def test_an_amount_in_a_list_before_another_sum_keeps_its_own_name(clause, names):
    assert [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets] == names


@pytest.mark.parametrize("clause, names", AREAS)
def test_two_areas_of_a_place_share_the_measure_after_the_last(clause, names):
    assert [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets] == names


@pytest.mark.parametrize("clause, names", STAGES)
def test_the_stages_of_one_crop_share_its_name_and_the_rate(clause, names):
    assert [t.indicator for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets] == names


FACILITIES = [  # a size between a place's (or a firm's) name and a base is the base's size; the name only says where
    # 东辽县 actions (dept/dongliao_county_actions, a county's 行动方案); 三和镇2024年工作计划 (dept/sanhe_town_2024)
    ("完成杏山200万只蛋鸡标准化养殖基地建设", 2000000, "蛋鸡标准化养殖基地"),
    ("三是加快后李村1000亩特色水产养殖基地建设", 1000, "特色水产养殖基地"),
    ("同时加快大陈村3000亩蓝莓基地二期建设速度", 3000, "蓝莓基地"),
    ("二是积极打造大陈村乌云山3000亩蓝莓基地建设", 3000, "蓝莓基地"),
    # a firm's base named with its size, whatever is said of it next (雅星镇2025年政府工作报告, danzhou.gov.cn)
    ("罗牛山大讲20万头生猪养殖基地开工建设", 200000, "生猪养殖基地"),
    ("欣辉农业1500亩种植基地玉米产量再创新高", 1500, "种植基地"),
    # …and a firm's store, sized by what it holds (牟定县2024年政府工作报告; the common shape of a county's plan)
    ("中储粮20万吨粮食储备库即将建成投产运营", 200000, "粮食储备库"),
    ("鑫源公司5000吨果蔬冷库建成投用", 5000, "果蔬冷库"),
    # counter-examples: a count of parks keeps its noun (衡水 2024); a measure before the size keeps its name
    ("抓好10个重点现代农业示范园区建设", 10, "重点现代农业示范园区建设"),
    ("粮食播种面积稳定在334万亩", 3340000, "粮食播种面积"),
]


@pytest.mark.parametrize("clause, value, indicator", FACILITIES)
def test_a_size_before_a_base_is_named_after_the_base_not_its_place(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划").targets
    assert {t.base_value: t.indicator for t in found}.get(value) == indicator


BI_ZENG = [  # 比增 is 比上年增长 shortened: the growth of the amount named before it
    # 鸿山镇 2021 plan (news/genres 43, ssrb.fjdaily.com); a district's half-year review (search "pages", a stored
    # page in traditional characters, here in simplified ones: 实现生产总值33.74亿元,比增9.2%)
    ("争取实现财政总收入11亿元,比增7%", "财政总收入"),
    ("规上工业总产值300亿元,比增24%", "规上工业总产值"),
    ("实现生产总值33.74亿元,比增9.2%", "生产总值"),
    # counter-example: 可比增长 (on a comparable basis) is stripped as before (赣州 2023 report)
    ("一般公共预算收入可比增长4.3%", "一般公共预算收入"),
]


@pytest.mark.parametrize("clause, indicator", BI_ZENG)
def test_bi_zeng_is_a_growth_of_the_amount_before_it(clause, indicator):
    growths = [t for t in extract_body(PLAN + clause + "。", "2025年工作计划").targets if t.kind == "growth"]
    assert [(t.indicator, t.direction) for t in growths] == [(indicator, "up")]


ITEM_NUMBERS = [  # a circled item number (②, ⑩) reads as a bare 2, 10 after NFKC: no part of the name it is glued to
    # 岳阳 政府工作报告 2023 and 2024 (../shared/corpus, 市级民生实事 ①…⑩)
    ("②完成医疗救助27万人次", 270000, "医疗救助"),
    ("⑩高标准农田建设41.3万亩", 413000, "高标准农田建设"),
    ("⑦除险加固小型水库111座", 111, "除险加固小型水库"),
    # 四平市2025年政府工作报告 (民生实事 ①…⑩): the item number alone before 为, nothing of a name left after it
    ("⑦为1万名残疾人提供基本康复服务", 10000, "残疾人基本康复服务"),
    # 铜梁区2025年区政府工作报告目标任务上半年推进情况汇总表 (www.cqstl.gov.cn, yoy2/single/tongliang_district_2025_table): "1 地区生产总值…"
    ("1 地区生产总值增长6%以上", 6, "地区生产总值"),
    # counter-examples: a number its unit follows is the name's own (涉县 2025 民生实事; 乌海 2024)
    ("改造升级10千伏线路16.66公里", 16.66, "改造升级10千伏线路"),
    ("建设5G基站300座", 300, "5G基站"),
]


@pytest.mark.parametrize("clause, value, indicator", ITEM_NUMBERS)
def test_a_bare_item_number_is_no_part_of_the_name(clause, value, indicator):
    line = clean_line("办好市级民生实事。" + clause + "。")  # as a capture is read: NFKC, ② becomes 2
    found = extract_body(PLAN + line, "2025年工作计划").targets
    assert {t.base_value: t.indicator for t in found}.get(value) == indicator


def test_a_month_span_at_the_front_is_a_time_not_an_item_number():
    # counter-example (seeds/004, a town's 2024 half-year review): 1至5月 is a span of months, stripped whole
    found = extract_body(REVIEW + "1至5月全镇实现规上工业总产值6130万元,同比增长2%。", "2024年上半年工作总结")
    assert {t.indicator for t in found.actuals} == {"规上工业总产值"}


MULTIPLES = [  # 是Y的N倍: Y is the base of a multiple of the amount named before, be Y a year or a five-year plan's time
    # 石首市“十四五”规划纲要 2021 (genres 14_shishou_city_14th_outline_2021), review of 2020
    ("2020年实现地区生产总值208.86亿元,是“十二五”时期的1.54倍", "地区生产总值"),
    ("地方一般公共预算收入5.91亿元,是“十二五”时期的1.47倍", "地方一般公共预算收入"),
    # the five-year plan as a whole (是“十一五”的N倍): 天长市 2016 政府工作报告 (tianchang.gov.cn), 十二五 review
    ("全社会固定资产投资累计1098.1亿元,是“十一五”的3.1倍", "全社会固定资产投资"),
    ("社会消费品零售总额累计277.4亿元,是“十一五”的2.2倍", "社会消费品零售总额"),
    ("人均生产总值达到46271元,是“十一五”末的2倍", "人均生产总值"),
    # 为 says it as 是 does (深圳“十五五”规划纲要, the 十四五 review): 为“十三五”时期的1.5倍
    ("固定资产投资累计达4.5万亿元、为“十三五”时期的1.5倍", "固定资产投资"),
    # the same language with a year as the base (赣州 2023 政府工作报告), read so before
    ("跨境电商业务突破400万单、是去年的5倍", "跨境电商业务"),
]


@pytest.mark.parametrize("clause, indicator", MULTIPLES)
def test_the_base_of_a_multiple_is_no_name(clause, indicator):
    found = extract_body(REVIEW + clause + "。", "2021年工作总结").actuals
    assert [t.indicator for t in found if t.unit == "倍"] == [indicator]


def test_a_multiple_after_a_semicolon_is_named_after_its_own_parts_subject():
    # 石首市 2021: the amount of the part after ; has no number of its own, so not the name of the part before
    clause = "地方一般公共预算收入5.91亿元,是“十二五”时期的1.47倍;固定资产投资保持中高速,是“十二五”时期的1.44倍"
    found = extract_body(REVIEW + clause + "。", "2021年工作总结").actuals
    assert [t.indicator for t in found if t.unit == "倍"] == ["地方一般公共预算收入", "固定资产投资"]


OWN_PLACE = [  # the document's own place before a measure (its title opens with it) is who reports, not what
    # 江苏省政府工作报告 2024 (myzaker.com report); 海南 2024 (laolaoche.com); 云南 2019 (zaobao.com); 河北 2023 (21世纪经济报道)
    ("江苏省政府工作报告（2024年1月23日）", "过去一年,江苏地区生产总值达12.82万亿元。", "地区生产总值"),
    ("海南省政府工作报告（2024年1月23日）", "2023年海南全省地区生产总值增长9.2%。", "地区生产总值"),
    ("云南省政府工作报告（2019年1月27日）", "2018年云南省在固定资产投资增长11.6%、低于预期目标的情况下,实现增长。", "固定资产投资"),
    ("河北省政府工作报告（2023年1月11日）", "预计河北2022年生产总值增长3.8%左右。", "生产总值"),
    ("广西壮族自治区政府工作报告（2026年2月2日）", "广西地区生产总值增长5.1%。", "地区生产总值"),
    # counter-examples: a route from the place (临沧 2023, citypairs), another place
    ("临沧市人民政府工作报告（2023年1月10日）", "临沧至清水河、临翔至双江等5条(段)高速公路分段建成。", "临沧至清水河、临翔至双江"),
    ("海南省政府工作报告（2024年1月23日）", "2023年广东地区生产总值增长4.8%。", "广东地区生产总值"),
    # or the port, airport or park the place names (襄阳 2021, 嘉兴 2019, 南通 2024 政府工作报告, lawtext/gov)
    ("襄阳市政府工作报告（2021年1月12日 郄英才）", "襄阳机场旅客吞吐量达到121.5万人次。", "襄阳机场旅客吞吐量"),
    ("嘉兴市政府工作报告（2019年1月15日 毛宏芳）", "嘉兴港集装箱吞吐量达到172万标箱。", "嘉兴港集装箱吞吐量"),
    ("南通市政府工作报告（2024年1月17日 张彤）", "南通开发区在国家级开发区排名由第39位跃升至21位。", "南通开发区在国家级开发区排名"),
]


@pytest.mark.parametrize("title, sentence, indicator", OWN_PLACE)
def test_the_documents_own_place_is_no_part_of_a_name(title, sentence, indicator):
    found = extract_body("一、2023年工作回顾\n" + sentence, title)
    assert indicator in [r.indicator for r in found.actuals], found.actuals



STEPS = [  # a bare step of a project's course in a list (、竣工100个) counts the things the list counted before it
    ("新开工亿元以上项目160个以上、竣工100个以上", 100, "竣工亿元以上项目"),  # 亳州 2022 report
    # 投用 and 投运 (put into use, into service) end a project's building as 建成 and 投产 do (贵阳 2024 report)
    ("实施市级重大项目700个以上,其中新开工110个以上、建成投用40个以上", 40, "投用市级重大项目"),
    ("开工建设亿元以上项目140个以上、竣工80个以上", 80, "竣工亿元以上项目"),  # 亳州 2021 report
    ("谋划亿元以上产业项目200个、新签约120个", 120, "新签约亿元以上产业项目"),  # 洛阳 2023 report
    ("力争全年招商引资项目再签约300个、储备400个", 400, "招商引资项目储备"),  # 乌兰察布 2022 report
    ("新签约亿元以上项目5个、开工4个、竣工项目2个", 4, "开工亿元以上项目"),  # 三仓镇 news
    # spared: the stage of a counted home keeps its own reading (新开工…套、建成…套)
    ("新开工保障性住房3000套、建成2000套", 2000, "建成保障性住房"),
    # 并网 (connected to the grid) is a step of an energy project's course (临沧市2023年政府工作报告)
    ("新开工能源项目装机达140万千瓦以上,建成并网200万千瓦以上", 200, "并网能源项目装机"),
    # with no count before it in the sentence, the step counts the work its clause before names (洛阳市2022年政府
    # 工作报告); a clause with a number of its own names nothing
    ("以社区为单位实施老旧小区集中连片改造,全年开工8.2万户、建成5.6万户", 8.2, "老旧小区集中连片改造开工"),
    ("以社区为单位实施老旧小区集中连片改造,全年开工8.2万户、建成5.6万户", 5.6, "老旧小区集中连片改造建成"),
    ("推进农村公路建设,年内竣工30个", 30, "农村公路建设竣工"),
    ("新建项目4月底前全部开工,年内竣工300个以上", 300, "竣工"),
    # the step after the thing (项目新签约26个、新开工16个) is replaced by the next, and 竣工达产 is a step of its own
    # (南通市2023年、2024年政府工作报告, lawtext/gov)
    ("加快招引集聚产业,总投资超10亿元项目新签约26个、新开工16个", 16, "总投资超10亿元项目新开工"),
    ("投资超5亿元工业项目新开工220个、新竣工达产200个以上", 200, "投资超5亿元工业项目新竣工达产"),
    ("超5亿元项目新开工231个、新竣工达产198个", 198, "超5亿元项目新竣工达产"),
]


@pytest.mark.parametrize("clause, value, indicator", STEPS)
def test_a_bare_step_of_a_projects_course_counts_the_projects_before_it(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.actuals + found.targets}.get(value) == indicator


MARGINS = [  # a margin over another place or a standard, written with no subject, is the margin of the amount before it
    ("人均地区生产总值5.18万元,比上年增加0.17万元,比全省高1.18万元", 1.18, "人均地区生产总值比全省高"),  # 六盘水 2019 report
    ("本科上线率达64.53%,较全省平均水平高5.23个百分点", 5.23, "本科上线率较全省平均水平高"),  # 平潭 2023 report
    ("新增城镇就业6684人,调查失业占比5.45%,低于省定指标0.55个百分点", 0.55, "调查失业占比低于省定指标"),  # 七台河 2023 report
    # spared: a margin over a past year is the amount's rise, named as the amount
    ("人均地区生产总值5.18万元,比上年增加0.17万元", 0.17, "人均地区生产总值"),
]


@pytest.mark.parametrize("clause, value, indicator", MARGINS)
def test_a_margin_over_another_place_is_the_margin_of_the_amount_before_it(clause, value, indicator):
    found = extract_body(REVIEW + clause + "。", "2025年上半年工作总结")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


CAPACITY = [  # a bare 学位/床位 after a count of schools or rooms is the capacity of those just counted
    ("新建公办幼儿园4所、增加学位1500个", 1500, "增加公办幼儿园学位"),  # 中卫 2023 report
    ("新建续建幼儿园8所,新增学位1350个", 1350, "新增幼儿园学位"),  # 乌兰察布 2023 report
    ("集宁区新建小学1所,新增学位1200个", 1200, "新增小学学位"),  # 乌兰察布 2023 report
    ("全年新增住宿房间5300间,床位7300个", 7300, "住宿房间床位"),  # 平潭 2024 report
    # spared: a count named by its state (建成投运) holds no places; a count of two kinds of school names neither
    ("新建和改扩建公办中小学、幼儿园10所,新增学位7500个", 7500, "新增学位"),  # 衡水 2025 report
    ("新建续建幼儿园9所,其中5所建成投运,新增学位1800个", 1800, "新增学位"),  # 乌兰察布 2022 report
]


@pytest.mark.parametrize("clause, value, indicator", CAPACITY)
def test_a_bare_capacity_is_of_the_places_counted_before_it(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


COMPARED_RATES = [  # 同比/环比 before a bare rate after an amount says how the rate is measured: the rate of that amount
    ("全年实现规上工业产值1.41亿元,同比增速1.5%", 1.5, "规上工业产值增速"),  # 大英镇 2024 (来安县)
    ("前三季度建筑业总产值达到5.57亿元,同比增速4.5%", 4.5, "建筑业总产值增速"),  # 未央宫街道 2023 (西安)
    ("社会消费品零售总额920万元,环比增幅2.7%", 2.7, "社会消费品零售总额增幅"),  # the common shape of a township review
    # spared: 同比增长 after an amount was already named by it, as before
    ("财政税收1004万元,同比增长35.6%", 35.6, "财政税收"),  # 大英镇 2024
]


@pytest.mark.parametrize("clause, value, indicator", COMPARED_RATES)
def test_a_compared_rate_after_an_amount_is_that_amounts_rate(clause, value, indicator):
    found = extract_body("一、2023年工作回顾\n" + clause + "。", "2024年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


EVENTS_HELD = [  # a count of times names the event after the last 开展 or 举办 (or an opening 组织), not who held it or where
    ("街道班子成员带头到挂点社区开展党的二十大精神宣讲12场次", 12, "党的二十大精神宣讲"),  # 开元街道 2023 (泉州市鲤城区)
    ("深入企业开展惠企政策精准解读20余次", 20, "惠企政策精准解读"),  # 漳浒寨街道 2024 (西安市雁塔区)
    ("组织镇党委班子开展党纪学习教育研讨交流6次", 6, "党纪学习教育研讨交流"),  # 小沙江镇 2025 (隆回县)
    ("举办招聘活动161场", 161, "招聘活动"),  # 北海 2025 政府工作报告
    ("在广东、重庆等地举办招商推介活动20场次", 20, "招商推介活动"),  # 天水 2025 政府工作报告
    ("举办大型演艺、赛事、会展活动485场", 485, "大型演艺、赛事、会展活动"),  # 青岛 2026 政府工作报告
    ("举办各类招聘活动500场以上", 500, "招聘活动"),  # 杭州 “十五五” 规划建议
    ("组织促消费活动1300场次以上", 1300, "促消费活动"),  # 赤峰 2024 政府工作报告
    ("策划促消费活动200场以上", 200, "促消费活动"),  # 洛阳 2023 政府工作报告
    # spared: 组织 inside a name is a noun (党组织), not the verb of holding
    ("举办基层党组织书记培训班5期", 5, "基层党组织书记培训班"),
    # spared: a count of things keeps the words before 开展 (not a count of times)
    ("新增开展居家养老服务的村15个", 15, "新增开展居家养老服务的村"),
]


@pytest.mark.parametrize("clause, value, indicator", EVENTS_HELD)
def test_a_count_of_times_names_the_event_held(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


AFTER_A_SUM = [  # the item after a list's sum (A和B2个、C3个) is named from the sum's list mark on, as after a record
    ("改造提升县域综合商贸服务中心和物流配送中心2个、乡镇农贸市场和商贸中心3个", 3, "乡镇农贸市场和商贸中心"),  # 丹东 2022
]


@pytest.mark.parametrize("clause, value, indicator", AFTER_A_SUM)
def test_the_item_after_a_lists_sum_starts_after_its_mark(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


ASIDES = [  # an aside opened after a name (A(涵盖B9家、C5家)) breaks A down: its first item is named from the bracket on
    ("成功推动18家企业升规达限、入库纳统(涵盖商贸业9家、建筑业5家)", 9, "商贸业"),  # 大雁塔街道 2025 (西安市雁塔区)
    ("完成燃煤锅炉(市热力公司热源厂4台、县热力公司3台)超低排放改造", 4, "市热力公司热源厂"),  # the shape of 阳泉's 秋冬 plan
    ("新增规上企业12家(含工业企业5家)", 5, "工业企业"),  # spared: as before, the aside after a count
]


@pytest.mark.parametrize("clause, value, indicator", ASIDES)
def test_an_aside_after_a_name_names_its_own_items(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


PEOPLE_TAKEN = [  # a verb that takes people before a count of them (选拔1名…书记) names them with it, as 培训农民1000人 does
    ("选拔1名优秀村党支部书记进入事业站所", 1, "选拔优秀村党支部书记进入事业站所"),  # 小沙江镇 2025 (隆回县)
    ("招聘50名社区工作者", 50, "招聘社区工作者"),  # the common shape of a 街道's plan
    # how they are brought in, then who (嘉兴 2021 政府工作报告, lawtext/gov; 柔性引进高层次创新人才46名 in another city's)
    ("实施“名医到嘉”工程,柔性引进100名国内一流医疗专家", 100, "柔性引进国内一流医疗专家"),
    ("全职引进20名博士", 20, "全职引进博士"),  # the common shape of a city's talent plan
    ("培训农民1000人", 1000, "培训农民"),  # spared: the people before the count, as before
]


@pytest.mark.parametrize("clause, value, indicator", PEOPLE_TAKEN)
def test_a_verb_taking_people_names_them_with_it(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


MEANS_AFTER = [  # words of means after a count (通过, 依托…) open the next clause, never name what was counted
    ("培育“升规入统”企业20家、“个转企”4家通过盘活闲置资源持续发展壮大集体经济", 4, "“个转企”"),  # 棉竹镇 2023 (乐山)
    ("新增市场主体120户依托电商平台拓展销路", 120, "新增市场主体"),  # the common shape of a township review
    ("培育“个转企”4家企业", 4, "企业"),  # spared: a noun after the count is still its name
]


@pytest.mark.parametrize("clause, value, indicator", MEANS_AFTER)
def test_words_of_means_after_a_count_name_nothing(clause, value, indicator):
    found = extract_body("一、2023年工作回顾\n" + clause + "。", "2024年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


LIGHT_VERBS = [  # the light verb 进行 (提供) between the things (people) counted and the work (service) names nothing
    ("对大新湖公园的5座古建亭廊进行全面勘察", 5, "古建亭廊全面勘察"),  # 大新镇 2024 民生实事项目 (张家港)
    ("对300户困难老人家庭进行居家适老化改造", 300, "困难老人家庭居家适老化改造"),  # 钟楼区 2021 民生实事项目
    ("为5000户特困独居老人提供远程监测照护服务", 5000, "特困独居老人远程监测照护服务"),  # 烟台 2023 政府工作报告
    ("为不少于1万名城市五类老年人提供居家养老服务", 1, "城市五类老年人居家养老服务"),  # 南宁 2024 政府工作报告
    ("为3400名孕产妇免费提供产前筛查", 3400, "孕产妇免费产前筛查"),  # 琼海 民生实事
    # the same said the other way round: the people served, then the service counted (东莞 2026 政府工作报告)
    ("为高校毕业生提供超10万个优质岗位", 10, "高校毕业生优质岗位"),
    ("为大学生提供超2万个实习见习岗位", 2, "大学生实习见习岗位"),
    # and with the count after the service (贵阳 2024, 西安 2025 政府工作报告); the things that give it keep the verb
    ("免费为孕产妇提供民生基因无创DNA项目检测2.5万例", 2.5, "孕产妇民生基因无创DNA项目检测"),
    ("面向高校毕业生提供市场化岗位10万个、就业见习岗位2万个", 10, "高校毕业生市场化岗位"),
    ("为居家老人提供医疗服务的机构达到4万多家", 4, "为居家老人提供医疗服务的机构"),
    ("完成300户困难老人家庭居家适老化改造", 300, "困难老人家庭居家适老化改造"),  # spared: the same work said without it
    ("3个项目进行中", 3, "项目进行中"),  # spared: no work named after it, the verb stays
]


@pytest.mark.parametrize("clause, value, indicator", LIGHT_VERBS)
def test_the_light_verb_before_the_work_done_is_no_part_of_a_name(clause, value, indicator):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: t.indicator for t in found.targets}.get(value) == indicator


LIGHT_VERBS_DONE = [  # 进行了, the light verb with its 了 in a review, names nothing either
    ("对2023年度3个民生实事项目实施情况进行了满意度测评", 3, "民生实事项目实施情况满意度测评"),  # 樟木镇 人代会 2024 (覃塘区)
    ("对10303个村进行了整治", 10303, "村整治"),  # 浙江“千万工程” (2003-2008), as its account tells it
    ("3个项目进行了", 3, "项目进行了"),  # spared: no work named after it, the verb stays
]


@pytest.mark.parametrize("clause, value, indicator", LIGHT_VERBS_DONE)
def test_the_light_verb_done_before_the_work_is_no_part_of_a_name(clause, value, indicator):
    found = extract_body("一、2024年工作回顾\n" + clause + "。", "2025年政府工作报告")
    assert {t.value: t.indicator for t in found.actuals}.get(value) == indicator


UPGRADED = [  # 提升 after a thing, then an area or a length: the upgrading of the thing and its size, not a rise
    ("道路提升完成16395平方米", 16395, "道路提升", "level"),  # 未央宫街道 2022年工作总结 (西安市未央区)
    ("围墙提升2415米", 2415, "围墙提升", "level"),  # the same review
    ("完成森林质量提升10万亩以上", 10, "森林质量提升", "level"),  # 太原 2024 政府工作报告
    ("绿地面积提升20万平方米", 20, "绿地面积", "growth"),  # spared: a measure of size rises by the amount
    ("城镇化率提升1个百分点", 1, "城镇化率", "growth"),  # spared: a rate's points
]


@pytest.mark.parametrize("clause, value, indicator, kind", UPGRADED)
def test_a_thing_upgraded_over_an_area_is_that_size_not_a_rise(clause, value, indicator, kind):
    found = extract_body(PLAN + clause + "。", "2025年工作计划")
    assert {t.value: (t.indicator, t.kind) for t in found.targets}.get(value) == (indicator, kind)

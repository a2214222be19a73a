"""The rulebook: every decision of the extractor by id, what it recognises, and its examples.

A rule fires on each of its `fires` sentences and on none of its `spares`. An example is
read as a line of a plan part ("二、2025年工作安排") of a plan titled "2025年工作计划" unless it
carries its own heading (a line before it) or its own title (a first line "title: …"). tests/test_extract_rules.py reads every example; a rule without
examples fails there. Examples are real sentences (seeds, ../shared/corpus) or the
common shape of one, from more than one document where the rule is about language.
Pure module.
"""

from __future__ import annotations

from dataclasses import dataclass

REVIEW = "一、2024年工作回顾\n"


@dataclass(frozen=True)
class Rule:
    """A named decision: its id, what it recognises, and sentences it must and must not fire on."""

    id: str
    says: str
    fires: tuple[str, ...]
    spares: tuple[str, ...] = ()


RULES: tuple[Rule, ...] = (
    # -- the part of the document decides the role of a number ----------------------------
    Rule("plan-part", "a number in this year's plan is a target",
         ("地区生产总值增长6%左右。", "新建改扩建公办中小学、幼儿园10所。",
          # what comes next in an audit report (潮阳区, gdcy.gov.cn 2289418) and a budget report naming 执行情况 plan
          "title: 关于2022年度区本级预算执行和其他财政收支的审计工作报告\n五、下一步工作\n力争审计整改率达到95%以上。",
          "title: 关于2024年预算执行情况和2025年预算草案的报告\n二、2025年预算草案\n一般公共预算收入增长5%。",
          # 工作谋划 names a plan (镇“十四五”工作谋划报告, gwyoo.com; 西张村镇2025年工作谋划部署会, shanzhou.gov.cn)
          "title: 镇“十四五”工作谋划报告\n保持优质水稻种植5000亩,圆黄梨种植8000亩。",
          "title: 西张村镇2024年工作总结暨2025年工作谋划\n二、2025年工作谋划\n全年招引项目5个。",
          # goals led in with no colon: 资阳 2015 report news (sichuan.scol.com.cn 10031395); 内蒙古 2024, 河北 2023
          "title: 资阳市2015年政府工作报告\n一、2014年工作回顾\n主要预期目标建议为地区生产总值增长8.5%,城镇新增就业2.25万人。",
          "title: 内蒙古自治区2024年政府工作报告\n一、2023年工作回顾\n2024年全区经济社会发展的主要预期目标是地区生产总值增长6%以上。",
          # measures with the plan's year after a review are the plan's (the common shape of a 镇's 总结和计划)
          "title: XX镇2024年工作总结和2025年工作计划\n一、2024年工作回顾\n新建道路5公里。\n二、2025年工作措施\n新建道路8公里。"),
         (REVIEW + "新增就业5763人。",
          # a goal set before, reviewed (去年确定的预期目标是…), and goals met (宜昌市2016年政府工作报告, 78911.com.cn)
          "title: 资阳市2015年政府工作报告\n一、2014年工作回顾\n去年确定的主要预期目标是地区生产总值增长7%,实际增长6.5%。",
          "title: 宜昌市2016年政府工作报告\n一、2015年工作回顾\n全面完成市五届六次人代会议确定的主要预期目标。预计生产总值增长10%。",
          # the list items after a speaker's account of the year gone (浦东新区 2026, 格隆汇/澎湃 2026-01-21)
          "title: 2026年浦东GDP预期增长5%以上\n主要预期目标是:全社会固定资产投资稳中有增。\n区长吴金城作政府工作报告。"
          "吴金城介绍,2025年,浦东经济社会发展稳中有进、进中提质。\n二是新质生产力动能强劲。新增上市企业7家,科创板上市企业累计53家。",
          # in a review, a heading naming the measures (措施, 举措) heads what was done: 黄门镇2021年工作总结 (tsqs.gov.cn);
          # the common shape of a 街道's year summary
          "title: 黄门镇2021年工作总结\n现将2021年重点工作完成情况汇报如下:\n一、突出群防群治,慎终如始筑防线,科学精准落实防疫措施\n"
          "先后组织召开了5次疫情防控专题党委会议。",
          "title: XX街道2024年工作总结\n一、创新工作举措,提升服务水平\n全年办理民生诉求1200件。",
          # an audit report whose page prints its title again atop the body, over two lines (衢州市 2018年度, qz.gov.cn)
          # or after a line of furniture (瑞金市 2020年度 审计查出问题整改情况的报告, ruijin.gov.cn): still a report
          "title: 关于2018年度市级预算执行和其他财政收支的审计工作报告\n关于2018年度市级预算执行\n和其他财政收支的审计工作报告\n"
          "全市审计系统共组织完成审计和审计调查项目108个。",
          "title: 关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n访问量:\n"
          "关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n报告日已整改40项,正在整改10项。")),
    Rule("review-part", "a number in a review of an earlier period (or an earlier five-year plan's) is a result (actual)",
         (REVIEW + "新增就业5763人。", REVIEW + "争取上级资金39.1亿元,减轻企业税费负担16.7亿元。",
          "一、2024年工作回顾\n成功争取国家、省改革试点201个。",
          # 亮点工作 heads the year's highlights in a summary of that year (鲸园街道2023年工作总结, towns7; 九峰街道办事处
          # 2024年工作总结及2025年工作计划, towns5), in the common shape of a highlight
          "title: 鲸园街道2023年工作总结\n一、2023年亮点工作\n推进辖区6个区级重点产业项目投产达效。",
          "title: XX镇“十四五”发展规划\n第一节 “十三五”时期奠定的发展基础\n2020年财政收入8.6亿元。",
          "title: XX镇“十五五”发展规划\n一、“十四五”时期发展成就\n累计完成固定资产投资35.2亿元。",
          # a paragraph opening with the earlier plan's years opens its account, up to the next heading
          # (杭州市“十五五”规划纲要 第一章, zfgb.hangzhou.gov.cn; 广州市“十五五”规划纲要 第一节, www.gz.gov.cn)
          "title: 杭州市国民经济和社会发展第十五个五年规划纲要\n第一章 基本实现社会主义现代化新征程精彩开局\n"
          "“十四五”时期是杭州发展极不寻常、极不平凡的五年。城乡居民收入倍差缩小至1.62。",
          "title: 广州市国民经济和社会发展第十五个五年规划纲要\n第一节 中国式现代化广州实践实现良好开局\n"
          "“十四五”时期全市发展历程极不寻常、极不平凡。\n经济实力迈上新台阶。全员劳动生产率达28万元/人。",
          # its item number first (中共合肥市委关于制定…“十五五”规划的建议, 合肥日报 2026-01-20)
          "title: 中共合肥市委关于制定合肥市国民经济和社会发展第十五个五年规划的建议\n一、奋力谱写中国式现代化合肥篇章\n"
          "1.“十四五”时期合肥发展取得历史性成就。综合实力显著提升,地区生产总值突破一万四千亿元。",
          # and in a year's report after that plan ended, its speaker first: 双峰县十八届人大六次会议关于政府工作报告的
          # 决议 (ldsf.com.cn 2026-01-22), 2026年开州区人民政府工作报告 (cqkz.gov.cn, its heading left out)
          "title: 双峰县第十八届人民代表大会第六次会议关于政府工作报告的决议\n(2026年1月22日通过)\n"
          "会议指出,“十四五”时期是我县现代化进程中极不平凡的五年。全县上下团结奋斗,12项工作获省政府真抓实干表扬激励。",
          "title: 2026年开州区人民政府工作报告\n各位代表:\n“十四五”时期是开州发展史上具有里程碑意义的五年。"
          "地区生产总值、固定资产投资年均分别增长4.8%、9.6%。",
          # the same opening, its years bracketed: 白景明, 改革开放以来一般公共预算支出总额增长轨迹研究 (财政监督 2022年1期)
          "“十一五”时期(2006—2010年)为最高峰,年均增速高达21.4%。",
          "据了解,今年以来,全镇实现工业开票销售38.48亿元。服务业核算行业开票4.25亿元,增幅11.9%。",
          # 年初以来 as 今年以来: 肇州县 项目 news (中国改革报 2024-12-25), 通榆县2025年计划执行情况 (tongyu.gov.cn)
          "年初以来,肇州县争取高标准农田、老旧小区改造等项目17个,项目储备66个。",
          "韩文秀表示,过去一年,“三农”工作取得了显著成绩。\n一是粮食稳产增产。全年粮食产量突破1.4万亿斤。",
          # a speaker who says (说) what an earlier year did: 长沙市2015年政府工作报告 (cndsn.com.cn 2015-01-24),
          # 威海市2017年政府工作报告 (yybnet.net 2017-03)
          "胡衡华说,2014年,全市经济社会持续健康发展。预计完成地区生产总值7810亿元,增长10%。",
          "张惠在报告中说,2016年,全市生产总值3212.2亿元,增长8%。", "会议指出,2024年全市地区生产总值预计增长5.5%左右。",
          # and in a later sentence of the paragraph, after the one saying who gave the report: 竹山县第十九届人大二次会议
          # news (zsrdw.gov.cn 2022-12-27), a report given in December that arranges the next year's work
          "title: 竹山县第十九届人民代表大会第二次会议隆重开幕\n县长王丽媛代表县人民政府向大会作工作报告。王丽媛在报告中指出,"
          "2022年是竹山历史上极具挑战、极不平凡的一年。全年预计实现地区生产总值153亿元,增长13%。\n报告对2023年的工作进行了全面科学的安排部署。",
          # a speaker's 认为 and the span of years the paragraph reviews: 新塍镇 人代会 news (jxxznews.zjol.com.cn 2012-01-13)
          # and in the list items after that paragraph (浦东新区七届人大六次会议 news, 格隆汇/澎湃 2026-01-21), its review
          # in the paragraph after the goals a lead-in gave (每日经济 2026-01-22)
          "title: 2026年浦东GDP预期增长5%以上\n主要预期目标是:地区生产总值增长5%以上。\n区长吴金城作政府工作报告。吴金城介绍,"
          "2025年,浦东经济社会发展稳中有进、进中提质。\n一是经济韧性增长。预计地区生产总值1.88万亿元左右、增速高于全市。",
          "报告认为,2007—2011年是新塍经济社会稳步发展,成绩显著的五年。粮食播种面积扩大至13.5万亩,组建农民专业合作社78家。",
          "会议认为,2019—2023年是全县发展极不平凡的五年。完成固定资产投资120亿元。",
          # news that the report reviews a year: 广州 2018 (hkwb.net 2018-01-11), 青岛 2014 (qd.sohu.com 2014-02-20)
          "报告首先回顾了2017年工作。预计全年地区生产总值2.15万亿元,比上年增长7%以上。",
          "张新起在回顾2013年的工作中指出:全市生产总值实现8006.6亿元,增长10%。",
          "过去的一年,是我镇取得显著成绩的一年。预计全镇实现生产总值74.5亿元,增长14.5%。",
          # a paragraph opening 去年, or 这一年, tells the year gone, 全年 its whole year: 五烈镇 (dtxww.com, 2022-02-11),
          # 东石镇 人代会 news (晋江, 2025-01), 永和镇 人代会 news (mnw.cn, 2026-01-28)
          "去年,五烈镇综合实力大幅跃升,全年新招引、新开工5000万元以上工业项目取得新突破,实施技术改造项目11个,新增规上工业企业4家。",
          "去年,东石镇数智转型走在前列。51个市级重点项目完成投资74亿元。",
          "这一年,永和镇推动项目建设提质增效。10个“抓城建提品质”项目完成年度目标的176.98%。",
          "我们迎难而上,主要做了以下工作:招商引资到位资金3.2亿元。",
          "title: XX县农村人居环境整治提升三年行动方案(2025—2027年)\n一、发展现状\n全县农村卫生厕所普及率达到85%。",
          "title: XX镇乡村振兴实施方案(2024—2026年)\n一、基本情况\n全镇现有耕地面积5.6万亩。",
          # a profile of the place plans nothing (民众镇概况, 中山年鉴2020; 甘沟乡的发展史, cngansu.cn)
          "title: 民众镇概况\n【民众镇概况】\n民众镇是典型的岭南水乡,有外江大堤37.3千米,外江水闸21座,内河99条。",
          "title: 甘沟乡--静宁县甘沟乡的发展史\n发展史\n以苹果为主的果园面积11177.7亩,年产水果2812多吨,生猪饲养量1.61万头。",
          # a title that is the place's name alone heads a yearbook or encyclopedia entry (城关镇, 岳阳市情网;
          # 鸾山镇, gogaja.com 乡镇介绍; 郑家镇(山东省聊城市东昌府区), pediainside.com)
          "title: 城关镇\n镇区面积6.5平方公里。\n2001年,有28115户,6.5万人,其中非农业人口5.5万人,人口出生率12‰,计划生育率100%。",
          "title: 鸾山镇\n鸾山镇地处攸县东部山区。\n全年实现国内生产总值4.33亿元,比上年增长12.6%;完成财政收入694万元;人均纯收入4607元。",
          "title: 郑家镇(山东省聊城市东昌府区)\n农业\n2011年,郑家镇农业总产值6.56亿元。",
          # a paragraph opening with a run-in heading of the place's base: 济沁河乡 政府工作报告 (yzwku.com 1379893);
          # 茶店乡 乡镇年度驻村工作计划, its heading flattened into the line (wenke99.com p-8853170)
          "title: 政府工作报告\n各位代表:\n一、基本情况。济沁河乡位于龙江县西北部。全乡耕地面积244316亩,其中旱田面积236323亩。",
          "title: 乡镇年度驻村工作计划\n各位领导:\n一、茶店乡概况XX县茶店乡位于吱嘎阿鲁湖畔。全乡辖21个村,耕地21587亩。",
          # 工作情况 names the work done (XX镇2025年工作情况汇报, wenmizhiyou.com; 乡镇上半年工作情况总结, gwyoo.com)
          "title: XX镇2025年工作情况汇报\n一、2025年主要工作情况\n建成480亩高标准棉油轮作基地。",
          "title: 乡镇上半年工作情况总结及下半年工作打算\n一、上半年工作情况\n实现外贸出口171万美元。",
          # news of a review of years tells what was achieved: 晋安区建区三十周年新闻发布会 (163.com KENN5K0K05346936),
          # 庆祝新中国成立70周年…新闻发布会 (wanbao.xyxww.com.cn 2019-09-24), “十三五”成就巡礼 (fbh.anhuinews.com 2020-12-09)
          "title: 晋安区建区三十周年新闻发布会(街道专场)\n从“传统产业”向“多业兴街”转变,经济实现跨越发展。\n先后引进海峡银行等大中型总部企业,规模以上企业增长至345家。",
          "title: “不忘初心、牢记使命——庆祝新中国成立70周年”县区系列第四场新闻发布会举行\n9月23日,市政府新闻办县区系列第四场新闻发布会举行。\n2018年,全区生产总值增加到336亿元,年均增长11.7%。",
          "title: 聚焦发展成就 讲述精彩故事——“美好安徽‘十三五’成就巡礼”系列发布会成功召开\n省委宣传部、省政府办公厅联合举办了系列发布会。\n以安徽“十三五”发展改革为内容的微信文章达5417篇,微博话题3094条。",
          # a paragraph opening 今年上半年 tells the year so far: 东兴镇上半年实现产业投资13亿元 (news, 2016-07)
          "今年上半年,东兴镇经济社会发展稳步推进。全镇规模以上工业完成现价产值60.62亿元,同比增长13.2%。",
          # reports of how a year or part of it went: 审计结果公告 (甘肃省2015年度, silkroad.news.cn 4768), 经济运行情况
          # (平利县 前三季度, pingli.gov.cn 2764092; 沅陵县 三季度, 71584.cn yuanling 375661bd; titles in the 统计分析
          # columns' common shape), a 督查 report of a plan's 落实情况 (金寨县, ahjinzhai.gov.cn 38062166)
          "title: 甘肃省2015年度省级预算执行和其他财政收支审计结果公告\n一是经济发展稳中向好。\n"
          "省级一般公共预算收入和支出分别增长12.8%、17.8%,固定资产投资增长11.2%。",
          "title: 平利县2024年前三季度经济运行情况\n一、农业生产形势良好\n蔬菜及食用菌产量增长4.5%;茶叶产量增长15.5%。",
          "title: 2020年三季度全县经济运行情况\n(二)农业生产形势平稳\n全县生猪出栏17.93万头,同比增长4.9%。",
          # an official's 述职报告 (2024年镇长述职报告, laobiganer.com 150118; 镇政府镇长个人述职报告, m.1566.cn 2024-11-09)
          "title: 2024年镇长述职报告\n我作为镇长,确保我镇全年经济社会发展目标如期高质量完成。\n163名有劳动能力的脱贫户实现了有效就业。",
          "title: 镇政府镇长个人述职报告\n现将三年来各方面情况报告如下。\n镇内较大自然村道路硬化率超过85%,交通面貌焕然一新。",
          # a 述职述责述廉报告 in its common shape; a deputy's 履职情况报告, with the figures deputies report (溱东镇 人大代表
          # 向选民述职, dtpc.gov.cn 2754, 2025-12; 青得里镇 代表述职会, xjbl.gov.cn 107575, 2025-11)
          "title: 2025年度述职述责述廉报告\n一年来,我团结带领班子成员扎实工作。\n全镇新建高标准农田3200亩,粮食总产量达2.8万吨。",
          "title: 人大代表履职情况报告\n现向选民报告履职情况。\n推动村内垃圾分类覆盖率从65%提升至90%。",
          "title: 镇人大代表2025年度履职报告\n一、联系选民\n提交的建议23条均获相关部门回应,其中18条已进入落实阶段。",
          "title: 关于2025年《政府工作报告》主要目标任务上半年落实情况的督查报告\n一、总体情况\n"
          "经督查核实,欠进度的有17个,占总任务的7.7%;超进度的有10个,占总任务的4.5%。",
          # a news headline that states how the economy went: 同比 compares with last year's same time (雅安日报
          # 2024-10-26, epaper.beiww.com yarb 1849858585809321984; 衡阳日报 2019-08-16 衡南县 deck, hunan.voc.com.cn
          # 20190816113656942); 经济运行稳中向好/有升, 经济实现稳中提质 (same 衡南县 title; hefei.baogaosu.com 22899747;
          # 岱山 dsnews.zjol.com.cn 2025-08-01 035018506)
          "title: 实现地区生产总值744.94亿元,同比增长6.3%\n本报记者 杨宇龙\n工业运行平稳向好,第二产业增加值222.80亿元,增长6.2%。",
          "title: 完成地方一般公共预算收入6.01亿元,同比增长8.85%;规上工业增加值同比增长9.8%\n衡阳日报讯\n"
          "上半年,全县完成农林牧渔业总产值42.65亿元,增长2.7%。种植水稻68万亩、旱粮14万亩。",
          "title: 衡南县:上半年经济运行稳中向好\n衡阳日报讯\n全县上半年规模工业总产值43.62亿元,同比增长12.6%。",
          "title: 转型升级显成效 经济运行稳中有升\n工业经济较快增长\n我县新入库项目147个,新增37户规上工业企业。",
          "title: 上半年 我县经济实现稳中提质\n工业经济承压前行。\n全县实现规上工业总产值1564.97亿元,同比增长5.4%。",
          # a work report on the half year gone (塔城乡2022年上半年政府工作报告, 南昌县 ncx site 202209;
          # 2022年上半年政府工作报告(镇乡), cailiaogo.com 20632), whatever a plan word in its first lines says
          "title: 塔城乡2022年上半年政府工作报告\n一、夯实产业基础\n完成固定资产投资8.02亿元,完成全年目标任务的145.8%。",
          "title: 2022年上半年政府工作报告(镇乡)\n半年来,我们聚焦经济发展,全面提质增效。\n完成社会固定资产投资12000万元。"),
         ("新增就业5763人。",
          "title: 塔城乡2022年上半年政府工作报告\n二、下半年工作计划\n力争全年完成固定资产投资10亿元。",
          "胡衡华说,2025年,全市地区生产总值增长6%左右。",
          "title: 竹山县第十九届人民代表大会第二次会议隆重开幕\n县长王丽媛代表县人民政府向大会作工作报告。王丽媛在报告中指出,"
          "2023年,全县力争地区生产总值增长10%。\n报告对2023年的工作进行了全面科学的安排部署。",
          "在回顾2024年工作的基础上,今年力争新增就业1200人。",
          # a headline that sets an aim is no report: 力争…同比增长, 稳中求进 (a motto)
          "title: 我县力争全年地区生产总值同比增长6%\n本报讯\n新建高标准农田3000亩。",
          "title: 坚持稳中求进 推动经济持续向好\n本报讯\n全年新增规上工业企业10家。",
          # what comes next in an audit report, and a budget report whose title names 执行情况, still plan
          "title: 关于2022年度区本级预算执行和其他财政收支的审计工作报告\n五、下一步工作\n力争审计整改率达到95%以上。",
          "title: 关于2024年预算执行情况和2025年预算草案的报告\n二、2025年预算草案\n一般公共预算收入增长5%。",
          "一、2024年工作回顾\n下半年力争新增就业500人。", "今年上半年,力争开复工率达到90%。",
          # 亮点 in a plan's own heading is a task (打造特色亮点), not the year's highlights
          "title: XX镇2024年工作计划\n一、总体目标\n全镇实现地区生产总值12亿元。\n二、打造特色亮点\n新建美丽庭院示范户50户。",
          "title: XX镇“十五五”发展规划\n二、“十五五”时期发展目标\n财政收入达到12亿元。",
          # a paragraph opening with the plan's own years sets goals (广州市“十五五”规划纲要, its 第二节 restated)
          "title: 广州市国民经济和社会发展第十五个五年规划纲要\n第二节 发展目标\n“十五五”时期,全市地区生产总值年均增长5.0%左右。",
          # in the plan of the five-year plan's own last year, a paragraph opening with it plans (the common shape)
          "title: XX县2025年政府工作报告\n二、2025年工作安排\n“十四五”期间,全县累计新增城镇就业力争达到1.2万人。",
          "据了解,全镇将新增规上企业5家。",
          "过去一年,全镇工作取得了显著成绩。\n今年重点抓好以下工作。\n一是新建农村公路5公里。",
          "title: XX县农村人居环境整治提升三年行动方案(2025—2027年)\n一、现状与目标\n到2027年,农村卫生厕所普及率达到95%。",
          "title: XX镇2024年工作情况及2025年工作打算\n二、2025年工作打算\n新建高标准农田3000亩。",
          "title: XX镇概况\n二、2025年工作计划\n新建高标准农田3000亩。",
          "title: 城关镇工作要点\n二、主要任务\n新建高标准农田3000亩。",
          "title: XX镇2025年工作计划\n二、重点项目\n一、项目概况。新建农村公路5公里,改造危桥3座。",
          "title: 建区三十周年庆祝活动实施方案\n二、主要任务\n举办主题展览5场。",
          "title: XX街道2025年民生实事项目概况\n7、建设2个骑行驿站\n在殷行路以北增设2个骑行驿站。",
          # a year in a bracketed note on an item line is the item's (carried over from 2024), no part of that year:
          # 东北塘街道2025年民生实事项目进展 (jsxishan.gov.cn); the common shape of a 镇's project list
          "title: 东北塘街道2025年民生实事项目进展\n☑东蕾苑二期新建工程(2024年度续建项目)\n☑新增便民停车泊位50个",
          "title: XX镇2025年重点项目计划\n三、城北安置小区建设(2023年续建)\n新建安置房300套。")),
    Rule("forward-in-review", "力争, 计划, 明年, 下半年 before a number in a review make it a target",
         ("一、2024年上半年工作总结\n下半年力争新增就业500人。", REVIEW + "明年计划新建5G基站300个。",
          "一、2024年上半年工作总结\n下半年计划完成投资5亿元,新建道路10公里。",  # 完成 in the plan's own clause
          "一、2023年上半年工作总结\n今年我镇计划完成农村道路白改黑3条,新建联村公路1条,完成道路大中修1条。",  # a seed
          "title: 晋安区建区三十周年新闻发布会(街道专场)\n从“传统产业”向“多业兴街”转变,经济实现跨越发展。\n下一步,街道将力争新增经营主体500家。",
          REVIEW + "拟定于9月举办业务培训班2期。"),  # 拟定于: set for a date, a plan still
         (REVIEW + "争取上级资金39.1亿元。",
          # 大力争取/全力争取 is 大力/全力 + 争取 (obtained), no 力争: 十堰市2021年政府工作报告, its review (lawtext/gov);
          # the common shape of a review's funds won
          REVIEW + "大力争取北京援助,争取抗疫物资62批次、资金4300多万元。", REVIEW + "全力争取中央和省级资金45.6亿元。",
          "一、2024年工作回顾\n实施衡水学子回归计划,高校毕业生来衡就业人数增长8.7%。",
          # a plan named, then a clause of what was done: 棉竹镇2023年政府工作报告 (乐山市市中区, lsszq.gov.cn)
          REVIEW + "全面完成市本级2023年拟出让7号、8号地块征拆工作,共完成交地339亩,拆迁倒房78户4.1万平方米。",
          # 虚拟 (virtual) is no 拟 (plan to): 潍坊市2025年政府工作报告, its review (lawtext/gov)
          REVIEW + "新和成蛋氨酸、歌尔电子高端虚拟现实整机等320个项目建成投产,新增产值500亿元以上。",
          # 在建、拟建 is a state of the projects counted, no plan: 惠州市2024年政府工作报告, its review (lawtext/gov)
          REVIEW + "惠东白花独立储能等在建、拟建项目128宗、总投资超475亿元,新型储能产业加快迈向全国第一方阵。",
          # 引才计划 is a talent programme's name, no plan: 嘉兴市2021年政府工作报告, its review (lawtext/gov)
          REVIEW + "省级引才计划建议入选数列全省第一,集聚了40多位院士领衔的一批顶尖科研团队。",
          # the common shape of a city's review of its talent programmes (襄阳 2023: 国省级重大人才计划入选者)
          REVIEW + "国家级人才计划入选者新增12人。",
          # 计划投资总额/计划总投资 names the size of projects begun, no plan: 中山市2023年政府工作报告's review;
          # in a plan the same noun stays a plan's (云浮市2023: 谋划推进105个、计划总投资1055.54亿元的…项目)
          REVIEW + "157个增资扩产项目动工建设,计划投资总额252亿元。",
          # 科技计划 is a science programme, a noun: 襄阳市2023年政府工作报告 and 鄂尔多斯市2022年政府工作报告, their reviews
          # (lawtext/gov); in a plan its projects stay targets (兰州 2025: 组织科技计划项目200项以上)
          REVIEW + "争取省级以上科技计划项目75项,完成技术合同登记额300亿元。", REVIEW + "实施科技计划项目195项。",
          # 信托计划 is a trust scheme, a product: 漳州市2024年政府工作报告's review (lawtext/gov), and the common shape of a
          # report of funds raised through one
          REVIEW + "创新“债转股”“信托计划持股”等模式,一盘一策推进21个保交楼项目处置。",
          REVIEW + "通过集合资金信托计划募集资金5亿元。",
          # 计划生育 (family planning) plans nothing: 城关镇 (岳阳市情网, 2001); 计划生育率 99.33% (a county's
          # population statistics, 'name':'计划生育率','data':'99.33')
          REVIEW + "人口出生率12‰,计划生育率100%。", REVIEW + "晚婚率93.69%,计划生育率99.33%。",
          # a programme's subsidy (雨露计划补助) is paid, not planned: 2024年木棠镇人民政府工作报告 (danzhou.gov.cn);
          # a 乡村振兴 help page's answer on 雨露计划补助 (每生每年3000元)
          REVIEW + "发放特惠性学生生活补助及雨露计划补助411.59万元,惠及3304人次;完成17户困难群众危房改造任务。",
          REVIEW + "雨露计划补助每生每年3000元,分春秋两季发放。",
          # 科技计划 names a science programme, no plan: 鄂尔多斯市 2022 and 襄阳市 2023 政府工作报告, their reviews (lawtext/gov)
          REVIEW + "出台科技新政30条,发布重点攻关项目6个,实施科技计划项目195项。",
          REVIEW + "争取省级以上科技计划项目75项,完成技术合同登记额300亿元。",
          # a land-use quota (土地计划指标, 用地计划指标) is a noun, no plan: 上高县2024年政府工作报告's review; the
          # common shape of a county's land report
          REVIEW + "首次荣获国务院督查激励,获得土地计划指标奖励1000亩。", REVIEW + "争取新增建设用地计划指标1200亩。",
          # 超计划 (beyond the plan) tells a result past its plan: 通城县2023年计划执行情况与2024年计划草案的报告
          # (zgtc.gov.cn); the common shape of a year's 造林 or 生猪 line in a county's 计划执行情况
          REVIEW + "全年粮食种植面积45.43万亩,超计划0.65万亩,产量达到17.2万吨,同比增长1.41%。",
          REVIEW + "完成人工造林1.2万亩,超计划完成;生猪出栏61万头,同比增长9%。",
          # 计划 joined to another noun by 和 names a programme, no plan to do: 遵义市2021年政府工作报告's 十三五 review
          # (lawtext/gov); the same shape in 无锡市2024年政府工作报告 (升级提质太湖人才计划和太湖人才峰会)
          REVIEW + "县城倍增计划和特色小城镇建设扎实推进,常住人口城镇化率达57%。",
          REVIEW + "升级提质太湖人才计划和太湖人才峰会,引进创新创业人才(团队)215个。",
          # 拟定/拟订 a plan drew it up, what was done: 县教育局2025年上半年工作总结及下半年工作计划 (gongwk.com 552345);
          # 资源卫星中心's parade news (…提前进行了周密部署,并拟定了应急预案) in the shape of a bureau's summary
          "一、上半年工作总结\n拟定党支部书记、党务工作者分批次专题培训计划,推荐舟山示范性党组织“双带头人”党组织书记3名。",
          REVIEW + "提前进行了周密部署,拟订应急预案5个,组织演练12次。",
          # 年初计划 is the plan set at the year's start, reported met: 新场镇2023年政府工作报告 (pudong.gov.cn); the
          # common shape of a 镇's review of its projects
          REVIEW + "合计12.29亿元,年初计划9亿元目标提前超额完成;一般公共预算收入2.70亿元,增长31.1%。",
          REVIEW + "年初计划实施项目20个,已完成18个,完成投资3.2亿元。")),
    # a goal of the five-year plan that opens with the plan year, said in a review part (a news digest read as one):
    # 广东省2026年政府工作报告 as 证券时报/点石 (2026-01-26) and 21世纪经济报道 (2026-01-27) retell it
    Rule("five-year-goal", "a goal of the coming five-year plan (“十五五”时期的主要目标是…, 今后五年…目标) named in a review",
         ("title: 广东省政府工作报告(2026年1月26日 孟凡利)\n报告系统回顾了“十四五”收官之年全省经济社会发展的扎实成效。\n迈入“十五五”开局之年,广东为2026年设定了预期目标。展望未来五年,“十五五”时期的主要目标是实现地区生产总值年均增长5%左右,并在科技自立自强等领域取得显著成效。",
          'title: 广东省政府工作报告(2026年1月26日 孟凡利)\n报告系统回顾了“十四五”收官之年全省经济社会发展的扎实成效。\n迈入“十五五”开局之年,广东为2026年设定了预期目标。报告指出,"十五五"时期的主要目标和重点任务包括,地区生产总值年均增长5%左右,高质量发展取得显著成效。'),
         # the five years just ended report results; 谋划“十五五”项目 counts what was prepared
         ("title: 山东省2026年政府工作报告要点\n“十四五”期间全省地区生产总值年均增长5.9%,高于全国0.5个百分点。",
          "一、2025年工作回顾\n谋划储备“十五五”时期重大项目1200个。")),
    Rule("plan-quoted", "in a review, a plan quoted at the head of a sentence (“十四五”规划纲要提出,…) says its target, not a result",
         # 新华视点: 哪些“十四五”指标已提前完成? (politics.gmw.cn 2025-03-06); the common shape of news of the 纲要's
         # indicators (《纲要》提出,到2025年,…), as 农业农村部 news quotes its 机械化发展规划 (sizeclass_13)
         (REVIEW + "“十四五”规划纲要提出,“十四五”时期,多层次社会保障体系更加健全,基本养老保险参保率提高到95%。",
          REVIEW + "《纲要》提出,到2025年,全国农机总动力稳定在11亿千瓦左右,水稻种植机械化率达到65%。"),
         # what is done since; the plan's indicators named (纲要提出的20项主要指标中: 新华社 on the 中期评估报告)
         (REVIEW + "基本养老保险参保率已提前达到95%,我国已建成世界上规模最大的社会保障体系。",
          REVIEW + "纲要提出的20项主要指标中,常住人口城镇化率达到66.2%。",
          REVIEW + "“十四五”规划纲要提出的目标中,基本养老保险参保率已达到95%。")),
    Rule("past-in-plan", "已(+verb) (or 5栋大楼已…), 去年, 增长了, 初步统计/测算, 1—5月, …以来, an opening 一季度/5月23日,/据统计/数据显示/近日 make a number a result",
         ("去年新增就业1000人,今年力争新增1200人。", "已建成3个,今年再创建2个。", "1-5月完成投资8亿元。",
          "全镇生产总值、财政总收入分别增长了54.5%、50.8%。", "五年间引进了项目78个,今年力争引进20个。",
          "一季度,全市地区生产总值增长5.2%。", "重点抓好三件事。今年上半年,全区完成固定资产投资35亿元。",
          "“十四五”以来,累计建成高标准农田50万亩。", "党的十八大以来,累计脱贫12万人。",
          "截至11月底,全市累计完成固定资产投资85亿元。",
          "目前80个试点地区,共建设便民生活圈超1400个。", "截至今年7月底,210个试点地区建成6255个便民生活圈。",
          # 现在/目前 opening a later clause on the whole place: its stock now (交楼申乡 春耕 news 2022; 小沙江镇 2024)
          "一是新建高标准农田2800余亩,现在全乡高标准农田达到7200余亩。", "推进“三长制”工作,目前全镇片长60人。",
          # an amount inside 在已…的基础上 is the base done, what follows it the plan: 嘉兴市 2020 政府工作报告 (lawtext/gov),
          # and the common shape of 在已建成…基础上 in plans
          "今年在已经为企业减负120亿元的基础上,再新增减负200亿元以上。", "在已建成3个示范村的基础上,新建示范村5个。",
          # 已 before any verb tells it done: 泰达街道 2024年中期工作推动会 (m.163.com J676CS2S05346GQK); 2025年木棠镇
          # 人民政府工作报告 (ysol.com 918C0E5B583F669F); 乡镇2022年第一季度工作总结 (laobiganer.com 28683)
          "深入推动电动自行车安全隐患治理,161个小区,已安装电动自行车充电点位小区97个。",
          "推进洋浦疏港高速公路(木棠段)征地,已签协议2090.29亩。", "镇锁定村级债务总额4300万元,已化解1352万元。",
          # 初步统计/初步核算, opening a report of statistics: 雅安日报 2024-10-26 (epaper.beiww.com yarb);
          # 内蒙古 上半年 (neimeng.chinagdp.org jjfz 201807/488); 缙云 上半年 (news.25948.com 2023/0727/61418)
          "初步统计,前三季度蔬菜产量增长4.5%,中草药材产量增长4.3%。",
          "初步核算,上半年,全区实现生产总值7776.7亿元,按可比价格计算,同比增长4.9%。",
          # 初步测算, and its 全年: the year whose statistics closed (天长 2016 政府工作报告; a county's 2024 统计公报)
          "初步测算,全市地区生产总值年均增长13.1%。", "初步核算,全年全县生产总值316.80亿元,增长6.2%。",
          # the day of an event, or 据统计, opening a news item's sentence: 松滋市 towns' signings (55pays.com
          # zxz2022-06-13); 中牟县郑庵镇 百人大行动 (city.dahe.cn 2021/04-01)
          "5月23日,乐乡街道集中签约3个招商引资项目,协议投资额达2亿元。",
          "6月5日,街河市镇成功签约3个招商引资项目,协议投资额达3.1亿元。",
          "据统计,此次集中行动,共出动铲车4辆,清理生活垃圾800立方米,完成土地复耕50亩。",
          # 数据显示 opening it, as 据统计 does: 国家卫计委 中国人口日 发布会 (2015-06-11); a city's 1—8月 economy
          # news (pygbw.com 2021-10-11)
          "数据显示,全国孕产妇死亡率下降到21.7/10万,婴儿死亡率和5岁以下儿童死亡率下降到8.9‰和11.7‰。",
          "数据显示,全市规模以上工业增加值增长12.9%,增速比全省高4.3个百分点。",
          # a news item's 近日, or the days of a campaign under way: 茅塘村 六乱整治 (hqofficial.com jrxn 1907435);
          # 锦和镇 环境秩序集中整治 (tiantangliao.cn/p/2929933); 何市镇 攻坚行动 (zg.newssc.org 2018-03-25)
          "近日,我镇组织30多名镇村干部开展“六乱”整治专项行动,共拆除违建铁棚25起;清除环境死角盲点10多处。",
          "整治期间,共张贴并签订“门前三包”责任牌及协议书599份;清理占道经营、流动摊点134处。",
          "行动中规范冒店经营100余处,清除占道石墩、乱堆乱砌40余处。",
          # 签约了/签订了 report a signing: 澄江镇 项目签约 (news.cn-jianke.com shudoo 67687); 简池镇 叩门招商 (bjjsnet.com
          # 2023/0918/167912)
          "活动成功签约了4个优质项目,涉及多个行业,总投资额高达4500万元。",
          "与麦增门电子科技有限公司签订了5180万元的框架协议,推动镇域电子生产规模化。",
          # 已 right after the thing counted: 中卫十中 (宁夏日报 2024-03-15), 君山片区2024年工作总结 (realpages3)
          "在中卫十中项目建设现场,5栋大楼已拔地而起。", "大力推进城乡供水一体化巩固提升项目建设,其中11个村已通水。",
          # the state as of now, the year naming whose figure: 肇州县 项目 news (中国改革报 2024-12-25)
          "截至目前,黑龙江省肇州县2025年项目开复工率达97.5%。",
          # the next clause says the work is done: 东北塘街道2025年民生实事项目进展 (towns6), and the common shape of a
          # list of projects with their progress
          "对承塘路、东政路、春塘路和东亭北路的478盏路灯进行刷漆出新,该项目已于3月完成。",
          "改造提升农贸市场2个,该工程已于6月底竣工。",
          # the state of the things counted closes their clause: 宁夏 项目 news (人民网宁夏 2025-02-11), and the common
          # shape of a news item on works over the holidays
          "银川市七子连湖示范片区水环境提升等70个项目冬季不停工,不到半年时间首根单晶硅棒顺利下线。",
          "全县35个重点项目春节期间不停工。",
          # a completion said without an aim: 通川区 人代会 news (川观新闻 2025-02-24), 同安区 (台海网 2025-12-25)
          "加快推进中心城区危旧房改造,邓家巷、箕星巷等10个危旧房改造项目顺利完成,城中村改造全面启动实施。",
          "同安区民生保障坚实有力,42项为民办实事项目顺利办结,新增城镇就业2.4万人。"),
         ("今年新增就业1200人。", "新建道路5公里,该项目已开工建设。", "确保50个重点项目冬季不停工。",
          "确保10个危旧房改造项目顺利完成。",
          "今年30个项目春节期间不停工。", "新建道路5公里,项目已完成前期工作。", "新建村级服务站5个,已建成的站点全部提质。", "上半年力争开复工率达到90%。", "当前和今后一个时期,新建农村公路12公里。", "会议强调,2025年全市地区生产总值增长6%左右。",
          "农民人均可支配收入从2023年的2.8万元提高到3万元。", "为了完成全年目标,新建农村公路12公里。",
          "持续巩固2024年示范村建设成果,培育2个省级中心村。", "在2024年试点基础上,再创建3个示范村。",
          # an earlier year in a note on the figure's scope (扣除…外) reports nothing: 漾濞县2023年政府工作报告
          # (edutainingadventures.com/bxn/5107_4.html), its 主要预期目标
          "一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上;规模以上工业增加值增长15%以上。",
          # the base of a multiple (达2020年的1.4倍) reports nothing: 开州区2026年政府工作报告 (cqkz.gov.cn)
          "居民人均可支配收入达2020年的1.4倍。",
          # 在已…基础上 names the base a plan builds on, like 在2024年试点基础上
          "在已建成示范村的基础上,新建示范村5个。",
          # 已 right after a verb of work names what it works on: 郑州市、亳州市、南宁市 政府工作报告 (2025, 2021, 2025)
          "坚持政策为本、项目为王,抓好已谋划3320个项目建设,固定资产投资完成5300亿元。",
          "定期开展已签约项目“回头看”,持续跟进项目投资转化,新落地亿元以上工业项目100个。",
          "加快已开工的8个城中村改造项目建设,申报实施第二批城中村改造项目。",
          # and after 确保: the ones begun, to finish this year (肇庆市2022年政府工作报告, lawtext/gov)
          "新建公办中小学校10所,确保已动工的30所公办中小学校项目全部建成,创建优质特色学校50所。",
          # 初步核算 named as work to do is no report
          "做好地区生产总值初步核算工作,新建统计监测点5个。",
          # a day that is a deadline, and a goal set at a meeting that day
          "6月30日前完成农村公路改造12公里。", "3月14日,镇长介绍,年内力争培育高新技术企业3家。",
          # a project's progress after 目前 (东北塘街道 2025 民生实事)
          "该项目于2023年6月开工,目前主体完成约70%。",
          # a plan issued 近日 and the aims it sets: “十四五”全国农业机械化发展规划 as news retells it
          "近日,农业农村部印发《“十四五”全国农业机械化发展规划》,提出全国农机总动力稳定在11亿千瓦左右。",
          "近日,镇政府召开会议,要求年内完成农村公路改造12公里。")),
    Rule("handed-down", "an amount a higher office hands down to us (财政厅下达我街道…万元) is received, a fact, not a target",
         # 石岐街道2022年财政预算调整方案 (草案); 大武口区2024年预算调整方案: the allotment the adjustment starts from
         ("省财政厅下达我街道新增债券额度3528万元,全部为地方政府专项债券。",
          "近日,自治区财政厅下达我区2024年第二批新增政府一般债券资金6,000万元,需纳入一般公共预算。"),
         ("争取上级下达我镇项目资金500万元。", "力争省财政厅下达我区新增债券额度2亿元。",
          "确保完成市下达的招商引资任务10亿元。", "市政府下达我镇招商引资任务5亿元。",
          "省财政厅下达我街道新增债券额度后,拟安排老旧小区改造项目5个。")),
    Rule("breakdown-of-result", "a sentence parting the result before it (按行业分, 分产业看, 从构成看, 其中:) gives results too",
         # 截止9月底 investment news of a 旗 (oit365.com zwgktjsj 2017-10-13); 临潭县 1—8月 (甘南日报 2012-10-18);
         # 博乐市 1-9月 固定资产投资运行 (xjbl.gov.cn 46236)
         ("截止9月底,完成投资75.33亿元,同比增长2.1%。按行业分,工业项目50项,完成投资26.77亿元,同比下降22.2%。",
          "1—8月份固定资产投资累计完成11.68亿元。从构成看:建筑工程投资52043万元,安装工程投资28768万元。",
          "1-9月,工业投资2.35亿元,同比增长33%。其中:制造业投资1.15亿元。"),
         ("全年完成固定资产投资80亿元。按行业分,工业投资30亿元。",
          "1-5月完成投资8亿元,今年力争完成投资20亿元。其中工业投资8亿元。",
          "一、2024年工作回顾\n全年完成投资50亿元。\n二、2025年工作安排\n其中:工业投资20亿元。")),
    Rule("same-period-result", "no heading: after a result, a sentence with no aim, 同比 or in a paragraph of a year gone: a result"
         " of that year",
         # 临潭县 1—8月 investment news (甘南日报 2012-10-18); 贵南县 督导检查 news (guinan.gov.cn 14582588)
         ("title: 临潭县固定资产投资保持稳步增长\n本报临潭讯 今年,临潭县着力落实重点项目建设。\n"
          "1—8月份固定资产投资累计完成11.68亿元,同比增长48.25%。施工项目个数为65个,同比增长27.45%。",
          "title: 加强督导检查 提升项目水平\n近期,县政府督导检查开复工情况。\n"
          "已开复工的项目26项,开复工率为72.2%。第一季度完成固定资产投资3572万元,同比增长26.7%。",
          # 通川区 人代会 news (川观新闻 2025-02-24): the paragraph's last year goes on (so do 海南 2024 report news, 2023年…。
          # 12家离岛免税店销售额580.9亿元, and 卫健委 十三五 news, 从2015年到2019年底…。孕产妇死亡率…降至…)
          "title: 通川区第十二届人民代表大会第五次会议召开\n2月24日,通川区第十二届人民代表大会第五次会议召开。\n"
          "城乡融合发展呈现新气象。去年通川区完成了44个重大基建项目。生态环境持续优化,空气质量优良率达91.3%,莲花湖入选全省美丽河湖。"),
         ("title: 临潭县固定资产投资保持稳步增长\n本报临潭讯\n1—8月份固定资产投资累计完成11.68亿元。全年力争完成投资15亿元,同比增长10%。",
          "title: 临潭县固定资产投资保持稳步增长\n本报临潭讯\n全年完成投资15亿元。施工项目个数为65个,同比增长27.45%。",
          "去年完成投资8亿元。地区生产总值达到10000万元,同比增长5%。",
          # a paragraph that tells of no year gone, or a sentence with an aim, goes on planning (石嘴山 2025 project news)
          "title: 通川区第十二届人民代表大会第五次会议召开\n2月24日,会议召开。\n去年完成投资8亿元。今年力争完成投资10亿元。",
          "title: 项目建设现场\n2月24日,记者走进现场。\n石嘴山市已谋划储备项目547个。确定254个实施类重大项目,年度计划投资251亿元。")),
    Rule("goal-framed", "a number inside a frame closing on its goal (围绕…9个,…7个任务目标) is an aim, even in a report",
         # 三仓镇 signing news (xhby.net s66028036e4b06c459c611b90); 兴东镇创建文明城市工作情况汇报 (xiegongwen.com 24277)
         ("title: 三仓镇重大项目集中签约\n本报讯\n今年以来,该镇围绕全年新招引亿元以上项目9个,新开工亿元项目7个任务目标,精心组织项目引建攻坚年活动。",
          "title: 兴东镇创建文明城市工作情况汇报\n围绕21个整洁村、5个集聚提升村、5个美丽宜居村建设任务,整合创建资源,着力补齐短板。"),
         (REVIEW + "围绕3个重点领域,新建项目5个。", REVIEW + "围绕重点领域,新建项目5个,完成年度目标任务。",
          REVIEW + "新建项目5个,完成年度目标任务。", "围绕122项存量和增量政策,梳理制定政策清单、任务清单、责任清单。",
          # a plan's review of the year before restates that year's goal: no aim of the plan (past-target's)
          REVIEW + "紧扣地区生产总值增长8%的目标,全力稳增长。")),
    Rule("closing-year-forecast", "预计 before a number with the plan year's aim after it is last year's estimate",
         ("预计全年地区生产总值增长5.5%,今年力争增长6%。", "全年预计完成固定资产投资120亿元,明年计划增长8%。"),
         ("财政总收入预计1亿元。", "一般公共预算收入预计增长6%,力争完成全年目标。")),
    Rule("budget-note", "a budget note (部门预算说明) gives facts of the budget, not targets",
         ("title: 2025年部门预算公开说明\n一、部门基本情况\n本部门共有预算单位12个,在职人员45人,基本支出占总支出的35%。",),
         ("title: 2025年政府工作报告\n二、2025年工作安排\n一般公共预算收入增长5%。",
          "title: 县文广局2024年部门决算说明\n一般公共预算财政拨款支出1200万元,增长5%。")),
    # 2024年东阳市/平昌县国民经济和社会发展统计公报 (tjgb.hongheiku.com 61725, 59507); 落水镇, 合水镇,
    # 太平镇 2024年政府信息公开工作年度报告 (xw.gov.cn 73519, heping.gov.cn 638777, zoucheng.gov.cn)
    Rule("results-record", "a record of results (统计公报, 决算, 信息公开年度报告, 建议办理情况) holds no targets: every number is a result",
         ("title: 2024年东阳市国民经济和社会发展统计公报\n一、综 合\n全年新增城镇就业12776人,其中4578名失业人员实现再就业。",
          "title: 2024年平昌县国民经济和社会发展统计公报\n一、综 合\n全年居民消费价格(CPI)比上年上涨0.1%。",
          "title: 2024年合水镇人民政府信息公开工作年度报告\n一、总体情况\n其中,规章文件4条,规范计划5条,其他文件4条。",
          "title: 邹城市太平镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n通过网站主动公开政府信息共48条,其中工作动态35条。",
          # titled by its short name, 年报 (昌宁县田园镇 2025, yncn.gov.cn 9287420, its column 政府信息公开年报; 熊口管理区
          # 2025, hbqj.gov.cn t20260122_5861109, "本年报由…组成")
          "title: 昌宁县田园镇2025年政府信息公开年报\n一、总体情况\n领导信箱办理4件,办结率100%。",
          "title: 熊口管理区2025年政府信息公开年报\n一、总体情况\n我区2025年度利用本单位门户网站主动公开政府信息188条。",
          # 肃南县 (gssn.gov.cn 1154658) and 巴中市 reports on deputies' suggestions handled
          "title: 关于自治县十九届人大二次会议期间代表意见建议办理情况的报告\n一、办理情况\n正在落实或列入计划落实的“B”类建议7件,占8.75%。",
          "title: 市三届人大七次会议代表建议均按规定期限办理完毕\n部分解决或列入计划逐步解决的有33件,占总数的43%。",
          # 决算: 洪湖镇 2024年度决算公开说明 (cqcs.gov.cn 15077555), 重庆市永川区2024年决算报告 (cqyc.gov.cn 14871755)
          "title: 重庆市长寿区洪湖镇人民政府2024年度决算公开说明\n(一)收入支出决算总体情况说明。\n2024年度收入总计3534.19万元,支出总计3534.19万元。",
          "title: 重庆市永川区2024年决算报告\n一、全区收支决算情况\n2024年,全区一般公共预算收入53.24亿元,增长6.3%。",
          # a yearbook: 振文镇 地方志资料年报 titled 2016年年鉴 (gdwc.gov.cn 874746); 《中山年鉴•2020》 (zsdag.cn 10085)
          "title: 2016年年鉴\n一、概况资料\n2016年完成工业产值11.9亿元,比上年同期增长51.91%。",
          "title: 中山年鉴2020 民众镇\n【民众镇经济发展】\n2019年,民众镇农林牧渔业总产值12亿元,比上年增长12.75%。",
          # news of a meeting handing out or vetting proposals counts them (seebrin.com 2622578 交办会议; 常德市住建局
          # 交办会, zfjsw.changde.gov.cn 400434; 市政协提案委员会会议, ngzx.gov.cn 1866)
          "title: 2024年度县人大代表建议、政协委员提案交办会议召开\n县政协十一届四次会议期间及会后共收到委员提案90件,经审查予以立案60件。",
          "title: 市住建局召开2017年度建议、提案交办会\n今年市人大、政协七届一次会议期间,我局承办的建议、提案总共112件。",
          "title: 市政协十届二次会议举行提案委员会会议\n截至12月20日17时,共收到提案179件。经初步审查,立案150件。",
          # a performance self-evaluation of a finished year (红河州数据发展中心, hh.gov.cn 1179592; 棠溪镇
          # 项目支出绩效自评表, anthempetcare.com 502364): even its 年度目标 column is that year's record
          "title: 红河州数据发展中心2024年度项目支出绩效单位自评报告\n一、基本情况\n年初批复预算8个项目985万元,调整预算后项目预算861.46万元。",
          "title: 项目支出绩效自评表(2022年度)\n年度总体目标\n本项目共申请预算资金90万元。"),
         ("title: 2024年合水镇人民政府工作报告\n二、2024年工作安排\n新建农村公路5公里。",
          "title: 2025年统计工作要点\n二、主要任务\n开展统计执法检查3次。",
          "title: 关于做好2025年人大代表建议办理工作的通知\n二、工作要求\n确保办复率达到100%。",
          "title: 2025年年鉴编纂工作要点\n二、主要任务\n完成年鉴条目编写300条。",
          "title: 关于做好2025年度企业年报公示工作的通知\n二、工作目标\n企业年报公示率达到90%。",
          "title: 2025年政协提案工作要点\n二、主要任务\n组织重点提案督办视察5次。",
          "title: 关于开展2024年度项目支出绩效自评工作的通知\n二、工作要求\n自评覆盖率达到100%。",
          # a report on last year's 决算 and this year's 预算草案 plans its draft (the common 人代会 budget report)
          "title: 关于XX县2024年财政决算和2025年财政预算草案的报告\n二、2025年财政预算草案\n一般公共预算收入预计增长6%。")),
    Rule("earlier-year", "a sentence that opens with an earlier year reports that year",
         ("今年要抓好三件事。2024年全市新增就业5000人。", "重点做好以下工作。预计2024年完成固定资产投资12亿元。"),
         ("今年要抓好三件事。2025年全市力争新增就业5000人。", "去年新增就业1000人,今年全年新增就业1200人。",
          "title: 乡村振兴整镇推进指导意见(2022—2025年)\n2023年起,各县每年按乡镇总量15%左右比例推广培育。")),
    Rule("since-earlier-plan", "a figure measured from the end of a five-year plan before the last (较“十三五”末 "
         "in 2026): a result of the next one",
         # 顺德区十七届人大六次会议 news (foshannews.net 2026-03-17); the same shape in a 2026 county report's account
         ("title: 顺德区2026年政府工作报告\n地区生产总值达到4469亿元,较“十三五”末增长24.3%。",
          "title: XX县2026年政府工作报告\n一般公共预算收入达到4.2亿元,较“十三五”末增长1倍,规上工业企业比“十三五”末增加35家。",
          # the sentence goes on with the same account (顺德区 2026, the same news)
          "title: 顺德区2026年政府工作报告\n地区生产总值较“十三五”末增长24.3%;连续14年位居全国百强区榜首,工业总产值突破万亿元。"),
         ("title: 镇“十四五”工作谋划报告\n税收收入突破380万元,比“十三五”末增80万元。",
          "title: XX区2026年政府工作报告\n到2030年,地区生产总值较“十三五”末增长60%。",
          "title: XX区2026年政府工作报告\n地区生产总值较“十四五”末增长5%。",
          "title: XX区2026年政府工作报告\n向着较“十三五”末翻番的目标迈进;今年地区生产总值增长5%左右。",
          # in the last year of a plan its base is the plan's own (比“十三五”末 in a 2025 plan: the 十四五 goal)
          "title: XX镇2025年工作计划\n税收收入突破380万元,比“十三五”末增80万元。")),
    Rule("ranked-result", "a figure ranked among places by number (位居全市第2位) is a result, unless 力争/确保 "
         "comes before it",
         # 三门峡日报 2025-08-04 (湖滨区 上半年, szb.ismx.cn), 罗山县 2025 budget progress (luoshan.gov.cn)
         ("该区规模以上工业增加值同比增长9.7%,高于全市1.1个百分点,增速位居全市第2位。",
          "该区地区生产总值同比增长6.8%,高于全市0.5个百分点,增速位居全市第2位。",
          "税收占比为62.57%,位居全市第9位。"),
         ("力争地区生产总值增长7%,增速位居全市第3位。", "确保一般公共预算收入增长5%,排名全省第1位。",
          "地区生产总值增长6%,增速位居全市前列。")),
    Rule("background-part", "a glossary or notes part (名词解释), or a note under a table (注:…), holds no targets",
         ("名词解释\n千万工程:“千村示范、万村整治”工程,覆盖1000个村。", "注释\n两新:新建5G基站300个等。",
          # the notes under the indicator tables of the “十五五” outlines: 广州 (www.gz.gov.cn); 杭州's 备注:[ ]内数据为
          # 累计数 (zfgb.hangzhou.gov.cn), in the shape of a note that glosses an amount
          "注:1.“15+8”产业是指15个战略性产业和8个现代服务业。", "备注:[ ]内数据为累计数,城镇新增就业为5年累计新增100万人。",
          # the glossary heading with a note on its order (石嘴山市2022年政府工作报告, lawtext/gov)
          "三、2022年重点工作\n名词注释(按报告中出现顺序排列)\n19.三个100公里项目:新建、扩建高等级公路100公里以上。",
          # 名词注解, the same heading in other words (遵义市2022年政府工作报告, lawtext/gov)
          "三、奋力做好2022年工作\n名词注解\n9.“百院大战”。全省建设100所以上省、市、县级医院。",
          # the glossary heading naming the document it glosses (襄阳市2023年政府工作报告, lawtext/gov)
          "三、2023年主要工作安排\n《政府工作报告》名词解释\n“1+7”人才新政:“7”,是7个配套实施办法。",
          # the heading saying it glosses some of the terms (荆州市2022、2023年政府工作报告, lawtext/gov)
          "三、2022年重点工作\n部分名词注释:\n11.“千百十”质量提升工程:在全市推进1000家企业开展质量提升行动。",
          "二、2023年工作建议\n部分名词注释:\n7.“1+4+1”高等教育规划:“4”即4所本科高校。",
          # the heading saying notes follow the glosses (德阳市2021、2023年政府工作报告, lawtext/gov)
          "2021年工作安排\n名词解释和说明\n“9高13快13轨”:9条高速路,即成都二绕、成都三绕。",
          "2023年工作安排\n名词解释和说明\n“1+8+26”市域城镇发展体系:“8”即8个县城和功能区。",
          # the heading's word spaced out as headings are set (云浮市2023年政府工作报告, lawtext/gov), and 附 件 in that shape
          "2023年工作安排\n注 释\n八个聚力:市委七届五次全会提出。\n五张网:指“大网”“中网”“小网”“微网”“细微网”。",
          "2023年工作安排\n附 件\n“1+5+49”市县镇三级人才驿站:指1个市级、5个县级、49个镇(村)级乡村人才驿站。",
          # a Markdown footnote's definition, its heading only an HTML comment (泸州市2022年政府工作报告, lawtext/gov)
          "2022年重点工作安排\n<!-- 名词解释 -->\n[^9]: 7个国家级开放平台:即自由贸易试验区川南临港片区、综合保税区。",
          "2022年重点工作安排\n[^13]: 学前教育“80、50”:即普惠性幼儿园覆盖率达到80%、公办园在园幼儿占比达到50%。",
          # the heading in lenticular brackets (黄冈市2022年政府工作报告), and one that explains more than terms
          # (德阳市2021-2023年政府工作报告, lawtext/gov)
          "三、2022年工作安排\n【名词解释】\n14.“双十双百”工程:重点培育10家细分行业领军企业、100家成长型龙头企业。",
          "三、2021年重点工作\n名词解释和说明\n“80、50”目标:指普惠性幼儿园覆盖率达到80%、公办园在幼儿园占比达到50%的目标任务。",
          # the glossary set as an annex of the report (肇庆市2021年政府工作报告, lawtext/gov)
          "2021年工作安排\n附件:名词解释\n招商引资7个工作专班:主要是指土地、金融、用工等工作专班。",
          "2021年工作安排\n附件:名词解释\n“湾区通”工程:推出不少于200个港澳居民在粤办事指南。"),
         ("覆盖1000个村。", "注重培育龙头企业10家。", "备注栏新增企业5家。", "三、2022年重点工作\n部分重点任务\n新建5G基站1200个。",
          "三、2023年主要工作安排\n《政府工作报告》\n新增高新技术企业200家。",
          "2022年重点工作安排\n深化“亩均论英雄”改革[^20],全市园区营业收入力争突破4000亿元。",
          "三、2022年工作安排\n【重点项目】\n新增规上工业企业50家。", "三、2022年工作安排\n名词和说明\n新增规上工业企业50家。")),
    Rule("restated", "a target restated in a later paragraph of the document is one target",
         ("地区生产总值增长6%左右。\n(一)稳增长。确保地区生产总值增长6%左右。",
          # 东城区2025年政府工作报告: the goal explained after the list, named 预期目标 right after its number
          "主要预期目标是:地区生产总值增长4.5%,区级一般公共预算收入增长5%。\n确定经济增长4.5%的预期目标,主要是兼顾实现规划目标与现实支撑条件。",
          # a goal frame of the year (聚焦…目标) restating a five-year goal set before (南平市政府工作报告 2021, lawtext/gov)
          "title: 南平市政府工作报告(2021年1月18日)\n二、实施“十四五”规划,奋力开启新征程\n"
          "加快打造新能源、生物医药、现代物流5个百亿产业集群,产业结构更加优化。\n三、全力以赴做好2021年工作\n"
          "做大做强做优七大绿色产业,聚焦5个百亿产业集群目标,细分梳理若干个优势产业链。"),
         ("地区生产总值增长6%左右。\n(一)稳增长。财政收入增长6%左右。",
          # 目标 after the number names where a target came from, not a restatement (县域经济考核指标目标任务
          # 情况汇报, gwyoo.com 743644): two measures, both 8%
          "规模以上工业增加值:增长8%(依据区人代会目标设置),责任单位为区经信局;\n"
          "服务业增加值:增长8%(依据区人代会目标设置,居三区第一),责任单位为区发改委;",
          # two measures on as many boilers in one paragraph (太原市燃煤锅炉深度治理, ne21.com 129941): not one restated
          "10月1日前,7台65蒸吨及以上燃煤锅炉全部完成超低排放改造。淘汰7台35蒸吨以下燃煤锅炉,实现35蒸吨以下燃煤锅炉全清零。",
          # the total of the projects counted before it, and a later pool's total, equal: two pools (漳州市政府工作报告 2023,
          # lawtext/gov: 招商 in one paragraph, the 石化基地's projects in another)
          "力争新签约二、三产项目250个、总投资1000亿元以上。\n确保实现工业产值超1千亿元、在建产业项目总投资超1千亿元。")),
    Rule("retold", "a sum of money reported again in a later paragraph under the same name (收入总计…万元 twice) is one result",
         # 甘谷县2024年财政决算报告 (收入总计, then 收入总计…,减支出总计… in the balance); 小榄镇2025年上半年预算执行情况
         # (一般公共预算总收入13.83亿元, then 加一般公共预算总收入13.83亿元 in the balance)
         (REVIEW + "收入总计451227万元,支出总计425533万元。\n收入总计451227万元,减支出总计425533万元,净结余为零。",
          REVIEW + "一般公共预算总收入13.83亿元。\n上年结余2亿元,加一般公共预算总收入13.83亿元,收支平衡。"),
         # two towns' signings of as many projects (松滋市 towns, 55pays.com): two results; two names of one sum
         (REVIEW + "乐乡街道签约3个项目。\n街河市镇签约3个项目。",
          REVIEW + "收入总计451227万元。\n支出总计451227万元,收支平衡。")),
    Rule("restated-comparison", "the comparison attached to a restated target goes with it",
         ("城镇新增就业1200万人以上。\n就业方面,城镇新增就业预期目标定为1200万人以上,比上年多100万人。",),
         ("城镇新增就业1200万人以上,比上年多100万人。",)),
    # -- numbers that are part of a name, a slogan or a phrase --------------------------
    Rule("ordinal", "an ordinal (第3个), not a count", ("建设第3个产业园。", "启动第二个五年计划。"), ("建设3个产业园。",)),
    Rule("text-parts", "a count of a text's parts (由…六个部分组成, 共六部分) lays out the document; it counts nothing done",
         # the opening of a 政府信息公开工作年度报告 in the state format: 绥宁县 2025 (hnsn.gov.cn), 武山县城关镇 2025
         # (wushan.gov.cn), 湖口县流泗镇 2025 (hukou.gov.cn)
         ("title: 绥宁县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n本报告由总体情况、主动公开政府信息情况、"
          "存在的主要问题及改进情况、其他需要报告的事项六个部分组成。",
          "title: 武山县城关镇2025年政府信息公开工作年度报告\n一、总体情况\n本报告由总体情况、主动公开政府信息情况、"
          "其他需要报告的事项等六部分组成。",
          "title: 湖口县流泗镇2025年度政府信息公开工作年度报告\n一、总体情况\n报告包括总体情况,主动公开政府信息情况,"
          "存在的主要问题及改进情况,其他报告的事项共六个部分。"),
         # what the same reports count (流泗镇), and lifts counted in 部 (绵阳 2024 政府工作报告)
         ("title: 湖口县流泗镇2025年度政府信息公开工作年度报告\n一、总体情况\n全镇在信息公开平台上累计主动公开政府信息95条。",
          "增设既有住宅电梯300部。")),
    Rule("in-quotes", "a number inside quotes or a title is part of a name or slogan",
         ("启动“十个一”行动。", "落实《关于推进5个重点产业的意见》。",
          # straight quotes of pages written in half-width punctuation: 福建省2026年政府工作报告 (新浪财经 digest,
          # 2026-01-27); 上海市2026年政府工作报告 as reportify.ai copies 解放日报 (2026-02-09)
          '深入做好金融"五篇大文章"。', '着力推动高质量发展,加快建设"五个中心",统筹抓好稳增长、促转型各项工作。',
          # a numbered slogan's parts spelt out in brackets right after it: 襄阳市2021年政府工作报告 (lawtext/gov)
          "新建全民健身路径及“一场两台”(一个篮球场、两个乒乓球台)40套。"),
         ("启动十个行动。", "建设“口袋公园”(含健身设施)30个。", '实施省科技重大创新项目10个以上,推广"企业家+科学家+投资家"协同创新模式。')),
    Rule("unit-in-word", "a unit that is part of a word or a name (3人民, 一起, 5米饭, 七台河, 四门至)",
         ("推动10个人才项目落地。", "打造一个性化服务平台。", "建成社区健身路径或3人制篮球场20个。",
          "商务部等9部门发布《关于加力推动城市一刻钟便民生活圈建设扩围升级的通知》。",
          # 台 in a place's name (七台河, as 台湾): 七台河市政府工作报告 2022 and 2023 (lawtext/gov), byline and body
          "——2023年1月4日在七台河市第十二届人民代表大会第二次会议上",
          "启动实施茄子河、新七台河、吉兴河、小五站河等中小河流治理,优良水体比例达到50%以上。",
          # 门 in a place's name too (三门峡, 三门县, 武山县四门镇): 天水市 2025 政府工作报告, a road from 四门 to 马力
          "武山四门至马力公路改建工程建成通车。",
          # 二元结构: the dual structure of town and country, no 2元: 嘉兴市 2019 and 宜宾市 2021 政府工作报告 (lawtext/gov)
          "围绕破解城乡二元结构,建立“两进两回”机制。", "城乡二元结构突出,解决发展不平衡问题任重道远。",
          # 把, 卡, 基 as the units of guns, cards and towers are no part of 把关, 一卡通, 七基地 (七台河 2023: 打造以“七基地两中心”)
          "落实党政一把手负责制。", "推行社保一卡通服务。", "建设3基地2中心。"),
         # after a number 家乡 is 家 + 乡镇 (71家乡镇卫生院: 四平市 2025, lawtext/gov), never a hometown
         ("引进人才10人。", "新购河道清淤设备3台。", "开发校本课程12门。", "实现71家乡镇卫生院和13家社区卫生服务中心派驻医务人员全覆盖。", "改造提升5家乡镇卫生院。")),
    Rule("numeral-slogan", "a Chinese numeral in a slogan (一户一表, 十个一)",
         ("推进一户一表改造。", "推进一村一品。"), ("改造一户。",)),
    Rule("numeral-set-phrase", "a Chinese numeral in a set phrase (两个确立, 八项规定, 九次会议)",
         ("坚持两个毫不动摇,落实中央八项规定精神。", "深刻领悟两个确立。", "认真落实区委十六届五次、六次全会精神。",
          # three sessions in a list: 棉竹镇2023年政府工作报告 (乐山市市中区, lsszq.gov.cn)
          REVIEW + "全面贯彻落实省委十二届二次、三次、四次全会精神。",
          # a slogan of urging verbs: 直溪镇第三届人大七次会议 news (czyijn.com 1752), 突出两个加快 / 全力决胜两个加快
          "突出两个加快,强化决胜信心。", "全力决胜两个加快,不断做强工业经济。",
          # the 落实 to see to and the 短板 to make up: 澄城县 两会 news (hshan.com 2023-02-01); 丹东市 2023 政府工作报告
          # (lawtext/gov) quotes the same 补齐“四个短板”
          "坚持一个统领,抓好两个落实,补齐四个短板,全力实施八大工程。", "着力补齐四个短板,扎实做好六项重点工作。",
          # the levels aims are set in: a 乡's 上半年政府工作总结报告 (bwwdw.com z96m), and the common shape of a plan's 分层推进
          REVIEW + "主要是力争实现三个层次的目标。", "按照三个层次分类推进。",
          # the markets and resources to use, the zones to seize: 中山市 2021 and 2022 政府工作报告 (lawtext/gov), the common
          # shape of 统筹利用好两个市场两种资源 in plans of every level
          "更好利用国内国际两个市场、两种资源,推动内外联动。", "统筹用好两个市场两种资源。",
          "抢抓“双区”和两个合作区建设发展机遇。",
          # the two markets alone, and the Party's ten lessons: 漳州市政府工作报告 2022 (lawtext/gov), a heading and its
          # closing part; 国内国际两个市场 in the common shape of a plan's opening
          "(二)借力两个市场,融入国内国际双循环", "坚持十条宝贵经验,进一步增强“四个意识”。", "统筹国内国际两个市场。",
          # the features grasped and the keys held to: 盐城市政府工作报告 2022 and 2023 (lawtext/gov)
          "“2”就是把握两个特征,抓住新型工业化、新型城镇化两个加速期融合机遇。",
          "紧扣“一体化”和“高质量”两个关键,扎实推进长三角一体化产业发展基地建设。",
          # the three lines a land plan draws: 伊春市政府工作报告 2021 (lawtext/gov), and the common shape of a land plan
          "统筹划定三条控制线。", "科学划定落实三条控制线。",
          # a named set of rules: 曲靖市政府工作报告 2022 and 2023 (lawtext/gov), its 服务企业 and 项目 三项制度
          "深入落实项目统筹推进三项制度。", "全面落实服务企业和项目统筹推进三项制度,打造营商环境“金字招牌”。",
          # the great tasks vowed: 鄂尔多斯市 2025 and 南充市 2022, 2023 政府工作报告 (lawtext/gov: the year's list of 大事要事
          # it goes on to number), and the common shape of 统筹发展和安全两件大事
          "以铸牢中华民族共同体意识为各项工作主线,全力办好两件大事。", "全力办好十件大事要事,为建设现代化奠定坚实基础。",
          "统筹好发展与安全两件大事。", "紧紧扭住具有标志性、引领性的年度十件大事要事,铆足干劲、集中攻坚:",
          # the two centenary goals said short: 荆州市 2022 and 盐城市 2022 政府工作报告 (lawtext/gov)
          "站在两个百年的历史交汇点,我们要让共同富裕的美好愿景在荆州大地扬帆起航!", "放眼两个百年历史进程,今后五年至关重要。"),
         ("新建两个公园。", "全年召开联席会议五次。", "修缮两个百年老街区。", "建成两个加工厂。", "查处违法案件一起。", "新建两个农贸市场。",
          "整合两种资源库。", "在每个领域重抓十个关键项目。", "每季度开展联合执法一次。",
          "促进完善制度27项。")),
    Rule("none-left", "一 under a negation means not a single one (不漏一户, 无一例, 一个不少), not a count",
         ("确保不漏一户、不落一人。", "全年无一例越级上访。", "确保适龄儿童一个不少。",
          # the flood that took no life: 常德市政府工作报告 2021 and 2022 (lawtext/gov)
          REVIEW + "实现了不溃一堤一垸、不垮一库一坝、不因灾死亡一人。", REVIEW + "做到了汛期未垮一库一坝、未因灾死亡一人。"),
         ("改造一户。", "新建公厕一座。", "救助因灾死亡人员家属一人。")),
    Rule("one-by-one", "一个 in a chain of verbs of handling (发现一个、解决一个) is a cadence, one at a time, not a count",
         ("落实重点项目全过程动态管控机制,问题发现一个、解决一个、销号一个。", "项目坚持成熟一个、推进一个。",
          # 做/干/办 a task and 成 it, one by one: 湟源县2025年政府工作报告 (its 112 reforms), and the common shape of a plan
          REVIEW + "“高效办成一件事”、学前教育集团化办学等112项改革任务,做一件、成一件,我们敢闯敢试的劲头越来越足!",
          "民生实事坚持干一件、成一件。",
          # run on without a mark: 常德市政府工作报告 2023 and 2022 (lawtext/gov); 伊春市 2023 (lawtext/gov) 定 a task
          "推动工作干一件成一件、落实一件销号一件。", "部署的工作雷厉风行、马上就办,干一件成一件,积小胜为大胜。",
          "对重点工作任务实行项目化闭环管理,确保定一件、干一件、成一件。",
          # a task said, then done and finished (茂名市2021年政府工作报告, lawtext/gov)
          "始终把抓落实作为政府工作“生命线”,大力发扬初始即严、紧抓快干的作风,讲一件、做一件、成一件。",
          # powers handed down to the towns as each is ready (云浮市2022年政府工作报告, lawtext/gov)
          "按照“基层需要什么、我们能做什么”的原则,成熟一项、下放一项,精准有序下放镇街发展迫切需要的县级经济社会管理权限。",
          # toilets rebuilt, finished and used one at a time (阜阳市2020年政府工作报告, lawtext/gov), and the shape of it
          "稳步实施农村改厕,抓好突出问题排查整改,确保改一个、成一个、用一个。", "农村改厕做到改一个、用一个。"),
         ("新建公园一个、广场一个。", "建成一个。", "办好一件民生实事。", "高效办成一件事。", "今年下放一项。",
          "新建和改造提升公厕一个、改造农贸市场一个。", "用一个月时间实现本地新增病例清零。")),
    Rule("one-as-article", "一 as an article (一个, 一支) or after 每 (每一天: every day), not a count",
         ("打造一个特色小镇品牌。", "建设一支高素质队伍。",
          # 每一 is every: 盐城市政府工作报告 2023 (lawtext/gov), and the common shape of a resolve
          "坚持艰苦奋斗、埋头苦干,干好每一天、抓好每件事。", "用心用情办好每一件。"),
         ("新建特色小镇一个。", "每年新建特色小镇一个。")),
    Rule("a-batch", "一批 (a number of), not a count",
         ("通过培育扶持一批、改造提升一批、引导促进一批。", "谋划储备一批水利项目,引进一批。"),
         ("引进项目5批。",)),
    Rule("numeral-phase", "a numeral naming a phase or round (二期, 三次; 3期、5期…项目: the project's phases)",
         ("推进产业园二期建设。", "加快三期项目建设。",
          # 宜宾市政府工作报告 2022 and 2023 (lawtext/gov): a plant's phases, digits or numerals, then the project
          "建成四川时代3、5期和时代吉利1期等项目。", "四川时代3期、5期及时代吉利一期项目建成投产。"),
         ("开展培训3次。", "开办基层干部培训班2期。", "食品抽检信息公布不少于52期。")),
    Rule("numeral-name", "a Chinese numeral in a name (六村抱团, 一户一表), a sport's (铁人三项) or a reform's (最多跑一次)",
         ("推进六村抱团发展。",
          # 上饶市2024年政府工作报告 (cityreports5); the common shape of a sports news
          REVIEW + "铁人三项亚洲杯赛暨中国铁人三项联赛等400余项赛事频频打卡上饶。", "承办全国十项全能锦标赛。",
          # its first word quoted: 东营市政府工作报告 2022 (lawtext/gov 政府工作报告-其他地市/东营市)
          "办好国际马拉松、公路自行车、“铁人”三项等重大赛事。",
          # the reform unquoted: 常德市政府工作报告 2022, 伊春市政府工作报告 2021 (lawtext/gov)
          "审批不见面、最多跑一次、办事不求人成为常态。", "加快实现一窗受理、限时办结、最多跑一次。",
          # places spelt with a numeral and a measure word: 泸州市 2021 and 2023, 常德市 2021 政府工作报告 (lawtext/gov)
          "确保国道546纳溪至九支段建成通车。", "支持合江县大桥镇、九支镇等特大镇发展。", "建成安乡张九台大桥。"),
         ("帮扶六村。", "举办马拉松、自行车、游泳三项赛事。", "全年开展联合检查一次。", "组建两支镇级应急救援队伍。",
          "新增三台挖掘机。")),
    Rule("institute-name", "N所 after a group (兵器集团207所) or before what it makes (718所电子气体) names a research institute",
         # 长治市 2023 (lawtext/gov); 兰州市 2024 (citypairs6)
         ("支持兵器集团207所建设特种计算机创新中心和科技成果转化中心。", "发挥兰石重装、航天510所、兰生所等“链主”企业领航作用。",
          # 邯郸市政府工作报告 2021, 2022 (lawtext/gov); 黄冈市政府工作报告 2021 (lawtext/gov)
          "发挥中国船舶718所、汉光重工、河钢邯钢、晨光生物等企业行业领军作用。",
          "加快推进肥乡区718所电子气体三期、临漳县点击新能源等项目建设。",
          "推进中旗新材料、712所氢氧燃料电池、麻城高端新型建材加工交易区等项目建设。"),
         ("新建学校3所。", "集团新建2所幼儿园。", "建成4所公办普高。", "实施128所农村薄弱村小撤并。",
          "新增7所公办和29所普惠托育机构。", "新建续建幼儿园9所,其中5所建成投运。", "全省建设100所以上省、市、县级医院。")),
    Rule("numeral-before-quote", "a Chinese numeral before a quoted term is a named set",
         ("深入贯彻关于经济工作五个“必须统筹好”的重要论述。", "发挥好三个“服务平台”作用。"),
         ("建设5个“共富工坊”。",)),
    Rule("time-span-name", "a time span in a name (15分钟生活圈, 24小时自助; 城市15分钟、农村5公里文化圈: each the circle's reach)",
         ("打造15分钟便民生活圈。", "实现24小时自助服务。",
          # 宜宾市政府工作报告 2022, 2023; 成都市 2025; 临沧市 2023 (lawtext/gov): a list of reaches, then the circle
          "形成宜宾至成渝双核及周边主要城市1小时、云贵地区2小时、国家中心城市3小时通达的出行交通圈。",
          "打造城市15分钟、农村5公里文化圈。", "建设城区15分钟、乡村辐射5公里的就业服务圈。",
          "围绕打造省市4小时、市县2小时、县乡2小时“422”经济圈。",
          # the work of building the circles (南通市政府工作报告 2024, lawtext/gov; the common shape of a 卫健 plan)
          "加快城市一刻钟便民生活圈、农村3公里生活圈建设。", "推进城市15分钟、农村30分钟健康服务圈建设。"),
         ("企业开办时间压缩至1个工作日以内。", "新(改)建农村公路300公里以上。", "累计建成生态廊道82公里,打造城市绿色生态圈。",
          # a corridor's length, the ring it runs along named after it (盐城市政府工作报告 2021, lawtext/gov)
          REVIEW + "启动84公里市区环城高速圈生态廊道建设。")),
    # -- amounts and counts that describe, not commit ----------------------------------
    Rule("example-name", "an amount in the name of a list's example (…15万吨多种金属复合板等178个项目) names that example",
         # 中卫市2025年政府工作报告 (lawtext/gov); the common shape of a project list led by its examples
         ("新(续)建华象15万吨多种金属复合板等178个产业项目、数据安全电力保障等121个基础设施项目。",
          "推进年产5000吨锂电池正极材料等12个重点项目。",
          # 乐山市政府工作报告 2023 (lawtext/gov): two examples, the list closed on 等项目 with no count
          "加快推进永祥12万吨高纯晶硅、京运通二期拉棒切片等项目建设。",
          # 七台河市政府工作报告 2023 (lawtext/gov): a long list of plants, each named by its capacity
          "推进万锂泰5万千瓦分散式风电、天润20万千瓦风电配套制氢及25万千瓦风电配套现代畜牧产业园、"
          "联顺20万千瓦风力发电、上海方豪60万千瓦风力发电、国际能源储运调峰中心等项目建设。",
          # 赤峰市2025年政府工作报告 (citypairs4): a Chinese numeral inside an example's name (天龙八部, read as 8部);
          # the common shape of a list of scenic spots so named (…、清凉山五台寺等4个景区)
          "加快实施溪悦河谷、天龙八部小镇等30个重点文旅项目。", "推进杨家岭、清凉山五台寺等4个景区提升。",
          # the last example before 等…项目, and a list that 项目 closes with no 等: 四平市 and 天水市 2025 (lawtext/gov)
          "推动天威30万吨电石、精细化工600吨头孢中间体等项目投产。",
          # 长治市 2023 (lawtext/gov): two plants of one product, named once after the second
          "加快推进襄垣旭阳20万吨、山西瑞君10万吨锂电池负极材料等19个项目建设。",
          "加快黄龙抽水蓄能电站、秦州岳辉新能源150兆瓦风电、麦积300兆瓦压缩空气储能电站等重点项目建设。",
          "促进杰瑞10万吨锂电池负极材料、旭康中性硼硅药用玻璃管项目达产达标。",
          # one plant named by its capacity and product before 等项目, its product in Latin letters too: 兰州 and
          # 乌鲁木齐 2024 政府工作报告 (lawtext/gov, citypairs6)
          "确保兰州石化120万吨乙烯改造等项目顺利开工。", "全力推进兰石化120万吨乙烯改造等带动性项目。",
          "促进乌石化年产200万吨PTA及PX装置扩能、国能化工30万吨PGA等项目开工。",
          # the list's name in quotes, a firm's numeral name in an example: 常德市政府工作报告 2023 (lawtext/gov); the
          # common shape 重点抓好:…等“十大…项目”
          "重点抓好:津市中联工程车桥智能制造、澧县三元石灰石精深加工、常德国际农产品交易中心等“十大产业项目”。",
          "重点抓好:华新5万吨新材料、临港产业园等“十大重点项目”。",
          # the projects' kind said before their noun (等投资规模大的产业项目): 佳木斯市政府工作报告 2021 (lawtext/gov)
          "持续跟进年产50万吨乳酸和30万吨聚乳酸生物基新材料、纺织产业园等投资规模大的产业项目。",
          "加快建设10万吨铝型材、物流园等带动性强的重点项目。",
          # the projects' kind before their noun with no 的 (等重大科技攻关项目): 德阳市政府工作报告 2022 and 曲靖市 2022
          # (lawtext/gov)
          "实施氢能装备与燃料电池、15兆瓦海上风力发电机组等重大科技攻关项目。",
          "加快众合8.5万吨有机硅新材料等下游和应用项目建设。"),
         ("新建污水管网15公里等配套工程。", "完成投资15亿元等3项指标。", "打造2个示范村等5个项目。",
          # a length before 等项目 is the work's own size; a capacity before 等 and no 项目 is a result
          "新建污水管网15公里等项目。", "力争粮食产量达到30万吨等目标任务全面完成。",
          "粮食产量稳定在30万吨、油料1万吨等重要农产品的生产,带动项目落地。",
          "完成投资50亿元、建成A、B等项目。", "建设三个示范村、新建两个园区等5个项目。", "建成示范村、两个园区等项目。",
          # 赤峰市 2025 (lawtext/gov): what is spent on the listed projects
          "投资20亿元实施路网、管网、电力等园区基础设施项目32个。")),
    Rule("rating-name", "a power in 兆瓦 or 千瓦 right before a machine's noun (50兆瓦重型燃机) rates that one machine, no capacity",
         # 德阳市政府工作报告 2021, 2022 and 2023 (lawtext/gov): machines made, each named by its rating
         ("东方汽轮机历时十年成功研制我国首台50兆瓦重型燃机。", "首台国产F级50兆瓦重型燃气轮机成功下线交付。",
          "全球最先进145兆瓦超超临界煤气发电汽轮机实现满负荷运行。"),
         # capacity added or built, and a fleet's in 万千瓦
         ("新增风电装机容量20兆瓦。", "建成5兆瓦分布式光伏电站。", "新增风电机组装机50万千瓦。")),
    Rule("early-work-size", "a capacity before a thing whose early work (前期工作) is the task sizes that thing, no target",
         # 漳州市政府工作报告 2024 and 盐城市政府工作报告 2022 (lawtext/gov)
         ("加快闽南海上风电基地480万千瓦先行示范基地前期工作,开工建设华安抽水蓄能电站等项目。",
          "开展大丰港区15万吨深水航道前期工作。"),
         ("完成15个项目前期工作。", "新增风电装机100万千瓦,加快项目前期工作。", "建成15万吨级深水航道。")),
    Rule("capacity-name", "a yearly or maker's capacity before a project's, a line's or a plant's name (年产200万套…项目, 国能120万吨…基地) names it",
         # 松滋市 signing news (news3); 弥渡县 signing news (cementren.com 2018-11-01); a short name in 吨 is an
         # amount-class already (湖口县 news, meihuake.net: 兴建年产80万吨磷化工项目)
         ("5月29日,王家桥镇人民政府与湖北鑫瑞农业有限公司年养殖10万只绍兴麻鸭及鸭产品深加工项目正式签约。",
          "建设2条锂离子动力电池生产线的湖北丰缘科技股份有限公司年产200万套锂电池项目。",
          "签订弥渡恒中年产500万吨砂石骨料及年处理50万吨建筑垃圾项目框架协议书。",
          # a production line named by its output: 白山市 2025 政府工作报告 (lawtext/gov); 弥渡县 signing news
          "力争开工建设玄武岩纤维实验车间和年产1万吨玄武岩纤维生产线。",
          "建设内容为新建年产500万吨砂石骨料工业化生产线及其配套系统。",
          # or a farm or a plant: 金寨县2024年计划执行情况与2025年计划草案的报告 (ahjinzhai.gov.cn); 忠县50万头生猪
          # 产业一体化项目 (news of 忠县, 重庆)
          REVIEW + "年产3亿枚蛋鸡场、年出栏3万只白鹅的现代化养殖场建成投产,全年生猪存栏14.27万头。",
          "“料”,即建设年产20万吨饲料加工厂1个,满足忠县及毗邻区县生猪养殖的饲料需求。",
          # a company's 新建 before the capacity: 分宜宣风镇 重大产业项目 news (2020), and the shape of a signing list
          "江西德凯车灯有限公司新建100万套车灯项目已投产,其余项目均在序时进度之内。",
          "与江苏某科技有限公司签约新建50万台电机生产线项目。",
          # or the maker's name alone before it: 肇州县 项目 news (中国改革报 2024-12-25), 乌拉特中旗 项目 news (2024-10),
          # 七台河市2023年政府工作报告 (天润…、万锂泰…项目)
          "中食世纪集团400万羽蛋鸡产业集群项目,多个作业队伍正多点同步施工。",
          "国能120万吨捣固焦及综合利用示范基地、鹰虎400万吨煤泥综合利用基地、广利隆300万吨洗煤、华能12万千瓦绿色供电项目。",
          REVIEW + "加氢加能综合能源示范项目开工建设,天润20万千瓦风电制氢、万锂泰5万千瓦分散式风电项目加快建设。",
          # the first of a 、-list of plants that 等项目 closes: 佳木斯市政府工作报告 2023 (lawtext/gov)
          "新能源产业重点推进中车集团年产300台(套)主机塔筒、隆基绿能高效单晶组件、华润电力风电等项目加快建设。",
          "推进某公司年产2000套储能设备、光伏组件等项目建设。"),
         # the plant's output once built (湖口县: 主要建设年产80万吨磷化工产品) and a result are no project's name
         ("该项目总投资额20亿元,主要建设年产80万吨磷化工产品。", "全镇年产粮食5万吨,实现项目签约3个。",
          REVIEW + "全年出栏肉牛3万头,新建标准化养殖场5个。", "新建100个村级光伏项目。",
          # a crop's output, and a count of projects, before a list that names a project
          "粮食产量5万吨、新建项目3个。", "煤炭400万吨、新建项目3个。", "新开工重大项目650个、投产项目300个。",
          "新能源汽车年产5万辆、动力电池年产10万套,带动配套项目落地。")),
    Rule("amount-class", "an amount that classifies the noun after it (10亿元项目, 超10亿元的集群) is a bracket",
         ("10亿元项目35个以上。", "聚焦营业收入超10亿元的25个特色产业集群。", "在超50亿元、100亿元企业上实现突破。",
          "打造一批年收入超过50万元的村集体经济组织。", "抓好首期200万千瓦区域合作示范项目。",
          "力争引进100亿元以上项目5个、50亿元以上15个。", "新签约亿元以上项目20个、5000万元以上30个。",
          # 产业 closing the clause after the amount: the industries so classed, counted before it: 嘉兴市 2020 政府工作报告
          # (lawtext/gov), as …3个超1000亿元产业集群 in another city's
          "培育形成高端装备、新材料2个超2000亿元产业。",
          # 无锡市政府工作报告 2024 and 2025 (lawtext/gov 政府工作报告-主要城市): 超 before the class, its noun left out
          "新备案超10亿元项目80个以上,其中超50亿元15个、超100亿元8个。",
          REVIEW + "经营性收入达到100万元的村2个,90-100万元的2个。",
          "全年引进投资超30亿元或3亿美元项目6个、超10亿元或1亿美元项目20个。",
          # 中卫 2022 and 2023 政府工作报告: the count after a state word or a floor
          "各县(区)围绕主导产业至少引进2家龙头企业,投资超十亿元项目达到10个。", "投资超十亿元项目不低于10个。",
          # 亳州市政府工作报告 2022 (lawtext/gov): parks classed by their output
          "新建长三角绿色农产品生产加工供应基地6个以上,培育产值超50亿元加工园区3个。",
          # 邯郸市政府工作报告 2021 (lawtext/gov): a cluster classed by its sales, its kind between
          "培育壮大营业收入超50亿元应急特色产业集群。",
          # 常德市政府工作报告 2022 (lawtext/gov): a 、-list of classes, each with its 过, before the one noun
          "新增产值过10亿元企业10家以上,大力培育过50亿元、过100亿元企业。",
          REVIEW + "产值过100亿元、过10亿元企业分别达3家、55家。",
          # villages classed by their income, the share of each class the aim: 盐城市政府工作报告 2022 and 2023 (lawtext/gov)
          "开展富民强村帮促行动,年集体经营性收入30万元、50万元的经济薄弱村覆盖面分别达到85%和40%。",
          "壮大新型农村集体经济,全市集体经营性收入30万元以上、50万元以上的村分别达100%和50%。",
          # or the share of villages that reach an income, the amount their class: 佳木斯市政府工作报告 2023, 宜宾 2023
          # (lawtext/gov), 海坛片区 2022 工作计划, 东营市 2022 (a review of five years)
          "增加农民财产性收入,85%的行政村集体经济收入超过20万元。", "力争75%的村集体经济组织年收入达到10万元以上。",
          "推进所有行政村集体经济收入达10万元以上,20%的村集体经济达50万元以上。", REVIEW + "88%的村集体经济收入超过10万元。",
          # boilers by their size: 伊春市政府工作报告 2023 and 2022 (lawtext/gov), and the common shape of a heating plan
          "淘汰市级建成区10-35蒸吨燃煤锅炉4台。", "淘汰市级建成区7台10-35蒸吨燃煤锅炉。", "新建2台130蒸吨燃气锅炉。",
          # 襄阳市政府工作报告 2022 (lawtext/gov), and the common shape of a list of firms by size: counts, each of
          # things over an amount, before the one noun
          "突出抓好35个投资过50亿元、11个投资过100亿元的扛鼎项目。", "培育20家营收超10亿元、5家营收超50亿元的龙头企业。",
          # 长治市 2023 (lawtext/gov) and 东营市 2021 (whole1): a plant named by its units and the size of each
          "推动赵庄2×66万千瓦电厂尽快复工。", REVIEW + "大唐东营电厂2×100万千瓦超超临界发电机组建成投用。",
          # 宜宾市政府工作报告 2023 (lawtext/gov) and the common shape of a rural plan: towns classed by their output
          "培育一批乡村特色产业亿元村、十亿元镇。", "打造产值超10亿元镇3个。",
          # 南通市政府工作报告 2024 and 2023 (lawtext/gov): the stage the projects reach between the class and the count
          "投资超5亿元工业项目新开工220个、新竣工达产200个以上。",
          REVIEW + "加快招引集聚产业,总投资超10亿元项目新签约26个、新开工16个。"),
         ("完成投资2亿元实施道路改造项目。", "村集体经营性收入达到30万元,覆盖面达到85%。", "建立1000亿元产业引导基金。",
          "推进所有行政村集体经济收入达10万元以上。", "确保90%的贷款投向实体经济、新增贷款100亿元。",
          "全年完成投资100亿元的目标,增长15%。", "完成投资约1亿元的污水管网工程。",
          REVIEW + "引进总投资12亿元古茶树项目并初显成效。", "新增集中供热能力300蒸吨。",
          "力争全市营业收入超50亿元,打造产业集群。")),
    Rule("zone-size", "an area before 区域 or 范围 in a clause of 规划 sizes the zone it lays out, no area worked",
         # 嘉兴市 2019 and 盐城市 2021 政府工作报告 (lawtext/gov)
         ("对嘉兴高铁南站周边50平方公里区域进行统一规划、统一布局。", REVIEW + "整体规划滨海、响水沿海616平方公里区域。"),
         ("新建高标准农田5万亩,治理水土流失面积20平方公里。", "完成30平方公里区域评估。")),
    Rule("floor-class", "以上 after an amount or age before a noun is a size class (1亿元以上项目, 60岁以上老人, 1000人以上企业)",
         ("为60岁以上老人免费体检。", "培育产值2000万元以上的企业3家。", REVIEW + "全镇50头以上黄牛养殖企业共有42家。",
          "完成超230个50户以上木质房屋连片村寨常高压给水管网建设。",
          # sector plans: the plant a measure applies to, by its capacity (广东省重点行业节能降碳改造攻坚三年行动方案,
          # drc.gd.gov.cn; 阳泉市秋冬季大气污染综合治理攻坚行动计划; 浙江省污染天气消除攻坚三年行动方案 征求意见稿)
          "加快120万吨/年以下球团设备、1200立方米以下高炉等升级改造。",
          "2018年12月底前,淘汰行政区域内10蒸吨/小时及以下燃煤锅炉。", "退出一批2500吨/日及以下熟料生产线。",
          "到2030年,珠江三角洲区域整合退出产能在6000万标砖/年以下的烧结砖及烧结空心砌块生产线。",
          "加快100吨(合金钢50吨)以下电弧炉等升级改造。",
          # 内蒙古自治区空气质量持续改善行动实施方案 (weishi520.com 74475): a note on the bound between size and bound
          "呼和浩特市、包头市、乌海市淘汰65蒸吨/小时(不含)以下燃煤锅炉。",
          # the households that class a village: 临沧市 2022 and 贵阳市 2024 政府工作报告 (lawtext/gov)
          "建设以乡镇通三级公路、30户以上自然村通硬化路为主的“四好农村路”9000公里以上。",
          "常住户100户以上自然村公厕普及率达70%以上。",
          "30户以上自然村寨生活垃圾收运体系稳定运行,改造提升农村户厕2600户以上。",
          # firms classed by a rate: 鄂尔多斯市政府工作报告 2023 (lawtext/gov), and the common shape of an award for them
          "鼓励龙头企业牵头组建创新联合体,重点支持研发投入强度3%以上的企业,新增“三清零”企业40家。",
          "对营业收入增长20%以上的企业给予奖励。",
          # people sizing a body or a place: 中山市2023年 and 邯郸市2022年政府工作报告 (lawtext/gov)
          "加强1000人以上大型企业食堂等餐饮场所监管。", "支持30万人以上县(市、区)规划建设技工院校。",
          # a count's ceiling before the thing it classes: 黄冈市2022年、2023年政府工作报告 (lawtext/gov)
          "推动鄂黄长江大桥9座以下客车免费通行。", REVIEW + "鄂黄长江大桥9座及以下客车实现免费通行。"),
         ("推出10项以上省级创新成果。", "新增规上企业5家以上,其中亿元企业2家。",
          # a floor of the people counted: 黄冈市2021年政府工作报告 (lawtext/gov), 烟台 2024
          "吸引1000名以上专家人才回乡服务。", "为2000名以上残疾儿童提供康复救助。",
          "重大安全事故控制在3起以下。", "新增停车位2000个以上,新建停车场5个。",
          "完成改厕6万户以上,村庄绿化覆盖率达到30%。", "实施农房抗震改造7000户以上。",
          "到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求。",
          "压减长流程炼钢产能150万吨以上。", "改造后机组供电煤耗降低5克标准煤/千瓦时以上。",
          # the task or goal the amount is the floor of: 合浦县 春耕 news (huifengshuiwu.cn zixun 6247), and the shape of
          # a grain-output goal
          "确保完成今年全县早稻播种面积15.65万亩、全年粮食播种面积85.23万亩和产量27.4万吨以上任务。",
          "确保完成粮食总产量5万吨以上目标。",
          # a floor closing its item before 和 and the next item: 遵义市2023年政府工作报告 (lawtext/gov); the common
          # shape of a county's 新型经营主体 line
          "新增市级龙头企业30家以上和示范合作社30家、示范农场100家。", "培育省级龙头企业5家以上和示范家庭农场20家。",
          # a share of the things after it: 东莞市 2026 and 乌鲁木齐市 2025 政府工作报告 (lawtext/gov)
          "推动20%以上的城市公园引入适度市场化运营。", "把25%以上的社区卫生服务中心建成社区医院。")),
    Rule("compared-class", "a bound before an amount, then 的 and a thing (小于6米的焦炉, 硫份高于1%的散煤): a class",
         # 广东省重点行业节能降碳改造攻坚三年行动方案 (drc.gd.gov.cn); 太原市燃煤锅炉深度治理 (ne21.com 129941)
         ("加快炭化室高度小于6米的顶装焦炉(小于5.5米的捣固焦炉)等升级改造。",
          "在市场管控方面,禁止使用硫份高于1%、灰份高于16%的民用散煤。"),
         ("年底前对民用散煤销售企业每月煤质抽检覆盖率达到10%以上。", "确保新增债务率不高于5%的水平。",
          "原则上革新后氮氧化物排放浓度不高于50毫克/立方米。")),
    Rule("unit-price", "an amount per unit charged or granted (加价0.1元/千瓦时, 给予6万元/蒸吨奖补) is a policy's rate",
         # 广东省重点行业节能降碳改造攻坚三年行动方案 (drc.gd.gov.cn); 安阳市2018年大气污染防治攻坚战实施方案 (hnrlsb.com)
         ("在市场交易电价基础上向相关企业加价0.1元/千瓦时。",
          "对2018年10月底前完成拆改的燃煤锅炉,给予不低于6万元/蒸吨资金奖补。"),
         # 三亚市政府工作报告 2023: a price brought down is a result, no charge
         (REVIEW + "“15+N”种基本蔬菜综合均价比上年低0.5元/斤。", "新增财政补贴资金2000万元。")),
    Rule("radius-scope", "a length before 范围 (供热半径15公里范围内燃煤锅炉) says where a measure applies, not how far",
         # 山西省打赢蓝天保卫战2019年行动计划 (hongyepharm.com 4250); 内蒙古自治区空气质量持续改善行动实施方案
         # (weishi520.com 74475), the same measure in another province's plan
         ("关停整合30万千瓦及以上燃煤供热机组供热半径15公里范围内燃煤锅炉和不达标小热电机组。",
          "加快推进30万千瓦及以上热电联产机组供热半径15公里范围内燃煤供热锅炉关停整合。"),
         ("新建污水管网15公里。", "城市公共服务设施服务半径缩短到1公里以内。")),
    Rule("dimension", "a length before 宽/高/深/厚 and a noun, after a count (4座4.3米焦炉) or beside a times sign is a size",
         # the common shape of a township's roads and parking (村道硬化: 新建4.5米宽水泥路; 停车位规格5.5米×2.5米)
         ("新建4.5米宽水泥路3公里。", "拟新增约60个停车位,规格5.5米×2.5米,涉及土方外运。", "修建2米深排水沟1200米。",
          # 长治市 2023 and 2021 (lawtext/gov): the coke ovens counted, by their height
          "淘汰4座4.3米焦炉。", REVIEW + "整合全市原有18座4.3米焦炉,新建8座大焦炉。",
          # 大新镇 2023 and 2024 (townpairs): the same in m
          "拟对阳光家园周边新增加约60个停车位,规格5.5m*2.5m,涉及土方外运、混凝土浇筑。",
          "3)田间道路:5m宽砼道路273m,新建2.5m宽沥青路355m,路肩设置草皮及灌木绿化。"),
         ("新建污水管网15公里。", "新建1.2公里长的排水渠。", "完成道路拓宽改造3.5公里,路面加宽1.5米。",
          "新建2座公厕,改造道路800米。")),
    Rule("current-value", "the current value (现行16%的税率) or stock (98家现有平台, 巩固…13条, 用好…7家), not a target",
         ("将现行16%的增值税税率降至13%。",
          # 长治市 2021 (lawtext/gov): the platforms there now, whose role is to be used
          "充分发挥中科潞安半导体技术研究院等98家现有产学研平台作用。",
          # the stock consolidated: 惠州市 2022 and 2024, 东莞市 2026 政府工作报告 (lawtext/gov)
          "巩固提升环罗浮山等13条乡村振兴综合示范带,新建10条示范带。", "持续巩固提升“环罗浮山”等13条示范带建设成效。",
          "巩固157处易涝点整治成果。",
          # what is put to good use: 惠州市 2022 and 2023, 佳木斯市 2023 政府工作报告 (lawtext/gov)
          "办好用好7家“县区第二人民医院”。", "用好100亿元的产业投资发展母基金、市中小企业融资信用服务平台。",
          "应用好3046套智能监控设备及数字粮食综合监管平台。"),
         ("增值税税率降至13%。", "新建5家产学研平台。", "新建10条示范带,巩固提升建设成效。",
          # 巩固 inside a name, far into the clause: 平潭 2025 (全区污水巩固提升工程等33个项目)
          "有力保障国际赛车场、全区污水巩固提升工程等33个项目建设。", "用好专项债券,争取资金10亿元。")),
    Rule("condition", "a number in a condition (超过60%以后) or a project's yield once built (建成后年产值30亿元)",
         ("城镇化率超过60%以后,进入稳定发展期。", "该项目建成后年产值可达30亿元。", "投产后可实现年销售收入5亿元。"),
         ("城镇化率超过60%。", "建成后投用项目5个。",
          # 加上…后: the last item of a budget's sum (彭水县2024年预算执行情况和2025年预算草案的报告, psx.gov.cn)
          "一、2024年预算执行情况\n加上上级补助收入45.93亿元、债务转贷收入9.58亿元,以及动用预算稳定调节基金3.15亿元、调入资金5.46亿元、上年结转6亿元后,收入总计96.17亿元。",
          # 城口县2024年财政预算执行情况与2025年财政预算草案的报告 (cqck.gov.cn)
          "一、2024年预算执行情况\n加上上解支出9099万元、地方政府一般债务还本支出69343万元,以及安排预算稳定调节基金35227万元、结转下年40818万元后,支出总量为608024万元。")),
    Rule("policy-set", "the size of a set of policies applied (落实…15项政策), not a target",
         ("全面落实省支持衡水发展15项政策。", "落实好产业人才政策14条。", "严格执行…问题二十条措施。",
          "明确提出十二项重点工作。",
          # a set of key tasks carried out: 凤县 2025 政府工作报告 as its 人大 news tells it (rd.sxfx.gov.cn), and the
          # common shape of a county's review
          REVIEW + "深入贯彻落实“三个年”活动和十项重点任务,经济发展承压奋进。", "全面落实省政府确定的12项重点任务。",
          # a paper named by its articles, in a list closed as policies: 常德市 2023, 无锡市 2024 政府工作报告 (lawtext/gov)
          REVIEW + "出台实施市场主体高质量发展20条、企业上市7条、促生产性服务业10条等政策,有力助推了经济持续恢复向好。",
          REVIEW + "出台促进经济回升向好22条、民营经济21条、外贸16条等系列政策。",
          # 长治市 2021 (lawtext/gov): a policy named by its articles, the count ending the clause
          "认真落实促进外向型经济发展16条,积极融入“一带一路”发展格局。",
          # of any size, and right after a word of policy its clause issues: 德阳市 2023, 长治市 2023, 芜湖市 2023 政府工作报告
          # (lawtext/gov)
          REVIEW + "在认真落实国33条、省30条等稳增长政策基础上,出台开门红“1+9”配套政策和稳住经济增长35条等措施。",
          REVIEW + "制定我市稳经济政策43条、接续政策26条。",
          REVIEW + "推出应对疫情稳定七大行业发展政策和稳经济政策36条。"),
         ("出台支持政策5项。", REVIEW + "全年完成重点任务12项。", REVIEW + "治理中小河流6条、小型水库79座。",
          # policies delivered, not issued (中都街道 2025 上半年)
          REVIEW + "协助84家企业整理申领材料,精准推送惠企政策15条,帮助申报扶持资金140万元。",
          REVIEW + "关注12名重点人员制定帮扶措施36条。")),
    Rule("set-out", "the size of what a document sets out (明确133项具体任务, 提出6项重点任务) or the units it puts in charge (涉及34个牵头单位)",
         # 沁县人民政府办公室 2025年县《政府工作报告》任务分解 (m.ltwz.net DPweP9gqoV);
         # 2026年街道办事处工作计划 (max.book118.com 5224342004013124)
         ("《2025年县<政府工作报告>任务分解》明确133项具体任务,涉及34个牵头单位。",
          "《2025年十五件民盼实事任务分解》细化15项具体任务,涉及10个责任单位。",
          "推行“网格事项清单”制度,明确网格内党建、民生、安全等7大类32项职责。",
          # 重庆市工业领域碳达峰实施方案 (草拟, cadmm.com 6629): what a plan sets out, told by a news item on it
          "《方案》主要提出6项重点任务,包括优化产业结构、推进节能降碳、推行绿色制造。"),
         ("抓紧抓实挥发性有机物治理、绿色矿山建设等30项重点任务。", "推进落实31个场景38项任务。",
          "出台稳增长26条等一揽子措施。",
          "新增限上商贸流通单位120家以上。", REVIEW + "“夏季攻势”401项任务全面完成。")),
    Rule("rank-field", "the number of places a rank is among (在15个区县排名第10位, 165个迎检乡镇中第四位, 15个县市区之一)",
         # xx市生态环境局xx分局2024年工作总结和2025年工作设想 (m.bimoxiezuo.com n5tw63s7mizwgnzz);
         # 2023年乡镇年度工作总结 (wengzun.com 11143)
         (REVIEW + "综合指数在xx市15个区县排名第10位,同比去年(第10)持平,在西咸渭46个区县排名第31位。",
          REVIEW + "在全县乡镇中排名第一,位列全市165个迎检乡镇中第四位。",
          # one of them: 上高县2024年政府工作报告 (a reward of the State Council); the common shape of a county's review
          REVIEW + "首次荣获国务院督查激励,获得土地计划指标奖励1000亩,为全国15个县市区之一。",
          REVIEW + "成功入选全省首批10个县域商业体系建设试点县之一。",
          # 长治市 2022 (lawtext/gov): the cities a rank to reach is among
          "综合实力在中部87个地级市中力争进入前20强。",
          # the field a rank is held in before 前列: 惠州市 2023 and 2024 (lawtext/gov), 郑州市 2025 (a review)
          "环境空气质量稳居全国168个重点城市前列。", REVIEW + "空气质量优良率98.4%、位居全国168个重点城市前列。",
          REVIEW + "地区生产总值增长5.7%,增速位居9个国家中心城市前列。"),
         (REVIEW + "全年新增15个区县级监测站点。", "力争3个乡镇进入全省前十。", "为10个村选派第一书记。",
          "推动5个镇进入全省前列。",
          REVIEW + "新建示范点5个,其中之一为省级示范点。")),
    Rule("rank-move", "a result counted in 位次/名次 (前进两个位次) is how far a rank moved, no count of things",
         # 东昌府区2019年政府工作报告 (cityold); the common shape 排名上升3个名次
         ("title: 东昌府区2019年政府工作报告\n一、2018年工作回顾\n在年度“全国投资潜力百强区”名单中,我区位列第79位,前进两个位次。",
          REVIEW + "全区综合考核排名上升3个名次,位列全市第5位。"),
         ("力争全省县域经济排名前进5个位次。", REVIEW + "新建3个位于园区的标准化厂房。")),
    Rule("building-number", "a count in 幢/栋 with a side after it (5幢北侧, 1-76幢周边) numbers a building, no count of them",
         # 大新镇2023年民生实事项目 (张家港); the common shape of an estate's works (3栋南侧空地改建停车场)
         (REVIEW + "新南社区共有4个点位,分别为新南社区35幢西侧公共区域、新南社区5幢北侧。",
          "拟对阳光家园1-76幢周边新增加约60个停车位。", "将小区3栋南侧空地改建为停车场。",
          REVIEW + "对新茂花园5、8幢北侧进行景观提升。"),
         ("新建安置房12栋,南侧配套建设幼儿园1所。", "完成老旧小区改造住宅楼36栋。")),
    Rule("list-sum", "a count that sums up the items just listed (属地、行业、企业三条防线)",
         ("筑牢属地、行业、企业三条防线。", "完善政府、园区、企业3个层面常态化对接机制。",
          "持续擦亮江豚、麋鹿、候鸟、熊猫四张生态名片。", "牢牢把握立项、开工、建设、投产四个关键环节。",
          # the list in quotes: 白济汛乡2025年度工作总结暨2026年重点工作部署会 (weixi.gov.cn 238426); 西张村镇2024年
          # 工作总结暨2025年工作谋划部署会 (shanzhou.gov.cn 1884466)
          "突出“产业提质、民生改善、治理有效、底线筑牢”四个关键目标,守正创新、真抓实干。",
          "坚守“工业强区、上台阶做贡献、认真较真出彩、既定工作机制”四个不变。",
          # 和 joining the last two items, or inside the last one: 白音他拉苏木政府工作报告 (swgk.naimanyun.cn 127831);
          # 乌海市2025年政府工作报告 (../shared/corpus)
          REVIEW + "积极探索大户带动型、合作社带动型和土地托管三种模式,推动农村土地规模化经营。",
          REVIEW + "一体推进党纪学习教育、整治形式主义为基层减负、整治群众身边不正之风和腐败问题三项工作。",
          # the places a work reaches after 涉及/覆盖, the work (…建设) named before: 桓台县荆家镇2020年重点民生实事项目
          # 情况 (huantai.gov.cn), and the shape of a project's scope
          "我镇美丽乡村精品示范区建设涉及柳村、王明、辛庄、双跃、小元、大元、崔家七个村,受益群众8805人。",
          "老旧小区改造工程建设覆盖城南、城北、城西三个社区。"),
         ("新建东湖、南湖两个公园。", "示范区建设新建柳村、王明两个示范点。", "新建东湖、南湖和西湖3个公园。", "新建“农家书屋、文化广场”两个阵地。", "开展长六、严家、九狮、武山等4村新时代美丽乡村创建。",
          "联合光机所、应化所、长春理工大学新建3个概念验证中心。",
          REVIEW + "林宅村、向头村、西坑畈、月坑村四个村已完成一户一表安装。",
          # a breakdown whose items carry their own counts: 未央湖街道 2023年工作总结 (weiyang.gov.cn), 大雁塔街道
          # 2025年工作总结 (yanta.gov.cn)
          REVIEW + "新增“五上”企业27家(其中,批发21家、零售2家、住宿1家、餐饮大个体1家、服务业1家、工业1家)。",
          REVIEW + "成功推动18家企业升规达限、入库纳统(涵盖商贸业9家、建筑业5家、房地产业1家、科技服1家、租赁和商务服2家)。")),
    Rule("attribute-of-set", "a count of things whose standard, role or work is acted on (提高两项补贴标准, 做好两项改革…文章)",
         ("提高残疾人两项补贴标准。", "发挥好两个示范区的引领作用。",
          "扎实做好两项改革“后半篇”文章。",  # 乐山市政府工作报告 2022 (lawtext/gov)
          "持续做好残疾人两项补贴资金发放。"),  # 伊春市政府工作报告 2023 (lawtext/gov)
         ("新增补贴项目两项。", "发表文章10篇。", "新增补贴发放网点两个。")),
    Rule("service-scope", "the scope of a service (实行13种…筛查), not a target",
         ("继续实行孕产妇13种致畸基因免费筛查。", "免费提供12种基本药物。",
          # 襄阳市2023年政府工作报告's 民生实事 (lawtext/gov), and the common shape of a 新生儿 screening line
          "为2万名新生儿开展五种遗传代谢病和听力免费筛查。", "免费开展新生儿5种遗传代谢病筛查。"),
         ("新增免费筛查项目3种。", "开展5种农作物良种推广。")),
    Rule("project-facts", "a sentence about one project (该项目由…投资1亿元; 项目建成后可…), or the works before a "
         "company's project's name: no target",
         # news of signings: 三仓镇 蔬菜冻干 (xhby.net s66028036e4b06c459c611b90), 王家桥镇 麻鸭 (55pays.com zxz2022-06-13)
         ("据了解,该项目由海南旺金湖投资有限公司投资1亿元,用地30亩,可年产蔬菜冻干产品20000吨。",
          "该项目利用关洲村原高坪小学闲置土地进行深加工厂房建设,流转土地2500亩用于鸭稻共育,协议投资额达1.2亿元。",
          # 松滋市乡镇集中签约招商引资项目 (news3): a signed project's works before the company's project name; the
          # common shape of such a list of signings
          "分别是:建设2条锂离子动力电池生产线,购置生产设备、检测设备及配套设施各一套的湖北丰缘科技股份有限公司年产200万套锂电池项目。",
          "签约项目分别是:新建标准化厂房2万平方米的某某新材料有限公司高性能纤维项目;某某集团冷链物流项目。",
          # what a work will give once finished: 乌拉特中旗 风储基地 (imaomimi.com c358881, 2024-10-21), 肇州县 蛋鸡项目
          # (中国改革报 2024-12-25), 中卫十中 (宁夏日报 2024-03-15)
          "项目投产后,年发电量约54.4亿千瓦时,可实现产值约13.05亿元、利税3.18亿元。",
          "项目建成达产后,预计可实现年销售收入12亿元,税金6000万元,安置就业400余人。",
          "“学校建成后有36个教学班,可提供义务教育阶段学位1800个。",
          # a site manager's quoted words on the project: 宁国运沙坡头区100MW复合光伏项目 (宁夏日报 2024-03-15)
          "“该项目占地面积2825亩,设计安装215488块光伏组件,目前已安装完成203944块组件,工程进度90%以上。",
          # a sentence opening with the project as one of a class: 开州区 跳蹬水库 (cq.cri.cn 2024-09-13); the common
          # shape of such an introduction
          "作为国家150项重大水利项目清单项目之一的跳蹬水库,工程总库容1.06亿方,可解决24万人城镇供水。",
          "作为全市首批示范项目之一的产业园,总投资5亿元,占地300亩。",
          # a sentence opening by saying what the project is: 肇州县 杏山涝区治理 (中国改革报 2024-12-25); the common
          # shape of such an introduction in news of a project
          "这是今年黑龙江省最大规模涝区工程项目,治理长度243.78公里。", "这也是全市今年投资最大的产业项目,占地500亩。"),
         ("该项目年内完成投资2亿元。", "新建厂房30000平方米。", "该项目计划今年建成,新增产能20000吨。",
          "项目建成投产后,力争实现年产值5亿元。", "力争项目年内建成投产,新增产值5亿元。",
          "作为全市首批示范项目之一的产业园,今年计划完成投资3亿元。",
          "这是今年的重点工程项目,年内完成投资2亿元。", "这是今年的重点工作,新建示范村5个。", "作为全省首批试点之一,新建示范村5个。",
          "新建标准化厂房2万平方米,服务入驻企业的创业园项目。", "建设2条生产线,推动有限公司上市。")),
    Rule("project-total", "the total investment of a project being pushed forward (推进总投资13亿元的…)",
         ("推进总投资13亿元的南深环保项目落地。", "加快在建项目总投资20亿元的物流园建设。",
          # a project list's entry: 南漳镇人民政府2023年工作计划 (zhangzi.gov.cn); 项目总投资预计达到70亿澳元 (news of
          # a lithium refinery planned at Kwinana)
          "(五)南李末村蔬菜保鲜库项目:该项目总投资预计300余万元,该项目预计2023年3月开工建设。",
          "计划建设世界级锂精炼集群,项目总投资预计达到70亿澳元。"),
         ("完成投资13亿元。", "全年预计完成固定资产投资13亿元。",
          # the year's planned total after the projects to run (芜湖市政府工作报告 2022, lawtext/gov; its 2021 report says 年度计划投资)
          "计划实施项目1466个,年度计划总投资约2000亿元,市级政府性投资增长20%以上。", "全年计划实施重点项目80个,全年总投资120亿元。",
          # the sum of the deals to sign, a bare total after them: 西区街道2026年工作计划 (zs.gov.cn), and the common shape of a
          # township's 招商 target
          "力争引进优质企业8家以上,签约项目15个,总投资额25亿元。", "全年签约招商引资项目20个、总投资50亿元以上。",
          # the reserve of projects, its total the aim: 鄂尔多斯市 2025 and 亳州市 2021 政府工作报告 (lawtext/gov)
          "争取一批项目纳入国家、自治区“盘子”,储备项目总投资额达到3万亿元以上。",
          "实施项目储备扩容行动,高质量谋划储备强基础、提功能、利长远重点项目1200个以上、总投资3600亿元以上。",
          # a pool named by the projects' state before 项目 (策划储备, 在建, 在谈, 入库, 签约), its total the aim: 漳州市 2023,
          # 洛阳市 2022 and 黄冈市 2021 政府工作报告 (lawtext/gov)
          "注重项目策划,力争新策划储备项目总投资3100亿元以上。", "确保实现在建产业项目总投资超1千亿元、新签约和在谈项目总投资超1千亿元。",
          "力争新增固定资产投资入库项目1100个以上、总投资2200亿元以上。", "确保签约项目总投资800亿元以上。",
          "力争年度新开工亿元项目300个以上、在建亿元项目800个以上、总投资4000亿元以上。")),
    Rule("project-size", "an investment size describing a project (投资5亿元的…项目)",
         ("推进投资5亿元的产业园项目。",), ("完成投资5亿元的产业园项目。",)),
    Rule("attention-size", "the size of a thing being looked at (关注249亩…地块)",
         ("关注249亩低效用地地块。",), ("盘活低效用地249亩。",)),
    Rule("fact-forecast", "a fact about people (graduates, retirees, staff on the payroll), not a target",
         ("高校毕业生预计1179万人。", "本单位在职人员45人。", "60岁及以上老年人达2.97亿人。"),
         ("帮助高校毕业生就业1万人。", "为老年人提供助餐服务10万人次。",
          "城镇新增就业9万人以上，高校毕业生留洛就业创业1万人以上。",  # 洛阳市政府工作报告 2022, 主要预期目标
          # graduates drawn to the city: 盐城市 2021 and 东营市 2021 政府工作报告 (lawtext/gov)
          "出台升级版人才政策,引进高校毕业生2万人以上。", "新引进高层次人才260人、高校毕业生1.7万人以上。",
          "开展黔籍外省大学生返筑招引活动,新增高校毕业生留筑10万人。",  # 贵阳市政府工作报告 2024 (lawtext/gov)
          # a ratio per thousand residents: 宝应县“十四五”卫生健康事业发展规划; the common shape of the 每千常住人口 rows of
          # 南通市“十三五”卫生健康主要指标完成情况 (wjw.nantong.gov.cn)
          "每千常住人口执业(助理)医师达3.9人、每千常住人口注册护士达3.5人。", "每千常住人口注册护士数达到3.5人。",
          # an aim of the city's growth (南充市2022年政府工作报告, lawtext/gov, its five-year goals)
          "力争2026年中心城区建成区面积达200平方公里、常住人口达200万人。")),
    Rule("age-descriptor", "an age or an age range that describes who is served (3-6岁儿童), not a target",
         ("为3-6岁儿童提供免费学前教育。", "为60-69岁老人发放高龄补贴。"), ("人均预期寿命达到79岁。",)),
    Rule("change-start", "the starting value of a change (从2.8万元提高到3万元, 29家国企整合重组为9家)",
         ("人均补助标准从2.8万元提高到3万元。",
          # 烟台市政府工作报告 2024 (lawtext/gov 政府工作报告-主要城市): one start, two ends
          "在职、退休职工年度最高支付限额由2300元分别提高到5000元、6000元。",
          # a budget adjusted: 板芙镇2022年预算调整方案 (szmaolu.com bfz 2144543), 石岐街道2022年预算调整方案 (zs.gov.cn 2170133)
          "一般公共预算总收入由年初预算79552.91万元调整为82513.70万元,调增2960.79万元。",
          "全街道政府性基金预算收支增加3528万元,总收支从年初预算的33239万元调整为36767万元。",
          # 西安市2025年政府工作报告 (lawtext/gov 政府工作报告-主要城市): two starts, one end
          "孤儿、事实无人抚养儿童基本生活最低养育标准由每人每月1800元和1500元统一提高到2200元。",
          # 中国妇女报 2020-10-29 (国务院新闻办 “十三五” 卫生健康 发布会): three starts listed, a rate per 10万 among them
          REVIEW + "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别从20.1/10万、8.1‰、10.7‰降至17.8/10万、5.6‰、7.8‰。",
          # scholarmate.com S/wDzLgd (妇幼健康工程 in Africa): each start with its year in brackets
          REVIEW + "孕产妇死亡率由960/10万(1990年)、820/10万(2000年)下降到500/10万(2013年)。",
          # things merged into fewer: 芜湖市政府工作报告 2021, 惠州市政府工作报告 2022 (lawtext/gov)
          "实施国企改革三年行动,将市属29家国企整合重组为9家,优化国资布局。",
          REVIEW + "推动市属国企战略性重组,14家市属国企整合为6家大型集团。"),
         ("人均补助标准提高到3万元。", REVIEW + "市属国有企业新组建、重组整合为4家。", "在职、退休职工年度最高支付限额分别提高到5000元、6000元。",
          "一般公共预算总收入调整为82513.70万元。", "孤儿、事实无人抚养儿童基本生活最低养育标准统一提高到2200元。")),
    Rule("quoted-goal", "the goal a result is measured against (远超60%的规划目标, 低于2.5%的控制目标), not a result",
         # 上海“十四五”纲要中期评估 (澎湃, 2023-11-22); a county's 2021年统计公报 (tjgb.hongheiku.com 32060)
         ("title: 上海市“十四五”规划纲要实施中期评估报告\n一、主要指标进展情况\n地表水达到或好于III类水体比例95.6%,远超60%的规划目标。",
          REVIEW + "全县城镇新增就业1941人;年末城镇登记失业率1.89%,低于2.5%的控制目标。"),
         (REVIEW + "2013年上半年增长12.6%,高于全省平均水平1.3个百分点。",  # 宁德 “十二五”中期评估: a gap, no goal
          "力争城镇登记失业率控制在2.5%以内的目标。")),
    Rule("framing", "how the work is framed (围绕3个重点领域, 分两个阶段, 做好6个方面工作, 办好15件民生实事)",
         ("围绕3个重点领域开展攻坚。", "分两个阶段推进。", "具体工作中,我们将坚定不移做好6个方面工作:",
          # a count joined by 和 to the framed one: 黄冈市2023年政府工作报告 (lawtext/gov), 盐城 2023
          "将全市划分为7个三级流域单元和26个四级流域治理单元。", "聚焦14个重点领域和17个新兴领域开展专项整治。",
          # a count a colon closes before the list's first item: 黄冈市2023年政府工作报告 (lawtext/gov), and its common shape
          "重点提升五种能力:一是将上级决策部署与具体实际相结合的能力;二是服务群众的能力。",
          "重点推进3项改革:一是深化国企改革;二是深化财税改革。",
          # a count of the work the outline after it lists: 德州市2013年政府工作报告 (dezhoudaily.com), and its common shape
          "围绕实现上述目标,重点抓好七项工作:坚定不移地打造现代产业体系。", "今年重点做好六项工作。",
          # the year's list of 民生实事: 重庆 (cqnews.net, 2025-01-19), 涉县 (wrujm.cn 1597), 许昌市2025年度重点民生实事项目工作方案
          "今年,重庆将突出“民呼我为”,聚焦“急难愁盼”,接续办好15件重点民生实事。",
          "通过县人大代表票选表决县政府2025年度十件民生实事项目正式出炉!",
          "2025年,我市确定的10件民生实事遵循“群众关注、百姓受益、指标量化”的原则。",
          "继续实施好省定20项民生工程和市20件民生实事,让改革发展成果更多更公平惠及全体人民。",
          # 河北's name for its list: 邯郸市政府工作报告 2021 (lawtext/gov), and the common shape of 河北's reports
          "接续办好20项民心工程和10件民生实事,送上暖心的民生“礼包”。", "扎实办好20项民心工程。",
          # the list's owner and year between the count and 民生实事: 土官镇代表票决出10大民生事件 (ynlf.gov.cn 66700);
          # the common shape of a congress's news (确定了10件2025年度民生实事项目)
          "票决选出了《土官镇集镇区基础设施改造》等10件土官镇2023年政府重点民生实事。",
          "镇人大会议票决确定了10件2025年度民生实事项目。",
          # 政府实事项目, the Shanghai towns' name for the list: 七宝镇 一季度重点工作推进会 (j.021east.com 2025-02-28)
          "要坚持民生为本,用心用情做好青年路老旧小区美丽家园建设等8个政府实事项目。",
          # campaigns counted: the 新能源消纳 action plan (2024—2027), a 科协 party-building plan
          "2024—2027年重点开展9项专项行动,提升电网对清洁能源的接纳、配置、调控能力。",
          "围绕三大核心任务,开展6项专项行动,推动党建与科研学术深度融合。",
          "实施养老服务提质等4项工程,推动养老机构提质升级。",
          # 紧扣/紧盯 as 围绕: 四川监管局 (sc.mof.gov.cn, 2026-07-13), a city report's 总体发展思路
          "紧扣三个维度,做实林业草原生态保护恢复资金重点绩效评价。", "紧扣市委十项重点工作抓落实。",
          # the frame's items listed before its count (平潭综合实验区2024年政府工作报告, lawtext/gov), and spaced
          # digits (郴州市2025年计划执行情况与计划草案的报告, planreports): 任务清单 closes no frame of a goal
          "聚焦数字技术应用、数字文旅、数字贸易、数字民生、数字政府等5个核心方向,推进数字经济项目。",
          # 锚定 as 聚焦: the fields a city's recruiting or new economy is aimed at (芜湖市政府工作报告 2021 and 2022, lawtext/gov)
          "锚定数字经济及“人工智能+”、新能源及智能网联汽车等13个产业链精准招商。",
          "锚定智能网联汽车、工业互联网、人工智能、新能源、智慧农业、在线教育等10条产业新赛道,为企业提供“导航地图”。",
          "围绕 122 项存量和增量政策,梳理制定政策清单、任务清单、责任清单,谋划一批大项目、好项目。",
          # the indicators a plan sets, counted: 十五五规划纲要草案 as 界面新闻 and 南国都市报 (2026-03-05/06) tell it
          "title: “十五五”规划纲要草案\n《纲要(草案)》细化提出20项主要指标。",
          "title: “十五五”规划纲要草案\n针对性提出就业、收入、教育、医疗、健康、“一老一小”等7项指标。",
          # and as a mid-term review counts them: 上海 (澎湃, 2023-11-22), 城固县 (中国发展网, 2023-05-04)
          "title: 上海市“十四五”规划纲要实施中期评估报告\n一、总体情况\n《纲要》确定的20项重大指标总体进展良好。",
          "全面分析“十四五”规划《纲要》中10个高质量发展重点任务和29个主要指标取得的成效。",
          # …and the review's count of them: 连云港市2023年计划执行情况 (llqcyx.com mirror), 崇信县2017年上半年
          # 计划执行情况的审查意见 (jxjyxjx.com)
          REVIEW + "对照2023年国民经济和社会发展计划,年初下达的47项经济和社会发展指标中,除",
          REVIEW + "一是部分主要指标欠账较大。11项主要经济指标中,有6项没有完成“双过半”目标任务。",
          # how many of them went as expected: the 十四五 中期评估报告 as 新华社 (2023-12-26) and 财新 (2023-12-28) tell it
          REVIEW + "郑栅洁介绍,纲要提出的20项主要指标中,16项基本符合或快于预期。",
          REVIEW + "《纲要》在经济发展、创新驱动、民生福祉、绿色生态、安全保障五方面的20项主要指标中,16项基本符合或快于预期。",
          # the outline's threads and the indicators a plan is measured by, counted (云浮市2022年、2023年政府工作报告,
          # lawtext/gov); the indicators a list names, counted after 等 (云浮 2022; the 十四五 中期评估 as 新华社 tells it)
          "紧扣“高质量党建引领保障高质量发展”和“抓经济发展就要抓财政”两条主线,聚焦园区经济、镇域经济、资源经济。",
          "严格对照营商环境评价体系19个一级指标91个二级指标,全面对标对表、攻坚克难、改进提升。",
          # the kinds named, then counted (宜春市 2021 政府工作报告, lawtext/gov; 成都市 2026 政府工作报告, chengdu.gov.cn)
          "title: 宜春市政府工作报告\n二、“十四五”时期发展的主要考虑\n明确了31个具体目标,包括预期性指标20个、约束性指标11个。",
          "细化六个大类28项主要指标,其中约束性指标8项、预期性指标20项。",
          "地方一般公共预算收入、农林牧渔业总产值、规模以上工业总产值、工业技改投资、清洁能源开发利用等5个指标实现翻一番。",
          REVIEW + "其中,常住人口城镇化率、基本养老保险参保率、地表水达到或好于Ⅲ类水体比例、能源综合生产能力等4项指标提前实现。",
          # the list's size in a progress report on it: 前三季度我市民生实事加快推进 (连云港, 7263355.com 2025; halfyear);
          # 上海市为民办实事项目满意度评议 (wxredian.com, 2024)
          "2025年,省政府民生实事共有12类45件53个事项,涉及我市12类39件45个事项。",
          "2025年,市政府民生实事10大类50个事项,根据季度序时进度安排。",
          "今年实施了34项为民办实事项目,目前所有项目均已提前完成全年目标任务。"),
         ("打造3个重点领域示范区。", "新建5个停车场和20个充电站。", "新建公园3个:东湖公园、南湖公园、西湖公园。", "力争3个以上指标进入全省前十。", "新增5个监测指标。", "建成2条主干道。", "2025年民生实事项目中,新建幼儿园3所。", "聚焦城区、园区等重点区域,新建5个停车场。",
          "锚定新能源、光伏等产业新招引10个链主企业。",
          "新建幼儿园、小学等5所学校。", "办结群众反映事项300件。", "完成50个农村黑臭水体治理项目。", "开工建设4个电网工程。",
          "全年完成重点工作12项。", "完成5项工作任务。", REVIEW + "主要指标中,新增规上工业企业12个。",
          "实施农村饮水安全巩固提升工程12项。", "制修订地方标准10项。", "新增公办小学学位2430个,列入2021年民生实事。",
          REVIEW + "过去一年,我市高质量完成了20项市级重点民生实事、10项市级补短板事项年度任务。",
          # 岳阳 2023: indicators of the business climate to bring up to the national benchmark
          "落实“十个坚决”措施,力争1个以上指标进入全国标杆行列,综合排名处于全省先进。")),
    Rule("list-size", "a count in brackets closing a line (…工作(8项)), or a label before a colon (四片:…), sizes a list",
         ("2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。",
          # the parts of a slogan glossed in brackets: 镇2023年工作总结和2024年工作谋划 (四川, laobiganer.com 99862)
          REVIEW + "科学规划布局“一带两核四片”(一带:沿旭水河万亩稻菜轮作产业带;四片:李家村千亩中稻示范片、鼎新村千亩玉米示范片)。"),
         ("建设3个劳动密集型产业园(含1个飞地园区)。", "新建三个公园:东湖公园、南湖公园、西湖公园。")),
    Rule("past-target", "in a review, the year's target restated beside its result (目标设定为9%左右, 完成预算4.9亿元的85%) is no result",
         # 广东省2025年政府工作报告 (新快报, cj.sina.com.cn); 人民网 on the provinces' 2014 growth (news.cnr.cn, 2015-01-29)
         (REVIEW + "城镇调查失业率平均为5%,城镇新增就业超143万人、超额完成国家下达的110万人年度任务。",
          REVIEW + "2014年,山西将GDP增长目标设定为9%左右。",
          REVIEW + "山西去年GDP的实际增幅仅为4.9%,低于预期目标4.1%左右。",
          REVIEW + "黑龙江和云南分别增长5.6%和8.1%,均比预期低了约2.9%。",
          # the shape of a 计划执行情况 review: the target before the result, the gap after it
          REVIEW + "地区生产总值预期增长6%,实际增长5.2%,未完成预期目标。",
          REVIEW + "固定资产投资下降3.5%,比年初预期目标低9.5个百分点。",
          # the task named before its size, what was done after it: 连州市2025年上半年工作总结 (halfyear)
          REVIEW + "2025年粮食种植任务38089亩,已完成38492亩,大豆种植任务1448亩,已完成1448亩。",
          REVIEW + "全年造林任务1.2万亩,实际完成1.3万亩。",
          # the investment planned for the year or for the projects, beside what was done: 开州区 重大项目新闻发布会
          # (cq.cri.cn 2024-09-13), 永安镇 前三季度 (中国网 2022-10-25)
          REVIEW + "开工建设农业农村重大项目11个,年度计划投资9.6亿元,已开工建设项目完成投资6.72亿元。",
          REVIEW + "实施项目18个,计划总投资7108万元,其中,已开工4个。",
          # the budget written out before the share of it reached: 甘谷县2024年财政决算报告 (gangu.gov.cn), 大姚县2024年4月
          # 财政收支 (dayao.gov.cn), 临洮县2024年2月财政收支 (lintao.gov.cn)
          REVIEW + "一般公共预算收入42100万元,完成预算49531万元的85.0%。",
          REVIEW + "一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%。",
          REVIEW + "大口径财政收入5682万元,完成预算105425万元的5.39%。"),
         (REVIEW + "城镇新增就业超143万人。", REVIEW + "上半年全县地区生产总值完成11.3亿元,占年计划的41.8%。",
          # the planned sum done, and projects signed: 平潭 2023/2024 政府工作报告 (countypairs)
          REVIEW + "24个省级重点项目完成年度计划投资45.12亿元。",
          REVIEW + "签约起帆平潭海缆基地、岚悦酒店等社会投资项目79个、计划总投资339亿元。",
          # 2024年合水镇人民政府信息公开工作年度报告: documents counted by their kind (规范计划), no target
          REVIEW + "合水镇主动公开政府信息21条,其中,规章文件4条,规范计划5条,其他文件4条。",
          "确保完成省下达的110万人年度任务。",
          # 岳阳市2023年政府工作报告 (../shared/corpus): tasks done are a result
          REVIEW + "25个中央和省交办问题整改、“夏季攻势”401项任务全面完成。",
          REVIEW + "完成粮食种植任务38492亩,完成率101%。", REVIEW + "完成粮食种植任务38492亩,完成全年计划。")),
    Rule("base-value", "a value after 比去年同期/比上年/比年初预算 and before 增加/减少 is the base compared with, not this year's",
         # 岐山县 2017 投资 news (news3): 比去年同期73.79亿元增加了1.54亿元; the common shape with 比上年…多
         (REVIEW + "完成投资75.33亿元,比去年同期73.79亿元增加了1.54亿元,同比增长2.1%。",
          REVIEW + "新增就业5763人,比上年5210人多553人。",
          # the budget set at the year's start: 湟里镇2025年预算执行情况和2026年预算草案的报告 (wj.gov.cn); the common
          # shape of a 镇's 预算执行 line
          REVIEW + "全年财政一般公共预算预计总支出50582万元,比年初预算的35620万元增加了14962万元。",
          REVIEW + "全年一般公共预算支出完成8.6亿元,较年初预算7.9亿元增加0.7亿元。",
          # 甘谷县2024年财政决算报告 (gangu.gov.cn 697442): a budget's spending down, 减支, as 减少
          REVIEW + "财政总支出450432万元,较上年同期526499万元减支76067万元,下降14.4%。"),
         (REVIEW + "完成投资75.33亿元,比去年同期增加1.54亿元。", "城镇新增就业1200万人以上,比上年多100万人。",
          REVIEW + "全年一般公共预算支出完成8.6亿元,为年初预算的108.9%。",
          # 大姚县2024年4月财政收支 (dayao.gov.cn 2024-0516001): the fall itself, no base given
          REVIEW + "一般公共预算支出累计完成107752万元,比上年减支9240万元,下降7.9%。")),
    Rule("revision", "a change against figures set or reported before (比年初预算增加, 短收; 与…人大报告的执行数相比) is no growth",
         # 渠县2024年财政总决算 (budget2): the final account against the execution reported to the congress; the common
         # shape of a 决算 line against the 人大 report
         (REVIEW + "按省级财政结算事项批复,与县第十九届人民代表大会第五次会议报告的执行数相比,全县一般公共预算收入增加34008万元"
          "(债务转贷收入增加33988万元),支出增加34135万元。",
          REVIEW + "全县一般公共预算支出782634万元,比向县人大报告数增加2135万元。",
          # against the year's own budget: 湟里镇2025年预算执行情况 (wj.gov.cn), 甘谷县2024年财政决算报告 (gangu.gov.cn, its
          # two funds); the common shape of a 预算执行 line
          REVIEW + "全年财政一般公共预算预计总支出50582万元,比年初预算的35620万元增加了14962万元。",
          REVIEW + "一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%。",
          REVIEW + "政府性基金收入3089万元,完成预算24850万元的12.4%,短收21761万元,同比减收31430万元。",
          REVIEW + "全年一般公共预算支出完成8.6亿元,较年初预算7.9亿元增加0.7亿元。"),
         (REVIEW + "全县一般公共预算收入251510万元,为年初预算的98.23%,同比增长8.05%。",
          REVIEW + "县人民代表大会审议政府工作报告,全县一般公共预算收入增长8%。",
          # a budget against the year before's budget is a growth (金元镇2023年部门预算, dyrmt.com)
          REVIEW + "机关运行经费财政拨款预算为46.8万元,较2022年预算增加15.60万元,增长33.33%。")),
    Rule("under-way", "work told as going on or to come (正在加紧施工, 即将动工; 正在建设…2条高铁) is no result, nor an aim",
         # 县交通运输局2024年工作总结 (deptplans); 牟定县2024年政府工作报告 (countyreports); 兴东镇 改厕 news (news3)
         (REVIEW + "全县100公里“四好农村路”样板线正全面推进,改造30座危桥正在加紧施工。",
          REVIEW + "重点项目省道202公路在10月全面竣工,另外50公里的新国道工程也即将动工。",
          REVIEW + "中储粮20万吨粮食储备库即将建成投产运营,含硅废渣利用项目全面投产。",
          REVIEW + "12个村、1652户改厕正有序推进中,预计9月底完成改厕任务。",
          # the state before the count: 开州区 重大项目新闻发布会 (cq.cri.cn 2024-09-13), 肇州县 蛋鸡项目 (中国改革报
          # 2024-12-25); a news item of no review as well
          "交通方面,开州境内正在建设渝西和成达万2条高铁。",
          REVIEW + "开万梁高速等81个项目正处于前期手续办理阶段,下半年确保开工。",
          "目前鸡舍地基工程已全部完工,作业队伍正在开展5栋鸡舍屋面板和墙面板的安装工程。",
          # after the count, in a plan: 东营市政府工作报告 2020 (lawtext/gov 政府工作报告-其他地市/东营市); 沙坡头区 重点
          # 项目 news (news5)
          "今年将有总投资1653亿元的151个重点项目开工建设,还有总投资1323亿元的19个重点项目正在前期推进。",
          "其余15个项目正在加快办理前期手续。"),
         (REVIEW + "改造危桥30座,全部完工。", REVIEW + "完成改厕1652户,全镇正全面取缔露天旱厕。",
          "全镇正全面推进项目建设,力争新开工项目10个。", "正在建设的重点项目今年力争完成投资5亿元。",
          "力争年内30个重点项目开工建设,其余项目正在加快办理前期手续。",
          # words describing the noun counted: 扬州槐泗镇酒甸村村级党群服务中心建成 (units3)
          "一期投入100万元对行政办公区进行装修,可辐射本村670户村民和即将托管的“兴槐苑”安置区678户新业主。")),
    Rule("benchmark", "a rate followed by 平均水平 is the average compared with (高于省、市7.5%平均水平), not this place's",
         # 县域经济考核指标目标任务情况汇报 (gwyoo.com 743644); a note on a GS report (public repo, find_string
         # "%的平均水平"); counter: 达到全省平均水平的90% is this place's own share
         ("规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局;",
          "战略新兴产业产值:产值增长16%(依据区人代会目标设置,增速高于全市10%平均水平,居三区第一);",
          "5月的结汇比率降至51%,低于4月的56%,更远低于一季度74%的平均水平。"),
         ("力争农村居民人均可支配收入达到全省平均水平的90%。", "规模以上工业增加值增长8%,高于全市平均水平。")),
    Rule("red-line", "a red line named as a slogan (18亿亩耕地红线)",
         # 南宁 2024 政府工作报告 (lawtext/gov, citypairs6): the land's longer name before its line
         ("守住18亿亩耕地红线。", "守牢707.04万亩耕地红线和602.23万亩永久基本农田红线。"),
         ("新增耕地500亩。", "新增高标准农田建设9.55万亩、改造提升3.9万亩。")),
    Rule("sample-share", "the share a survey samples (1%人口抽样调查, 1‰人口变动抽样调查) names the survey, no aim",
         # 东莞市2026年政府工作报告 (开展1%人口抽样调查); 国家统计局's 人口变动情况抽样调查 as county reports name it
         ("开展1%人口抽样调查。", "做好全国1%人口抽样调查工作。", "完成1‰人口变动抽样调查。"),
         ("抽样调查合格率达到98%。", "农产品质量安全抽检合格率98%以上。", "开展人口抽样调查,样本覆盖率达到1%。")),
    Rule("place-fact", "a fact about the place (下辖, 总面积, 户籍人口, 可开发规模)",
         ("全镇下辖12个行政村,总面积86平方公里。",
          # the resources it holds: 乌拉特中旗 (imaomimi.com c358881, 2024-10-21); 贵州 in a 虚拟电厂 report's text (a
          # public repository, find_string 可开发量)
          "风能可开发规模为7000万千瓦,光伏可开发规模为2000万千瓦。", "贵州省全省水电可开发量约2300万千瓦。",
          # 长治市 2021 (lawtext/gov): how many of a set the place has
          "全省百强民营企业中,长治有16家,居全省第二。"),
         ("新建12个行政村文化礼堂。", "新增风电装机容量50万千瓦。",
          # per thousand residents (宝应县“十四五”卫生健康事业发展规划; 南通市“十三五”卫生健康主要指标 每千常住人口医疗机构床位数)
          "每千常住人口医疗卫生机构床位达5.6张。", "每千常住人口医疗机构床位数达6.4张。",
          # 为辖区…: whom a service is for (鹿城区山福镇 2018年十大民生实事, wzrd.gov.cn)
          "为辖区431户684人低保对象投保2018年度《城乡小额人身意外保险》。", "为辖区3000名老年人提供免费体检。")),
    Rule("places-in-scope", "the places or things in scope (全市11个县…全部, 43个行政村…总收入达7526万元, 74个断面…比例100%)",
         ("全县18个行政村全部实现通客车。", "全市11个县均建成体育馆。", REVIEW + "全年43个行政村村集体经济总收入达7526万元。",
          REVIEW + "预计17个村(社区)全年经营性收入1316.5万元。",
          # their average, even above a floor: 棉竹镇2023年政府工作报告 (乐山市市中区, lsszq.gov.cn)
          REVIEW + "全镇6个村(社区)集体经济年收入平均达20万元以上。",
          # how many a rate is of: 重庆市2024年政府工作报告 数读 (新华网), 乌海市2024年政府工作报告 (the corpus),
          # 临沧市2023年政府工作报告 (citypairs)
          # the places a work covers, after 涉及: 永宁县 晒比促 (nxyn.wenming.cn 2024-03-18), 干汊河镇 重点工程
          # (hefei.baogaosu.com 2016-12-20), 魏庄镇2018年政府工作报告 (ahhy.gov.cn 51281164)
          "今年,永宁县实施高标准农田建设项目5个,面积6.02万亩,涉及5个乡镇14个村。",
          "舒城县2016年小农水项目县工程,涉及6个村,衬砌渠道127条。", "开工建设涉及9个村的农田水利治理工程。",
          REVIEW + "74个国控断面水质优良比例达到100%。", REVIEW + "296个重点项目开复工率100%,完成投资263亿元。",
          REVIEW + "11个国控断面水质优良率达100%。",
          # 临沧市政府工作报告 2023 (lawtext/gov): the sections whose water is rated
          "保持11个国控断面水质优良率达100%。",
          # rates sharing one value with 均 (白山市 2025 政府工作报告, lawtext/gov): each count is what its rate is of
          "力争22个国省控断面水质达标率、优良水体比例、9处在用县级以上集中式饮用水源水质达标率均保持100%。",
          # every site counted to meet the standard: 邯郸市政府工作报告 2022 (lawtext/gov), and the common shape of a plan's
          # 断面 line (确保18个国省考断面全部达标)
          "确保13个国省考核断面、63个入河排污口水质全部达标。", "确保18个国省考断面全部达标。",
          # the parks or industries whose output (or its growth) is told: 云浮市2022年、2023年 (reviews), 昆明市2025年,
          # 石嘴山市2021年政府工作报告 (lawtext/gov); 清溪镇2017年前三季度经济运行情况 (news4)
          REVIEW + "预计5个省级产业园规模以上工业增加值增长9%,镇域发展活力持续激发。",
          REVIEW + "预计全市5个省级产业转移工业园实现规上工业总产值450亿元,增长12%。",
          "以数智技术、绿色技术改造提升化工、烟草、冶金等产业,确保四个传统产业产值达到3000亿元以上。",
          "推动精细化工区块打造国内一流化工集聚区,三个开发区总产值突破1200亿元。",
          REVIEW + "玩具、家具制造等四个特色产业完成增加值24.8亿元,增长16.5%,继续保持较快增长。"),
         ("新增11个县通高速。", "力争30个村集体经济收入超50万元。", "建成5个产业园,实现产值100亿元。",
          REVIEW + "43个重点产品产值突破200亿元。", "新增3个产值超百亿元的产业园。", "建成5个污水处理厂,污水处理率达到95%。",
          "完成5个村的污水管网改造,涉及资金500万元。",
          REVIEW + "32个村集体经济收入达到20万元以上。",  # how many villages passed a floor: a count
          # the same 2022 sentence: a rate, then a count of its own; a count whose noun is no rate
          "农村卫生户厕普及率达68%以上,新建农村公路1500公里以上。", "完成5万户改厕,实现垃圾分类行政村全覆盖。",
          # new sites to meet it, no 全部: a count (伊春市政府工作报告 2021, lawtext/gov); a standard in the next clause
          "确保新增10个水质断面稳定达标。", "新建5个污水处理厂,出水水质全部达标。")),
    Rule("population-in-scope", "a population in scope (60万群众, 受益群众5万人, 惠及17个乡镇)",
         ("惠及60万群众。",
          # a city's people named by the city (云浮市2023年、惠州市2023年政府工作报告, lawtext/gov), in a plan and in a review
          "紧紧依靠和团结300多万云浮人民,笃定信心、心怀定力。", "这也是600多万惠州人民的热切期盼。",
          REVIEW + "300多万云浮人民团结一心战疫情、众志成城渡难关。",
          # who a 民生实事 reaches: 涉县 (wrujm.cn 1597), 扬中市2026年民生实事 (reportify.cn summary of 新浪财经)
          "改造规模10千伏线路8.46公里,受益群众5万人。", "在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏,惠及17个乡镇(街道办)。",
          "开展健康惠民万家行免费筛查项目,预计覆盖受益群众超过7.9万人。",
          # a result's reach, its clause only 惠及: 木棠镇2024年工作总结 (towns4), 平潭综合实验区2025年政府工作报告
          REVIEW + "发放特惠性学生生活补助及雨露计划补助411.59万元,惠及3304人次。",
          REVIEW + "完成老旧小区改造(四期)工程,惠及10个小区1629户居民。",
          # a place's people: 惠州市2023年政府工作报告, 云浮市2023年政府工作报告 (lawtext/gov)
          "加快打造新增长极,也是600多万惠州人民的热切期盼。", "紧紧依靠和团结300多万云浮人民,奋力开创新局面。",
          # the people named as a place's 儿女, and the firms a service reaches (南通市2024年政府工作报告, lawtext/gov;
          # 东城区 news, news4)
          "紧紧依靠775万江海儿女,共绘新南通现代化建设更美图景。",
          "打通数据壁垒,让全市125万市场主体获得高效便捷的政策服务。", "持续释放11.6万市场主体的潜力。"),
         ("帮扶60万人。", "转移5万农村人口就业。", "组织人民群众参与,新增10万人次。", "为200万中小学生开展心理健康测评。", "组织480名失业青年和大中专毕业生参与就业见习。",
          # a result's reach its clause names (乐山市2022年政府工作报告: 助学政策惠及15.8万人)
          REVIEW + "助学政策惠及15.8万人。",
          # firms counted after their noun, a target (洛阳 2023, 遵义 2022 政府工作报告)
          "新增各类市场主体10万户。", "新增市场主体6万户以上。")),
    # the people at a meeting, in its news: 安伏镇召开全镇工作会议 (qinan.gov.cn 1013992); 齐寿镇农业农村工作会议
    # (yhg994208.cn 2017-04-24)
    # and counted after the word for coming, in the news of a township congress: 覃塘区樟木镇第三届人民代表大会第七次会议
    # (luolaoshi.cn 1673475); 官渡镇第十五届人民代表大会第二次会议 (public.zhongmu.gov.cn 491018); 舞钢市尹集镇第十一届
    # 人民代表大会第一次会议 (jjdnfz.cn 105844)
    Rule("attendance", "the people at a meeting (130余人参加会议, 应到代表103名, 四套班子领导, a congress's deputies) in its news: who came",
         ("全镇科级领导、镇属单位负责人、全体镇干部、各村党支部书记,村文书共计130余人参加会议。",
          "镇领导班子成员、全体镇干部、镇属单位负责人、全体村干部近110人参加了本次会议。",
          "大会应到代表103名,实到93名。",
          "大会应到代表80名,因病因事请假9名,实到代表71名代表,列席42名。",
          "本次会议出席人大代表62名,列席人员10名。",
          # a province's congress opening: 广西壮族自治区第十四届人民代表大会第五次会议 (湖北日报 2026-02-05 reprint,
          # hscbw.com); 河南省第十四届人民代表大会第二次会议 (河南日报 2024-01-29, jyrb.cn)
          "会议应到代表665人,出席开幕会的代表635人,符合法定人数。",
          "河南省第十四届人民代表大会共有代表951名,出席开幕大会的代表898名,符合法定人数,现在大会开幕。",
          # news of a city's congress (嵊州市十五届人大五次会议, sznews.zjol.com.cn 2016-01-08)
          "出席大会的259名市人大代表肩负全市人民的重托与期盼,庄严步入会场。",
          # 淮阳县第十四届人大三次会议 (hyx.rootinhenan.com 2014-01-21): the congress's term before 人大代表; the
          # four leading bodies (四个班子, 四套班子) seated at a meeting, as news of a county's congress names them
          "此次应出席会议的十四届人大代表367人,实到329人,符合法定人数。",
          "主席台就座的还有县四个班子其他领导和主席团其他成员。", "市四套班子领导出席会议。",
          # who spoke at it: 徽城镇 巡察反馈会 (sx.hsjw.gov.cn 9178069), a county's 巡察进驻动员会 (jw.km.gov.cn 4391219)
          "县委上下联动巡察组反馈巡察情况,23个村(社区)党组织主要负责人表态发言。",
          "共计520余人参加会议,12个村(社区)党总支书记作表态发言。",
          # the deputies counted in a township congress's news: 操军镇第十四届人大一次会议 (huarong.gov.cn 1006859),
          # 木子店镇第十届人大五次会议 (dbllz.hgzhrd.gov.cn 43753), 两河镇第十八届人大 (shiquan.qinfeng.gov.cn 1490)
          "title: 操军镇第十四届人民代表大会第一次会议胜利召开\n全镇71名镇人大代表和44名列席代表出席会议。",
          "title: 木子店镇召开第十届人民代表大会第五次会议\n来自全镇各条战线的65名人大代表以饱满的政治热情共商发展大计。",
          "title: 两河镇召开第十八届人民代表大会\n邀请全镇47名人大代表为全镇经济社会发展建言献策。",
          # those present (与会的) counted before them: 泰兴市各乡镇人代会完成选举任务 (newsleft); the shape of a
          # meeting's news (参会的…名党员干部)
          "title: 泰兴市各乡镇人代会完成选举任务\n河失镇第一届人民代表大会第七次会议举行选举,与会的70名人大代表以等额选举的方式,补选了该镇人大主席。",
          "会上,参会的120名党员干部观看了警示教育片。",
          # the congress named in the sentence, not the headline: 姜堰兴泰镇 民生实事票决 (jyss.net 93783); the shape of
          # a town congress's news
          "日前,兴泰镇召开第十九届人民代表大会第五次会议,经过全镇各条战线51名人大代表的激烈票决,最终敲定了8项民生实事项目。",
          "镇第八届人民代表大会第三次会议召开,全镇56名人大代表参加会议。",
          # a news titled by what the congress decided, its sitting named in the sentence: 兴泰镇推进民生实事项目早日兑现
          # (news4, 2019); the 木子店镇 sitting so told (dbllz.hgzhrd.gov.cn 43753)
          "title: 兴泰镇推进民生实事项目早日兑现\n日前,兴泰镇召开第十九届人民代表大会第五次会议,经过全镇各条战线51名人大代表的激烈票决,最终敲定了2019年8项镇政府民生实事项目。",
          "木子店镇召开第十届人民代表大会第五次会议,来自全镇各条战线的65名人大代表以饱满的政治热情共商发展大计。",
          # 正式代表, and a sentence opening on 会上 after the one naming the sitting: 鹿城区山福镇 2018年十大民生实事出炉
          # (wzrd.gov.cn 17369576); 扬州市职业大学 教代会 news (a school's congress, the same words)
          "4月11日,山福镇第一届人民代表大会第三次会议圆满的完成了各项议程。会上,山福镇47名正式代表参与讨论并票选出2018年十大民生实事项目。",
          "title: 扬州市职业大学第八届教职工代表大会\n132名正式代表出席会议,不是代表的部门负责人列席了会议。"),
         ("全年组织1000名农民参加技能培训。",
          "镇第三次党代会召开。会上,部署全年新增就业300人。",
          "镇人民代表大会第三次会议召开。会上,提出全年培训新型职业农民200名。", "落实镇人民代表大会决议,组织200名人大代表开展视察。", "选举产生镇人大代表62名。", "全年组织与会企业签约项目12个。", "全年组织200名人大代表开展视察。",
          "title: 镇第十八届人民代表大会第一次会议\n选举产生镇人大代表62名。", "全年组织12个村开展人居环境整治。",
          "调整充实8个村级班子。", "配强3个班子。")),
    # the reports a township congress hears: 官渡镇第十五届人民代表大会第二次会议 (public.zhongmu.gov.cn 491018);
    # 舞钢市尹集镇第十一届人民代表大会第一次会议 (jjdnfz.cn 105844)
    Rule("led-out", "the people a leader leads out to a campaign (带领…保洁员130余人对…清扫): who took part, no aim",
         # 郑庵镇 clean-up news (news3); the common shape of a visit's news (率领…代表团一行20人赴…考察)
         ("活动中,郑庵镇主要领导带领镇村干部、保洁员130余人对正中大道两侧道路进行清扫冲洗。",
          "镇党委书记率领招商小分队一行12人赴深圳开展招商活动。"),
         ("带领群众发展特色种植,带动农户增收,培训新型职业农民500人。", "组织200人参加技能培训。")),
    Rule("reports-heard", "the reports a congress hears (审议三个报告), whom it elects, what it votes: its agenda, no aim",
         ("与会代表分6个代表团对三个报告的内容进行了分组讨论。", "大会表决通过了关于三个报告的决议及审议意见。",
          "并通过分组讨论三个工作报告,代表提议案和建议。",
          # counted in 份: 木子店镇第十届人大五次会议 news (dbllz.hgzhrd.gov.cn 43753)
          "同意报告提出的2025年工作的总体要求、主要目标和重点任务,决定批准两份报告。",
          # elections and votes: the same 木子店镇 news; 泰兴市乡镇人代会 news (mob51.cn taixing 2005/1101)
          "会议选举产生了木子店镇人民政府副镇长两名,并票决产生2025年政府重大民生实事项目2项,圆满完成了各项议程。",
          "22个乡镇补选出了39名乡、镇长。",
          # the places that elected, counted: the same 泰兴市 news; the shape of a county's close of its township congresses
          "我市各乡镇分别召开人民代表大会,有20个乡镇补选了人大主席,19个乡镇补选了人大副主席。",
          "至此,我市24个乡镇的党委、人大、政府的领导成员已经全部产生。",
          "全县15个乡镇选举产生了新一届乡镇人民政府领导班子。",
          # the delegates asked to vote the year's list: 盐城市政府工作报告 2022 and 2023 (lawtext/gov)
          "今年,我们排出了23项民生实事,请各位代表投票确定其中的20项。",
          "今年,我们排出了23项民生实事,提请各位代表投票确定20项。"),
         ("新建3个报告厅。", "完成3个村庄规划编制报告。", "编制3份评估报告。",
          "完成换届选举村23个。", "办好民生实事项目10项。", "指导23个村完成村“两委”换届选举。",
          "新建3个村级领导班子活动场所。")),
    # -- tables ------------------------------------------------------------------------
    Rule("table-column", "a cell of an indicator table is read under its column: 2025年目标 a target, 2024年完成 a result",
         ("二、主要指标\n指标名称 | 单位 | 2024年完成 | 2025年目标 | 增长\n地区生产总值 | 亿元 | 34.4 | 36.5 | 6%",
          "二、主要指标\n序号 | 指标 | 2025年目标值\n1 | 城镇调查失业率(%) | 5.5以内",
          # a PDF's table, its cells wrapped over lines (北京市“十五五”规划纲要 主要指标)
          "主要指标\n类别 序号 指标 2025年 2030年目标 属性\n创新\n发展\n(5项)\n1\n全社会研究与试验发展经费支出占地区生\n"
          "产总值比重(%)\n6左右∗ >6 预期性"),
         ("二、主要指标\n村名 | 户数 | 人口\n东村 | 120 | 450",
          "主要指标\n序号 指标 2030年目标 属性\n1\n加快建设现代化产业体系,到2030年建成高质量数据集300个。")),
    # -- numbers without a unit ----------------------------------------------------------
    Rule("bare-year", "a year", ("2025年全面完成改造。", "劳动年龄人口平均受教育年限到2030年提高到12年。"),
         # years as an amount after 年限: “十五五”时期主要目标 (2026年政府工作报告极简版, news.fjsen.com 2026-03-05);
         # a speech on talent (public repository text: 新增劳动力平均受教育年限达到12.7年以上)
         ("劳动年龄人口平均受教育年限提高到11.7年", "新增劳动力平均受教育年限达到12.7年以上。")),
    Rule("bare-date", "a date, a time or a day of the month", ("3月5日召开大会。",), ()),
    Rule("bare-age", "an anniversary or an age", ("迎接建党100周年。",), ()),
    Rule("bare-code", "part of a code or name (PM2.5, 3A, 5G)", ("创建3A级景区。",), ()),
    Rule("bare-slogan", "part of a name or slogan (“1+9”)", ("学深用透1+9政策体系。",), ()),
    Rule("bare-item", "an item number", ("1.推进项目建设。",), ()),
    Rule("bare-no-unit", "a number with no unit", ("建设12345热线。",), ()),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

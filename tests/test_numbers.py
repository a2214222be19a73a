"""Chinese quantities: numerals, written units and base-unit conversion (monitor.numbers)."""

from __future__ import annotations

import pytest

from monitor import numbers as N


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("一", 1), ("两", 2), ("十", 10), ("十四", 14), ("二十", 20), ("一百零八", 108),
        ("一千二百", 1200), ("一千零五", 1005), ("两万", 20000), ("一万二千", 12000),
        ("一千二百万", 12_000_000), ("三点五", 3.5),
    ],
)
def test_chinese_numerals_read_as_numbers(numeral, value):
    assert N.cn_to_number(numeral) == value


@pytest.mark.parametrize("word", ["十四五", "八八", "五一", "二〇二四", "百", "千万", "万", "二百一千"])
def test_words_made_of_numeral_characters_are_not_numbers(word):
    # 十四五 (a plan period), 八八战略, 五一 (a holiday), a year written digit by digit, 千万工程
    assert N.cn_to_number(word) is None


LONGEST = "九千九百九十九亿九千九百九十九万九千九百九十九"  # the longest numeral there is: 23 characters


@pytest.mark.parametrize("run", ["一", "二", "十", "二〇", "万"])
def test_a_run_of_numerals_is_read_no_further_than_the_longest_numeral(run):
    # Read to its end from each of its characters, a 10,000-character run in brackets took 14 s (quadratic):
    # from its first character a numeral is looked for at most 40 characters ahead, so the scan stays linear.
    assert N.CHINESE_RE.match(run * 100 + "个") is None
    assert N.CHINESE_RE.match(run * 100 + "分之一") is None
    m = N.CHINESE_RE.match(LONGEST + "元")
    assert m is not None and N.read_chinese(m).value == 999_999_999_999
    assert [q.value for q in map(N.read_chinese, N.CHINESE_RE.finditer("（" + run * 20_000 + "）增长五个百分点"))][-1] == 5


def quantities(text: str) -> list[tuple]:
    """(value or (min, max), unit, 余/多) of every quantity the scans find."""
    out = []
    for rx, read in ((N.ARABIC_RE, N.read_arabic), (N.CHINESE_RE, N.read_chinese)):
        for m in rx.finditer(text):
            q = read(m)
            if q:
                out.append((q.start, q.value if q.value is not None else (q.min, q.max), q.unit, q.more))
    return [x[1:] for x in sorted(out)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("财政总收入10000万元", [(10000, "万元", False)]),
        ("粮食产量1.3万亿斤以上", [(1.3, "万亿斤", False)]),
        ("工业投资6700余万元", [(6700, "万元", True)]),
        ("疫苗接种2.6万余人次", [(2.6, "万人次", True)]),
        ("涉案调解金额270多万元", [(270, "万元", True)]),
        ("投资1600万抓好项目", [(1600, "万", False)]),
        ("绿色食品1-2家", [((1, 2), "家", False)]),
        ("乐龄之家4—5个", [((4, 5), "个", False)]),
        ("示范点3―5个", [((3, 5), "个", False)]),
        ("增长6%-6.5%", [((6, 6.5), "%", False)]),
        ("投资3000万至5000万元", [((3000, 5000), "万元", False)]),
        ("提高1个百分点", [(1, "个百分点", False)]),
        ("节能10万吨标准煤", [(10, "万吨标准煤", False)]),
        ("浓度20微克/立方米以下", [(20, "微克/立方米", False)]),
        ("装机10万千瓦", [(10, "万千瓦", False)]),
        # 度, a kilowatt-hour, after 万 or 亿 only (浚县2013年政府工作报告: 全社会用电量达到7.2亿度; 节约用电120万度)
        ("全社会用电量达到7.2亿度", [(7.2, "亿度", False)]),
        ("节约用电120万度", [(120, "万度", False)]),
        ("投资1.2亿度假区", [(1.2, "亿", False)]),  # 度假 (a resort) is no kilowatt-hour
        # 方, a cubic metre, after 万 or 亿 only (开州 跳蹬水库 news: 工程总库容1.06亿方,防洪库容4250万方; the common shape of
        # a gas field's report: 天然气产量达到100亿方)
        ("工程总库容1.06亿方", [(1.06, "亿方", False)]),
        ("防洪库容4250万方", [(4250, "万方", False)]),
        ("天然气产量达到100亿方", [(100, "亿方", False)]),
        ("编制2万方案", [(2, "万", False)]), ("投资1亿方面", [(1, "亿", False)]),  # 方案, 方面 are no cubic metres
        ("年产能达5000台套", [(5000, "台套", False)]),  # sets of equipment, not 5000台 of 套
        ("接待客商423批次", [(423, "批次", False)]),  # visits, as 人次: not 423批 of 次
        # visits of firms, as 人次 (梅州蕉岭三圳镇2025年政府工作报告: 共对接商会、企业等104家次; 温宁新安街道2025年度工作总结:
        # 服务民营企业1000余家次); 104家 alone stays a count of firms
        ("共对接商会、企业等104家次", [(104, "家次", False)]),
        ("服务民营企业1000余家次", [(1000, "家次", True)]),
        ("新增规上企业3家次年投产", [(3, "家", False)]),  # 家 then 次年 (the next year)
        # 平米, the spoken 平方米 (新安街道2025年度工作总结: 完成签约3万平米、拆除3万平米; 常见于镇街总结: 改造老旧小区5万平米)
        ("完成签约3万平米、拆除3万平米", [(3, "万平米", False), (3, "万平米", False)]),
        ("新建标准厂房2.5万平方米", [(2.5, "万平方米", False)]),
        ("安装太阳能路灯1000盏", [(1000, "盏", False)]),  # lamps
        # charging posts (宜春市 2022 and 2023 政府工作报告: 新能源汽车充电桩2000根以上; 1000根以上)
        ("新建5G基站1000个以上、新能源汽车充电桩2000根以上", [(1000, "个", False), (2000, "根", False)]),
        # containers in standard units and trains (四川 2025: 中欧班列(成渝)累计开行量突破3.6万列; 河南 2023: 中欧班列累计开行
        # 超过6000列; 江苏 2025: 开行中欧班列2286列); 列入 after a number is no unit
        ("港口集装箱吞吐量达到300万标准箱", [(300, "万标准箱", False)]),
        ("集装箱吞吐量突破100万TEU", [(100, "万TEU", False)]),
        ("中欧班列累计开行超过6000列", [(6000, "列", False)]),
        ("共有15项列入省重点", [(15, "项", False)]),
        ("家禽3.1万羽、鱼苗100万尾、马20匹", [(3.1, "万羽", False), (100, "万尾", False), (20, "匹", False)]),  # poultry, fish, horses
        # logs of mushroom spawn (白音他拉苏木2023年政府工作报告: 培植香菇55万棒; 常见于山区乡镇: 发展食用菌120万棒)
        ("培植香菇55万棒、食用菌120万棒", [(55, "万棒", False), (120, "万棒", False)]),
        # area worked per pass and spindles (四平市 2025 政府工作报告: 水肥一体化等重大技术3806万亩次; 伊犁州 2025:
        # 纺纱能力达到354万锭; 常见于纺织业: 新增纱锭10万锭); 3806万亩 alone stays an area
        ("推广水肥一体化等重大技术3806万亩次", [(3806, "万亩次", False)]),
        ("全州纺纱能力达到354万锭、织布突破2.3亿米", [(354, "万锭", False), (2.3, "亿米", False)]),
        # hives of bees (伊春市政府工作报告 2022: 蜜蜂6万箱; 2023: 蜜蜂7.2万箱, lawtext/gov) and boxes of fruit (常见于果业: 出口苹果
        # 5000箱)
        ("冷水鱼1.1万亩、蜜蜂6万箱,出口苹果5000箱", [(1.1, "万亩", False), (6, "万箱", False), (5000, "箱", False)]),
        # the units of charging, grids, computing and ports (温州 2024: 投用充电枪2万把以上; 临沧 2022: 建成充电桩2460枪; 温州 2025:
        # 新投产电网工程300万千伏安以上; 贵阳 2024: 力争智算突破20万卡; 杭州“十五五”规划建议: 智算规模超过100EFLOPS; 贵阳 2023:
        # 陆港年周转集装箱达到1.3万大箱; 平潭 2024: 船舶总运力突破600万载重吨); 500千伏 (a voltage) is no unit
        ("投用充电枪2万把以上、充电桩2460枪", [(2, "万把", False), (2460, "枪", False)]),
        ("新投产电网工程300万千伏安以上,加快500千伏输变电工程", [(300, "万千伏安", False)]),
        ("力争智算突破20万卡,智算规模超过100EFLOPS", [(20, "万卡", False), (100, "EFLOPS", False)]),
        # P, PFLOPS's shorthand, where it closes its clause (东莞 2026: 可调度算力规模突破1.5万P; 合肥 2026: 综合算力突破40000P;
        # 武汉 2025: 高性能算力总规模超4500P); before a noun it is a class (1000P算力以上的智算中心) or a horsepower (3P空调)
        ("推动可调度算力规模突破1.5万P,综合算力突破40000P。", [(1.5, "万P", False), (40000, "P", False)]),
        ("高性能算力总规模超4500P以上", [(4500, "P", False)]),
        ("重点建设1000P算力以上的智算中心,采购3P空调20台", [(20, "台", False)]),
        ("年周转集装箱达到1.3万大箱,船舶总运力突破600万载重吨", [(1.3, "万大箱", False), (600, "万载重吨", False)]),
        ("获得金牌50枚,马铃薯原原种供应能力达到10亿粒", [(50, "枚", False), (10, "亿粒", False)]),
        ("新建5G基站351基", [(351, "基", False)]),
        # a value right after GDP, its measure's name (嘉兴 2021 政府工作报告: 人均GDP15万元以上; 鄂尔多斯 2022: 民营经济增加值
        # 占GDP60%以上), no code as G60 or 5G is
        ("人均GDP15万元以上,民营经济增加值占GDP60%以上", [(15, "万元", False), (60, "%", False)]),
        # wells, ponds, pits and net cages, bags of mushroom spawn, seedling trays, loads of tobacco leaf (a 镇 of 重庆: 整治病险
        # 塘库72口, 建设沼气池252口, 产量3110担; 北海 2025: 新建深水网箱212口; 南漳 a 镇 2022 一季度: 食用菌53万袋; a 镇's
        # 2025年工作情况汇报: 日播种能力达1.1万盘)
        ("整治病险塘库72口,建设沼气池252口,新建深水网箱212口", [(72, "口", False), (252, "口", False), (212, "口", False)]),
        ("食用菌53万袋,日播种能力达1.1万盘,产量3110担", [(53, "万袋", False), (1.1, "万盘", False), (3110, "担", False)]),
        # the tiers of an organisation under a cap (成都 2025, 哈尔滨 2025 政府工作报告: 管理层级控制在3级以内)
        ("管理层级控制在3级以内、出资层级控制在5级以内", [(3, "级", False), (5, "级", False)]),
        ("办理政务服务事项1.2万项,完成5项目标任务", [(1.2, "万项", False), (5, "项", False)]),  # 七台河 2023; 铁塔 and 基站 are counted so
        # a price per a unit sold (三亚 2022: 基本蔬菜均价下降0.51元/斤; 广东 节能降碳方案: 加价0.1元/千瓦时)
        ("均价下降0.51元/斤,加价0.1元/千瓦时", [(0.51, "元/斤", False), (0.1, "元/千瓦时", False)]),
        # an amount per another is one unit (广州“十五五”规划纲要: 全员劳动生产率达28万元/人; 亳州 2021: 全员劳动生产率5.3万元/人以上)
        ("全员劳动生产率达28万元/人", [(28, "万元/人", False)]),
        # a rate per 10万 is one unit, its 10万 no amount (中国妇女报 2020-10-29 “十三五” 卫生健康: 分别从20.1/10万、8.1‰…降至17.8/10万;
        # 南通市“十三五”卫生健康主要指标: 肺结核发病率 23.71/10万; the common shape of a plan's 控制在10/10万以下)
        ("孕产妇死亡率分别从20.1/10万、8.1‰降至17.8/10万", [(20.1, "/10万", False), (8.1, "‰", False), (17.8, "/10万", False)]),
        ("孕产妇死亡率控制在10/10万以下,肺结核发病率30/十万", [(10, "/10万", False), (30, "/十万", False)]),
        # events counted each time held (南宁市 2025 政府工作报告: 开展…各级各类体育赛事活动1000项次以上); 15项 alone stays items
        ("开展覆盖全年龄阶段的各级各类体育赛事活动1000项次以上", [(1000, "项次", False)]),
        # requests counted each time made (建平 2025 政府信息公开年报: 全年共收到政府信息依申请公开89件次)
        ("全年共收到政府信息依申请公开89件次", [(89, "件次", False)]),
        # meals served and doses given (中山市 2021 and 2023 政府工作报告 十件民生实事: 年度送餐量12万餐次, 免费接种流感疫苗3万剂;
        # the common shape of a vaccination drive's 接种疫苗100万剂次)
        ("年度送餐量12万餐次,免费接种流感疫苗3万剂,接种疫苗100万剂次", [(12, "万餐次", False), (3, "万剂", False), (100, "万剂次", False)]),
        # pairs counted (德阳市 2021 and 2023 政府工作报告: 81对学校结对共建, 新增结对学校10对; 遵义市 2022: 平价肉菜专柜110对)
        ("81对学校结对共建,新增结对学校10对,平价肉菜专柜110对", [(81, "对", False), (10, "对", False), (110, "对", False)]),
        # after a comma a count of pairs stays one (an item's number opens a clause after ; or 。, not after ,)
        ("实现同城无差别受理,81对学校结对共建", [(81, "对", False)]),
        # spoken 个点 and 个亿 after digits (乐山 2023: 税电指数108.41、高于全省5.33个点; 南漳 a 镇 2022 一季度: 完成固定资产
        # 投资4.9个亿); 个点位 counts sites (a 社区's 点位 list) and 个亿元以上项目 projects of a size (亳州 2021: 103个亿元以上项目)
        ("高于全省5.33个点,完成固定资产投资4.9个亿", [(5.33, "个点", False), (4.9, "个亿", False)]),
        ("共有4个点位,103个亿元以上项目", [(4, "个", False), (103, "个", False)]),
        ("外资400万美元", [(400, "万美元", False)]),
        # units in Latin letters or symbols, as NFKC leaves them (㎡ and m² → m2, m³ → m3, ㎞ → km): 君山区 2024 工作报告 (完成全塑胶
        # 渔排改造21455㎡), 大新镇 2024 高标准农田 (新建或拆建防渗渠道9191m, 木桩护岸1.325km), 县城乡污水处理调研 (日产生活污水7.4万m³),
        # 聊城 2020 (计划新增集中供热面积300万㎡); the common shape of a township's energy and waste lines (万kW, 万kWh, t, t/d)
        ("完成全塑胶渔排改造21455m2", [(21455, "m2", False)]),
        ("新建或拆建防渗渠道9191m,木桩护岸1.325km", [(9191, "m", False), (1.325, "km", False)]),
        ("日产生活污水7.4万m3,计划新增集中供热面积300万m2", [(7.4, "万m3", False), (300, "万m2", False)]),
        ("新增光伏装机120万kW、年发电量1200万kWh,储能100MW", [(120, "万kW", False), (1200, "万kWh", False), (100, "MW", False)]),
        ("收购粮食300t,日处理垃圾200t/d,均价8000元/m2", [(300, "t", False), (200, "t/d", False), (8000, "元/m2", False)]),
        # the units of sector plans: a capacity over a unit of time is one unit (广东省重点行业节能降碳改造攻坚三年行动方案:
        # 120万吨/年以下球团设备, 6000万标砖/年以下的烧结砖; 浙江省污染天气消除攻坚行动方案: 2500吨/日及以下熟料生产线),
        # a boiler's tonnes of steam (阳泉市秋冬季攻坚行动计划: 10蒸吨/小时及以下燃煤锅炉; 山西省蓝天保卫战2019年行动计划:
        # 淘汰燃煤锅炉1410台、3572蒸吨), coal per kilowatt-hour, gigawatts (乐山市政府工作报告: 30吉瓦拉棒切方)
        ("淘汰120万吨/年以下球团设备", [(120, "万吨/年", False)]),
        ("退出2500吨/日及以下熟料生产线", [(2500, "吨/日", False)]),
        ("退出产能在6000万标砖/年以下的烧结砖", [(6000, "万标砖/年", False)]),
        ("淘汰10蒸吨/小时及以下燃煤锅炉", [(10, "蒸吨/小时", False)]),
        ("淘汰燃煤锅炉1410台、3572蒸吨", [(1410, "台", False), (3572, "蒸吨", False)]),
        ("供电煤耗降低5克标准煤/千瓦时以上", [(5, "克标准煤/千瓦时", False)]),
        ("形成30吉瓦拉棒切方、储能200兆瓦时", [(30, "吉瓦", False), (200, "兆瓦时", False)]),
        ("平板玻璃2000万重量箱", [(2000, "万重量箱", False)]),
        ("新增就业1,200万人", [(1200, "万人", False)]),
        ("一千二百万元", [(1200, "万元", False)]),
        ("基地一家。两个村,十个点", [(1, "家", False), (2, "个", False), (10, "个", False)]),
        ("三至五家", [((3, 5), "家", False)]),
        ("百分之五十", [(50, "%", False)]),
        ("三分之一", [(0.3333, "fraction", False)]),
        ("一半以上", [(0.5, "fraction", False)]),
        ("投资1亿元到2025年完成", [(1, "亿元", False)]),
        # 项 is no unit of 项目 (南宁市 2025 政府工作报告: 大力引进培育百亿、五百亿项目, projects of a size), but
        # 5项目标 counts targets (the common shape 完成5项目标任务)
        ("完成5项目标任务", [(5, "项", False)]),
        ("查处一起案件", [(1, "起", False)]),  # spared: an incident counted
    ],
)
def test_quantities_keep_the_unit_as_written(text, expected):
    assert quantities(text) == [tuple(e) for e in expected]


@pytest.mark.parametrize(
    "text",
    ["发文日期2024-03-26", "气温30度", "360度全景", "PM2.5浓度", "3A级景区", "104国道", "75周年", "十四五规划", "1.构建体系", "3#村落", "千村示范",
     "大力引进培育百亿、五百亿项目",  # 南宁 2025: 亿 then 项目 is a class of projects, no 项 counted
     # 口 and 盘 after a Chinese numeral: a name's or a saying's (施桥镇 2025: 旗杆、三口堰中心村建设项目; 六盘水市; 一盘棋)
     "旗杆、三口堰中心村建设项目", "六盘水市", "全市一盘棋", "一口气",
     # 对 after a Chinese numeral, or before a digit, 口, 接 or 标: a pairing's word or the preposition (一对一帮扶, 1对1, 对口)
     "开展一对一帮扶", "实行1对1帮扶", "建立12对口帮扶关系",
     # 对 after an item's number opening a clause is the preposition (岳阳市2023年政府工作报告's list of practical matters:
     # ⑥除险加固小型水库128座;⑦对铁山供水工程及设施升级改造, ⑦ being 7 after NFKC)
     "标准化建设小型水库;7对铁山供水工程及设施升级改造", "开展专项行动。3对重点企业开展帮扶",
     # 级 after a year or a magnitude is a class or a quake's size, no tier counted
     "2023级新生", "5.0级地震",
     # 一起 is together, not an incident counted (郑州 2025: 与广大企业站在一起、想在一起、干在一起; a county's
     # 旧城新区一起抓, 一起干)
     "与广大企业站在一起、想在一起、干在一起", "旧城新区一起抓", "大家一起干",
     # Latin letters after a number that are no unit of these: a model or a code (5G, 4K, COVID-19, M9, G318), a voltage class
     # of a substation's name (110kV), rainfall in mm, a boiler's t/h, a unit read on into more letters or digits
     "新建5G基站", "4K超高清", "COVID-19疫情", "华为M9手机", "G318国道", "建设110kV变电站", "降雨量500mm", "10t/h锅炉", "H7N9",
     "建设G60科创走廊", "发展B2B平台"],
)
def test_numbers_without_a_unit_are_not_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "value, unit, base_value, base_unit",
    [
        (10000, "万元", 1e8, "元"),
        (1, "亿元", 1e8, "元"),
        (2, "万亩", 20000, "亩"),
        (1.3, "万亿斤", 1.3e12, "斤"),
        (400, "万美元", 4e6, "美元"),
        (2.6, "万人次", 26000, "人次"),
        (5, "%", 5, "%"),
        (1, "个百分点", 1, "个百分点"),
        (5.33, "个点", 5.33, "个百分点"),
        (4.9, "个亿", 4.9e8, "元"),
        (10, "万吨标准煤", 1e5, "吨标准煤"),
        (300, "万标准箱", 3e6, "标箱"),  # the same container unit as 标箱 and TEU
        (100, "万TEU", 1e6, "标箱"),
        (7.2, "亿度", 7.2e8, "千瓦时"),
        (1.06, "亿方", 1.06e8, "立方米"),
        (7.2, "亿千瓦时", 7.2e8, "千瓦时"),
        (67, "吉瓦", 6.7e7, "千瓦"),  # photovoltaic capacity (乐山 2022 力争形成67吉瓦拉棒切方产能)
        (3, "GW", 3e6, "千瓦"),  # 中卫 2023 3GW沙漠光伏基地
        (0.7, "万元", 7000, "元"),
        (120, "万吨/年", 1.2e6, "吨/年"),  # a capacity is not a tonnage
        (2500, "吨/天", 2500, "吨/日"),
        (10, "万吨标煤/年", 1e5, "吨标准煤/年"),
        (10, "蒸吨/小时", 10, "蒸吨"),  # a boiler's 蒸吨 is already an hour's steam
        (30, "吉瓦", 3e7, "千瓦"),
        (30, "GW", 3e7, "千瓦"),
        (200, "兆瓦时", 2e5, "千瓦时"),
        (70, "GWh", 7e7, "千瓦时"),  # 贵阳 2023 政府工作报告: 新能源电池产能超过70GWh, energy, not power
        (200, "MWh", 2e5, "千瓦时"),
        (100, "EFLOPS", 1e5, "PFLOPS"),  # computing power, in petaflops
        (1.5, "万P", 1.5e4, "PFLOPS"),  # P written for PFLOPS (东莞 2026 政府工作报告)
        (28, "万元/人", 2.8e5, "元/人"),  # output per worker
        (17.8, "/10万", 17.8, "/10万"),  # deaths per hundred thousand births
        (1.5, "/万", 15, "/10万"),  # per ten thousand, as per hundred thousand
        (300, "万千伏安", 3e6, "千伏安"),  # a transformer's capacity, not 千瓦
        # units in Latin letters or symbols compare as their Chinese units (㎡ is m2 under NFKC)
        (21455, "m2", 21455, "平方米"),
        (300, "万m2", 3e6, "平方米"),
        (1.325, "km", 1.325, "公里"),
        (9191, "m", 9191, "米"),
        (7.4, "万m3", 74000, "立方米"),
        (12, "hm2", 12, "公顷"),
        (3, "km2", 3, "平方公里"),
        (120, "万kW", 1.2e6, "千瓦"),
        (1200, "万kWh", 1.2e7, "千瓦时"),
        (2.5, "MWp", 2500, "千瓦"),  # a solar plant's peak power
        (300, "t", 300, "吨"),
        (50, "kg", 50, "公斤"),
        (200, "t/d", 200, "吨/日"),
        (8000, "元/m2", 8000, "元/平方米"),
    ],
)
def test_base_values_compare_across_written_units(value, unit, base_value, base_unit):
    assert N.to_base(value, unit) == (base_value, base_unit)


@pytest.mark.parametrize("latin, chinese", [("m2", "平方米"), ("万m2", "万平方米"), ("km", "公里"), ("m3", "立方米"), ("万kW", "万千瓦"),
                                            ("kWh", "千瓦时"), ("t", "吨"), ("kg", "千克")])
def test_a_latin_unit_has_the_category_of_its_chinese_unit(latin, chinese):
    assert N.unit_category(latin) == N.unit_category(chinese) != ""


def test_percent_and_percentage_points_are_never_one_base():
    assert N.to_base(1, "%")[1] != N.to_base(1, "个百分点")[1]


def test_a_bare_ten_thousand_is_money_only_when_the_context_says_so():
    assert N.to_base(1600, "万", money=True) == (16_000_000, "元")
    assert N.to_base(1000, "万") == (10_000_000, "")


def test_halfwidth_maps_full_width_ascii_and_the_ideographic_space_and_nothing_else():
    assert N.halfwidth("全年增长５．５％，达到（约）１２亿元　—　左右") == "全年增长5.5%,达到(约)12亿元 — 左右"
    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    assert N.halfwidth(every) == every.translate(N.FULLWIDTH)  # the table it stands for, offsets kept


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # real sentences: 肥西县“十四五”规划纲要 (2021), 东营市 and 广东省 2025年政府工作报告, 临沧市 2023年政府工作报告
        ("地区生产总值在全省县域率先跃上千亿元新台阶", 1000, "亿元"),
        ("全社会研发投入突破百亿元。", 100, "亿元"),
        ("旅游总收入突破万亿元,海洋生产总值突破2万亿元。", 1, "万亿元"),
        ("地区生产总值突破千亿元大关,达1000.24亿元", 1000, "亿元"),
        ("经开区营收稳定在百亿元以上", 100, "亿元"),  # 铁锋区 2025
        # a grain harvest in 斤 (阜阳市 2021 and 2022 政府工作报告, lawtext/gov)
        ("确保粮食播种面积1470万亩以上、粮食产量稳定在百亿斤以上。", 100, "亿斤"),
        ("粮食总产连年稳定在百亿斤以上。", 100, "亿斤"),
    ],
)
def test_a_round_amount_written_as_a_bare_power_is_read_after_a_verb_of_reaching(text, value, unit):
    [q] = [q for q in map(N.read_chinese, N.CHINESE_RE.finditer(text)) if q]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, value, more",
    [
        # 万亿 alone, without 元, passed (过) or reached at the end of its clause: 西安 2025 政府工作报告, 岳阳 2023 (围绕2030年
        # GDP过万亿、…目标); not 过 before a noun (以高质量过万亿为目标, a slogan), not a class (新增过百亿元企业)
        ("新增规上工业企业500家,六大支柱产业规模过万亿。", [1.0], [True]),
        ("围绕2030年GDP过万亿、一般公共预算地方收入过400亿目标", [1.0], [True]),
        ("力争产业规模突破万亿大关", [1.0], [False]),
        ("我们以高质量过万亿为目标奋力冲刺", [], []),
        ("金融机构存贷款余额超1.25万亿元", [], []),
        # 千亿, 百亿 alike (云浮市2023年政府工作报告, lawtext/gov: 到2026年突破千亿大关; the shape of a park's goal), not
        # a class (百亿级园区), nor after a numeral (突破五千亿大关 is read by its numeral)
        ("力争全年金属智造产业产值超300亿元,保持年均增长50%,到2026年突破千亿大关。", [1000.0], [False]),
        ("园区产值迈上百亿台阶", [100.0], [False]),
        ("打造3个百亿级园区", [], []),
        ("经济总量突破五千亿大关", [], []),
    ],
)
def test_a_bare_power_passed_or_reached_is_an_amount(text, value, more):
    found = N.bare_powers(text)
    assert ([q.value for q in found], [q.more for q in found]) == (value, more)


@pytest.mark.parametrize("text", ["打造两个千亿元产业集群", "培育百亿元企业5家", "带动投资数百亿元", "投资上千亿元", "达到千亿元级",
                                  "新增过百亿元企业2家", "实施新一轮千亿斤粮食产能提升行动", "巩固百亿斤粮食产能"])
def test_a_bare_power_that_names_a_class_or_an_approximate_count_is_no_amount(text):
    # 千亿元产业 / 百亿元企业 name a class; 数百 and 上千 are "several hundred", "thousands"; 千亿元级 a class
    assert [q.text for q in map(N.read_chinese, N.CHINESE_RE.finditer(text)) if q and q.unit.endswith(("亿元", "亿斤"))] == []

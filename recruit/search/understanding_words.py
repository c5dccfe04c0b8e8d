"""The vocabulary of query understanding (understanding.py): the phrases of each kind of
intent, the job words that only look like one, and the filler that is never a required word.
Data only. The rules it feeds are in docs/query-understanding.md.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PHRASES: dict[str, dict[str, str]] = {
    "employment_type": {
        "part_time": "兼职 周末兼职 小时工 钟点工 兼职工 非全日制 学生兼职 暑期兼职 线上兼职 居家兼职",
        "temporary": "临时工 短期工 短工 季节工",
        "internship": "实习 实习生 见习 顶岗实习",
        "full_time": "全职 长期工 正式工 正式员工",
        "flexible": "灵活就业 零工 打零工 灵活用工",
    },
    # when the pay is paid: not an employment type (日结 jobs may be full-time)
    "pay_cycle": {
        "daily": "日结 日结工 日结工资 工资日结 当天结 当日结 当天结算 当天结工资 当天结钱 "
                 "一天一结 天天结 现结 日结兼职",
        "weekly": "周结 周结工资 工资周结 一周一结 按周结",
        "monthly": "月结 工资月结 按月结 不日结 非日结 不是日结 不要日结 不用日结",
    },
    # when the work is done (filters unless noted in understanding._SCHEDULE_BOOST)
    "schedule": {
        "night": "夜班 晚班 上夜班 做夜班 大夜班 夜班岗 夜班岗位 夜勤 通宵班 值夜班 夜间 晚上上班",
        # after work, in the evening (a night shift answers it too: intents._condition)
        "evening": "晚上 下班后 晚间 业余时间 晚上做 晚上打工 晚上几个小时 下班以后",
        "day_only": "白班 长白班 常白班 纯白班 只上白班 上白班 正常白班 白班岗 不上夜班 不要夜班 "
                    "不做夜班 不用上夜班 无夜班 没有夜班 没夜班 不倒班 不用倒班 不值夜班 不熬夜 "
                    # no evening work, office hours (晚上不上班 is not 晚上: the longest phrase wins)
                    "晚上不上班 晚上不用上班 晚上不干 晚上不做 晚上休息 不上晚班 不要晚班 没有晚班 "
                    "不用上晚班 "
                    "不上晚上 朝九晚五 朝九晚六 早九晚五 早九晚六 早八晚五 早八晚六 朝八晚五 朝八晚六 "
                    "白天上班 只上白天 白天班 白天的班 正常班 正常上下班 只上白班的",
        "weekend": "周末 周末兼职 周六日 周六周日 双休日 节假日兼职 周末两天 周六 周日 周天 周六周天 "
                   "星期六 星期天 星期日 星期六日 星期六星期天 星期六星期日 礼拜六 礼拜天 礼拜日 "
                   "礼拜六礼拜天",
        "summer": "暑假工 暑期工 暑假 暑期 暑假兼职 暑期兼职 暑假打工 寒暑假工 假期工 学生暑假工 "
                  "放暑假 暑假期间",
        "winter": "寒假工 寒假 寒假兼职 寒假打工 寒暑假工",
        "remote": "居家 在家 远程 线上 在家办公 居家办公 远程办公 在家工作 居家工作 线上工作 网上工作 在家做 "
                  "在家就能做 在家可做 线上兼职 居家兼职 宝妈在家",
        "short_term": "短期 短期工 短工",
        "long_term": "长期 长期工 长期稳定 长期干 长期做 干长期 做长期 能长期干",
    },
    "group": {
        "veteran": "退伍 退役 军人 退伍军人 退役军人 复员军人 转业军人 退伍兵 转业 转业干部 "
                   "退役士兵 退伍士兵 "
                   "退役人员 退伍人员 军转干部",
        "graduate": "应届 应届生 应届毕业生 毕业生 高校毕业生 校招 校园招聘 大学毕业生 大学生 "
                    "在校大学生 大学生就业 "
                    "离校未就业 往届生",
        "poverty_registered": "脱贫户 贫困户 建档立卡 建档立卡户 脱贫人口 脱贫劳动力 贫困劳动力 "
                              "低保 低保户 低保家庭 "
                              "低收入家庭 低收入人口 防返贫 监测户 脱贫家庭",
        "disabled": "残疾人 残疾 残障 残障人士 听障 聋哑人 残疾人士 残障人 残疾人员 助残 助残岗 "
                    "肢残 轻度残疾 残疾证",
        "migrant_worker": "农民工 外来务工 进城务工 返乡 返乡就业 返乡创业 返乡人员 返乡农民工 "
                          "回乡 回乡就业 回乡创业 "
                          "回乡发展 外出务工 外出务工人员 外来务工人员 务工人员 进城务工人员 返岗 返岗农民工",
        "hubei": "湖北籍 湖北人 湖北籍劳动者 我是湖北的 湖北老乡 湖北来的 湖北户口 湖北户籍",
        "employment_difficulty": "就业困难 就业困难人员 困难人员 零就业家庭",
    },
    "benefit": {
        "room_and_board": "包吃住 包食宿 管吃住 提供食宿 吃住全包 免费食宿 包吃包住 管吃管住 住家",
        "meals": "包吃 包餐 管饭 包三餐 管吃 工作餐 免费工作餐 餐补 饭补",
        "housing": "包住 有宿舍 员工宿舍 提供住宿 提供宿舍 管住 宿舍 免费住宿 住房补贴 房补",
        "social_insurance_housing_fund": "五险一金 六险一金 五险二金",
        "social_insurance": "五险 社保 交社保 缴社保 买社保 有社保 缴纳社保 购买社保",
        "weekends_off": "双休 周末双休 做五休二",
        "shuttle": "班车 通勤车 上下班接送",
        "year_end_bonus": "年终奖 年底双薪 十三薪 年终奖金",
        "paid_leave": "带薪年假 年假 带薪休假",
        "training": "培训 岗前培训 带薪培训 免费培训 技能培训",
        "transport": "交通补贴 交通补助 车补",
    },
    # open to people without experience: the seeker's words (无经验, 学徒, 零基础) filter on it; a
    # graduate's (GRADUATE_WORDS) rank by it
    "experience": {"0": "无经验 无经验可 可无经验 零经验 0经验 不要经验 不需要经验 无需经验 经验不限 "
                         "不限经验 没经验 没有经验 无经验要求 小白 小白可 新手 新手可 应届生可 接受小白 "
                         "零基础 零基础可 无基础 没基础 学徒 学徒工 当学徒 带徒 包教包会 "
                         "应届 应届生 应届毕业生 毕业生 高校毕业生 大学毕业生 实习 实习生 见习 顶岗实习"},
    "near": {"": "附近 本地 周边 离我近 离家近 家门口 就近 身边 当地 在当地"},
    "employer": {"state_owned": "国企 央企 国有企业 中央企业 国营 体制内",
                 "public_institution": "事业单位 事业编 事业编制 有编制 编制内 公立 公办 体制内",
                 "foreign": "外企 外资 外资企业 外商独资 合资 合资企业 日企 韩企 欧美企业 世界500强 500强",
                 "key_enterprise": "重点企业 重点用工企业"},
    "education": {"none": "不限学历 学历不限 无学历要求 学历无要求 没学历 无学历 没有学历 不要学历 "
                          "不看学历 学历不要求 小学学历 小学文化 小学毕业 没文凭 没有文凭 无文凭 不要文凭 "
                          "文凭不限 不限文凭 不看文凭 没读过书 没上过学 没什么文化 文化不高 文化低 "
                          "没啥学历 没什么学历 学历低 学历不高 低学历 没啥文凭 没什么文凭 没啥文化 "
                          "文化水平低 文化程度低 没念过书 没读什么书 学历差"},
    # said about the search, not the job, and cut by jieba into a word that is one (招聘|信息): dropped
    "~": {"": "招聘信息 招工信息 岗位信息 工作信息 招人信息 用工信息 招聘启事 招工启事 "
               # the seeker has no certificate: no job word, and never the licence's jobs
               "没有证 没证 无证 没有任何证 啥证都没有 什么证都没有 没有证书 无证书 不需要证 不用证 不要证 "
               "无需证书 不需要证书 没有驾照 没驾照 没有驾驶证 不要驾照 不需要驾照 "
               "电脑不太会 不会电脑 不懂电脑 电脑不会 不太会电脑 不会打字 英语不好 不会英语 "
               "拉人 接人 送人 接送人 拉活 "
               "也能干的 也能干 也能做的 也能做 也可以干 也可以做 也行 也可以"},
    # look like intents, are jobs or employers: kept as text, and nothing shorter inside counts
    "": {"": "培训师 培训老师 培训讲师 培训机构 培训学校 培训专员 培训主管 培训经理 培训顾问 培训生 "
             "宿舍管理员 宿舍管理 宿管 宿舍阿姨 班车司机 社保专员 社保顾问 单双休 博士后 本地化 残联 "
             "大理石 门窗 夜市 晚班车 周末班车 线上运营 线上销售 线上客服 居家养老 居家护理 在家教 "
             "白班夜班 白夜班 两班倒 三班倒 倒班 轮班"},
}
# what the seeker has (a licence, a title): never a required word; ranks postings that name it
PHRASES["licence"] = {"": "驾照 驾驶证 初级职称 中级职称 高级职称 有驾照 有驾驶证 持证 有证 "
                          # a skill the seeker has: the postings asking for it rank, it names no job
                          "会英语 英语好 英语流利 懂英语 会电脑 懂电脑 会用电脑 电脑熟练 会excel 会Excel "
                          "会EXCEL 会办公软件 会office 会Office 普通话好 普通话标准 会开车 会打字",
                      # a trade's certificate names the trade (值 = data/concepts.toml id)
                      "forklift_driver": "叉车证 有叉车证 持叉车证 叉车操作证 叉车驾驶证",
                      "electrician": "电工证 有电工证 持电工证 低压电工证 高压电工证 电工操作证 电工上岗证",
                      "welder": "焊工证 有焊工证 持焊工证 电焊证 电焊工证 焊接证 焊工操作证",
                      "excavator_operator": "挖机证 挖掘机证 挖掘机操作证",
                      "tower_crane_operator": "塔吊证 塔吊操作证",
                      "security_guard": "保安证 保安员证",
                      "cook": "厨师证",
                      "childcare_worker": "育婴师证",
                      "nurse": "护士证 护士执业证 护士资格证",
                      "teacher": "教师资格证 有教师资格证 教资 有教资 教师证 持教师资格证 教师资格"}
# a driving-licence class names the vehicle (公安部《机动车驾驶证申领和使用规定》准驾车型): A1 大型客车,
# A2 牵引车 (半挂), A3 城市公交车, B1 中型客车, B2 大型货车, C1/C2 小型汽车; value: the concept id
LICENCE_CLASSES = {"a1": "bus_driver", "a3": "bus_driver", "b1": "bus_driver", "a2": "heavy_truck_driver",
                   "b2": "truck_driver", "c1": "chauffeur", "c2": "chauffeur"}
# the title a licence alone (or beside a generic 司机) searches for: the concept's everyday title
LICENCE_JOBS = {"bus_driver": "客车司机", "truck_driver": "货车司机", "heavy_truck_driver": "货车司机",
                "chauffeur": "小车司机",
                "forklift_driver": "叉车司机", "electrician": "电工", "welder": "焊工",
                "excavator_operator": "挖掘机司机", "tower_crane_operator": "塔吊司机",
                "security_guard": "保安",
                "cook": "厨师", "childcare_worker": "育婴师", "nurse": "护士", "teacher": "教师"}
# a licence whose holders teach at every level: the concepts it names
LICENCE_CONCEPTS = {"teacher": ("preschool_teacher", "primary_teacher", "secondary_teacher", "tutor",
                                "english_teacher", "vocational_teacher", "special_ed_teacher")}
# the generic words a licence class makes specific (C1 司机 -> 小车司机)
GENERIC_DRIVER = words("司机 驾驶员 开车 司机师傅 驾驶 汽车驾驶员 师傅")
# workplace and sector words: the set of jobs they mean, not the word in titles (工厂保安 is not
# what 东莞 工厂 means first); a filter when nothing else names the job, else a ranking signal.
# value -> (phrases, occupation codes of the 2022 classification, concept ids whose titles count).
# Codes: the middle/small groups of the concepts' own entries in data/concepts.toml (each with its
# source there), kept to the groups that are the workplace's core work: a factory's 6-31 holds
# electricians and repairers too, a hospital's 4-10-01 nannies, so neither is in.
SECTORS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "factory": ("工厂 进厂 厂里 厂子 工厂上班 厂里上班 进厂上班 进厂打工 进工厂 工厂打工 工厂工作 去工厂 "
                "去厂里 车间 工业园",
                ("6-99", "6-25", "6-05", "6-04", "6-02", "6-01", "6-14", "6-09", "6-19", "6-20", "6-22",
                 "6-24", "6-18-01"),
                ("general_worker", "assembler", "electronics_assembler", "smt_operator", "packer",
                 "quality_inspector", "tailor", "shoe_maker", "food_processor", "injection_molder",
                 "hardware_worker", "toy_worker", "textile_worker", "cnc_operator")),
    "electronics_factory": ("电子厂 进电子厂 电子厂上班 电子工厂", ("6-25",),
                            ("electronics_assembler", "smt_operator", "general_worker", "quality_inspector")),
    "garment_factory": ("服装厂 制衣厂 衣服厂 服装厂上班 进服装厂", ("6-05",),
                        ("tailor", "garment_cutter", "garment_ironer", "garment_trimmer", "pattern_maker")),
    "shoe_factory": ("鞋厂 进鞋厂 制鞋厂 鞋厂上班", ("6-05",), ("shoe_maker",)),
    "food_factory": ("食品厂 进食品厂 食品厂上班 食品加工厂", ("6-02", "6-01"),
                     ("food_processor", "meat_processor", "packer")),
    "construction_site": ("工地 工地上 建筑工地 工地上班 工地干活 上工地 干工地 去工地", ("6-29", "6-30"),
                          ("construction_laborer", "bricklayer", "rebar_worker", "scaffolder",
                           "concrete_worker", "formwork_worker", "carpenter", "decorator", "house_painter",
                           "tiler", "waterproofer", "plumber_electrician", "welder", "excavator_operator",
                           "tower_crane_operator")),
    "logistics": ("物流 物流园 物流公司 仓库 物流仓库 仓库上班 快递仓 电商仓 物流中心 分拨中心 转运中心",
                  ("4-02-05", "4-02-06", "4-02-07"),
                  ("warehouse_keeper", "picker", "sorter", "packer", "loader_worker", "forklift_driver",
                   "courier", "logistics_clerk")),
    "hotel_catering": ("酒店 宾馆 饭店 餐馆 饭馆 餐厅 酒楼 餐饮 大排档 食堂 后厨 酒店上班 饭店上班",
                       ("4-03-01", "4-03-02"),
                       ("cook", "kitchen_helper", "dishwasher", "waiter", "runner", "room_attendant",
                        "hotel_front_desk", "canteen_cook", "pastry_cook")),
    "hospital": ("医院 医院上班 诊所 卫生院 养老院 敬老院", ("2-05", "4-14"),
                 ("nurse", "care_worker", "eldercare_worker", "hospital_guide", "doctor")),
    "school": ("学校 幼儿园 培训班 托管班 学校上班", ("2-08",),
               ("preschool_teacher", "early_ed_teacher", "primary_teacher", "secondary_teacher", "tutor",
                "arts_teacher", "music_teacher", "dance_teacher", "english_teacher")),
}
for _value, (_text, _codes, _ids) in SECTORS.items():
    PHRASES.setdefault("sector", {})[_value] = _text
# a job title as well as a condition (钟点工, 暑假工, 住家): alone, the word stays in the text search
# (the job), its condition only ranks; beside another job word (暑假工 服务员, 住家 育儿嫂) that word is
# the job and the condition applies as it reads alone (暑假 filters, relaxable; 住家 = 包吃住 ranks)
JOB_WORDS = words("钟点工 小时工 临时工 暑假工 寒假工 暑期工 寒暑假工 假期工 学徒工 住家")
# schedule values that rank only: short and long term are rarely stated, and never a hard condition
SCHEDULE_BOOST = words("short_term long_term")
# 宝妈, 妈妈岗: hours that fit a mother's day, never a required word: part-time work ranks first
PHRASES["employment_type"]["part_time"] += " 宝妈 宝妈岗 妈妈岗 宝妈工作 宝妈专岗"
BOOST_WORDS = words("宝妈 宝妈岗 妈妈岗 宝妈工作 宝妈专岗")
# a graduate is who the seeker is, not a limit: postings open to no experience rank first, the ones
# asking a year or two stay on the page (both held-out sets' graders read 应届生 so)
GRADUATE_WORDS = words("应届 应届生 应届毕业生 毕业生 高校毕业生 大学毕业生")
# zone words that name no place without their city (武汉 高新区: 武汉 filters, the word is dropped)
ZONE_WORDS = words("高新区 经开区 开发区 经济开发区 高新技术开发区 技术开发区 新区 园区 产业园 "
                   "科技园 科技园区 "
                   "保税区 自贸区 综保区 高新园区 工业区")
# a word ending in 厂 that is no factory's line work (the repair shop of 汽修厂)
NOT_FACTORY = ("修理厂", "汽修厂", "维修厂", "修配厂", "洗车厂", "影视厂", "制片厂")
PAY_CYCLE_BOOST = words("monthly")  # nearly every job pays monthly: it ranks, never filters
LEVELS = {"junior_middle": "初中", "senior_high": "高中 中专 技校 职高 中技",
          "associate": "大专 专科 高职", "bachelor": "本科 学士", "master": "硕士 研究生",
          "doctorate": "博士"}
LEVEL_FORMS = ("", "以上", "及以上", "或以上", "学历", "以上学历", "及以上学历", "学历以上", "毕业",
               "文凭", "生", "毕业生")
EDU_NOT_BEFORE = ("老师", "教师", "数学", "语文", "英语", "物理", "化学", "生物", "历史", "地理",
                  "政治", "班主任", "教练", "家教", "辅导", "部", "学校", "院校", "教育")
# never a required word: what a person says about the search, not the job
FILLER = words(
    "的 找 要 想 在 有 和 或 吗 呢 啊 了 我 求 做 招工 招人 工作 招聘 岗位 职位 有没有 求职 急招 想找 "
    "我想 我要 专场 专岗 工资 薪资 薪水 待遇 寻找 找个 找份 一份 哪里有 有吗 请问 还有 或者 以及 "
    "可以 什么 相关 之类 一下 看看 机会 工作机会 也能 也能做 能做 也可以 也行 都行 都可以 均可 可做 "
    "找活 能 招 聘 进 去 进入 想进 想去 急聘 诚聘 高薪 就业 找工作 想找个 找一份 有没 哪有 附近的 "
    "能干 干什么 做什么 能做什么 能干的 最新招聘 啥 有啥 咋 会 会做 会干 东西 活干 有活 有活干 "
    "帮人 给人 学生 一个月 每个月 挣 能挣 赚 能赚 挣钱 赚钱 是 单位 点 干点 干点啥 那种 那种活 "
    "干啥 做啥 什么样 合适 适合 活 干活 上班 打工 需要 人 个 份 份工 急 急需 直招 直聘 正规 靠谱 稳定 "
    "还 还能 什么活 啥活 离 近 近的 离得近 当 想当 去当 "
    "女 男 女工 男工 女性 男性 女生 男生 女士 男士 限女 限男 男女不限 男女 大姐 大哥 阿叔 "
    "年轻人 年纪大 年龄大 岁数大 大龄 中老年 中年 老年人 老人家 年纪 年龄 岁数 离家近的 家附近 "
    # what the seeker has, with no number: no field to hold it to (3年经验 is a condition)
    "经验 有经验 经验优先 有经验优先 有经验者优先 经验丰富 相关经验 工作经验 优先") | ZONE_WORDS
# a person's age (never a vacancy field): 40 and over ranks the jobs older workers look for
AGE_OLDER = words("年纪大 年龄大 岁数大 大龄 中老年 中年 中年人 老年人 上了年纪 年纪大的 五十多岁 四十多岁 "
                  "四五十岁 五六十岁 六十岁 五十岁 四十岁 4050 4050人员 四零五零 四零五零人员 "
                  "大龄人员 大龄工 "
                  "大龄工人 超龄 中老年人")
# concepts (data/concepts.toml ids) of the jobs older workers look for: 保安 门卫 保洁 绿化 宿管 ...
OLDER_WORKER_CONCEPTS = ("security_guard", "cleaner", "gardener")
# a body that cannot stand or walk all day (腰不好, 站不久): the seated jobs rank first (never a filter)
SEATED = words("坐着 坐着干 坐着干的 坐着的 坐着上班 坐着工作 不用站 不用一直站 站不了 站不久 不能久站 "
               "站不了太久 腰不好 腰不好的 腿脚不好 腿不好 腿脚不便 行动不便")
SEATED_CONCEPTS = ("tailor", "shoe_maker", "electronics_assembler", "gatekeeper", "customer_service",
                   "ecommerce_cs", "telesales", "clerk", "data_labeler", "cashier", "receptionist")
# kind -> (reason name, concepts whose jobs suit, label): what no posting field says, ranked by the jobs
SUITED_JOBS = {"age": ("older_worker_jobs", OLDER_WORKER_CONCEPTS, "适合大龄"),
               "seated": ("seated_jobs", SEATED_CONCEPTS, "可坐着干")}
# what a posting says that no form field holds (said.py reads it): the seeker's phrases, per value;
# SAID_WANTS[value] = (tokens ranked first, tokens never shown, label)
PHRASES["said"] = {
    "no_deposit": "不交押金 无押金 不收押金 免押金 不要押金 没有押金 零押金 不用交押金 无需押金 不押钱 "
                  "不交钱 不收费 不收任何费用 不交任何费用 无任何费用",
    "metro": "地铁口 地铁站 地铁旁 近地铁 离地铁近 离地铁站近 地铁附近 地铁站附近 地铁沿线 靠近地铁 地铁直达 "
             "地铁上下班 坐地铁",
    "rota_1_1": "做一休一 上一休一 上一天休一天 干一天休一天 做一天休一天 上一天歇一天 做一歇一",
    "no_overtime": "不加班 不用加班 无加班 从不加班 不要加班 不想加班 拒绝加班",
    "office_hours": "朝九晚五 朝九晚六 早九晚五 早九晚六 早八晚五 早八晚六 朝八晚五 朝八晚六 正常上下班 坐班",
    "half_day": "只上上午 只上下午 只上半天 上半天 半天班 上午班 下午班 半天的 做半天 干半天",
    "women": "女的 女生 女性 女士 女工 宝妈 女孩 女孩子 限女",
    "men": "男的 男生 男性 男士 男工 男孩 男孩子 限男",
}
SAID_WANTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "no_deposit": (("no_deposit",), ("deposit",), "不收押金"),
    "metro": (("metro",), (), "近地铁"),
    "rota_1_1": (("rota_1_1",), (), "做一休一"),
    "no_overtime": (("no_overtime",), (), "不加班"),
    "office_hours": (("office_hours",), (), "朝九晚五"),
    "half_day": (("half_day",), (), "半天班"),
    # a posting open to either, or asking for this one, first; one for the other only never
    "women": (("gender_any", "women_only"), ("men_only",), "女性可做"),
    "men": (("gender_any", "men_only"), ("women_only",), "男性可做"),
}
# 不想做销售, 不是电销: the job named after a negation never comes; a family's head names them all
NOT_JOB_FAMILIES = {"sales_rep": ("sales_rep", "telesales", "ground_promoter", "car_sales", "property_agent",
                                  "insurance_agent", "membership_sales")}
# the age a phrase of AGE_OLDER means (the threshold postings' stated age limits are held to): else 40
AGE_OF = {"四十多岁": 45, "四五十岁": 45, "五十多岁": 55, "五十岁": 50, "五六十岁": 55, "六十岁": 60}

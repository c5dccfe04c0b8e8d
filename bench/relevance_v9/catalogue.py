# ruff: noqa: E501  (data tables and long conditions read better on one line; the project ignores E501 under bench/)
"""relevance_v9 catalogue: job kinds, employers, places, phrasing pools (central China, spring–summer 2020).

Hidden truth only; written before any query. generate.py turns it into vacancies.jsonl, grading.py reads the
families, related kinds, neighbour table and certificate list from here.
"""

from __future__ import annotations

# ---------------------------------------------------------------- skills and certificates
SKILL_TEXT = {
    "driving_c1": ["C1驾照", "C1及以上驾照", "小车驾照（C1）"],
    "driving_b2": ["B2驾照", "B2及以上驾驶证"],
    "driving_a2": ["A2驾照", "A2驾驶证（能开半挂）"],
    "electrician_cert": ["电工证", "低压电工操作证", "特种作业操作证（电工）"],
    "welder_cert": ["焊工证", "熔化焊接与热切割作业证"],
    "forklift_cert": ["叉车证", "叉车操作证（N1）"],
    "teacher_cert": ["教师资格证", "相应学科教师资格证"],
    "nurse_cert": ["护士执业证", "护士资格证"],
    "accounting_cert": ["初级会计证", "初级会计职称"],
    "pharmacist_cert": ["执业药师证", "药师资格"],
    "computer": ["会用电脑", "会基本电脑操作", "会打字"],
    "excel": ["熟练使用Excel", "会做Excel表格", "熟练运用Excel函数"],
    "office": ["熟悉Word、Excel等办公软件", "熟练使用办公软件"],
    "english": ["英语四级以上", "能用英语沟通", "英语读写流利"],
    "mandarin": ["普通话标准", "普通话二级甲等以上", "普通话流利"],
    "photoshop": ["熟练使用PS、AI", "会PS/CDR等设计软件"],
    "coding": ["熟悉Java、Spring Boot", "熟悉MySQL与常用框架"],
    "frontend_coding": ["熟悉Vue/React", "熟悉HTML、CSS、JavaScript"],
    "testing": ["熟悉测试用例编写", "了解自动化测试工具"],
}
CERTIFICATES = frozenset({
    "driving_c1", "driving_b2", "driving_a2", "electrician_cert", "welder_cert", "forklift_cert",
    "teacher_cert", "nurse_cert", "accounting_cert", "pharmacist_cert",
})
# a query skill is strictly met by any of these required skills
SKILL_COVERS = {
    "computer": {"computer", "excel", "office"},
    "excel": {"excel"},
    "office": {"office", "excel"},
}

EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]
EDU_TEXT = {"junior_middle": "初中及以上", "senior_high": "高中/中专及以上", "associate": "大专及以上",
            "bachelor": "本科及以上", "master": "硕士及以上"}

# ---------------------------------------------------------------- job kinds
# key: (standard name, family, [occupation codes, the exact one first], industry hint,
#       (monthly pay low, high) for a big-city private employer, pay cycles, typical edu,
#       typical experience choices, required-skill pool, plus-skill pool, shift choices,
#       [title variants: standard first, then non-standard], [duty phrases], employment types)
KINDS: dict[str, dict] = {}


def _k(key, name, family, occ, ind, pay, cycles, edu, exp, req, plus, shifts, titles, duties,
       types=("full_time",)):
    KINDS[key] = dict(name=name, family=family, occ=occ, ind=ind, pay=pay, cycles=cycles, edu=edu,
                      exp=exp, req=req, plus=plus, shifts=shifts, titles=titles, duties=duties, types=types)


# office
_k("accountant", "会计", "office", ["2-06-03", "2-06", "3-01"], "L72", (4500, 7500), ["month"], "associate",
   [0, 1, 2, 3], [["accounting_cert"], ["accounting_cert", "excel"], ["excel"]], ["excel", "office"], ["day"],
   ["会计", "财务会计", "总账会计", "财务专员", "账务处理专员", "成本核算员"],
   ["负责日常账务处理、凭证录入和月末结账", "编制财务报表，办理纳税申报", "负责成本核算和往来账核对"])
_k("cashier_fin", "出纳", "office", ["2-06-03", "3-01", "2-06"], "L72", (3500, 5000), ["month"], "associate",
   [0, 1], [["excel"], [], ["accounting_cert"]], ["accounting_cert", "office"], ["day"],
   ["出纳", "出纳员", "财务助理（出纳）", "资金专员"],
   ["负责现金收付、银行对账和票据保管", "办理银行业务，登记现金日记账", "协助会计做好报销审核"])
_k("admin", "行政专员", "office", ["3-01", "3-99", "2-06-07"], "L72", (3800, 6000), ["month"], "associate",
   [0, 1, 2], [["office"], [], ["driving_c1"]], ["office", "driving_c1"], ["day"],
   ["行政专员", "行政", "行政助理", "综合办事员", "办公室主任助理"],
   ["负责办公用品采购、会议安排和后勤保障", "处理公司日常行政事务、接待来访", "负责车辆、宿舍等后勤管理"])
_k("clerk", "文员", "office", ["3-01", "3-99", "4-07"], "L72", (3000, 4500), ["month"], "senior_high",
   [0, 1], [["computer"], ["excel"], ["office"]], ["excel", "computer"], ["day"],
   ["文员", "办公室文员", "资料员", "录入员", "单证员", "统计员"],
   ["负责资料整理、文件录入和归档", "收发文件，整理各类报表", "数据录入、核对，打印复印"])
_k("hr", "人事专员", "office", ["2-06-08", "3-01"], "L72", (4000, 6500), ["month"], "associate",
   [0, 1, 2], [["office"], []], ["office"], ["day"],
   ["人事专员", "人力资源专员", "招聘专员", "HR", "人事行政"],
   ["负责招聘、入离职手续办理", "核算考勤，办理社保公积金", "维护员工档案，组织新员工培训"])
_k("receptionist", "前台", "office", ["3-01", "4-07", "4-03-01"], "L72", (3000, 4500), ["month"], "senior_high",
   [0], [["mandarin"], [], ["computer"]], ["english", "mandarin"], ["day"],
   ["前台", "前台接待", "行政前台", "前台文员", "接待专员", "礼宾接待"],
   ["负责来访接待、电话接听和转接", "收发快递，维护前台区域整洁", "访客登记，会议室预订"])
_k("cs", "客服", "office", ["4-07", "4-04", "3-99"], "I64", (3500, 5500), ["month"], "senior_high",
   [0], [["computer"], ["mandarin"], []], ["mandarin", "computer"], ["day", "two_shift"],
   ["客服专员", "客服", "在线客服", "电话客服", "售后专员", "用户服务专员"],
   ["通过电话、在线平台解答客户咨询", "处理售后问题和投诉回访", "记录客户需求，跟进订单问题"])
# education
_k("teacher", "教师", "education", ["2-08-03", "2-08", "4-13"], "P83", (4000, 7000), ["month"], "bachelor",
   [0, 1, 2], [["teacher_cert"], ["teacher_cert", "mandarin"]], ["mandarin"], ["day"],
   ["教师", "小学数学老师", "初中英语教师", "语文老师", "学科教师", "任课老师"],
   ["承担学科教学工作，批改作业", "负责班级日常教学和家校沟通", "参与教研活动，辅导学生学习"])
_k("preschool", "幼儿教师", "education", ["2-08-04", "2-08", "4-13"], "P83", (3200, 5000), ["month"], "associate",
   [0, 1], [["teacher_cert"], []], ["teacher_cert", "mandarin"], ["day"],
   ["幼儿教师", "幼师", "幼儿园老师", "配班老师", "保育老师"],
   ["负责幼儿一日活动组织和生活照料", "组织幼儿游戏和教学活动", "做好家园沟通"])
_k("tutor", "家教", "education", ["4-13", "2-08", "2-08-03"], "P83", (3000, 6000), ["hour", "month"], "associate",
   [0], [[], ["teacher_cert"]], ["teacher_cert"], ["day"],
   ["家教", "辅导老师", "一对一辅导老师", "课外辅导老师", "陪读老师"],
   ["为中小学生提供一对一学科辅导", "课后作业辅导和答疑", "上门或线上辅导学生"], ("part_time", "full_time"))
_k("edu_advisor", "课程顾问", "education", ["4-01-02", "4-13"], "P83", (4000, 8000), ["month"], "associate",
   [0, 1], [["mandarin"], []], ["mandarin"], ["day"],
   ["课程顾问", "学习规划师", "教育咨询师", "招生老师"],
   ["为家长介绍课程并完成报名", "邀约试听，跟进学员续费", "负责校区招生咨询"])
# health
_k("nurse", "护士", "health", ["2-05-08", "2-05", "4-14-01"], "Q84", (3500, 6000), ["month"], "associate",
   [0, 1, 2], [["nurse_cert"]], [], ["two_shift", "day"],
   ["护士", "护理人员", "病房护士", "门诊护士", "护师", "口腔护士"],
   ["负责病区护理、输液和护理记录", "配合医生完成门诊诊疗", "执行医嘱，做好患者护理"])
_k("pharmacy_clerk", "药店店员", "health", ["4-01-02", "2-05-06", "4-01"], "F52", (3000, 4500), ["month"],
   "senior_high", [0], [[], ["computer"]], ["pharmacist_cert"], ["day", "two_shift"],
   ["药店店员", "药店营业员", "药品销售员", "门店店员", "健康顾问", "药店导购"],
   ["负责药品陈列、销售和收银", "为顾客推荐常用药品，做好门店卫生", "药品入库验收和效期管理"])
_k("caregiver", "护工", "health", ["4-10-01", "4-14-01"], "Q85", (3200, 5000), ["month"], "none",
   [0], [[]], [], ["two_shift", "night"],
   ["护工", "养老护理员", "生活护理员", "陪护", "护理员"],
   ["照顾老人饮食起居", "协助病人翻身、清洁和进食", "负责养老院老人的日常照护"])
# internet / software
_k("java_dev", "程序员", "internet", ["4-04-05", "2-02-10", "4-04"], "I65", (7000, 15000), ["month"], "bachelor",
   [0, 1, 3], [["coding"]], ["english"], ["day"],
   ["Java开发工程师", "程序员", "后端开发", "软件工程师", "Java工程师", "研发工程师"],
   ["参与后台系统的设计与开发", "负责业务模块编码和接口开发", "维护已有系统，修复线上问题"])
_k("frontend", "前端开发", "internet", ["4-04-05", "2-02-10"], "I65", (6000, 13000), ["month"], "bachelor",
   [0, 1, 2], [["frontend_coding"]], [], ["day"],
   ["前端开发工程师", "Web前端", "前端工程师", "H5开发"],
   ["负责网页和小程序前端开发", "与后端配合完成接口联调", "优化页面性能和交互体验"])
_k("tester", "软件测试", "internet", ["4-04-05", "2-02-10", "4-04"], "I65", (5000, 10000), ["month"],
   "associate", [0, 1, 2], [["testing"], []], ["coding"], ["day"],
   ["软件测试工程师", "测试工程师", "测试", "QA工程师", "软件测试员"],
   ["编写测试用例，执行功能测试", "跟踪缺陷，输出测试报告", "参与自动化测试脚本编写"])
_k("it_ops", "网管运维", "internet", ["4-04-02", "4-04", "4-12-02"], "I63", (4500, 8000), ["month"], "associate",
   [0, 1, 2], [["computer"], []], ["driving_c1"], ["day", "two_shift"],
   ["网络运维工程师", "网管", "IT运维", "机房值班员", "IT支持"],
   ["负责公司电脑、网络设备的维护", "机房巡检和故障处理", "处理员工电脑软硬件问题"])
# media and design
_k("new_media", "新媒体运营", "media", ["4-04", "2-10-02", "4-07"], "I64", (4500, 8000), ["month"], "associate",
   [0, 1], [["office"], []], ["photoshop"], ["day"],
   ["新媒体运营", "短视频运营", "抖音运营", "公众号编辑", "内容运营", "直播运营"],
   ["负责公众号、抖音账号的内容策划和发布", "撰写推文，策划线上活动", "拍摄剪辑短视频，分析数据"])
_k("designer", "平面设计", "media", ["4-08-08", "2-09", "4-08"], "L72", (4500, 8000), ["month"], "associate",
   [0, 1, 2], [["photoshop"]], [], ["day"],
   ["平面设计师", "平面设计", "美工", "电商美工", "设计助理", "宣传设计"],
   ["负责海报、画册等宣传物料设计", "店铺首页和详情页设计", "配合运营完成活动视觉"])
_k("ui_designer", "UI设计", "media", ["4-08-08", "4-04-05"], "I65", (6000, 11000), ["month"], "bachelor",
   [0, 1, 2], [["photoshop"]], [], ["day"],
   ["UI设计师", "UI设计", "交互设计师", "视觉设计师"],
   ["负责App和网页界面设计", "输出交互原型和设计规范", "配合开发完成界面走查"])
# management trainee
_k("mgmt_trainee", "管培生", "trainee", ["3-01", "1-06", "2-06-07"], "C39", (5000, 7500), ["month"], "bachelor",
   [0], [[], ["office"]], ["english", "driving_c1"], ["day"],
   ["管培生", "管理培训生", "储备干部", "储备店长", "2020届校招管培生", "储备管理人员"],
   ["入职后在生产、品质、计划等部门轮岗", "一年轮岗后定岗为基层管理", "参加系统培训，培养为后备管理人才"])
# sales and retail
_k("sales", "销售", "sales", ["4-01-02", "4-01", "2-06-07"], "F51", (4000, 9000), ["month"], "senior_high",
   [0, 1], [[], ["driving_c1"], ["mandarin"]], ["driving_c1"], ["day"],
   ["销售代表", "销售", "业务员", "区域销售", "客户经理", "渠道专员"],
   ["负责区域客户开发和维护", "完成销售任务，回款跟进", "拜访经销商，推广公司产品"])
_k("telesales", "电话销售", "sales", ["4-01-02", "4-07"], "J68", (3500, 8000), ["month"], "senior_high",
   [0], [["mandarin"], []], ["mandarin", "computer"], ["day"],
   ["电话销售", "电销专员", "电话邀约专员", "网络销售", "理财顾问"],
   ["通过电话联系意向客户", "邀约客户到店，维护客户关系", "公司提供客户资源，电话沟通促成成交"])
_k("shop_assistant", "导购营业员", "sales", ["4-01-02", "4-01"], "F52", (3000, 5000), ["month"], "none",
   [0], [[]], ["mandarin"], ["day", "two_shift"],
   ["导购", "营业员", "店员", "门店销售", "服装导购", "专柜营业员"],
   ["负责门店商品销售和陈列", "接待顾客，介绍商品", "整理货架，协助盘点"])
_k("cashier_shop", "收银员", "sales", ["4-01", "4-01-02"], "F52", (2800, 4000), ["month", "hour"], "none",
   [0], [[], ["computer"]], [], ["two_shift", "day"],
   ["收银员", "收银", "超市收银员", "前台收银", "收银理货员"],
   ["负责收银台结账和找零", "收银并兼做理货", "核对当班营业款"], ("full_time", "part_time"))
# catering
_k("waiter", "服务员", "catering", ["4-03-02", "4-03"], "H62", (3000, 4500), ["month", "day", "hour"], "none",
   [0], [[]], [], ["day", "two_shift"],
   ["服务员", "餐厅服务员", "传菜员", "前厅服务员", "茶饮店员", "包房服务员"],
   ["负责点餐、传菜和餐桌清理", "接待客人，做好厅面卫生", "制作饮品，打包外卖订单"],
   ("full_time", "part_time", "temporary"))
_k("cook", "厨师", "catering", ["4-03-02", "4-03"], "H62", (5000, 8000), ["month"], "none",
   [1, 2, 3], [[]], [], ["day"],
   ["厨师", "炒锅师傅", "湘菜厨师", "凉菜师傅", "面点师", "主厨"],
   ["负责菜品烹饪，保证出品质量", "负责凉菜、面点制作", "管理后厨食材，控制成本"])
_k("kitchen_helper", "帮厨", "catering", ["4-03-02", "4-03"], "H62", (3000, 4200), ["month", "day"], "none",
   [0], [[]], [], ["day"],
   ["帮厨", "切配", "厨房杂工", "洗碗工", "打荷"],
   ["负责食材清洗、切配", "协助厨师备菜，清洁厨房", "洗碗、收拾后厨卫生"], ("full_time", "temporary"))
# factory
_k("op_worker", "普工", "factory", ["6-25", "6-31", "6-99"], "C39", (4000, 6000), ["month", "piece", "hour"],
   "none", [0], [[]], [], ["two_shift", "day", "night"],
   ["普工", "操作工", "生产线员工", "包装工", "装配工", "流水线作业员", "车间工人"],
   ["在流水线上完成装配、包装等工序", "按作业指导书操作设备", "负责产品组装、贴标、打包"],
   ("full_time", "temporary"))
_k("qc", "质检员", "factory", ["6-31-03", "6-31", "2-02"], "C39", (4000, 5500), ["month"], "senior_high",
   [0, 1], [[], ["computer"]], ["excel"], ["two_shift", "day"],
   ["质检员", "品检员", "QC", "品质检验员", "IPQC巡检", "来料检验员"],
   ["负责产品首检、巡检和成品检验", "记录检验数据，处理不良品", "对来料进行抽检"])
_k("electrician", "电工", "factory", ["6-31-01", "6-28", "6-29-03"], "C38", (5000, 8000), ["month"],
   "senior_high", [1, 2, 3], [["electrician_cert"]], ["driving_c1"], ["day", "two_shift"],
   ["电工", "维修电工", "设备电工", "值班电工", "高低压电工", "机电维修工"],
   ["负责厂区供配电设备的维护", "处理设备电气故障", "日常巡检和用电安全管理"])
_k("welder", "焊工", "factory", ["6-18-02", "6-19", "6-18"], "C36", (6000, 10000), ["month", "piece"], "none",
   [1, 2], [["welder_cert"], []], ["welder_cert"], ["day", "two_shift"],
   ["焊工", "电焊工", "氩弧焊工", "二保焊工", "焊接技工", "机器人焊接操作员"],
   ["负责结构件焊接", "按图纸完成二保焊、氩弧焊作业", "操作焊接机器人并做简单调试"])
_k("cnc", "CNC操作工", "factory", ["6-18-01", "6-18", "6-20"], "C34", (5500, 9000), ["month"], "senior_high",
   [0, 1, 2], [[], ["computer"]], [], ["two_shift", "day"],
   ["CNC操作工", "数控车床操作工", "CNC技术员", "加工中心操机师傅", "数控编程员"],
   ["操作数控机床加工零件", "上下料、换刀和首件检测", "会看图纸，能独立调机优先"])
_k("forklift", "叉车司机", "factory", ["6-30", "4-02-05", "4-02"], "G59", (5000, 7000), ["month"], "junior_middle",
   [1, 0], [["forklift_cert"]], [], ["day", "two_shift"],
   ["叉车司机", "叉车工", "叉车操作员", "电叉司机", "装卸叉车手"],
   ["驾驶叉车完成货物装卸和转运", "配合仓库完成出入库搬运", "负责车间物料叉运"])
_k("warehouse", "仓管员", "factory", ["4-02-06", "4-02", "3-01"], "G59", (3800, 5500), ["month"], "senior_high",
   [0, 1], [["computer"], ["excel"], []], ["forklift_cert", "excel"], ["day", "two_shift"],
   ["仓管员", "仓库管理员", "仓储专员", "物料员", "库管", "仓库文员"],
   ["负责货物出入库登记和盘点", "物料收发，ERP系统录入", "仓库5S管理和库存报表"])
# logistics
_k("courier", "快递员", "logistics", ["4-02-07", "4-02"], "G60", (5000, 8000), ["piece", "month"], "none",
   [0], [[], ["driving_c1"]], ["driving_c1"], ["day"],
   ["快递员", "快递派送员", "配送专员", "收派员", "网点快递员", "驿站分拣派送"],
   ["负责片区快件的派送和揽收", "按时完成包裹派件，多劳多得", "分拣快件并送到客户手中"])
_k("rider", "外卖骑手", "logistics", ["4-02-07", "4-02", "4-99"], "G60", (5000, 9000), ["piece"], "none",
   [0], [[]], [], ["day"],
   ["外卖骑手", "骑手", "外卖配送员", "即时配送员", "同城跑腿员", "专送骑手"],
   ["通过手机接单，配送外卖订单", "负责商圈内餐品配送", "按时完成订单，单价高"],
   ("full_time", "part_time", "flexible"))
_k("truck_driver", "货车司机", "logistics", ["4-02-02", "6-30", "4-02"], "G54", (6500, 10000), ["month"],
   "junior_middle", [2, 3, 1], [["driving_b2"], ["driving_a2"], ["driving_c1"]], [], ["day"],
   ["货车司机", "大车司机", "厢式货车司机", "4.2米货车司机", "物流司机", "半挂司机"],
   ["驾驶货车负责城际运输", "负责市内门店配送", "按线路运输货物并完成交接"])
_k("driver", "司机", "logistics", ["4-02-02", "4-02", "3-01"], "G54", (4500, 6500), ["month"], "junior_middle",
   [2, 3], [["driving_c1"]], [], ["day"],
   ["司机", "小车司机", "商务车司机", "专职司机", "行政司机", "通勤车司机"],
   ["负责领导出行和公务用车", "负责员工班车接送", "车辆日常保养和清洁"])
_k("loader", "装卸工", "logistics", ["4-02-05", "4-02"], "G59", (4500, 7000), ["piece", "day", "month"], "none",
   [0], [[]], [], ["day", "night", "two_shift"],
   ["装卸工", "搬运工", "分拣员", "理货员", "装车工", "夜班分拣"],
   ["负责货物装车、卸车", "包裹分拣和搬运", "按单理货，配合装卸"], ("full_time", "temporary"))
# construction
_k("site_engineer", "施工员", "construction", ["2-02-18", "6-29"], "E48", (5500, 9000), ["month"], "associate",
   [1, 2, 3], [["office"], []], ["driving_c1"], ["day"],
   ["施工员", "土建施工员", "现场技术员", "质量员", "项目技术员"],
   ["负责现场施工管理和技术交底", "编写施工日志，协调各班组", "检查工程质量和进度"])
_k("rebar_worker", "钢筋工", "construction", ["6-29-01", "6-29"], "E47", (7000, 11000), ["day", "piece"], "none",
   [1, 0], [[]], [], ["day"],
   ["钢筋工", "木工", "建筑工人", "杂工", "泥瓦工"],
   ["负责钢筋绑扎和加工", "按图纸施工", "工地普通作业，听从班组长安排"], ("full_time", "temporary"))
# services
_k("security", "保安", "services", ["4-07-05", "3-02"], "L72", (3000, 4500), ["month"], "junior_middle",
   [0], [[]], [], ["two_shift", "night", "day"],
   ["保安", "保安员", "门岗", "巡逻员", "秩序维护员", "监控室值班员"],
   ["负责门岗值守和访客登记", "小区巡逻，维护秩序", "监控室值班，处理突发情况"])
_k("cleaner", "保洁", "services", ["4-09", "4-10", "4-06-01"], "O80", (2500, 3500), ["month", "hour"], "none",
   [0], [[]], [], ["day"],
   ["保洁员", "保洁", "清洁工", "保洁阿姨", "客房保洁"],
   ["负责公共区域卫生清洁", "楼道、卫生间的日常保洁", "客房清扫和布草更换"], ("full_time", "part_time"))
_k("nanny", "月嫂育婴师", "services", ["4-10-01", "4-10"], "O80", (6000, 12000), ["month"], "junior_middle",
   [0, 1, 2], [[], ["nurse_cert"]], [], ["day"],
   ["月嫂", "育婴师", "住家保姆", "育儿嫂", "家政服务员"],
   ["照顾产妇和新生儿", "负责婴幼儿日常照护", "做饭、打扫和照顾老人小孩"])
_k("property_mgr", "物业管家", "services", ["4-06-01", "4-06"], "K70", (3500, 5500), ["month"], "associate",
   [0, 1], [["computer"], ["office"]], ["mandarin"], ["day"],
   ["物业管家", "客服管家", "物业客服", "楼栋管家", "物业前台"],
   ["负责业主报修受理和回访", "收取物业费，处理业主投诉", "巡查楼栋，协调维修"])
_k("auto_mechanic", "汽修工", "repair", ["4-12-01", "4-12"], "O81", (4500, 8000), ["month"], "junior_middle",
   [0, 1, 2], [[], ["driving_c1"]], ["driving_c1"], ["day"],
   ["汽修工", "汽车维修工", "机修师傅", "汽车美容", "钣金喷漆工", "汽修学徒"],
   ["负责车辆保养和维修", "故障诊断与更换配件", "钣喷修复和汽车美容"])

FAMILY_NAMES = {
    "office": "办公室/财务/行政", "education": "教育", "health": "医疗健康", "internet": "软件/互联网",
    "media": "运营/设计", "trainee": "管培", "sales": "销售/零售", "catering": "餐饮", "factory": "工厂/制造",
    "logistics": "物流/运输", "construction": "建筑", "services": "生活服务/物业", "repair": "维修",
}

# related kinds across (or inside) families: grade 1 for each other
RELATED = {
    "cashier_fin": ["cashier_shop", "accountant"], "clerk": ["receptionist", "admin", "warehouse"],
    "cs": ["telesales", "property_mgr"], "tutor": ["teacher", "edu_advisor"], "edu_advisor": ["telesales"],
    "nurse": ["caregiver", "pharmacy_clerk"], "pharmacy_clerk": ["shop_assistant", "nurse"],
    "caregiver": ["nanny"], "java_dev": ["frontend", "tester"], "tester": ["qc"],
    "new_media": ["designer"], "designer": ["ui_designer"], "mgmt_trainee": ["admin", "hr", "sales"],
    "op_worker": ["qc", "warehouse", "loader"], "warehouse": ["forklift", "loader"],
    "forklift": ["truck_driver"], "truck_driver": ["driver", "courier"], "courier": ["rider", "loader"],
    "security": ["property_mgr", "cleaner"], "waiter": ["cashier_shop", "kitchen_helper"],
    "cook": ["kitchen_helper"], "electrician": ["welder", "it_ops"], "site_engineer": ["rebar_worker"],
    "receptionist": ["property_mgr"], "auto_mechanic": ["driver", "cnc"], "preschool": ["nanny"],
    "it_ops": ["java_dev"], "hr": ["admin"], "sales": ["telesales", "shop_assistant"],
}


def related(kind: str) -> set[str]:
    out = set(RELATED.get(kind, []))
    for k, vs in RELATED.items():
        if kind in vs:
            out.add(k)
    return out


# ---------------------------------------------------------------- places
CITY_TIER = {  # pay factor by prefecture prefix
    "4201": 1.0, "4301": 1.0, "4101": 1.0, "3401": 1.0, "3601": 0.95,
    "4206": 0.9, "4205": 0.9, "4103": 0.9, "3402": 0.9, "3607": 0.85, "4302": 0.9, "4306": 0.85,
}
# urban districts and their neighbours in the same city (approximate, by land or a main bridge)
NEIGHBOURS = {
    # 武汉
    "420102": ["420103", "420116", "420112", "420106", "420107"],
    "420103": ["420102", "420104", "420112", "420105"],
    "420104": ["420103", "420112", "420105"],
    "420105": ["420104", "420103", "420114", "420106"],
    "420106": ["420111", "420107", "420105", "420102"],
    "420107": ["420106", "420111", "420102"],
    "420111": ["420106", "420107", "420115"],
    "420112": ["420104", "420103", "420102", "420116", "420114"],
    "420113": ["420114"],
    "420114": ["420105", "420112", "420113"],
    "420115": ["420111"],
    "420116": ["420102", "420112", "420117"],
    "420117": ["420116"],
    # 长沙
    "430102": ["430103", "430105", "430111", "430104"],
    "430103": ["430102", "430111", "430104"],
    "430104": ["430103", "430102", "430105", "430112"],
    "430105": ["430102", "430104", "430112"],
    "430111": ["430102", "430103"],
    "430112": ["430104", "430105"],
    # 郑州
    "410102": ["410103", "410105", "410108"],
    "410103": ["410102", "410104", "410105"],
    "410104": ["410103", "410105"],
    "410105": ["410102", "410103", "410104", "410108"],
    "410108": ["410105", "410102"],
    # 合肥
    "340102": ["340103", "340111"],
    "340103": ["340102", "340104", "340111"],
    "340104": ["340103", "340111"],
    "340111": ["340102", "340103", "340104"],
    # 南昌
    "360102": ["360103", "360111", "360113"],
    "360103": ["360102", "360104", "360113"],
    "360104": ["360103", "360111"],
    "360111": ["360102", "360104"],
    "360113": ["360102", "360103", "360112"],
    "360112": ["360113"],
    # 襄阳, 宜昌, 洛阳, 芜湖, 赣州, 株洲
    "420602": ["420606", "420607"], "420606": ["420602", "420607"], "420607": ["420602", "420606"],
    "420502": ["420503", "420504", "420506"], "420503": ["420502", "420505", "420504"],
    "420506": ["420502"], "420505": ["420503"], "420504": ["420502", "420503"],
    "410302": ["410303", "410304", "410311"], "410303": ["410302", "410305", "410311"],
    "410305": ["410303", "410311"], "410311": ["410302", "410303", "410305", "410304"], "410304": ["410302", "410311"],
    "340202": ["340207", "340209"], "340207": ["340202"], "340209": ["340202"],
    "360702": ["360703", "360704"], "360703": ["360702"], "360704": ["360702"],
    "430202": ["430203", "430204"], "430203": ["430202", "430211"], "430204": ["430202"], "430211": ["430203"],
}
# zones without a code of their own: name -> districts they lie in
ZONES = {
    "光谷": ["420111", "420115"],
    "沌口": ["420114", "420113"],
    "汉正街": ["420104"],
    "郑东新区": ["410105"],
    "航空港区": ["410184"],
    "滨湖新区": ["340111"],
    "麓谷": ["430104"],
    "星沙": ["430121"],
}

# ---------------------------------------------------------------- employers
# (name, kind, industry, [(region, town), ...], {job kind: n vacancies}, intro phrases)
EMPLOYER_KINDS = {
    "central_soe": ["央企下属单位", "中央企业控股子公司", "大型央企二级单位"],
    "soe": ["国有企业", "市属国有独资公司", "省属国企"],
    "public_institution": ["公益一类事业单位", "区属事业单位", "公立单位"],
    "big_tech": ["国内头部互联网公司", "知名互联网大厂区域中心", "行业领先的互联网平台"],
    "foreign": ["世界500强外资企业", "德资企业", "中外合资企业", "台资企业"],
    "listed": ["A股上市公司", "上市公司（主板）", "港股上市企业"],
    "private": ["民营企业", "本地知名民营企业", "成立十余年的民营公司"],
    "small": ["小型创业团队", "本地小店", "个体门店"],
}
EMPLOYERS = [
    ("武汉光谷芯联电子科技有限公司", "listed", "C39", [("420111", "光谷"), ("420115", "光谷")],
     {"op_worker": 7, "qc": 2, "electrician": 1, "warehouse": 1, "mgmt_trainee": 1}),
    ("华中星云网络科技（武汉）有限公司", "big_tech", "I64", [("420111", "光谷")],
     {"java_dev": 3, "frontend": 2, "tester": 2, "new_media": 1, "ui_designer": 1, "cs": 3}),
    ("武汉沌阳汽车部件有限公司", "foreign", "C36", [("420114", "沌口"), ("420113", "沌口")],
     {"op_worker": 6, "cnc": 2, "welder": 2, "qc": 1, "forklift": 1, "mgmt_trainee": 1}),
    ("中恒建设集团武汉工程有限公司", "central_soe", "E48", [("420111", ""), ("420115", ""), ("420116", "")],
     {"site_engineer": 2, "rebar_worker": 3, "electrician": 1, "security": 1, "accountant": 1, "driver": 1}),
    ("武汉市江岸区后湖社区卫生服务中心", "public_institution", "Q84", [("420102", "")],
     {"nurse": 3, "cashier_fin": 1, "receptionist": 1}),
    ("武汉汉阳仁济医院有限公司", "private", "Q84", [("420105", "")],
     {"nurse": 4, "caregiver": 2, "cleaner": 1, "receptionist": 1}),
    ("湖北康之源大药房连锁有限公司", "private", "F52",
     [("420103", ""), ("420106", ""), ("420111", ""), ("420104", ""), ("420116", ""), ("420102", "")],
     {"pharmacy_clerk": 6, "cashier_shop": 1}),
    ("武汉蜀香源餐饮管理有限公司", "private", "H62", [("420106", ""), ("420103", ""), ("420111", "光谷")],
     {"waiter": 4, "cook": 2, "kitchen_helper": 2, "cashier_shop": 1}),
    ("武汉汉欧速运物流有限公司", "private", "G59", [("420112", ""), ("420116", "")],
     {"loader": 3, "forklift": 2, "warehouse": 2, "truck_driver": 2}),
    ("武汉迅通快递有限公司", "private", "G60", [("420102", ""), ("420106", ""), ("420111", "光谷"), ("420115", "")],
     {"courier": 5}),
    ("武汉速达即时配送服务有限公司", "small", "G60",
     [("420103", ""), ("420106", ""), ("420111", "光谷"), ("420105", "")], {"rider": 5}),
    ("武汉金鼎物业服务有限公司", "private", "K70", [("420102", ""), ("420107", ""), ("420111", "")],
     {"security": 3, "cleaner": 2, "property_mgr": 2}),
    ("武汉启明星教育培训学校有限公司", "small", "P83", [("420106", ""), ("420111", "光谷")],
     {"tutor": 3, "edu_advisor": 2, "teacher": 1, "receptionist": 1}),
    ("武汉市东西湖区金桥实验小学", "public_institution", "P83", [("420112", "")], {"teacher": 3}),
    ("武汉衡信财税咨询有限公司", "small", "L72", [("420103", "")],
     {"accountant": 3, "cashier_fin": 1, "clerk": 1, "telesales": 1}),
    ("武汉楚才人力资源服务有限公司", "private", "L72", [("420112", ""), ("420115", ""), ("420114", "沌口")],
     {"op_worker": 4, "security": 1, "cs": 2, "clerk": 1}),
    ("楚天通信服务（湖北）有限公司", "soe", "I63", [("420106", ""), ("420102", "")],
     {"cs": 3, "it_ops": 1, "sales": 2}),
    ("湖北江汉新媒体文化传播有限公司", "private", "L72", [("420103", "")],
     {"new_media": 3, "designer": 2}),
    ("武汉汉正街锦绣服饰批发商行", "small", "F51", [("420104", "汉正街")],
     {"shop_assistant": 2, "sales": 1, "warehouse": 1}),
    ("武汉江城汽车维修服务有限公司", "small", "O81", [("420115", "")], {"auto_mechanic": 3}),
    ("武汉爱家家政服务有限公司", "small", "O80", [("420111", ""), ("420106", "")], {"nanny": 3, "cleaner": 2}),
    ("德美精密仪器（武汉）有限公司", "foreign", "C40", [("420111", "光谷")],
     {"qc": 2, "op_worker": 3, "admin": 1, "accountant": 1, "receptionist": 1}),
    ("湖北荆楚电力工程有限公司", "soe", "D44", [("420115", ""), ("420506", "")], {"electrician": 3, "driver": 1}),
    # 湖北其他
    ("襄阳汉江汽车零部件制造有限公司", "listed", "C36", [("420606", ""), ("420607", "")],
     {"op_worker": 6, "cnc": 2, "welder": 2, "qc": 1, "mgmt_trainee": 1}),
    ("宜昌三峡绿源农产品加工有限公司", "private", "C13", [("420506", "")],
     {"op_worker": 4, "qc": 1, "truck_driver": 1, "warehouse": 1}),
    ("宜昌西陵商贸有限公司", "soe", "F52", [("420502", "")],
     {"shop_assistant": 3, "cashier_shop": 2, "security": 1, "hr": 1}),
    ("荆州楚锦纺织有限公司", "private", "C17", [("421002", ""), ("421003", "")], {"op_worker": 5, "qc": 1}),
    ("汉川市万和食品有限公司", "private", "C14", [("420984", "")], {"op_worker": 4, "forklift": 1, "sales": 1}),
    ("麻城市金石建材有限公司", "small", "C30", [("421181", "")], {"op_worker": 2, "truck_driver": 1, "loader": 1}),
    ("仙桃市恒安防护用品有限公司", "private", "C17", [("429004", "")], {"op_worker": 6, "qc": 1, "warehouse": 1}),
    ("枣阳市第二人民医院", "public_institution", "Q84", [("420683", "")], {"nurse": 3, "caregiver": 1}),
    ("宜昌市夷陵区职业教育中心", "public_institution", "P83", [("420506", "")], {"teacher": 2, "admin": 1}),
    # 湖南
    ("湖南麓谷云智软件有限公司", "private", "I65", [("430104", "麓谷")],
     {"java_dev": 3, "frontend": 1, "tester": 2, "it_ops": 1, "ui_designer": 1}),
    ("长沙茶香里餐饮管理有限公司", "private", "H62", [("430102", ""), ("430103", ""), ("430105", "")],
     {"waiter": 5, "cashier_shop": 1, "cook": 1}),
    ("湖南星沙重工机械有限公司", "listed", "C35", [("430121", "星沙")],
     {"welder": 3, "op_worker": 3, "cnc": 2, "electrician": 1, "mgmt_trainee": 1}),
    ("长沙湘韵电子商务有限公司", "small", "I64", [("430111", "")],
     {"new_media": 2, "cs": 2, "designer": 1, "warehouse": 1}),
    ("株洲湘江轨道装备有限公司", "central_soe", "C37", [("430203", ""), ("430211", "")],
     {"welder": 2, "electrician": 1, "qc": 1, "cnc": 1, "mgmt_trainee": 1, "accountant": 1}),
    ("岳阳洞庭石化有限公司", "soe", "C26", [("430603", "")], {"op_worker": 2, "electrician": 1, "security": 1}),
    ("长沙市雨花区金色童年幼儿园", "private", "P83", [("430111", "")], {"preschool": 3, "cook": 1}),
    ("湖南湘雅康养服务有限公司", "private", "Q85", [("430102", ""), ("430112", "")],
     {"caregiver": 3, "nurse": 1, "nanny": 1}),
    ("长沙芙蓉广场百货有限公司", "listed", "F52", [("430102", "")],
     {"shop_assistant": 3, "cashier_shop": 1, "admin": 1, "hr": 1}),
    # 河南
    ("郑州航港智能终端制造有限公司", "foreign", "C39", [("410184", "航空港区")],
     {"op_worker": 9, "qc": 2, "warehouse": 1, "forklift": 1, "hr": 1}),
    ("河南中原佳味食品股份有限公司", "listed", "C14", [("410122", "")],
     {"op_worker": 3, "qc": 1, "sales": 2, "truck_driver": 1, "mgmt_trainee": 1}),
    ("郑州中原陆港物流有限公司", "soe", "G58", [("410184", "航空港区"), ("410108", "")],
     {"truck_driver": 2, "forklift": 1, "loader": 2, "warehouse": 1, "clerk": 1}),
    ("中原鼎信保险代理有限公司", "private", "J68", [("410105", "郑东新区")], {"telesales": 3, "sales": 2, "cs": 1}),
    ("郑州市金水区文华培训学校", "small", "P83", [("410105", "")], {"tutor": 2, "teacher": 2, "edu_advisor": 1}),
    ("洛阳伊洛重型机械有限公司", "soe", "C34", [("410305", "")],
     {"cnc": 2, "welder": 2, "electrician": 1, "qc": 1, "driver": 1}),
    ("洛阳牡丹城酒店管理有限公司", "private", "H61", [("410303", "")],
     {"waiter": 2, "receptionist": 2, "cleaner": 1, "cook": 1, "security": 1}),
    ("南阳宛西中药饮片有限公司", "private", "C27", [("411303", "")], {"op_worker": 2, "qc": 1, "pharmacy_clerk": 1}),
    ("中州云端网络科技有限公司", "big_tech", "I64", [("410105", "郑东新区")],
     {"java_dev": 2, "tester": 1, "new_media": 1, "cs": 3, "frontend": 1}),
    ("郑州二七万家超市有限公司", "private", "F52", [("410103", ""), ("410102", "")],
     {"cashier_shop": 2, "shop_assistant": 2, "loader": 1}),
    # 安徽
    ("合肥庐州智能家电有限公司", "listed", "C38", [("340104", ""), ("340111", "滨湖新区")],
     {"op_worker": 5, "qc": 1, "electrician": 1, "mgmt_trainee": 1, "warehouse": 1}),
    ("安徽科讯智能语音技术有限公司", "listed", "I65", [("340104", "")],
     {"java_dev": 2, "tester": 1, "frontend": 1, "new_media": 1}),
    ("合肥市包河区滨湖社区卫生服务中心", "public_institution", "Q84", [("340111", "滨湖新区")],
     {"nurse": 2, "pharmacy_clerk": 1}),
    ("芜湖江北汽车配件有限公司", "private", "C36", [("340207", "")],
     {"op_worker": 3, "welder": 1, "cnc": 1, "qc": 1}),
    ("阜阳颍州服装加工厂", "small", "C18", [("341202", "")], {"op_worker": 3}),
    ("安联思（合肥）商务咨询有限公司", "foreign", "L72", [("340103", "")],
     {"admin": 1, "hr": 1, "accountant": 1, "cs": 2, "receptionist": 1}),
    ("合肥瑶海家和物业服务有限公司", "private", "K70", [("340102", "")], {"security": 2, "cleaner": 1, "property_mgr": 1}),
    # 江西
    ("江西洪城药业连锁有限公司", "private", "F52", [("360102", ""), ("360111", ""), ("360113", "")],
     {"pharmacy_clerk": 4}),
    ("南昌赣江城市建设投资集团有限公司", "soe", "K70", [("360113", "")],
     {"accountant": 1, "admin": 1, "hr": 1, "site_engineer": 1, "cashier_fin": 1}),
    ("南昌瓦罐香餐饮有限公司", "small", "H62", [("360103", "")], {"waiter": 2, "cook": 1, "kitchen_helper": 1}),
    ("赣州南康家具制造有限公司", "private", "C21", [("360703", "")],
     {"op_worker": 4, "truck_driver": 1, "designer": 1, "sales": 1}),
    ("南昌市新建区第三中学", "public_institution", "P83", [("360112", "")], {"teacher": 3}),
    ("南昌瑶湖光电科技有限公司", "listed", "C39", [("360111", "")], {"op_worker": 4, "qc": 1, "mgmt_trainee": 1}),
    ("九江鄱湖化工有限公司", "private", "C26", [("360429", "")], {"op_worker": 2, "electrician": 1}),
    ("赣州章贡家政服务中心", "small", "O80", [("360702", "")], {"nanny": 2, "cleaner": 1}),
]

# ---------------------------------------------------------------- phrasing pools
DECOR_PREFIX = ["【急招】", "急招", "高薪诚聘", "【直招】", "诚聘", "热招", "【名企】", "招聘"]
DECOR_SUFFIX = ["+包吃住", "（包住）", "五险一金", "月入过万", "（应届可）", "（无经验可）", "，双休", "长白班",
                "（湖北籍优先）", "【日结】", "-可兼职"]
TRAP_SENTENCES = [
    "同时招聘{other}若干名，待遇面议。",
    "本岗位不是{other}，请勿投错。",
    "工作中需要与{other}对接配合。",
    "表现优秀者可转{other}岗位。",
    "公司另设{other}岗，欢迎推荐。",
]
PAY_TEXT = {
    "month": ["月薪{lo}-{hi}元", "薪资{lo}-{hi}", "综合工资{lo}-{hi}元/月", "税前{lo}到{hi}"],
    "day": ["日薪{d}元", "{d}元/天", "一天{d}块"],
    "hour": ["时薪{h}元", "{h}元/小时", "按小时计费，每小时{h}元"],
    "piece": ["计件工资，熟手月入{lo}-{hi}", "多劳多得，一般{lo}-{hi}一个月", "按件计酬，平均{mid}左右"],
}
SETTLE_TEXT = {"daily": ["工资日结", "当天结算", "干一天结一天"], "weekly": ["工资周结", "每周结一次"],
               "monthly": ["每月15号发薪", "按月发放，不拖欠", ""]}
REST_TEXT = {"双休": ["周末双休", "双休", "做五休二"], "大小周": ["大小周", "单双休轮换"],
             "单休": ["单休", "月休4天"], "轮休": ["排班轮休", "月休4天，轮休"]}
SHIFT_TEXT = {"day": ["长白班", "白班", "朝九晚六"], "two_shift": ["两班倒", "白夜班倒班", "早晚班轮换"],
              "night": ["夜班", "上夜班，有夜班补贴"]}
PERK_TEXT = {
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金"], "social_insurance": ["买五险", "缴纳社保"],
    "room_and_board": ["包吃包住", "包吃住"], "meals": ["包工作餐", "提供午餐"], "housing": ["提供宿舍", "包住"],
    "transport": ["有交通补贴", "交通补助"], "shuttle": ["班车接送", "有厂车"],
    "paid_leave": ["带薪年假"], "year_end_bonus": ["年终奖", "年底双薪"], "training": ["岗前带薪培训", "有师傅带"],
    "weekends_off": ["双休"],
}
GROUP_TEXT = {
    "hubei": ["欢迎湖北籍员工返岗", "湖北籍劳动者同等录用", "武汉返岗人员持绿码可直接入职"],
    "graduate": ["2020届毕业生可投", "欢迎应届生", "接受应届毕业生"],
    "migrant_worker": ["欢迎农民工朋友", "返乡人员可报名"],
    "veteran": ["退役军人优先", "欢迎退伍军人"],
    "disabled": ["欢迎残疾人朋友报名", "可安排残疾人岗位"],
    "poverty_registered": ["建档立卡贫困户优先"],
    "employment_difficulty": ["就业困难人员优先"],
}

"""Data tables for relevance_v3: job kinds, employer types, cities. Written from general knowledge
of 2020 Chinese job ads, not from the search code. Parsed by generate.py and grading.py."""

# key|family|standard name|title variants (,)|occupation codes: right first, then coarse/neighbour (,)|
# duties (;)|monthly pay lo-hi|pay cycles M month P piece H hour D day C base+commission W week|
# education min|experience years|certificate|related kinds (,)
KINDS_TABLE = """
dianzi_pugong|factory|电子厂普工|电子厂普工,普工,操作工,流水线作业员,装配工,电子厂操作工|6-25,6-31,6-99|在流水线上组装手机配件;按作业指导书插件、锁螺丝;检查产品外观并贴标签|4500-7000|M,P,H|none|0||smt,baozhuang,zhijian,shipin_pugong
shipin_pugong|factory|食品厂普工|食品厂普工,普工,食品包装工,生产操作工,食品加工工|6-02,6-01,6-31|按工艺要求进行食品分拣、称重、装盒;保持车间卫生;配合班组长完成生产任务|4000-6000|M,P,H|none|0||baozhuang,dianzi_pugong
baozhuang|factory|包装工|包装工,包装员,打包工,成品包装,后道包装|6-31,6-99,6-25|按要求对成品进行包装、封箱、贴标;清点数量并码放整齐;协助仓库出货|3800-5500|M,P,H|none|0||dabao,dianzi_pugong,shipin_pugong
zhusu|factory|注塑工|注塑工,注塑操作工,啤机工,注塑机操作员,注塑技术员|6-14,6-31|看管注塑机，取件、修披锋;检查产品缺胶、缩水等不良;按时填写生产报表|4800-7500|M,P|none|0||dianzi_pugong,mojugong
smt|factory|SMT操作员|SMT操作员,SMT贴片操作员,SMT技术员,贴片机操作工,SMT炉后目检|6-25,2-02-09,6-31|操作贴片机、回流焊设备;上料、换线并核对物料;炉后目检和AOI复判|5000-8000|M,H|junior_middle|0||dianzi_pugong,zhijian
zhijian|factory|质检员|质检员,品检员,QC,IPQC巡检,检验员,QC品检|6-31-03,6-31,2-02|按检验标准抽检来料、半成品和成品;记录不良并反馈;填写检验报表|4500-7000|M|senior_high|0||dianzi_pugong,smt,baozhuang
yinshua|factory|印刷工|印刷工,印刷机长,印刷机助手,胶印机长,丝印工|6-08,6-31|操作印刷机完成彩盒、说明书印刷;调整墨色、检查套印;日常保养设备|5000-9000|M,P|junior_middle|1||baozhuang
dangche|factory|纺织挡车工|挡车工,纺织挡车工,细纱挡车工,织布挡车工,纺纱工|6-04,6-31|看管纺纱或织布机台;接头、换纱、巡回检查断头;保持机台清洁|4500-7000|M,P|none|0||fengren,shipin_pugong
zhiyao|factory|药厂操作工|制药操作工,药厂操作工,GMP车间操作工,制剂操作工,药品生产工|6-12,6-31|在GMP车间按规程进行配料、压片、包装;填写批生产记录;遵守洁净区更衣要求|4500-6500|M|senior_high|0||zhijian,shipin_pugong
xiechang|factory|鞋厂成型工|鞋厂成型工,鞋厂工人,制鞋工,鞋厂针车工,鞋厂普工|6-05,6-31|鞋面刷胶、贴底、成型;针车车鞋面;按订单要求完成计件任务|4500-8000|P,M|none|0||fengren,baozhuang
fengren|garment|服装车工|车工,服装车工,平车工,缝纫工,衣车工,平车熟手|6-05-01,6-05,6-31|用平车、高车缝制服装;按工艺单完成计件工序;熟手可做整件|5000-9000|P,M|none|0||caichuang,zhengtang,xiechang
caichuang|garment|裁床工|裁床工,裁剪工,裁床师傅,电剪裁剪,拉布工|6-05-01,6-05|按唛架拉布、裁剪面料;核对尺码数量;捆扎编号交车间|5000-8000|M,P|none|1||fengren,zhengtang
zhengtang|garment|整烫工|整烫工,熨烫工,大烫工,后道整烫,尾部整烫|6-05,6-31|用蒸汽熨斗对成衣进行整烫;折叠包装;检查线头和污渍|4500-7000|P,M|none|0||fengren,baozhuang
cnc|machining|CNC操作工|CNC操作工,CNC操机员,加工中心操作工,CNC学徒,数控铣床操作工|6-18-01,6-18,6-20|操作CNC加工中心上下料、对刀;测量产品尺寸;简单调机和换刀|5500-9000|M,H|junior_middle|0||chechuang,mojugong,qiangong
chechuang|machining|数控车床工|数控车床工,数车操机,普车师傅,车床工,数控车工|6-18-01,6-18|操作数控车床加工轴类零件;看懂图纸、会用卡尺千分尺;会编简单程序者优先|6000-10000|M,P|junior_middle|1||cnc,qiangong
chongya|machining|冲压工|冲压工,冲床工,冲床操作员,五金冲压工,啤工|6-18-02,6-18,6-19|操作冲床完成五金件冲压;换模、调模配合;注意安全操作规程|4500-7000|M,P|none|0||cnc,hanjie
hanjie|machining|焊工|焊工,电焊工,氩弧焊工,二保焊工,气保焊焊工,电焊师傅|6-18-02,6-19,6-29-03|按图纸进行二保焊、氩弧焊作业;保证焊缝质量;持证上岗|7000-12000|M,D|none|1|焊工证|chongya,qiangong,gangjin
qiangong|machining|钳工|钳工,装配钳工,机修钳工,模具钳工,设备钳工|6-20,6-18,6-31-01|按图纸进行零部件划线、钻孔、攻丝;机械装配和调试;设备故障排查|6000-9000|M|senior_high|1||jixiu,mojugong,cnc
mojugong|machining|模具工|模具工,模具师傅,模具学徒,注塑模具维修,冲压模具工|6-18,6-21|模具保养和维修;配合试模、改模;做好模具维修记录|6000-10000|M|junior_middle|1||qiangong,zhusu,cnc
jixiu|machining|设备维修工|设备维修工,机修工,设备技术员,机电维修,维修技工|6-31-01,6-31,6-20|负责车间设备日常点检、保养和故障维修;配合新设备调试;填写维修记录|6000-9500|M|senior_high|2|电工证|diangong,qiangong
pentu|machining|喷涂工|喷涂工,喷漆工,喷粉工,喷油工,涂装工|6-19,6-31,6-99|对五金件、塑胶件进行喷漆、喷粉;调配油漆;做好防护与设备清洁|5500-8500|M,P|none|0||qipen,youqi
cangguan|logistics|仓管员|仓管员,仓库管理员,仓管,仓库文员,库管员|4-02-06,4-02,3-01|负责货物出入库登记、盘点;ERP系统录单;仓库5S管理|4500-6500|M|senior_high|0||lihuo,fenjian,wenyuan
fenjian|logistics|分拣员|分拣员,快递分拣员,包裹分拣,分拨中心分拣工,分拣装卸|4-02-07,4-02-05,4-02|在分拨中心扫描、分拣包裹;按线路码放装车;夜班有夜宵补助|4500-7000|M,D,H,P|none|0||kuaidi,banyun,dabao
kuaidi|logistics|快递员|快递员,快递派送员,快递小哥,收派员,快递业务员|4-02-07,4-02|负责片区快件派送和揽收;使用巴枪扫描;维护客户关系|6000-10000|P,M|none|0|C1驾照优先|fenjian,waimai,songshui
waimai|logistics|外卖骑手|外卖骑手,外卖配送员,骑手,专送骑手,众包骑手,跑腿骑手|4-02-07,4-02-02,4-02|通过App接单，按时把餐品送到顾客手中;遵守交通规则;站点可协助解决电动车和装备|6000-11000|P,D|none|0||kuaidi,songshui
chache|logistics|叉车司机|叉车司机,叉车工,叉车师傅,铲车司机,电动叉车司机|4-02-05,6-30,4-02|驾驶叉车进行货物装卸、搬运和堆放;日常检查叉车;配合仓管盘点|5500-8500|M,H|none|1|叉车证|banyun,cangguan,zhuangzai
banyun|logistics|装卸工|装卸工,搬运工,装卸搬运工,卸货工,仓库搬运|4-02-05,4-02|负责货车装车、卸货;货物搬运和码放;服从现场调度|5000-9000|D,M,P|none|0||fenjian,chache,xiaogong
dabao|logistics|电商打包员|打包员,电商打包员,仓库打包工,拣货打包员,快递打包|4-02-06,4-02-05,6-31|根据订单拣货、核对、打包;贴面单;当天订单当天发完|4000-6000|M,H,D|none|0||baozhuang,fenjian,cangguan
songshui|logistics|送水工|送水工,桶装水配送员,送水师傅,配送员|4-02-02,4-02,4-10|按订单配送桶装水到客户家中或公司;回收空桶;店内简单理货|4500-7000|P,M|none|0||kuaidi,waimai
zhuangzai|logistics|物流调度员|物流调度员,车辆调度,物流调度,运输调度员|4-02-02,4-02,3-01|安排车辆和线路;跟踪在途货物;处理异常与客户沟通|5000-8000|M|associate|1||cangguan,kefu
huoche|driver|货车司机|货车司机,A2司机,B2司机,厢式货车司机,大车司机,挂车司机,物流司机|4-02-02,6-30|驾驶货车进行干线或城配运输;按时送达并交接;车辆日常检查保养|8000-13000|M|none|2|A2或B2驾照|xiaoche,wajueji,songshui
wangyueche|driver|网约车司机|网约车司机,专车司机,快车司机,网约车司机（带车加盟）,出租车司机|4-02-02,4-02|通过平台接单载客;车辆由公司提供;需取得网约车驾驶员证|7000-12000|C,M|none|3|C1驾照|daijia,xiaoche
gongjiao|driver|公交司机|公交司机,公交车驾驶员,A1司机,城市公交司机,大巴司机|4-02-02,4-02|驾驶公交车按线路运营;保障乘客安全;车辆例行检查|6500-9000|M|junior_middle|3|A1驾照|xiaoche,huoche
daijia|driver|代驾司机|代驾司机,酒后代驾,代驾,兼职代驾,代驾师傅|4-02-02,4-10|通过平台接单，为客户驾驶车辆;夜间工作为主;时间自由|5000-10000|P,H|none|3|C1驾照|wangyueche,xiaoche
xiaoche|driver|商务车司机|商务车司机,小车司机,公司司机,行政司机,专职司机|4-02-02,3-01|负责领导及客户接送;车辆保养和年检;行车记录整理|5500-8000|M|senior_high|3|C1驾照|wangyueche,gongjiao
jiaolian|driver|驾校教练|驾校教练,驾校教练员,科目二教练,科目三教练,学车教练|4-13,2-99,4-02-02|指导学员科目二、科目三训练;安排练车时间;保证教练车安全|6000-10000|C,M|senior_high|3|教练员证|xiaoche,gongjiao
fuwuyuan|catering|餐厅服务员|服务员,餐厅服务员,前厅服务员,火锅店服务员,餐饮服务员,楼面服务员|4-03-02,4-03|负责点餐、上菜、收台;热情接待顾客;保持餐厅整洁|3800-5500|M,H|none|0||chuancai,lingban,kefang,chayin
chushi|catering|厨师|厨师,炒锅,热菜厨师,川菜厨师,湘菜厨师,粤菜厨师,大厨|4-03-02,4-03|负责热菜出品;保证菜品口味稳定;厨房食材管理|6000-12000|M|none|2||bangchu,mianshi,shaokao
bangchu|catering|帮厨|帮厨,厨工,配菜员,砧板,打荷,厨房杂工|4-03-02,4-03|协助厨师备料、切配;厨房清洁;收货整理|3800-5500|M,H|none|0||chushi,xiwan,mianshi
xiwan|catering|洗碗工|洗碗工,洗碗阿姨,洗碗员,洗碗保洁,餐具清洗|4-03-02,4-03,4-09|清洗餐具、厨具;厨房地面清洁;垃圾分类|3200-4500|M,H|none|0||bangchu,baojie
chuancai|catering|传菜员|传菜员,传菜生,传菜服务员,跑菜员|4-03-02,4-03|把菜品准确快速送到餐桌;配合服务员收台;协助备餐|3500-5000|M,H|none|0||fuwuyuan,bangchu
mianshi|catering|面点师|面点师,白案师傅,面点师傅,包子师傅,拉面师傅|4-03-02,4-03|制作包子、馒头、面条等面点;面点原料管理;保证出品卫生|5000-8000|M|none|1||chushi,hongbei,bangchu
kafei|catering|咖啡师|咖啡师,咖啡店员,吧台咖啡师,barista,咖啡师学徒|4-03-02,4-03,4-01-02|制作意式、手冲咖啡;吧台清洁和物料管理;为顾客推荐饮品|4000-6500|M,H|senior_high|0||chayin,hongbei
chayin|catering|奶茶店员|奶茶店员,茶饮店员,奶茶师,水吧员,饮品制作员|4-03-02,4-01-02,4-03|按配方制作奶茶、果茶;收银点单;门店清洁|3500-5500|M,H|none|0||kafei,fuwuyuan,shouyin
shaokao|catering|烧烤师傅|烧烤师傅,烤串师傅,烧烤厨师,烤串工|4-03-02,4-03|负责烤串、烤鱼出品;穿串备料;夜宵时段为主|5500-9000|M|none|1||chushi,bangchu
hongbei|catering|烘焙师|烘焙师,面包师,西点师,蛋糕师,烘焙学徒|4-03-02,6-02|制作面包、蛋糕、西点;裱花和装饰;原料管理|4500-7500|M|none|0||mianshi,kafei
lingban|catering|餐厅领班|领班,餐厅领班,楼面经理,前厅主管,餐厅主管|4-03-02,4-03,1-06|带领服务员做好前厅服务;排班和培训;处理顾客投诉|5000-7500|M|senior_high|2||fuwuyuan,dianzhang
jiudian_qiantai|hospitality|酒店前台|酒店前台,前台接待,总台接待,酒店前厅接待,宾馆前台|4-03-01,4-03|办理入住和退房;接听电话与预订;收银对账|4000-5500|M|senior_high|0||qiantai,kefang
kefang|hospitality|客房服务员|客房服务员,客房保洁,做房员,客房阿姨,酒店客房服务员|4-03-01,4-03|清扫整理客房;更换布草;补充房间用品|3800-5500|M,P|none|0||baojie,jiudian_qiantai,fuwuyuan
ktv|hospitality|KTV服务员|KTV服务员,KTV服务生,包房服务员,KTV营业员,夜场服务员|4-14,4-03|包房迎宾、点单送酒水;包房卫生;协助处理顾客需求|4500-7000|M|none|0||fuwuyuan,jiudian_qiantai
daoyou|hospitality|导游|导游,地接导游,景区讲解员,旅游顾问,导游助理|4-07,4-14|带团讲解、安排行程;处理游客突发情况;持证上岗优先|4500-9000|C,M|associate|0|导游证|jiudian_qiantai,kefu
baomu|domestic|住家保姆|保姆,住家保姆,家政保姆,做饭保姆,全职保姆|4-10-01,4-10|负责雇主家做饭、打扫卫生、洗衣;照顾家庭日常起居|5000-8000|M|none|1||yuersao,zhongdian,yanglao
yuesao|domestic|月嫂|月嫂,金牌月嫂,母婴护理师,产后护理员,母婴护理|4-10-01,4-10,4-14|照顾产妇和新生儿;月子餐制作;新生儿洗澡、抚触|8000-15000|M|junior_middle|1|母婴护理证|yuersao,baomu
yuersao|domestic|育儿嫂|育儿嫂,育婴师,带孩子阿姨,育儿阿姨,住家育儿嫂|4-10-01,4-10|照顾0-3岁宝宝的饮食起居;早教游戏陪伴;宝宝衣物清洗|6000-10000|M|junior_middle|1|育婴师证|yuesao,baomu,zaojiao
zhongdian|domestic|钟点工|钟点工,家政保洁员,小时工保洁,家庭保洁,家政服务员|4-10-01,4-10,4-09|上门做家庭保洁、擦玻璃、收纳整理;按单派活|4000-7000|H,P|none|0||baojie,baomu
hugong|domestic|护工|护工,医院护工,陪护,病房陪护员,住院陪护|4-14-01,4-10|照顾住院病人的饮食起居;协助翻身、清洁;陪同检查|4500-7500|M,D|none|0||yanglao,baomu
yanglao|domestic|养老护理员|养老护理员,养老院护理员,护理员,老人护理员,敬老院护工|4-10-01,4-14-01,4-10|照顾老人日常起居;协助康复活动;记录老人身体情况|4000-6500|M|none|0|养老护理员证优先|hugong,baomu
baojie|property|保洁员|保洁员,保洁,物业保洁,商场保洁,写字楼保洁,清洁工|4-09,4-10,4-06-01|负责责任区域的清扫、拖地、擦拭;垃圾清运;公共卫生间清洁|3000-4500|M,H|none|0||huanwei,zhongdian,kefang,xiwan
baoan|property|保安|保安,保安员,门岗保安,小区保安,巡逻保安,安保员|4-07-05,3-02,4-06-01|门岗值守、来访登记;园区巡逻;消防设施检查|3800-5500|M|none|0||wuye_guanjia,baojie
huanwei|property|环卫工|环卫工,环卫工人,道路清扫工,垃圾清运工,环卫保洁员|4-09,4-09|负责道路清扫保洁;垃圾桶清理;配合垃圾分类收运|3000-4200|M|none|0||baojie,lvhua
lvhua|property|绿化工|绿化工,园林工,绿化养护工,园林绿化工,花木养护|4-09,5-02,5-01|小区和道路绿化养护;浇水、修剪、打药;苗木种植|3500-5000|M,D|none|0||huanwei,dapeng,guoyuan
wuye_guanjia|property|物业管家|物业管家,物业客服,客服管家,物业助理,楼栋管家|4-06-01,4-06,4-07|处理业主报修、投诉;收缴物业费;社区活动组织|4000-6500|M|associate|0||baoan,kefu,qiantai
gangjin|construction|钢筋工|钢筋工,钢筋工师傅,扎钢筋,钢筋班组,钢筋工人|6-29-01,6-29|按图纸下料、绑扎钢筋;配合质检验收;注意高空作业安全|9000-14000|D,M,P|none|1||mugong,wagong,xiaogong,hanjie
mugong|construction|木工|木工,建筑木工,模板工,支模木工,木工师傅|6-29-01,6-29|支模、拆模;按图放线;模板加固|9000-15000|D,P|none|1||gangjin,zhuangxiu,wagong
wagong|construction|瓦工|瓦工,泥瓦工,砌筑工,泥工,抹灰工,砌砖师傅|6-29-01,6-29|砌筑墙体、抹灰;铺贴瓷砖;配合其他工种收尾|8000-13000|D,P|none|1||zhuangxiu,mugong,xiaogong
shuidian|construction|水电工|水电工,水电安装工,水电师傅,安装电工,水电维修|6-29-03,6-29,6-28|工地或装修现场水管、电线安装;开槽布管;试水试电|7000-11000|D,M|none|1|电工证|diangong,zhuangxiu,kongtiao
jiazi|construction|架子工|架子工,脚手架工,外架工,爬架工|6-29-01,6-29|搭设和拆除脚手架;高处作业持证上岗;日常检查架体|9000-14000|D,M|none|1|架子工证|gangjin,xiaogong
youqi|construction|油漆工|油漆工,墙面漆工,刷漆工,乳胶漆工,腻子工|6-29-04,6-29|批腻子、打磨、刷乳胶漆;木器漆施工;成品保护|7000-11000|D,P|none|1||zhuangxiu,pentu,wagong
xiaogong|construction|建筑小工|建筑小工,小工,杂工,工地杂工,力工,普工（工地）|6-29,6-29-01,8-00|工地搬运材料、清理垃圾;配合大工施工;服从班组安排|5000-8000|D,M|none|0||banyun,wagong,gangjin
wajueji|construction|挖掘机司机|挖掘机司机,挖机司机,挖机师傅,钩机司机,装载机司机|6-30,6-29,4-02-02|驾驶挖掘机进行土方开挖;设备日常保养;持证上岗|9000-15000|M,D|none|2|挖掘机操作证|tadiao,huoche
tadiao|construction|塔吊司机|塔吊司机,塔吊信号工,塔式起重机司机,塔吊指挥,施工升降机司机|6-30,6-29|操作塔式起重机吊运材料;与信号工配合;设备日常检查|9000-13000|M|junior_middle|1|特种作业操作证|wajueji,jiazi
zhuangxiu|construction|装修工|装修工,装修师傅,瓷砖工,贴砖师傅,吊顶工,装修工人|6-29-04,6-29|家装或工装现场铺贴瓷砖、吊顶;按设计图施工;收尾清理|8000-14000|D,P,M|none|2||wagong,youqi,mugong,shuidian
shigongyuan|construction|施工员|施工员,土建施工员,现场施工员,资料员,质量员|2-02-18,6-29,2-02|负责现场施工组织和进度;技术交底;整理施工资料|6000-10000|M|associate|1|施工员证|xiaogong,gangjin
diangong|repair|电工|电工,维修电工,物业电工,工厂电工,低压电工,持证电工|6-31-01,6-28,6-29-03|负责配电设备、照明线路的安装和维修;日常巡检;持证上岗|5500-8500|M|senior_high|1|电工证|shuidian,jixiu,kongtiao
kongtiao|repair|空调安装工|空调安装工,空调维修工,空调安装师傅,制冷维修工,空调售后|4-12,6-24,6-29-03|上门安装、移机、维修家用空调;加氟、清洗;高空作业持证|6000-12000|P,M|none|0|制冷证|jiadian,diangong,shuidian
jiadian|repair|家电维修工|家电维修,家电维修工,洗衣机维修,冰箱维修,上门维修师傅|4-12,4-12-02|上门检修洗衣机、冰箱、热水器等家电;配件更换;售后回访|5000-9000|P,M|senior_high|1||kongtiao,shouji,diangong
shouji|repair|手机维修|手机维修,手机维修工程师,手机维修学徒,数码维修,电脑维修|4-12-02,4-12|检测并维修手机屏幕、主板、电池;接待客户;维修记录|4500-8000|M,C|senior_high|0||jiadian,yunwei
qixiu|auto|汽修工|汽修工,汽车维修工,机修师傅,汽车修理工,汽修学徒,保养技师|4-12-01,4-12|车辆保养、故障诊断和维修;更换机油轮胎;协助质检|5500-10000|M,C|junior_middle|1||banjin,qipen,xiche
banjin|auto|钣金工|钣金工,汽车钣金,钣金师傅,钣金技师,钣金学徒|4-12-01,4-12,6-19|车身凹陷修复、校正;事故车钣金;配合喷漆工序|6500-11000|M,C|none|2||qipen,qixiu
qipen|auto|汽车喷漆工|汽车喷漆工,喷漆师傅,汽车烤漆,调漆师傅,喷漆技师|4-12-01,4-12|车辆喷漆、调色;打磨和抛光;烤房设备维护|6500-11000|M,C|none|2||banjin,pentu
xiche|auto|洗车工|洗车工,洗车美容,汽车美容,洗车员,汽车美容学徒|4-12-01,4-12,4-10|车辆外观清洗、内饰清洁;打蜡、贴膜辅助;店内卫生|3800-5500|M,C|none|0||qixiu,baojie
daogou|retail|导购员|导购员,导购,营业员,店员,门店销售,服装导购,专柜导购|4-01-02,4-01|为顾客介绍商品、促成销售;陈列整理;完成门店业绩|4000-7000|C,M,H|none|0||shouyin,dianzhang,lihuo
shouyin|retail|收银员|收银员,超市收银员,收银,前台收银,收银员兼理货|4-01-02,4-01|负责收银结算、开发票;保证账款准确;协助理货|3500-5000|M,H|senior_high|0||daogou,lihuo,chayin
lihuo|retail|理货员|理货员,超市理货员,理货,上货员,仓储理货|4-01,4-01-02,4-02-06|商品上架、补货、陈列;检查保质期;协助盘点|3500-5000|M,H|none|0||shouyin,cangguan,shengxian
dianzhang|retail|店长|店长,门店店长,储备店长,店长助理,店长（连锁）|4-01-02,1-06,4-01|负责门店日常运营、排班;完成销售目标;员工培训|6000-12000|C,M|senior_high|2||daogou,lingban
shengxian|retail|生鲜工|生鲜工,生鲜处理员,水果切配,肉类切配,超市生鲜|4-01,4-01-02,6-01|负责生鲜区商品切配、称重、打价;保持卖场新鲜度|4000-6000|M|none|0||lihuo,bangchu
kefu|ecommerce|客服|客服,电商客服,在线客服,淘宝客服,售后客服,电话客服,客服专员|4-01-02,4-04,4-07|通过旺旺、电话解答顾客咨询;处理售后和退换货;维护店铺评分|4000-6500|M,C|senior_high|0||dianxiao,wuye_guanjia,luru
zhubo|ecommerce|带货主播|主播,带货主播,直播带货主播,电商主播,抖音主播,新人主播|4-13,4-01-02,2-09|在抖音、淘宝直播间讲解商品;与粉丝互动;配合运营完成销售|6000-15000|C,M|senior_high|0||changkong,yunying,daogou
meigong|ecommerce|美工|美工,电商美工,平面设计,设计师,淘宝美工,美编|4-08-08,2-09,4-04|制作店铺首页、详情页;产品图片精修;活动海报设计|5000-9000|M|associate|1||jianji,yunying
yunying|ecommerce|电商运营|电商运营,运营专员,店铺运营,新媒体运营,抖音运营,运营助理|4-01,2-06-07,4-04|负责店铺日常运营和推广;数据分析;策划活动|5500-10000|M,C|associate|1||zhubo,changkong,meigong
changkong|ecommerce|直播场控|直播场控,场控,直播助理,中控,直播运营助理|4-13,4-01|直播间上架商品、调整价格;配合主播节奏;直播数据记录|4500-7000|M|senior_high|0||zhubo,yunying
jianji|ecommerce|短视频剪辑|短视频剪辑,视频剪辑,剪辑师,后期剪辑,短视频编导|4-13,2-10,4-08-08|剪辑抖音、快手短视频;配字幕和音乐;拍摄辅助|5000-9000|M|associate|0||meigong,changkong
dianxiao|sales|电话销售|电话销售,电销,电话营销,电销专员,课程顾问,电话邀约|4-01-02,4-01|通过电话向客户介绍产品;邀约到店;维护客户资料|4000-10000|C|senior_high|0||kefu,yewuyuan,baoxian
fangchan|sales|房产经纪人|房产经纪人,置业顾问,房产销售,房屋中介,二手房经纪人|4-06,4-01-02|带客户看房;房源开发与维护;协助签约过户|5000-15000|C|senior_high|0||dianxiao,yewuyuan
baoxian|sales|保险顾问|保险顾问,保险代理人,保险业务员,理财顾问,保险销售|4-05,2-06|为客户讲解保险产品;客户回访;完成业绩指标|4000-12000|C|associate|0||dianxiao,yewuyuan
qiche_xs|sales|汽车销售|汽车销售,销售顾问（汽车）,4S店销售,汽车销售顾问,二手车销售|4-01-02,4-01|接待到店客户，介绍车型;试驾陪同;跟进成交与交车|5000-15000|C|senior_high|0||yewuyuan,daogou
yewuyuan|sales|业务员|业务员,销售代表,销售专员,业务代表,区域销售,销售业务员|4-01-02,2-06-07,4-01|开发新客户、维护老客户;完成区域销售目标;回款跟进|5000-12000|C|senior_high|0||dianxiao,qiche_xs,fangchan
wenyuan|office|文员|文员,办公室文员,行政文员,文职,助理,跟单文员|3-01,3-99|负责文件整理、资料录入;接听电话;协助部门日常事务|3800-5500|M|associate|0||xingzheng,luru,qiantai,cangguan
qiantai|office|前台|前台,前台接待,公司前台,行政前台,前台文员|3-01,4-07|来访接待、电话转接;快递收发;会议室管理|3800-5500|M|associate|0||wenyuan,jiudian_qiantai,xingzheng
xingzheng|office|行政专员|行政专员,行政助理,行政人事专员,综合行政,行政|3-01,2-06-08|办公用品采购、固定资产管理;会议和活动组织;考勤统计|4500-7000|M|associate|1||wenyuan,renshi,qiantai
renshi|office|人事专员|人事专员,招聘专员,HR,人力资源专员,HRBP,人事助理|2-06-08,3-01|负责招聘、入离职办理;社保公积金缴纳;员工关系|5000-8000|M|associate|1||xingzheng,wenyuan
kuaiji|office|会计|会计,财务会计,总账会计,主办会计,会计助理,出纳会计|2-06-03,2-06|日常账务处理、凭证录入;纳税申报;编制财务报表|5000-9000|M|associate|2|初级会计证|chuna,wenyuan
chuna|office|出纳|出纳,出纳员,财务出纳,出纳专员|2-06-03,3-01|现金和银行收付;登记日记账;票据整理|4000-6000|M|associate|0||kuaiji,wenyuan
luru|office|数据录入员|数据录入员,录入员,打字员,数据标注员,信息录入|3-01,3-99,4-04|按要求录入、核对数据;数据标注;资料归档|3500-5000|M,P|senior_high|0||wenyuan,kefu
java|it|Java开发工程师|Java开发工程师,Java开发,Java工程师,后端开发,Java软件工程师|2-02-10,4-04-05,2-02|参与后端系统设计与开发;接口编写与联调;线上问题排查|9000-18000|M|bachelor|1||php,qianduan,ceshi
qianduan|it|前端开发工程师|前端开发工程师,前端开发,Web前端,前端工程师,H5前端|2-02-10,4-04-05|使用Vue或React开发页面;与后端联调接口;移动端适配|8000-16000|M|associate|1||java,php,meigong
ceshi|it|软件测试工程师|软件测试工程师,软件测试,测试工程师,功能测试,测试专员|2-02-10,4-04-05|编写测试用例并执行;提交和跟踪缺陷;参与自动化测试|7000-13000|M|associate|0||java,qianduan,shishi
yunwei|it|网络运维工程师|网络运维,运维工程师,IT运维,网管,网络工程师,桌面运维|4-04-02,2-02-10,4-04|服务器、网络设备的日常维护;电脑和打印机故障处理;机房巡检|6000-11000|M|associate|1||shishi,shouji,ceshi
php|it|PHP开发工程师|PHP开发工程师,PHP开发,PHP程序员,PHP工程师|2-02-10,4-04-05|使用PHP开发网站和小程序后台;数据库设计;功能维护|8000-14000|M|associate|1||java,qianduan
shishi|it|实施工程师|实施工程师,软件实施,IT实施,实施顾问,技术支持|4-04-05,2-02-10|到客户现场部署软件;用户培训;问题收集反馈|6000-10000|M|associate|0||yunwei,ceshi
youshi|education|幼儿教师|幼儿教师,幼师,幼儿园老师,配班老师,主班老师,保育员|2-08-04,2-08|负责幼儿一日生活和教学活动;家园沟通;环境创设|4000-7000|M|associate|0|教师资格证|zaojiao,tuoguan,yuersao
jiaoshi|education|中小学教师|小学数学老师,初中英语教师,语文老师,中学教师,小学教师,物理老师|2-08-03,2-08|承担学科教学;批改作业;班级管理|6000-10000|M|bachelor|0|教师资格证|peixun,tuoguan
peixun|education|培训机构老师|培训老师,英语老师,数学辅导老师,少儿编程老师,美术老师,培训讲师|2-08,4-13,2-08-03|负责课程讲授;学员学习跟踪;家长沟通|5000-10000|M,H,C|associate|0||jiaoshi,tuoguan,zaojiao
tuoguan|education|托管辅导老师|托管老师,作业辅导老师,托管班老师,午托老师,课后辅导老师|4-13,2-08|辅导小学生完成作业;午休和接送管理;和家长沟通|3500-6000|M,H|associate|0||peixun,youshi
zaojiao|education|早教老师|早教老师,早教课程顾问,亲子早教老师,感统训练老师|2-08-04,4-13|给0-6岁宝宝上早教课;亲子活动组织;家长沟通|4500-8000|M,C|associate|0||youshi,yuersao
hushi|health|护士|护士,注册护士,临床护士,护理人员,门诊护士,口腔护士|2-05-08,2-05|执行医嘱，完成临床护理;病情观察与记录;健康宣教|5000-9000|M|associate|0|护士执业证|kangfu,hugong,yisheng
yisheng|health|医生|医生,口腔医生,全科医生,内科医生,执业医师,中医医师|2-05-01,2-05-02,2-05|门诊接诊、诊断治疗;病历书写;参与值班|10000-20000|M|bachelor|2|执业医师证|hushi,kangfu
yaodian|health|药店营业员|药店营业员,药店店员,执业药师,药剂员,医药营业员|4-01-02,2-05-06,4-01|药品销售和用药咨询;药品陈列和效期管理;收银|4000-6500|M,C|senior_high|0||shouyin,daogou,hushi
kangfu|health|康复治疗师|康复治疗师,康复师,理疗师,推拿康复师,康复技师|2-05-07,2-05,4-14|为患者制定康复计划;理疗和运动训练;评估记录|5500-9000|M,C|associate|0||hushi,anmo,hugong
meifa|beauty|美发师|美发师,发型师,理发师,烫染师,美发助理,洗头工|4-10,4-10-01|为顾客剪发、烫发、染发;发型设计建议;门店卫生|5000-12000|C,M|none|1||meirong,meijia,huazhuang
meirong|beauty|美容师|美容师,美容顾问,皮肤管理师,美容学徒,美容院美容师|4-10,4-14|面部和身体护理;皮肤检测;为顾客推荐护理项目|4500-9000|C,M|none|0||meifa,meijia,anmo
meijia|beauty|美甲师|美甲师,美睫师,美甲美睫师,美甲学徒|4-10|为顾客做美甲、美睫;店面卫生;工具消毒|4000-8000|C,P|none|0||meirong,huazhuang
anmo|beauty|按摩技师|按摩技师,足疗技师,推拿师,足浴技师,保健按摩师,采耳师|4-14,4-10|为顾客提供足疗、推拿保健服务;保持房间卫生;会员维护|6000-12000|C,P|none|0|保健按摩师证|kangfu,meirong
huazhuang|beauty|化妆师|化妆师,跟妆师,新娘化妆师,影楼化妆师,彩妆师|4-10,2-09|为客户化妆造型;婚礼跟妆;化妆品管理|4500-9000|C,M|none|1||meijia,meirong,meifa
jianshen|leisure|健身教练|健身教练,私人教练,私教,团课教练,瑜伽老师,健身教练学徒|4-14,2-09|为会员制定训练计划;私教课销售;团课带操|5000-15000|C|senior_high|0||jiusheng,kangfu
jiusheng|leisure|游泳救生员|游泳救生员,救生员,泳池救生员,游泳教练|4-14,3-02|泳池巡视和救护;水质检测记录;游泳教学|4000-7000|M,C|junior_middle|0|救生员证|jianshen,baoan
caicha|agriculture|采茶工|采茶工,茶叶采摘工,采茶季节工,炒茶师傅,茶园工人|5-01,6-01|按标准采摘茶叶鲜叶;茶园除草施肥;计斤付费|3000-6000|P,D|none|0||guoyuan,dapeng
guoyuan|agriculture|果园工人|果园工人,水果采摘工,果园采摘,果园管理工,柑橘采摘|5-01,5-05|果树修剪、施肥、套袋;水果采摘分级;装筐搬运|3000-5500|D,M,P|none|0||caicha,dapeng,lvhua
yangzhi|agriculture|养殖工|养殖工,养猪场饲养员,饲养员,养鸡场工人,猪场饲养员|5-03,5-05|负责栏舍喂料、清粪;观察牲畜健康状况;防疫消毒|5000-8000|M|none|0||dapeng,guoyuan
dapeng|agriculture|大棚种植工|大棚种植工,蔬菜大棚工,种植工,温室种植工,农场工人|5-01,5-05|大棚蔬菜的种植、浇水、施肥;采收和分拣;农机简单操作|3500-5500|M,D|none|0||guoyuan,caicha,lvhua
"""

# family -> typical schedules (code:weight) ; part-time schedules are added when the job is part time
FAMILY_SCHEDULES = {
    "factory": "two_shift:4,long_day:3,six_one:2,month4:1",
    "garment": "six_one:3,long_day:3,month4:2",
    "machining": "two_shift:4,long_day:3,six_one:2",
    "logistics": "two_shift:2,night:2,six_one:3,flexible:2,long_day:1",
    "driver": "flexible:3,six_one:3,two_shift:1,month4:1",
    "catering": "six_one:3,month4:4,two_shift:2",
    "hospitality": "month4:3,two_shift:3,six_one:2,night:1",
    "domestic": "live_in:4,month4:3,six_one:2,flexible:1",
    "property": "two_shift:4,six_one:3,long_day:2,month4:1",
    "construction": "long_day:5,six_one:3",
    "repair": "six_one:4,long_day:3,two_shift:1",
    "auto": "six_one:4,month4:3,long_day:2",
    "retail": "two_shift:3,six_one:3,month4:3",
    "ecommerce": "weekends_off:3,six_one:3,big_small:3,night:1",
    "sales": "weekends_off:3,six_one:4,big_small:2",
    "office": "weekends_off:6,big_small:2,six_one:2",
    "it": "weekends_off:6,big_small:3",
    "education": "weekends_off:3,six_one:3,month4:1",
    "health": "two_shift:4,six_one:3,weekends_off:1",
    "beauty": "month4:5,six_one:3",
    "leisure": "six_one:3,two_shift:2,month4:2",
    "agriculture": "long_day:5,six_one:2,month4:1",
}

SCHEDULE_TEXT = {
    "two_shift": ["两班倒", "两班倒，白夜班每月轮换", "早晚班轮换，上12休12"],
    "long_day": ["长白班", "长白班，不上夜班", "8:00-17:30 长白班"],
    "six_one": ["做六休一", "每周休息一天", "上六天休一天"],
    "month4": ["月休4天", "每月休息4天，可调休", "月休四天"],
    "night": ["夜班为主", "晚上8点到早上6点", "夜班，有夜班补贴"],
    "weekends_off": ["周末双休", "朝九晚六，周末双休", "双休，法定节假日正常休"],
    "big_small": ["大小周", "大小周，9:30上班", "单双休交替（大小周）"],
    "live_in": ["住家，月休4天", "住在雇主家，每月休息4天", "住家，休息时间可协商"],
    "flexible": ["时间自由，多劳多得", "上线时间自己安排", "时间灵活"],
    "weekend": ["周末两天", "只需周六周日上班", "周末兼职，每天8小时"],
    "evening": ["晚上6点到10点", "晚班兼职 18:00-22:00", "下班后的晚间时段"],
}
NIGHT_SCHEDULES = {"two_shift", "night"}

# employer type | industry codes (,) | kinds with weights (kind:w,...) | name patterns (,) | welcome bias
EMPLOYER_TYPES_TABLE = """
elec|C39|dianzi_pugong:6,smt:3,zhijian:2,baozhuang:2,cangguan:1,chache:1,jixiu:1,diangong:1,zhusu:1,wenyuan:0.5|{c}{b}电子科技有限公司,{c}{b}精密电子有限公司,{b}电子（{c}）有限公司|migrant_worker,hubei,poverty_registered
food|C14,C13|shipin_pugong:5,baozhuang:3,zhijian:1,cangguan:1,chache:1,banyun:1|{c}{b}食品有限公司,{b}食品科技（{c}）有限公司|migrant_worker,poverty_registered
plastic|C29,C24|zhusu:4,pentu:2,baozhuang:2,zhijian:1,mojugong:1,dianzi_pugong:1|{c}{b}塑胶制品有限公司,{c}{b}玩具有限公司|migrant_worker,hubei
machine|C34,C33,C36|cnc:4,chechuang:3,chongya:2,hanjie:2,qiangong:1,mojugong:1,jixiu:1,zhijian:1,pentu:1|{c}{b}机械有限公司,{c}{b}五金制品有限公司,{c}{b}汽车零部件有限公司|migrant_worker,veteran,hubei
garment|C18|fengren:5,caichuang:2,zhengtang:2,baozhuang:1,zhijian:1|{c}{b}服饰有限公司,{c}{b}制衣厂|migrant_worker,poverty_registered
shoes|C19|xiechang:4,fengren:1,baozhuang:1,zhijian:1|{c}{b}鞋业有限公司|migrant_worker,poverty_registered
textile|C17|dangche:4,jixiu:1,banyun:1,zhijian:1|{c}{b}纺织有限公司|migrant_worker,poverty_registered
pharma|C27|zhiyao:3,zhijian:2,baozhuang:1,cangguan:1|{c}{b}药业有限公司|graduate,migrant_worker
printing|C23|yinshua:3,baozhuang:2,jixiu:1,meigong:1|{c}{b}印务有限公司,{c}{b}包装印刷有限公司|migrant_worker
workshop|C18,C39,C24|fengren:2,dianzi_pugong:2,baozhuang:2|{c}{b}扶贫车间,{c}{b}就业帮扶车间|poverty_registered,employment_difficulty,disabled
labour|L72|dianzi_pugong:4,shipin_pugong:2,baozhuang:2,fenjian:2,banyun:1,smt:1,zhijian:1,chache:1,dabao:1|{c}{b}人力资源有限公司,{c}{b}劳务派遣有限公司|migrant_worker,hubei,poverty_registered
express|G60,G59|fenjian:4,kuaidi:4,cangguan:2,chache:2,banyun:2,dabao:2,huoche:2,kefu:1,zhuangzai:1|{c}{b}物流有限公司,{c}{b}速运有限公司,{c}{b}供应链管理有限公司|migrant_worker,hubei,veteran
rider|I64,G60|waimai:6,songshui:1,kuaidi:1|{c}{b}网络科技有限公司（外卖站点）,{c}{b}同城配送服务有限公司|migrant_worker,hubei,graduate
restaurant|H62|fuwuyuan:5,chushi:3,bangchu:2,xiwan:2,chuancai:1,lingban:1,shouyin:1,shaokao:1,mianshi:1|{c}{b}餐饮管理有限公司,{b}火锅（{c}）有限公司,{c}{b}酒楼|migrant_worker,hubei
cafe|H62|chayin:3,kafei:2,hongbei:2,shouyin:1,dianzhang:1|{c}{b}餐饮文化有限公司,{c}{b}烘焙坊|graduate
hotel|H61|kefang:3,jiudian_qiantai:2,baojie:1,fuwuyuan:1,baoan:1,chushi:1,ktv:1|{c}{b}大酒店,{c}{b}酒店管理有限公司|migrant_worker
domestic|O80|baomu:4,yuesao:3,yuersao:3,zhongdian:3,yanglao:1,hugong:1|{c}{b}家政服务有限公司|poverty_registered,employment_difficulty,hubei
eldercare|Q85,Q84|yanglao:3,hugong:3,hushi:1,kangfu:1,baojie:1,chushi:0.5|{c}{b}养老服务中心,{c}{b}康养有限公司|employment_difficulty,poverty_registered
hospital|Q84|hushi:3,yisheng:2,kangfu:1,hugong:1,yaodian:0.5|{c}{b}医院,{c}{b}口腔门诊部|graduate
pharmacy|F52|yaodian:4,shouyin:1,dianzhang:1|{c}{b}大药房连锁有限公司|graduate,employment_difficulty
property|K70|baoan:4,baojie:4,wuye_guanjia:2,lvhua:1,diangong:1,kongtiao:0.5|{c}{b}物业服务有限公司,{c}{b}物业管理有限公司|veteran,employment_difficulty,disabled
sanitation|N78|huanwei:4,lvhua:2,huoche:1,baojie:1|{c}{b}环境卫生服务有限公司,{c}{b}城市环境服务有限公司|employment_difficulty,poverty_registered,disabled
security|L72|baoan:5|{c}{b}保安服务有限公司|veteran,employment_difficulty
builder|E47,E48|gangjin:2,mugong:2,wagong:2,shuidian:2,jiazi:1,youqi:1,xiaogong:3,hanjie:1,tadiao:1,wajueji:1,shigongyuan:1|{c}{b}建设工程有限公司,{c}{b}建筑劳务有限公司|migrant_worker,hubei,poverty_registered
decor|E50|zhuangxiu:3,youqi:2,shuidian:2,mugong:1,xiaogong:1|{c}{b}装饰工程有限公司|migrant_worker
fixit|O81|kongtiao:2,jiadian:2,shouji:2,diangong:1|{c}{b}家电服务有限公司,{c}{b}数码维修中心|migrant_worker,veteran
autoshop|O81,F52|qixiu:4,banjin:2,qipen:2,xiche:2,qiche_xs:2,kefu:1|{c}{b}汽车服务有限公司,{c}{b}汽车销售服务有限公司（4S店）|veteran,migrant_worker
supermarket|F52|shouyin:3,lihuo:3,shengxian:2,daogou:1,dianzhang:1,baojie:1,cangguan:0.5|{c}{b}超市有限公司,{c}{b}生活超市|employment_difficulty,hubei
store|F52|daogou:4,dianzhang:1,shouyin:1|{c}{b}服饰专卖店,{c}{b}通讯器材店,{c}{b}商贸有限公司|graduate
ecom|I64,F52|kefu:3,zhubo:2,meigong:2,yunying:2,changkong:1,jianji:1,dabao:2|{c}{b}电子商务有限公司|graduate,disabled
mcn|R87,L72|zhubo:4,changkong:2,jianji:2,yunying:1|{c}{b}文化传媒有限公司|graduate
realty|K70|fangchan:5,dianxiao:1,wenyuan:1|{c}{b}房地产经纪有限公司|graduate,veteran
insure|J68|baoxian:4,dianxiao:1,kefu:1|{b}人寿保险股份有限公司{c}中心支公司|graduate,employment_difficulty
trade|F51|yewuyuan:3,dianxiao:2,kefu:1,wenyuan:1,kuaiji:1,chuna:1,cangguan:1|{c}{b}贸易有限公司,{c}{b}商贸有限公司|graduate
callcenter|L72,I65|kefu:5,dianxiao:3,luru:2|{c}{b}信息服务有限公司|graduate,disabled,employment_difficulty
software|I65|java:3,qianduan:2,ceshi:2,yunwei:1,php:1,shishi:1,xingzheng:1,renshi:1|{c}{b}信息技术有限公司,{c}{b}软件有限公司|graduate
services|L72,M74|kuaiji:3,chuna:1,wenyuan:1,xingzheng:1,renshi:1,qiantai:1,luru:1|{c}{b}财务咨询有限公司,{c}{b}企业管理有限公司|graduate
kinder|P83|youshi:5,baojie:1,chushi:1|{c}{b}幼儿园|graduate
training|P83|peixun:4,tuoguan:2,jiaoshi:1,qiantai:1,dianxiao:1,zaojiao:1|{c}{b}教育咨询有限公司,{c}{b}培训学校|graduate
school|P83|jiaoshi:4,baoan:1,chushi:1|{c}{b}实验学校|graduate
salon|O80|meifa:4,meirong:3,meijia:2,anmo:1,huazhuang:1,qiantai:1|{c}{b}美容美发店,{b}造型（{c}）|migrant_worker
spa|O80|anmo:4,meirong:1,kangfu:1|{c}{b}足浴养生馆,{c}{b}健康管理有限公司|disabled,migrant_worker
fitness|R89|jianshen:4,jiusheng:2,qiantai:1|{c}{b}健身俱乐部|graduate
transport|G54|huoche:4,gongjiao:1,xiaoche:1,qixiu:1,banyun:1|{c}{b}运输有限公司|veteran,migrant_worker
bus|G54|gongjiao:4,qixiu:1|{c}{b}公共交通有限公司|veteran
ride|G54,O80|wangyueche:4,daijia:3|{c}{b}汽车租赁有限公司,{c}{b}出行服务有限公司|veteran,migrant_worker
drivingschool|P83|jiaolian:4,kefu:1|{c}{b}驾驶培训有限公司|veteran
farm|A01,A03,A05|caicha:3,guoyuan:3,dapeng:3,yangzhi:3|{c}{b}农业发展有限公司,{c}{b}种养专业合作社|poverty_registered,employment_difficulty
travel|L72|daoyou:3,kefu:1,dianxiao:1|{c}{b}国际旅行社有限公司|graduate
ktvbar|R90|ktv:4,fuwuyuan:1,baoan:1|{c}{b}娱乐有限公司（KTV）|migrant_worker
"""

# city | short name (used in text/queries) | weight | county names picked as workplaces | employer-type bias (,)
CITIES_TABLE = """
441900|东莞|9|东莞市|elec,plastic,machine,garment,shoes,labour,express,printing
442000|中山|4|中山市|elec,plastic,garment,machine,labour
460400|儋州|1|儋州市|farm,hotel,restaurant
620200|嘉峪关|1|嘉峪关市|machine,transport,sanitation
4403|深圳|8|宝安区,龙华区,龙岗区,南山区,福田区,光明区|elec,labour,express,software,ecom,rider,store
4401|广州|6|白云区,番禺区,天河区,花都区,海珠区|garment,ecom,mcn,restaurant,express,trade
4406|佛山|4|南海区,顺德区,禅城区|machine,plastic,food,decor
3205|苏州|6|昆山市,吴中区,相城区,常熟市,吴江区|elec,machine,textile,labour,pharma
3301|杭州|4|余杭区,萧山区,滨江区,西湖区|ecom,mcn,software,rider,cafe
3302|宁波|3|北仑区,鄞州区,慈溪市,余姚市|machine,plastic,garment
3307|金华|3|义乌市,永康市,东阳市|ecom,express,machine,store
3101|上海|5|浦东新区,闵行区,松江区,嘉定区,徐汇区|software,cafe,domestic,hotel,property,services,hospital
1101|北京|4|朝阳区,海淀区,大兴区,通州区,丰台区|software,domestic,property,realty,training,rider
1201|天津|2|滨海新区,西青区,武清区|machine,express,food
4201|武汉|5|江夏区,洪山区,东西湖区,武昌区,汉阳区|elec,express,restaurant,hospital,software,builder
4211|黄冈|1|黄州区,麻城市,蕲春县|workshop,farm,garment
4101|郑州|3|中牟县,金水区,新郑市,管城回族区|elec,labour,express,builder
4301|长沙|3|岳麓区,雨花区,长沙县,浏阳市|restaurant,mcn,builder,salon
5101|成都|4|武侯区,郫都区,双流区,新都区,锦江区|restaurant,software,cafe,salon,spa
5001|重庆|4|渝中区,九龙坡区,沙坪坝区,江津区,两江新区|restaurant,machine,builder,ride,transport
6101|西安|2|雁塔区,未央区,长安区|software,training,restaurant,hospital
3505|泉州|3|晋江市,石狮市,南安市,丰泽区|shoes,garment,textile,food
3401|合肥|2|蜀山区,包河区,肥西县|elec,software,school,kinder
5201|贵阳|1|观山湖区,花溪区,清镇市|farm,workshop,sanitation,callcenter
3702|青岛|2|黄岛区,城阳区,即墨区,李沧区|food,machine,fitness,hotel
"""


def _weights(spec):
    out = []
    for part in spec.split(","):
        k, w = part.split(":")
        out.append((k, float(w)))
    return out


def kinds():
    out = {}
    for line in KINDS_TABLE.strip().splitlines():
        (key, fam, name, titles, occ, duties, pay, cycles, edu, exp, cert, rel) = line.split("|")
        lo, hi = (int(x) for x in pay.split("-"))
        out[key] = {
            "key": key, "family": fam, "name": name, "titles": titles.split(","), "occ": occ.split(","),
            "duties": duties.split(";"), "pay": (lo, hi), "cycles": cycles.split(","), "edu": edu,
            "exp": int(exp), "cert": cert, "related": [r for r in rel.split(",") if r],
        }
    return out


def employer_types():
    out = {}
    for line in EMPLOYER_TYPES_TABLE.strip().splitlines():
        key, ind, ks, names, groups = line.split("|")
        out[key] = {"key": key, "industries": ind.split(","), "kinds": _weights(ks),
                    "names": names.split(","), "groups": groups.split(",")}
    return out


def cities():
    out = []
    for line in CITIES_TABLE.strip().splitlines():
        code, short, w, counties, types = line.split("|")
        out.append({"code": code, "short": short, "weight": int(w), "counties": counties.split(","),
                    "types": types.split(",")})
    return out

"""Write ``blind3.jsonl``: a third, blind labelled set for the offline evidence checks of 事前绩效评估报告.

Written without reading the checks' code, the earlier case sets or their generators; only the rule
descriptions in the README and the public shape of real reports (参考格式: 评估对象基本情况 / 评估工作开展情况 /
综合评估情况与评估结论 / 相关建议). Every text is fictional and marked （示例） in its first line.

Each case is one whole report built from eight projects (``THEMES``) in four layouts (municipal
third-party Markdown, county short report with inline headings, 专家论证意见, numbered "1." layout).
A case chooses one variant per evidence slot; the truth for all eight offline rules is derived from
those choices by what the rule means (README table), not by guessing how the check is coded:

- EA-NEC-90 clean when 立项背景 or 立项必要性 carries a figure, year or survey about the need
  (Chinese numerals count; a plan's document number or the requested amount does not).
- EA-NEC-91 clean when the report gives a count of the people/households/units served.
- EA-FEA-90 clean when a forward schedule with months, quarters or half-years is given (past dates of
  the appraisal itself do not count).
- EA-FEA-91 clean when a responsible or implementing body is named (a suggestion to name one does not).
- EA-ECO-90 clean when a basis for the amounts is written (测算依据 column, 标准, 定额, 询价, 结算价 …);
  a 单价 column with no source is a defect (marked ``near_miss`` because it is arguable).
- EA-ECO-91 clean when the request is under 500 万元 or options are compared.
- EA-FUND-90 clean when the support mode is named (直接投入, 以奖代补, 先建后补, 贴息, 购买服务 …);
  the source of money (本级预算资金, 上级补助资金) or a 劳务补助 line does not count.
- EA-GOAL-90 clean when the goals or the project content give quantities or ratios; quantities that
  appear only in the budget table do not count.

After the first run three labels were corrected (``AUDIT``; the blind labels stay in ``offline_blind``) and
arguable labels are listed in ``CONTESTABLE``. ``--blind-labels`` writes the set with the blind labels instead.

Run: ``python corpus/eval/judgement/make_blind3.py [--blind-labels OUT]`` (deterministic).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "blind3.jsonl"
RULES = ("EA-NEC-90", "EA-NEC-91", "EA-FEA-90", "EA-FEA-91", "EA-ECO-90", "EA-ECO-91", "EA-FUND-90", "EA-GOAL-90")
# the LLM rule each offline rule stands in for (the case's ``rule`` field is the first defective one)
LLM_RULE = {"EA-NEC-90": "EA-NEC-02", "EA-NEC-91": "EA-NEC-02", "EA-FEA-90": "EA-FEA-01",
            "EA-FEA-91": "EA-FEA-01", "EA-ECO-90": "EA-ECO-02", "EA-ECO-91": "EA-ECO-05",
            "EA-FUND-90": "EA-FUND-03", "EA-GOAL-90": "EA-GOAL-02"}


@dataclass
class Theme:
    key: str
    place: str
    level: str  # 县 / 市 / 区
    project: str
    dept: str
    impl: str
    coop: str
    amount: float  # 万元
    amount_text: str
    bg_data: str
    bg_plain: str
    nec_data: str
    benef: str
    benef_vague: str
    content_q: str
    content_plain: str
    goals_q: str
    goals_plain: str
    rows: list[tuple[str, str, str, str, str]]  # item, quantity, unit price, amount, basis
    basis_prose: str
    mode: str
    source_only: str
    steps: tuple[str, str, str]
    compare: str = ""
    bg_data_cn: str = ""
    benef_cn: str = ""
    goals_cn: str = ""
    extra: dict[str, str] = field(default_factory=dict)


THEMES: dict[str, Theme] = {t.key: t for t in [
    Theme(
        key="T1", place="青川县", level="县", project="农村敬老院改造提升项目", dept="县民政局",
        impl="县社会福利服务中心", coop="各乡镇人民政府", amount=360, amount_text="360万元",
        bg_data="全县现有农村敬老院11所，其中6所建成已超过20年；2025年消防安全排查发现隐患37处，"
                "冬季室温低于16℃的房间占比约四成。",
        bg_data_cn="全县现有农村敬老院十一所，其中六所建于上世纪九十年代，去年冬季排查时近四成房间室温不达标。",
        bg_plain="近年来，随着农村人口老龄化程度加深，特困老人集中供养需求日益增长，部分敬老院设施老化、"
                 "安全隐患较为突出，群众反映较多。",
        nec_data="县民政局2025年对在院老人开展问卷调查，回收问卷412份，73%的老人反映洗浴和取暖条件差。",
        benef="项目完成后可为全县468名集中供养特困人员改善居住条件。",
        benef_cn="项目完成后可为全县四百六十八名集中供养特困人员改善居住条件。",
        benef_vague="项目服务对象为全县集中供养特困人员，对象明确。",
        content_q="对6所敬老院实施消防设施改造、适老化改造和供暖改造，新增护理型床位120张。",
        content_plain="对部分敬老院实施消防设施改造、适老化改造和供暖改造。",
        goals_q="完成6所敬老院改造，消防设施达标率100%，新增护理型床位120张，入住老人满意度不低于90%。",
        goals_cn="完成六所敬老院改造，新增护理型床位一百二十张。",
        goals_plain="改善敬老院居住环境，消除安全隐患，提升供养服务质量，让入住老人住得安心。",
        rows=[("消防设施改造", "6所", "18万元/所", "108", "2025年县内同类消防改造工程结算均价"),
              ("适老化改造", "120床", "0.9万元/床", "108", "《省养老机构适老化改造指引》每床造价上限"),
              ("供暖改造", "6所", "24万元/所", "144", "设计单位概算，经县财政投资评审中心审核")],
        basis_prose="消防改造单价按县内近两年同类工程结算均价确定，适老化改造按省指引中每床造价上限的"
                    "九成测算，供暖改造以设计概算为准并经投资评审中心审核。",
        mode="项目采用财政直接投入方式，资金由县财政按工程进度直接支付给施工单位。",
        source_only="项目资金来源为县本级一般公共预算资金。",
        steps=("设计和施工招标", "分批施工", "竣工验收和结算"),
    ),
    Theme(
        key="T2", place="临江市", level="市", project="老旧小区雨污分流改造项目", dept="市住房和城乡建设局",
        impl="各区住房和城乡建设局", coop="市排水有限公司、各街道办事处", amount=1280, amount_text="1,280万元",
        bg_data="全市2000年前建成的老旧小区共214个，其中雨污合流的有86个；2024年汛期有19个小区出现污水外溢。",
        bg_data_cn="全市二〇〇〇年前建成的老旧小区中，雨污合流的约占四成，去年汛期有十九个小区污水外溢。",
        bg_plain="老旧小区排水设施建设年代早、标准低，雨污混接问题长期存在，汛期内涝和污水外溢时有发生，"
                 "已成为群众反映强烈的民生短板。",
        nec_data="市12345热线2024年受理小区污水外溢类投诉1,136件，同比上升22%。",
        benef="改造涉及小区32个、居民约1.8万户。",
        benef_cn="改造涉及小区三十二个、居民约一万八千户。",
        benef_vague="项目受益对象为改造小区的居民群众。",
        content_q="2026年完成32个小区雨污分流改造，新建污水管网46公里。",
        content_plain="对列入计划的老旧小区实施雨污分流改造，同步修复破损路面。",
        goals_q="完成32个小区雨污分流改造，新建管网46公里，改造小区污水外溢投诉下降50%以上。",
        goals_plain="基本解决改造小区雨污混流问题，居住环境明显改善，居民满意度进一步提升。",
        rows=[("污水管网新建", "46公里", "21万元/公里", "966", "《市政工程消耗量定额》及2025年第三季度信息价"),
              ("检查井及接户", "2,600处", "0.1万元/处", "260", "同类项目招标控制价"),
              ("工程监理检测", "1项", "—", "54", "按监理服务收费标准下浮20%")],
        basis_prose="管网单价依据《市政工程消耗量定额》和本市2025年第三季度建设工程信息价测算，"
                    "检查井按同类项目招标控制价计列。",
        mode="市级资金采取以奖代补方式，按各区验收合格的改造户数每户补助700元，其余由区级承担。",
        source_only="项目所需资金由市级财政资金和区级财政资金共同承担。",
        steps=("施工图设计审查", "分片区施工", "联合验收"),
        compare="评估组对“整体翻建管网”和“局部改造加接户改造”两种方案进行了比较：整体翻建估算投资约2,300万元、"
                "工期18个月，局部改造投资1,280万元、工期10个月，能解决九成以上混接点，推荐后者。",
    ),
    Theme(
        key="T3", place="石门县", level="县", project="高标准农田灌溉设施配套项目", dept="县农业农村局",
        impl="各乡镇人民政府", coop="县水利局、县自然资源局", amount=860, amount_text="860万元",
        bg_data="全县耕地面积42.6万亩，已建成高标准农田18.2万亩，其中2019年前建成的5.4万亩灌溉渠系损毁严重，"
                "有效灌溉面积仅占六成。",
        bg_plain="我县是传统农业大县，部分早年建成的农田水利设施老化失修，灌排不畅，抗旱能力不足，"
                 "影响粮食稳产增产。",
        nec_data="2024年夏季旱情中，渠系不通的片区玉米平均减产约15%。",
        benef="项目覆盖8个乡镇46个行政村，受益农户约9,300户。",
        benef_vague="项目惠及项目区广大农户。",
        content_q="新建和改造灌溉渠道62公里，配套田间泵站14座，改善灌溉面积3.2万亩。",
        content_plain="新建和改造灌溉渠道，配套田间泵站，完善田间灌排设施。",
        goals_q="改善灌溉面积3.2万亩，新建改造渠道62公里，项目区粮食亩产提高5%以上。",
        goals_plain="完善项目区灌排设施，提高农田防灾减灾能力，促进农业增产、农民增收。",
        rows=[("渠道新建改造", "62公里", "9.5万元/公里", "589", "《省农田水利工程概算定额》"),
              ("田间泵站", "14座", "16万元/座", "224", "县内2025年同规模泵站中标价"),
              ("勘察设计", "1项", "—", "47", "按工程费用的5.8%计列")],
        basis_prose="渠道单价按省农田水利工程概算定额测算，泵站按县内2025年同规模泵站中标价确定。",
        mode="项目实行先建后补，由乡镇组织实施，经县级验收合格后按核定工程量拨付补助资金。",
        source_only="项目资金来源为中央和省级补助资金，县级按规定配套。",
        steps=("项目区踏勘和设计", "渠道和泵站施工", "县级验收"),
        compare="评估组比较了“渠道防渗改造”和“管道输水灌溉”两种方式：管道输水节水效果更好，但亩均投资高出约"
                "七成，且运行需电力保障；结合项目区电网条件，选择以渠道防渗改造为主、局部管道输水为辅。",
        extra={"labor": "项目资金中列支管护员劳务补助12万元，按月发放。"},
    ),
    Theme(
        key="T4", place="南湖区", level="区", project="居家养老上门服务项目", dept="区民政局",
        impl="各街道办事处", coop="区卫生健康局、区残联", amount=498, amount_text="498万元",
        bg_data="截至2025年底，全区60周岁以上户籍老人8.6万人，占户籍人口的24.3%，其中失能、半失能老人约4,100人。",
        bg_plain="我区人口老龄化持续加深，独居、失能老人生活照料和护理需求日益迫切，"
                 "现有养老服务供给与群众需求之间仍有差距。",
        nec_data="2025年区民政局入户摸排显示，有上门服务需求的高龄独居老人占受访老人的31%。",
        benef="项目服务对象为全区经评估符合条件的特殊困难老人2,760人。",
        benef_cn="项目服务对象为全区经评估符合条件的特殊困难老人两千七百六十人。",
        benef_vague="服务对象为辖区内经评估符合条件的特殊困难老人。",
        content_q="为符合条件的老人每月提供不少于20小时的助洁、助浴、助医等上门服务，全年服务约66万小时。",
        content_plain="为符合条件的老人提供助洁、助浴、助医等上门服务。",
        goals_q="全年提供上门服务约66万小时，服务对象覆盖率100%，服务对象满意度不低于90%。",
        goals_plain="提升居家养老服务水平，使特殊困难老人得到及时、便捷的照护服务。",
        rows=[("上门服务费", "66万小时", "—", "462", "按每小时35元的区定服务补贴标准，不足部分由服务机构承担"),
              ("服务质量第三方评估", "1项", "—", "20", "三家机构询价取中间价"),
              ("信息平台运维", "1年", "—", "16", "原合同续签价")],
        basis_prose="上门服务费按区定每小时35元的服务补贴标准测算；第三方评估经三家机构询价确定。",
        mode="项目采取政府购买服务方式，通过公开招标确定服务机构，按实际服务时长结算。",
        source_only="项目资金来源为区本级财政资金和福利彩票公益金。",
        steps=("服务机构招标", "开展上门服务", "第三方评估和结算"),
    ),
    Theme(
        key="T5", place="东阳市", level="市", project="创业担保贷款贴息项目", dept="市人力资源和社会保障局",
        impl="市就业服务中心", coop="市财政局、各经办银行", amount=620, amount_text="620万元",
        bg_data="2025年全市新发放创业担保贷款2.3亿元，扶持创业1,480人，带动就业4,900余人；"
                "申请人中有三成因利息负担放弃贷款。",
        bg_plain="创业担保贷款是稳就业、促创业的重要政策工具，小微企业和个人创业者融资难、融资贵问题依然存在，"
                 "需要持续给予财政贴息支持。",
        nec_data="对上年度贴息对象的回访显示，获得贴息的创业主体存续率达到87%。",
        benef="预计扶持个人创业者1,500人、小微企业120家。",
        benef_vague="扶持对象为符合条件的个人创业者和小微企业。",
        content_q="对新发放的创业担保贷款按贷款市场报价利率的50%给予贴息，预计贴息贷款规模2.5亿元。",
        content_plain="对符合条件的创业担保贷款给予财政贴息。",
        goals_q="新增贴息贷款2.5亿元，扶持创业1,500人，带动就业5,000人以上。",
        goals_plain="降低创业者融资成本，以创业带动就业，促进全市就业形势稳定。",
        rows=[("个人创业担保贷款贴息", "2.2亿元", "—", "540", "按LPR的50%贴息，贷款期限内平均余额测算"),
              ("小微企业贷款贴息", "0.3亿元", "—", "74", "同上"),
              ("经办银行风险补偿", "1项", "—", "6", "按上年实际代偿额")],
        basis_prose="贴息资金按LPR的50%乘以预计平均贷款余额测算，风险补偿按上年实际代偿额计列。",
        mode="项目采用贷款贴息方式，按季度据实向经办银行拨付贴息资金。",
        source_only="",
        steps=("贴息申请受理", "按季审核拨付", "年度清算"),
        compare="评估组比较了“直接发放创业补贴”和“贷款贴息”两种投入方式：直接补贴每扶持一人需财政投入约1.2万元，"
                "贴息方式约0.41万元，且可撬动银行信贷，推荐继续采用贴息。",
    ),
    Theme(
        key="T6", place="白河县", level="县", project="中小学校直饮水设备更新项目", dept="县教育局",
        impl="县教育技术装备中心", coop="各中小学校", amount=145, amount_text="145万元",
        bg_data="全县现有中小学校54所，其中23所的直饮水设备使用年限超过8年；2025年县疾控中心抽检水样"
                "合格率为84%。",
        bg_plain="部分学校直饮水设备使用年限较长，滤芯更换不及时，师生饮水安全存在隐患，家长关注度高。",
        nec_data="2025年秋季学期县疾控中心对学校饮水抽检，不合格水样全部来自使用超过8年的设备。",
        benef="更新后可保障23所学校1.26万名师生的饮水安全。",
        benef_vague="项目服务全县中小学校师生。",
        content_q="为23所学校更新直饮水设备168台，并建立滤芯定期更换和水质季度检测制度。",
        content_plain="为设备老化的学校更新直饮水设备，并建立滤芯更换和水质检测制度。",
        goals_q="更新直饮水设备168台，水质抽检合格率达到100%。",
        goals_plain="保障师生饮水安全，改善学校办学条件。",
        rows=[("直饮水设备", "168台", "0.78万元/台", "131", "政府采购网上商城近三个月成交均价"),
              ("水质检测", "4次", "—", "8", "县疾控中心收费标准"),
              ("安装调试", "168台", "—", "6", "设备供应商报价，按三家比价取低")],
        basis_prose="设备单价取政府采购网上商城近三个月同规格成交均价，水质检测按县疾控中心收费标准计列。",
        mode="项目资金由县财政直接投入，设备通过政府集中采购，采购资金由国库直接支付。",
        source_only="项目资金来源为县本级教育经费。",
        steps=("集中采购", "安装调试", "水质检测验收"),
    ),
    Theme(
        key="T7", place="北岭区", level="区", project="社区智慧安防设施建设项目", dept="区委政法委",
        impl="区综治中心", coop="区公安分局、各街道办事处", amount=660, amount_text="6,600,000元",
        bg_data="全区有开放式老旧小区57个，其中41个没有视频监控；2025年这些小区发生盗窃警情312起，"
                "占全区入室盗窃警情的68%。",
        bg_plain="开放式老旧小区技防设施薄弱，入室盗窃、电动车盗窃等案件多发，居民安全感有待提升。",
        nec_data="2025年群众安全感调查中，开放式小区居民安全感得分比封闭式小区低11.2分。",
        benef="项目覆盖41个小区、常住居民约3.4万人。",
        benef_vague="项目受益对象为相关小区居民。",
        content_q="在41个小区新建高清视频监控点位820个、人脸识别门禁96套，接入区综治中心平台。",
        content_plain="在开放式老旧小区新建视频监控点位和门禁设施，接入区综治中心平台。",
        goals_q="新建监控点位820个、门禁96套，项目小区入室盗窃警情同比下降30%。",
        goals_plain="提升老旧小区技防水平，有效预防和减少案件发生，增强居民安全感。",
        rows=[("视频监控点位", "820个", "0.55万元/个", "451", "2025年区内同类项目中标价"),
              ("人脸识别门禁", "96套", "1.6万元/套", "153.6", "三家供应商询价平均价"),
              ("平台接入及调试", "1项", "—", "55.4", "原平台承建单位报价，经财政评审核减12%")],
        basis_prose="点位单价参照2025年区内同类项目中标价，门禁设备经三家供应商询价取平均价。",
        mode="项目由区财政直接投入建设，建成后资产移交区综治中心管理。",
        source_only="项目资金全部由区级财政预算资金安排。",
        steps=("方案设计和招标", "点位施工", "联调联试和验收"),
        compare="评估组比较了“区级自建”和“向运营商租用视频服务（政府购买服务）”两种方式：五年期租用总费用约"
                "890万元，高于自建加五年运维的约760万元，且数据归属不清，推荐区级自建。",
    ),
    Theme(
        key="T8", place="云岗县", level="县", project="农村生活垃圾收运处置项目", dept="县城市管理局",
        impl="县环境卫生服务中心", coop="各乡镇人民政府", amount=420, amount_text="420万元",
        bg_data="全县农村日均产生生活垃圾约186吨，现有收运车辆31台中有12台已达报废年限，"
                "2025年农村人居环境检查中垃圾清运不及时问题被通报9次。",
        bg_plain="农村生活垃圾收运体系仍不健全，部分村庄垃圾清运不及时，影响农村人居环境整治成效。",
        nec_data="县城管局2025年第三季度暗访的60个村中，有17个村垃圾桶满溢超过24小时。",
        benef="收运服务覆盖12个乡镇168个行政村，服务农村常住人口约21万人。",
        benef_vague="项目服务全县农村群众。",
        content_q="更新压缩式收运车12台，实现168个行政村生活垃圾日产日清。",
        content_plain="更新部分收运车辆，完善农村生活垃圾收运体系。",
        goals_q="更新收运车12台，农村生活垃圾收运处置覆盖率100%，无害化处理率达到95%以上。",
        goals_plain="健全农村生活垃圾收运体系，改善农村人居环境。",
        rows=[("压缩式收运车", "12台", "23万元/台", "276", "省政府采购协议供货价"),
              ("收运作业服务", "12个月", "12万元/月", "144", "按2025年作业量和合同单价测算")],
        basis_prose="车辆单价采用省政府采购协议供货价，收运作业按2025年实际作业量和现行合同单价测算。",
        mode="车辆购置由县财政直接投入，收运作业采取政府购买服务方式委托专业公司承担。",
        source_only="项目资金来源为县级财政资金，列入2026年部门预算。",
        steps=("车辆采购", "收运线路调整", "运行考核"),
        extra={"labor": "其中村级保洁员劳务补助按每人每月600元发放。"},
    ),
]}


@dataclass
class Spec:
    cid: str
    theme: str
    fmt: str  # A municipal markdown, B county inline, C expert opinion, D numbered
    nec90: str = "data"      # data | data_cn | bg_only | plain | docno | amount
    nec91: str = "count"     # count | count_cn | in_content | vague | satisf | suppliers
    fea90: str = "quarters"  # quarters | months | halfyear | table | plain | past
    fea91: str = "body"      # body | leadcoop | overview | none | suggest
    eco90: str = "col"       # col | prose | note_below | none | suggest | unitprice_only
    eco91: str = "compare"   # compare | none
    fund: str = "mode"       # mode | source | labor
    goal: str = "q"          # q | q_cn | content_only | plain | table_only
    note: str = ""
    near_miss: bool = False


def truth(s: Spec, t: Theme) -> dict[str, str]:
    d = "defect"
    c = "clean"
    return {
        "EA-NEC-90": c if s.nec90 in ("data", "data_cn", "bg_only") else d,
        "EA-NEC-91": c if s.nec91 in ("count", "count_cn", "in_content") else d,
        "EA-FEA-90": c if s.fea90 in ("quarters", "months", "halfyear", "table") else d,
        "EA-FEA-91": c if s.fea91 in ("body", "leadcoop", "overview") else d,
        "EA-ECO-90": c if s.eco90 in ("col", "prose", "note_below") else d,
        "EA-ECO-91": c if t.amount < 500 or s.eco91 == "compare" else d,
        "EA-FUND-90": c if s.fund == "mode" or not t.source_only else d,
        "EA-GOAL-90": c if s.goal in ("q", "q_cn", "content_only") else d,
    }


PLAN = "《“十四五”规划纲要》和年度重点工作安排"


def parts(s: Spec, t: Theme) -> dict[str, str]:
    """The text of every slot for one case."""
    p: dict[str, str] = {}
    # 立项背景
    if s.nec90 in ("data", "bg_only"):
        p["bg"] = t.bg_data
    elif s.nec90 == "data_cn":
        p["bg"] = t.bg_data_cn or t.bg_data
    elif s.nec90 == "amount":
        p["bg"] = t.bg_plain + f"为此，{t.dept if s.fea91 != 'none' else '主管部门'}拟申请{t.level}级财政资金{t.amount_text}实施本项目。"
    else:
        p["bg"] = t.bg_plain
    # 项目主要内容
    content = t.content_q if s.goal in ("q", "q_cn", "content_only") else t.content_plain
    if s.nec91 == "in_content":
        content += t.benef
    if s.fea91 == "overview":
        content = f"项目实施单位为{t.impl}，主管部门为{t.dept}。" + content
    p["content"] = content + f"项目申请{t.level}级财政资金{t.amount_text}。"
    # 绩效目标
    p["goals"] = {"q": t.goals_q, "q_cn": t.goals_cn or t.goals_q}.get(s.goal, t.goals_plain)
    p["goal_fit"] = ("绩效目标与项目内容和资金规模相匹配，产出指标与测算表中的数量一致，效果指标可衡量。"
                     if s.goal in ("q", "q_cn", "content_only") else
                     "绩效目标方向明确，与项目内容基本相符，但指标以定性表述为主。")
    # 资金构成 table and 投入经济性
    rows = t.rows
    total = f"{t.amount:g}"
    if s.eco90 == "col":
        head = "| 支出内容 | 数量 | 单价 | 金额（万元） | 测算依据 |\n|---|---|---|---|---|\n"
        body = "".join(f"| {a} | {b} | {c} | {m} | {e} |\n" for a, b, c, m, e in rows)
        p["table"] = head + body + f"| 合计 |  |  | {total} |  |"
    elif s.eco90 == "unitprice_only":
        head = "| 支出内容 | 数量 | 单价 | 金额（万元） |\n|---|---|---|---|\n"
        body = "".join(f"| {a} | {b} | {c} | {m} |\n" for a, b, c, m, _ in rows)
        p["table"] = head + body + f"| 合计 |  |  | {total} |"
    else:
        head = "| 序号 | 支出内容 | 金额（万元） |\n|---|---|---|\n"
        body = "".join(f"| {i} | {a} | {m} |\n" for i, (a, _b, _c, m, _e) in enumerate(rows, 1))
        p["table"] = head + body + f"|  | 合计 | {total} |"
    if s.eco90 == "note_below":
        p["table"] += "\n\n测算说明：" + t.basis_prose
    eco = "项目支出内容与项目目标相关，预算编制遵循勤俭节约原则，未发现明显的重复申报。"
    if s.eco90 == "prose":
        eco = t.basis_prose + eco
    if t.amount >= 500 and s.eco91 == "compare":
        eco += t.compare
    p["eco"] = eco
    # 立项必要性
    nec = (f"项目符合{PLAN}，是补齐民生短板的重要举措，实施十分必要、意义重大。"
           if s.nec90 != "docno" else
           f"项目符合《{t.place}国民经济和社会发展第十四个五年规划纲要》和《关于进一步改善民生的实施意见》"
           f"（{t.place[:2]}政发〔2023〕15号）的要求，是落实上级决策部署的具体举措，实施十分必要。")
    if s.nec90 in ("data", "data_cn"):
        nec = t.nec_data + nec
    benef = {"count": t.benef, "count_cn": t.benef_cn or t.benef, "in_content": t.benef_vague,
             "vague": t.benef_vague,
             "satisf": t.benef_vague + "项目实施后服务对象满意度预计达到90%以上，覆盖率达到100%。",
             "suppliers": t.benef_vague + "前期已向三家供应商了解市场行情，具备实施条件。"}[s.nec91]
    p["nec"] = nec + benef
    # 实施方案可行性
    a, b, c = t.steps
    sched = {
        "quarters": f"进度安排：2026年第一季度完成{a}；第二、三季度{b}；第四季度完成{c}。",
        "months": f"进度安排如下：\n\n- 3月：完成{a}；\n- 4月—9月：{b}；\n- 10月—11月：完成{c}。",
        "halfyear": f"项目计划2026年上半年完成{a}并启动{b}，下半年全面完成{b}和{c}。",
        "table": ("| 时间节点 | 工作内容 |\n|---|---|\n"
                  f"| 2026年3月底前 | {a} |\n| 2026年4月至9月 | {b} |\n| 2026年12月底前 | {c} |"),
        "plain": f"项目将按照“{a}—{b}—{c}”的步骤有序推进，确保按期完成各项任务。",
        "past": (f"项目前期方案已于2025年9月经主管部门会议研究同意，2025年10月完成现场踏勘。项目将按照"
                 f"“{a}—{b}—{c}”的步骤推进。"),
    }[s.fea90]
    body = {
        "body": f"项目由{t.dept}牵头组织，{t.impl}具体实施，{t.coop}配合。",
        "leadcoop": f"职责分工：\n\n| 牵头单位 | 配合单位 |\n|---|---|\n| {t.dept} | {t.coop} |",
        "overview": "项目已建立工作专班，制定了过程管理和资金监管办法。",
        "none": "项目将建立健全工作机制，压实各方责任，加强过程管理和资金监管。",
        "suggest": "项目将建立健全工作机制，加强过程管理和资金监管。",
    }[s.fea91]
    p["fea"] = sched + "\n\n" + body
    # 筹资合规性
    if s.fund == "mode" or not t.source_only:
        fund = t.source_only + t.mode if t.source_only else t.mode
    elif s.fund == "labor":
        fund = t.source_only + t.extra.get("labor", "")
    else:
        fund = t.source_only
    p["fund"] = fund + "资金筹措程序符合预算管理规定，事权与支出责任相匹配。"
    # 相关建议
    sug = ["加强项目实施过程中的绩效运行监控，及时发现和纠正偏差。"]
    if s.fea91 == "suggest":
        sug.insert(0, "建议明确项目实施主体、责任单位和各方职责分工。")
    if s.eco90 == "suggest":
        sug.insert(0, "建议补充各项支出的测算依据和单价标准。")
    p["sug"] = sug  # type: ignore[assignment]
    return p


EVAL_WORK = ("评估组于2025年10月至11月通过资料审核、现场核查、座谈访谈等方式开展评估，邀请5名行业专家"
             "和财务专家进行论证，按评估指标体系逐项打分。")


def render(s: Spec, t: Theme) -> str:
    p = parts(s, t)
    sug: list[str] = p["sug"]  # type: ignore[assignment]
    score = 86 if "defect" not in truth(s, t).values() else 78
    title = f"2026年{t.place}{t.project}事前绩效评估报告（示例）"
    if s.fmt == "A":
        out = [f"# {title}", "", f"评估机构：{t.place[:2]}信诚工程咨询有限公司（受{t.place}财政局委托）", "",
               "## 一、评估对象基本情况", "", "### （一）立项背景", "", p["bg"], "",
               "### （二）项目主要内容", "", p["content"], "", "### （三）绩效目标", "", "年度绩效目标：" + p["goals"], "",
               "### （四）资金构成", "", p["table"], "",
               "## 二、评估工作开展情况", "", EVAL_WORK, "",
               "## 三、综合评估情况与评估结论", "", "### （一）立项必要性", "", p["nec"], "",
               "### （二）投入经济性", "", p["eco"], "", "### （三）绩效目标合理性", "", p["goal_fit"], "",
               "### （四）实施方案可行性", "", p["fea"], "", "### （五）筹资合规性", "", p["fund"], "",
               "### （六）总体结论", "", f"综合评分{score}分，评估结论为“予以支持”。", "",
               "## 四、相关建议", ""] + [f"{i}. {x}" for i, x in enumerate(sug, 1)]
    elif s.fmt == "B":
        out = [f"{t.place}{t.project}事前绩效评估报告（示例）", "",
               "一、项目基本情况", "", f"（一）立项背景。{p['bg']}", "", f"（二）项目内容。{p['content']}", "",
               f"（三）绩效目标。{p['goals']}", "", "（四）资金测算。", "", p["table"], "",
               "二、评估情况", "", f"（一）立项必要性。{p['nec']}", "", f"（二）投入经济性。{p['eco']}", "",
               f"（三）绩效目标合理性。{p['goal_fit']}", "", f"（四）实施方案可行性。{p['fea']}", "",
               f"（五）筹资合规性。{p['fund']}", "",
               "三、评估结论和建议", "", f"经评估，项目得分{score}分，建议予以支持。" + "".join(sug)]
    elif s.fmt == "C":
        out = [f"# {t.project}事前绩效评估专家论证意见（示例）", "",
               f"{t.place}财政局组织专家组对{t.project}进行了事前绩效评估论证，形成意见如下。", "",
               "## 一、项目基本情况", "", "### （一）立项背景", "", p["bg"], "", "### （二）项目内容", "", p["content"], "",
               "### （三）绩效目标", "", p["goals"], "", "### （四）资金构成", "", p["table"], "",
               "## 二、专家组意见", "", "### （一）立项必要性", "", p["nec"], "", "### （二）投入经济性", "", p["eco"], "",
               "### （三）绩效目标合理性", "", p["goal_fit"], "", "### （四）实施方案可行性", "", p["fea"], "",
               "### （五）筹资合规性", "", p["fund"], "",
               "## 三、论证结论", "", f"专家组一致认为项目总体可行，评分{score}分。" + "".join(sug)]
    else:
        out = [title, "", "一、项目概况", "", "1.立项依据及背景", "", p["bg"], "", "2.项目内容", "", p["content"], "",
               "3.绩效目标", "", p["goals"], "", "4.预算构成", "", p["table"], "",
               "二、评估方法与过程", "", EVAL_WORK, "",
               "三、评估内容", "", "1.立项必要性", "", p["nec"], "", "2.投入经济性", "", p["eco"], "",
               "3.绩效目标合理性", "", p["goal_fit"], "", "4.实施方案可行性", "", p["fea"], "",
               "5.筹资合规性", "", p["fund"], "",
               "四、评估结论", "", f"项目评估得分{score}分，结论为“予以支持”。", "",
               "五、建议", ""] + [f"（{'一二三'[i]}）{x}" for i, x in enumerate(sug)]
    return "\n".join(out).rstrip() + "\n"


S = Spec
SPECS: list[Spec] = [
    # T1 敬老院 360万 (<500: EA-ECO-91 never applies)
    S("B3-01", "T1", "A", note="全部写明：测算依据列、季度进度、牵头/实施单位、直接投入"),
    S("B3-02", "T1", "B", nec90="data_cn", nec91="count_cn", goal="q_cn", fea90="months", eco90="note_below",
      note="汉字数字（十一所、四成、四百六十八名、一百二十张）；月份进度不写年份；测算说明在表下", near_miss=True),
    S("B3-03", "T1", "C", nec90="plain", nec91="vague", note="必要性只有套话和“对象明确”，无数据、无受益人数"),
    S("B3-04", "T1", "D", fea90="past", fea91="none", note="只有过去的日期（2025年9月研究、10月踏勘），未写任何责任单位",
      near_miss=True),
    S("B3-05", "T1", "A", eco90="none", fund="source", note="两列资金表、正文只说勤俭节约；只写资金来源“县本级一般公共预算”"),
    S("B3-06", "T1", "B", goal="table_only", note="目标全是定性表述，数量只在资金测算表中", near_miss=True),
    # T2 雨污分流 1280万
    S("B3-07", "T2", "A", fea91="leadcoop", note="全部写明；牵头单位/配合单位写在表中；以奖代补"),
    S("B3-08", "T2", "D", eco91="none", note="1,280万元未作任何方案比较"),
    S("B3-09", "T2", "C", nec90="docno", nec91="satisf", eco91="none",
      note="必要性只引规划和文号〔2023〕15号；只有满意度90%、覆盖率100%；无方案比较", near_miss=True),
    S("B3-10", "T2", "B", nec90="data_cn", nec91="count_cn", fea90="halfyear", eco90="prose",
      note="汉字数字（二〇〇〇年、四成、一万八千户）；“2026年上半年/下半年”；依据写在正文", near_miss=True),
    S("B3-11", "T2", "A", fund="source", fea90="plain",
      note="只写“市级和区级财政资金共同承担”；进度只有步骤无时间"),
    S("B3-12", "T2", "D", eco90="suggest", goal="plain",
      note="测算依据只在建议中“建议补充”；目标定性", near_miss=True),
    # T3 高标准农田 860万 先建后补
    S("B3-13", "T3", "C", fea90="table", fea91="overview", note="全部写明；进度为时间节点表；实施单位只写在项目内容中"),
    S("B3-14", "T3", "B", fund="labor", note="资金来源“中央和省级补助资金”+“管护员劳务补助”，未写支持方式", near_miss=True),
    S("B3-15", "T3", "A", nec91="in_content", eco91="none", note="受益农户数写在项目内容中而非必要性；860万元无比较",
      near_miss=True),
    S("B3-16", "T3", "D", nec90="bg_only", fea90="months", eco90="prose",
      note="数据只在立项背景；月份列表；依据写在投入经济性正文", near_miss=True),
    S("B3-17", "T3", "A", eco90="unitprice_only", fea91="suggest",
      note="资金表有单价但无来源或依据（可争议）；“建议明确实施主体”只在建议中", near_miss=True),
    S("B3-18", "T3", "C", nec90="plain", nec91="vague", goal="plain", fea90="plain",
      note="必要性、目标、进度都只有套话"),
    # T4 居家养老 498万 购买服务
    S("B3-19", "T4", "A", eco91="none", note="498万元（不足500万）未作比较，不适用；补贴标准在测算依据列", near_miss=True),
    S("B3-20", "T4", "B", nec91="satisf", goal="q", note="受益人数缺：只有“覆盖率100%、满意度90%以上”", near_miss=True),
    S("B3-21", "T4", "D", nec90="amount", fea91="none",
      note="立项背景只有老龄化套话加申请金额；无责任单位", near_miss=True),
    S("B3-22", "T4", "C", nec91="count_cn", fea90="halfyear", fea91="leadcoop", eco90="note_below",
      note="汉字人数两千七百六十人；上/下半年；牵头/配合表；表下测算说明", near_miss=True),
    S("B3-23", "T4", "A", fund="source", eco90="none", note="只有资金来源（区本级资金和福彩公益金）；无测算依据"),
    S("B3-24", "T4", "B", goal="content_only", fea90="table",
      note="目标段落定性，数量只写在项目内容（每月20小时、全年66万小时）中", near_miss=True),
    # T5 创业贷款贴息 620万 (support mode inherent)
    S("B3-25", "T5", "A", note="全部写明；贴息方式；投入方式比较"),
    S("B3-26", "T5", "C", eco91="none", nec91="vague", note="620万元未比较；只写扶持对象类别，无人数"),
    S("B3-27", "T5", "D", nec90="plain", fea90="past", note="必要性只有政策意义；只有过去日期", near_miss=True),
    S("B3-28", "T5", "B", goal="plain", eco90="unitprice_only",
      note="目标定性；资金表有“单价”列但全为“—”，无依据", near_miss=True),
    S("B3-29", "T5", "A", fea91="overview", fea90="months", note="实施单位只在项目内容中；月份进度"),
    # T6 直饮水 145万
    S("B3-30", "T6", "B", note="全部写明（县级短报告）"),
    S("B3-31", "T6", "D", nec91="suppliers", note="“三家供应商了解行情”不是受益数量", near_miss=True),
    S("B3-32", "T6", "C", fund="source", fea91="suggest", note="只写“县本级教育经费”；实施主体只在建议中", near_miss=True),
    S("B3-33", "T6", "A", eco90="prose", goal="q", fea90="halfyear", nec90="bg_only",
      note="依据在正文（网上商城成交均价）；数据只在背景", near_miss=True),
    S("B3-34", "T6", "D", eco90="none", goal="plain", fea90="plain", note="无依据、目标定性、进度无日期"),
    # T7 智慧安防 6,600,000元
    S("B3-35", "T7", "A", note="全部写明；金额以元表示（6,600,000元）；自建与购买服务比较", near_miss=True),
    S("B3-36", "T7", "B", eco91="none", note="金额6,600,000元（660万元）未作比较", near_miss=True),
    S("B3-37", "T7", "C", fund="source", nec90="plain", eco91="none",
      note="只写“全部由区级财政预算资金安排”（可争议：也可读作直接支出）；必要性套话；660万元无比较",
      near_miss=True),
    S("B3-38", "T7", "D", fea91="leadcoop", fea90="table", eco90="note_below", note="全部写明；表格式进度和分工"),
    S("B3-39", "T7", "A", eco91="none", goal="table_only", eco90="col",
      note="目标定性、数量只在资金表；无方案比较", near_miss=True),
    # T8 垃圾收运 420万 直接投入+购买服务
    S("B3-40", "T8", "C", note="全部写明；协议供货价；直接投入加购买服务"),
    S("B3-41", "T8", "B", fund="labor", note="“县级财政资金”+“保洁员劳务补助”，未写支持方式", near_miss=True),
    S("B3-42", "T8", "D", nec90="data_cn", nec91="in_content", fea90="months",
      note="数据（186吨、12台）在背景；受益人口写在项目内容"),
    S("B3-43", "T8", "A", nec90="docno", nec91="vague", fea91="none",
      note="必要性只引规划文号；无受益数量；无责任单位", near_miss=True),
    S("B3-44", "T8", "B", eco90="suggest", fea90="past", note="建议补充测算依据；只有过去日期", near_miss=True),
    S("B3-45", "T8", "C", goal="q", fea90="halfyear", eco90="prose", nec91="count", note="全部写明；上/下半年"),
    S("B3-46", "T6", "A", fea91="overview", eco90="col", nec90="data_cn",
      note="全部写明；实施单位只在项目内容"),
]


# Label audit, written AFTER the first (blind) run, by re-reading the texts against the rule definitions.
# ``offline_blind`` in each case keeps the labels as they were when the checks first ran on the set.
# Corrections: my labels that were wrong by the rule's own definition (the text does give the figure).
AUDIT: dict[tuple[str, str], tuple[str, str]] = {
    ("B3-26", "EA-NEC-91"): ("clean", "绩效目标写了“扶持创业1,500人，带动就业5,000人以上”，是受益人数"),
    ("B3-31", "EA-NEC-91"): ("clean", "项目内容写了“为23所学校更新”，学校是受益单位"),
    ("B3-43", "EA-NEC-91"): ("clean", "项目内容写了“实现168个行政村……日产日清”，是服务覆盖的村数"),
}
# Labels kept, but arguable: a reader who takes the README wording literally could label them the other way.
CONTESTABLE: dict[tuple[str, str], str] = {
    ("B3-09", "EA-NEC-90"): "必要性中只有规划文号和预期“满意度90%、覆盖率100%”；按“任何数字”字面理解为有数字",
    ("B3-21", "EA-NEC-90"): "立项背景只有申请金额498万元，必要性有服务对象2,760人；字面上有数字，但都不是需求数据",
    ("B3-27", "EA-NEC-90"): "必要性只有预计扶持人数（1,500人、120家）；字面上有数字，但不是需求数据",
    ("B3-37", "EA-NEC-90"): "必要性只有覆盖人数（41个小区、3.4万人）；字面上有数字，但不是需求数据",
    ("B3-03", "EA-NEC-91"): "只有改造对象数（6所敬老院、120张床位），没有服务的人数",
    ("B3-09", "EA-NEC-91"): "只有改造小区数（32个小区），没有居民户数",
    ("B3-20", "EA-NEC-91"): "立项背景有失能、半失能老人约4,100人（需求人群），服务对象人数未写",
    ("B3-21", "EA-FEA-91"): "只有“通过公开招标确定服务机构”，未写责任单位",
    ("B3-37", "EA-FUND-90"): "“全部由区级财政预算资金安排”也可读作直接支出",
    ("B3-17", "EA-ECO-90"): "有单价列但无来源",
    ("B3-28", "EA-ECO-90"): "有单价列（全为“—”）但无来源",
}


def build() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    seen: set[str] = set()
    for s in SPECS:
        assert s.cid not in seen, s.cid
        seen.add(s.cid)
        t = THEMES[s.theme]
        blind = truth(s, t)
        labels = dict(blind)
        audit = []
        for (cid, rid), (value, why) in AUDIT.items():
            if cid == s.cid:
                labels[rid] = value
                audit.append(f"{rid}: {blind[rid]}→{value}（{why}）")
        contested = {rid: why for (cid, rid), why in CONTESTABLE.items() if cid == s.cid}
        defects = [r for r in RULES if labels[r] == "defect"]
        rule = LLM_RULE[defects[0]] if defects else "EA-NEC-02"
        cases.append({"id": s.cid, "rule": rule, "label": "defect" if defects else "clean",
                      "kind": "appraisal_report", "near_miss": s.near_miss, "note": s.note,
                      "layout": s.fmt, "offline": labels, "offline_blind": blind, "label_audit": audit,
                      "contestable": contested, "text": render(s, t)})
    return cases


def main(argv: list[str]) -> None:
    cases = build()
    out = OUT
    if argv[:1] == ["--blind-labels"] and len(argv) == 2:
        out = Path(argv[1])
        for c in cases:
            c["offline"] = c["offline_blind"]
    with out.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {r: sum(1 for c in cases if c["offline"][r] == "defect") for r in RULES}
    clean = sum(1 for c in cases if c["label"] == "clean")
    print(f"{len(cases)} cases ({clean} wholly clean) -> {out.name}; defects per rule: {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""The answerability check and the extractive answer's layout (text only, no model)."""

from __future__ import annotations

import pytest

from review_assistant.kb import answerable as answerable_module
from review_assistant.kb.answerable import answerable, support
from review_assistant.kb.compose import compare_documents, extractive_answer, units
from review_assistant.kb.question import answer_types, asked_thing, unknown_terms
from review_assistant.kb.retrieve import Hit

IDF = {"事前": 3.0, "绩效": 1.0, "评估": 2.0, "事前绩效评估": 4.0, "收费": 3.5, "标准": 2.0, "新增": 3.0,
       "项目": 1.0, "年度": 1.5, "资金": 1.5, "报告": 2.0, "报送": 2.5, "时限": 3.0, "财政局": 2.0, "科室": 3.0}
CLAUSE_AMOUNT = "第十条　年度资金20万元（含）以上的新增项目，应当开展事前绩效评估。"
CLAUSE_NO_AMOUNT = "第十一条　事前绩效评估报告由预算单位报送财政局，收费标准按照有关规定执行。"


def test_question_kinds_are_recognised() -> None:
    assert answer_types("评估一次要花多少钱？") == ("amount",)
    assert answer_types("收到意见后几天内要改完？") == ("period",)
    assert answer_types("最后由谁审定？") == ("who",)
    assert answer_types("一个项目最少要设几个三级指标？") == ("count",)
    # "拆成几个项目" does not ask for a number, "哪几个月" asks for months.
    assert "count" not in answer_types("同一件事情可以拆成几个项目分开报吗？")
    assert "count" not in answer_types("看的是哪几个月的数据？")


def test_amount_question_needs_an_amount_in_the_clause() -> None:
    q = "新增项目的事前绩效评估收费标准是多少钱？"
    assert not support(q, CLAUSE_NO_AMOUNT, IDF).has_answer_type
    ok, why = answerable(q, [CLAUSE_NO_AMOUNT], IDF)
    assert not ok and "金额" in why
    assert answerable("新增项目年度资金多少万元以上要做事前绩效评估？", [CLAUSE_NO_AMOUNT, CLAUSE_AMOUNT], IDF)[0]


def test_words_the_knowledge_base_never_uses_refuse_the_question() -> None:
    assert unknown_terms("事前绩效评估报告要用什么字体字号打印？", IDF) == ["字体", "字号"]
    ok, why = answerable("事前绩效评估报告要用什么字体字号打印？", [CLAUSE_NO_AMOUNT], IDF)
    assert not ok and "字体" in why
    # Stopwords and trainee filler are not key terms.
    assert unknown_terms("单位接下来要报送什么材料？", IDF) == ["材料"]


def test_low_coverage_is_refused_high_coverage_answered() -> None:
    assert not answerable("科室时限", ["第二条　本办法适用于区级项目。"], IDF)[0]
    assert answerable("财政局科室的报送时限", ["第三条　财政局各科室报送时限为5个工作日。"], IDF)[0]


def test_a_list_is_kept_with_the_sentence_that_opens_it() -> None:
    text = "第五条　绩效目标应当包括以下内容：\n（一）预期产出；\n（二）预期效果；\n（三）满意程度。\n其他事项另行规定。"
    parts = units(text)
    assert parts[0].text.startswith("绩效目标应当包括以下内容：\n（一）预期产出；")
    assert parts[0].text.endswith("（三）满意程度。")
    assert parts[1].text == "其他事项另行规定。"


def _hit(title: str, article: str, text: str, level: str, effective: str, number: str) -> Hit:
    return Hit(chunk_id=article + title, title=title, doc_number=number, article=article, heading_path=(),
               text=text, source="x.md", level=level, status="有效", replaced_by=None, effective=effective)


def test_answer_leads_with_the_answering_list_and_compares_two_documents() -> None:
    local = _hit("某区绩效目标管理办法", "第七条", "第七条　本办法自发布之日起施行。\n绩效目标应当包括以下内容：\n"
                 "（一）预期产出；\n（二）预期效果。", "区", "2024-04-01", "某财绩〔2024〕2号")
    national = _hit("中央部门预算绩效目标管理办法", "第十条", "第十条　绩效目标的主要内容包括预期产出和预期效果。",
                    "中央", "2015-05-21", "财预〔2015〕88号")
    answer = extractive_answer("绩效目标应当包括哪些内容？", [local, national], {"绩效目标": 3.0, "内容": 2.0, "包括": 1.0})
    first = answer.split("〔1〕")[0]
    assert first.startswith("绩效目标应当包括以下内容：") and "（二）预期效果。" in first
    assert "依据：〔1〕《某区绩效目标管理办法》（某财绩〔2024〕2号）第七条" in answer
    comparison = compare_documents([local, national])
    assert "《某区绩效目标管理办法》是区级文件，规定更具体" in comparison and "较新的是《某区绩效目标管理办法》" in comparison


def test_a_named_unit_needs_a_number_in_that_unit() -> None:
    clause = "第九条　评价报告应当在评价结束后15个工作日内报送财政局，不少于3个方面。"
    assert not support("评价报告最多能写多少页？", clause, IDF).has_answer_type
    assert support("评价报告要在几个工作日内报送？", clause, IDF).has_answer_type
    assert not support("评价报告要在几年内报送？", clause, IDF).has_answer_type


def test_a_from_to_question_needs_a_span_not_a_single_deadline() -> None:
    q = "政府每年几月到几月向人大常委会报告上半年预算执行情况？"
    assert support(q, "市人民政府应当在每年六月至九月期间向市人大常委会报告上半年预算执行情况。", {}).has_answer_type
    assert support(q, "区政府在每年6月—8月报告预算执行情况。", {}).has_answer_type
    assert not support(q, "市人大常委会应当在每年7月底前听取上半年预算执行情况的报告。", {}).has_answer_type
    # A question asking one month still takes a single date.
    assert support("每年几月报告上半年预算执行情况？", "应当在每年7月底前报告上半年预算执行情况。", {}).has_answer_type


def test_a_quantity_question_needs_a_number_with_a_measure_word() -> None:
    assert answer_types("供应商提出质疑要交多少保证金？") == ("quantity",)
    assert answer_types("每年最多能审计几次？") == ("quantity",)
    # "哪几种" asks which, not how many.
    assert answer_types("对政府投资项目做哪几种审计？") == ()
    clause = "第十条　事前绩效评估报告由预算单位报送财政局。"  # only the article number is a numeral
    assert not support("评估报告要报送多少份？", clause, IDF).has_answer_type
    assert support("评估报告要报送多少份？", "第十条　评估报告一式3份报送财政局。", IDF).has_answer_type


def test_a_fact_must_come_from_a_clause_about_the_questions_most_specific_term() -> None:
    idf = {**IDF, "镇": 5.8, "街道": 5.1, "公开": 2.0, "结果": 1.0, "评价": 1.0}
    district = "第三十条　绩效评价结果在批复后20日内公开。"
    towns = "第二十条　镇（街道）的绩效评价结果在批复后30日内公开。"
    q = "镇（街道）的绩效评价结果要在多少天内公开？"
    ok, why = answerable(q, [district], idf)
    assert not ok and "街道" in why
    assert answerable(q, [district, towns], idf)[0]
    # The asking phrase ("多长时间") is not what the question is about.
    assert answerable("绩效评价结果要在多长时间内公开？", [district], {**idf, "时间": 6.0})[0]


def test_the_one_unknown_word_being_what_is_asked_for_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    clause = "第十一条　事前绩效评估报告由预算单位报送财政局，年度资金项目报告按时限报送。"
    q = "事前绩效评估报告打印要用什么字体？"
    assert unknown_terms(q, IDF) == ["字体"]
    ok, why = answerable(q, [clause], IDF)
    assert not ok and why == "知识库中没有出现问题所问的“字体”"
    # Coverage alone would have answered: the clause holds every other word of the question.
    monkeypatch.setattr(answerable_module, "asked_thing", lambda *_: None)
    assert answerable(q, [clause], IDF)[0]


def test_asked_thing() -> None:
    assert asked_thing("申报表要用什么字体、几号字？", ("字体",)) == "字体"
    assert asked_thing("字体有什么要求？", ("字体",)) is None  # asked about, not asked for


def test_asking_idioms_are_not_subjects() -> None:
    assert unknown_terms("事前绩效评估报告有什么讲究？", IDF) == []
    assert unknown_terms("事前绩效评估是什么意思？", IDF) == []


def test_how_many_people_and_fee_standards_are_typed() -> None:
    assert answer_types("论证一次至少要请几位专家？") == ("count",)
    assert answer_types("评估费按什么标准付？") == ("amount",)
    experts = "第九条　邀请专家论证的，专家论证意见作为报告附件一并提交。"
    assert not support("论证一次至少要请几位专家？", experts, IDF).has_answer_type
    assert support("论证一次至少要请几位专家？", "第九条　论证应当邀请3位以上专家。", IDF).has_answer_type


def test_a_quoted_example_is_not_what_the_question_asks() -> None:
    assert answer_types("像“单位成本不超过多少”这种指标，实际超了怎么给分？") == ()
    assert answer_types("“优”等级要多少分？") == ("share",)


def test_a_yes_no_question_asks_no_figure() -> None:
    q = "事前绩效评估报告晚几天报送行不行？"
    assert answer_types(q) == ()
    clause = "第十二条　事前绩效评估报告应当随项目申报一并报送，不得事后补报。"
    assert support(q, clause, IDF).has_answer_type  # "几天" is what it proposes, not what it asks
    assert not support("事前绩效评估报告几天内报送？", clause, IDF).has_answer_type


def test_two_unknown_words_in_a_long_question_are_context() -> None:
    short = "个人所得税起征点是多少？"
    assert len(unknown_terms(short, IDF)) == 2 and not answerable(short, [CLAUSE_AMOUNT], IDF)[0]
    idf = {**IDF, "服务": 2.0, "对象": 2.0}
    long = "我们单位是信息系统运维项目，项目资金和服务对象都已明确，新增项目年度资金多少万元以上要写事前绩效评估报告？"
    # "信息系统运维项目" names the asker's project ("运维" is not even in jieba's dictionary: its HMM glued it)
    assert unknown_terms(long, idf) == []
    told = "我们单位负责信息系统运维，项目资金和服务对象都已明确，新增项目年度资金多少万元以上要写事前绩效评估报告？"
    assert unknown_terms(told, idf) == ["信息系统"]
    assert answerable(told, [CLAUSE_AMOUNT + "报告写明服务对象。"], idf)[0]
    assert answerable(long, [CLAUSE_AMOUNT + "报告写明服务对象。"], idf)[0]


def test_how_many_characters_needs_a_length_and_which_person_is_who() -> None:
    assert not support("事前绩效评估报告要写多少字？", CLAUSE_NO_AMOUNT, IDF).has_answer_type
    assert support("事前绩效评估报告要写多少字？", "第九条　报告正文不少于3000字。", IDF).has_answer_type
    assert answer_types("一般是财政局哪位领导来谈？") == ("who",)


def test_the_askers_story_is_not_what_the_texts_must_contain() -> None:
    from review_assistant.kb.question import asking_focus

    q = "我刚分到局里绩效管理科，科长让我先搞清楚：审事前评估的时候，业务科室和我们绩效科各自负责哪一块？"
    assert asking_focus(q) == "审事前评估的时候，业务科室和我们绩效科各自负责哪一块"
    assert asking_focus("事前绩效评估报告由谁审核？") == "事前绩效评估报告由谁审核"
    idf = {**IDF, "科室": 3.0, "业务": 2.0, "负责": 1.0, "审核": 1.0}
    clause = "第五条　事前绩效评估报告由业务科室初审，绩效管理科室负责审核。"
    story = "我刚分到局里，师傅让我先搞清楚：事前绩效评估报告业务科室和谁各自负责审核哪一块？"
    # ("科长" would not do: it is a synonym of 负责人 now)
    assert "师傅" in unknown_terms(story, idf)
    assert answerable(story, [clause], idf)[0]


def test_glued_characters_and_speech_phrases_are_not_unknown_subjects() -> None:
    # jieba's HMM glues "那格" and "个章"; "对不上" is a set phrase of speech: none is what is asked about.
    idf = {**IDF, "总额": 3.0, "资金": 2.0, "原件": 3.0, "盖章": 3.0, "金额": 2.0}
    assert unknown_terms("明细都填了，可总额那格显示是0，对不上怎么办", idf) == []
    assert unknown_terms("发票金额写错了，能不能在原件上改一下再盖个章", idf) == ["发票"]
    # a dictionary word the texts never use still counts
    assert unknown_terms("绩效目标申报表要用什么字体字号打印？", IDF) == ["字体", "字号"]


def test_a_count_needs_a_number_not_a_bare_yixia() -> None:
    clause = "第二十四条　申报事前绩效评估审核，预算单位应当提交以下材料：（一）报告；（二）申报表。"
    assert not support("事前评估论证至少得请几个专家？", clause, IDF).has_answer_type
    assert support("事前评估论证至少得请几个专家？", "第九条　邀请3名以上专家论证。", IDF).has_answer_type


def test_a_thing_of_its_own_named_where_the_question_asks_must_be_covered() -> None:
    from review_assistant.kb.answerable import answerable

    idf = {**IDF, "自评": 3.0, "报告": 1.0, "审计": 2.0, "签字": 3.0, "依据": 2.0, "财务": 2.0, "会计": 2.0, "资料": 2.0}
    clause = "第六条　评价依据：财务会计资料、监控和审计情况、自评报告等。"
    # "会计师事务所" is named in the asking clause and no clause has it: the near clause does not answer
    ok, why = answerable("自评报告要不要先找会计师事务所审计签字再报", [clause], idf)
    assert not ok and "事务所" in why
    # the same kind of word in the story before the question is context
    assert answerable("会计师事务所来审过了。自评报告的评价依据有哪些？", [clause], idf)[0]


def test_speech_words_are_not_subjects() -> None:
    idf = {**IDF, "日期": 3.0}
    assert unknown_terms("评估报告能不能过几天再补，日期写晚一点行不行", idf) == []
    assert unknown_terms("绩效目标是啥意思", IDF) == []


def test_how_often_needs_a_frequency() -> None:
    q = "稽察特派员多久来检查一次？"
    assert not support(q, "第三十条　稽察特派员每次稽察工作结束后，应当及时提交稽察报告。", IDF).has_answer_type
    assert support(q, "第十二条　财政部门应当每半年书面报告一次检查情况。", IDF).has_answer_type
    assert support("财政部门多长时间报告一次债务情况？", "第十二条　财政部门应当每半年书面报告债务管理情况。", IDF).has_answer_type


def test_a_fee_is_not_its_known_first_part() -> None:
    idf = {**IDF, "评估": 2.0, "委托": 2.0, "金额": 2.0}
    assert unknown_terms("委托第三方做事前评估，评估费按项目金额的多少收？", idf) == ["评估费"]
    assert unknown_terms("委托第三方做事前评估要多久？", idf) == []


def test_a_key_term_jieba_cut_across_a_neighbouring_word() -> None:
    from review_assistant.kb.answerable import _cut_across

    clause = "第二十八条　各级政府确需调整预算的，应当在每年六月底前提请本级人大常委会审批。"
    assert _cut_across("调整预算一般最晚在每年什么时候前提请审批？", "前提", clause)
    assert not _cut_across("调整预算的前提条件是什么？", "前提", clause)


def test_a_fact_about_a_thing_no_clause_names_is_refused() -> None:
    from review_assistant.kb.answerable import answerable

    idf = {**IDF, "委托": 2.0, "第三方": 3.0, "机构": 1.0, "标准": 1.0}
    clause = "第九条　可以委托第三方机构评估。年度资金500万元（含）以上的新增项目另行组织评估。"
    ok, why = answerable("委托第三方机构做事前评估，评估费按什么标准付？", [clause], idf)
    assert not ok and "评估费" in why
    # the number of characters asked for needs a number of characters
    assert not support("事前绩效评估报告正文有没有字数上限？", clause, IDF).has_answer_type
    assert support("事前绩效评估报告正文有没有字数上限？", "第十九条　报告正文不超过5000字。", IDF).has_answer_type


def test_a_share_of_a_deposit_no_clause_names_is_refused() -> None:
    idf = {**IDF, "中标": 2.0, "供应商": 2.0, "合同": 1.5, "金额": 1.0, "保证": 2.5, "补充": 2.0}
    clause = "第四十九条　所有补充合同的采购金额不得超过原合同采购金额的百分之十。"
    # "保证金" is a sum of its own, not "保证"; the share asked is that sum's, and the clause states another's
    assert unknown_terms("中标供应商要交的履约保证金，最多能收合同金额的百分之几？", idf) == ["保证金"]
    ok, why = answerable("中标供应商要交的履约保证金，最多能收合同金额的百分之几？", [clause], idf)
    assert not ok and "保证金" in why
    # the same clause answers the share it does state
    assert answerable("补充合同的金额最多能到原合同金额的百分之几？", [clause], idf)[0]


def test_two_questions_in_one_message_may_be_answered_by_two_clauses() -> None:
    from review_assistant.kb.answerable import answerable

    idf = {**IDF, "采购": 2.0, "文件": 1.0, "保存": 3.0, "销毁": 3.0, "罚款": 3.0}
    keep = "第四十二条　采购文件的保存期限为从采购结束之日起至少保存十五年。"
    fine = "第七十六条　隐匿、销毁应当保存的采购文件的，处以二万元以上十万元以下的罚款。"
    q = "采购文件要保存多少年？要是被人销毁了罚款多少？"
    assert not answerable(q, [keep], idf)[0]
    assert answerable(q, [keep, fine], idf)[0]
    # "会有什么后果" asks what follows; "后果" is not a term the clause must name
    clause = "第十条　逾期未报送整改情况的，予以通报，并相应核减下年度预算。"
    assert answerable("到时间了还没报送整改情况，会有什么后果", [clause], {**IDF, "整改": 3.0, "报送": 2.0})[0]


def test_a_figure_for_another_grade_does_not_answer_for_the_one_asked() -> None:
    clause = ('第十四条　评价结果按照以下方式与下年度预算安排挂钩：（一）评价结果为"优"的，优先保障；'
              '（二）评价结果为"中"的，下年度预算按照不低于10%的比例压减；（三）评价结果为"差"的，原则上取消。')
    assert not support("评价结果是优的项目，下一年预算能上浮多少比例？", clause, IDF).has_answer_type
    assert support("评价结果是“中”，下一年预算压减多少比例？", clause, IDF).has_answer_type
    params = '第四十条　本地参数：（一）反馈时限15个工作日；（二）评价结果为"中"的项目压减比例：不低于10%。'
    assert not support("评价结果为优的项目，预算能增加百分之几？", params, IDF).has_answer_type
    # the lead sentence speaks for every item
    lead = '第八条　下列事项由分管局领导审定：（一）事前绩效评估结论为"不予支持"的项目；（二）500万元以上的项目。'
    assert support("评估结论是不予支持的项目谁来最后拍板？", lead, IDF).has_answer_type


def test_short_forms_directions_and_calendar_years() -> None:
    from review_assistant.kb.answerable import _mentions

    # "监管" is the short form of the one word "监督管理"; "评估审核" is two words, not "评审"
    assert _mentions("政府采购监督管理部门应当在收到投诉后三十个工作日内作出处理决定。", "监管")
    assert not _mentions("申报事前绩效评估审核，预算单位应当提交以下材料。", "评审")
    # "交上来" says how the form moves, "多长" asks
    assert unknown_terms("目标申报表交上来以后谁先审？", {**IDF, "申报表": 3.0}) == []
    # "几年" needs a span of years, not the year a rule took effect
    assert not support("中长期绩效目标最长能设几年？", "第四十二条　本办法自2024年4月1日起施行。", IDF).has_answer_type
    assert support("中长期绩效目标最长能设几年？", "第六条　中长期目标一般按3年设定。", IDF).has_answer_type


def test_colloquial_asking_words_and_a_word_cut_across_the_asking_phrase() -> None:
    assert answer_types("监控表啥时候交？") == ("period",)
    assert answer_types("财政再组织事前评价的金额线") == ("amount",)
    assert answer_types("定性指标部分达成能给几成分？") == ("share",)
    # jieba cuts "几/成分": "成分" is half of the asking phrase "几成", not a thing the texts lack
    assert unknown_terms("定性指标部分达成能给几成分？", {**IDF, "定性指标": 3.0, "部分": 1.0, "达成": 2.0}) == []
    # a fee asked about keeps its own word ("评估费" before "费按什么标准")
    assert unknown_terms("评估费按什么标准付？", IDF) == ["评估费"]


def test_which_of_two_bodies_asks_who() -> None:
    assert "who" in answer_types("这种结论是科室直接出，还是要局领导审定？")
    assert "who" in answer_types("绩效目标是财政局来定，还是用钱的单位自己定？")
    assert "who" not in answer_types("目标是写三年的还是写一年的？")


def test_a_question_asking_no_fact_needs_less_coverage_than_one_asking_a_fact() -> None:
    idf = {"目标": 2.0, "批": 3.0, "下来": 3.0, "改": 3.0, "绩效": 0.5, "调整": 2.0, "领导": 2.0, "签字": 3.5,
           "监控表": 2.5, "报上去": 3.0, "之前": 2.0, "单位": 0.5}
    clause = "第三十三条　批复的绩效目标原则上不作调整，确需调整的，按程序报批。"
    # only "目标" of the question is in the clause: enough when no specific fact is asked
    assert support("目标批下来以后还能改吗", clause, idf).coverage < 0.3
    assert answerable("目标批下来以后还能改吗", [clause], idf)[0]
    # "哪个领导" asks who: the plain threshold holds, and a clause naming nobody does not answer
    assert answer_types("监控表报上去之前，要单位哪个领导签字？") == ("who",)
    assert not answerable("监控表报上去之前，要单位哪个领导签字？", ["第十二条　监控表按照以下要求填写。"], idf)[0]


def test_units_of_leaders_proportions_ordinals_experts_projects_and_penalties() -> None:
    params = "第三十三条　本办法所称本地参数及默认值如下：（一）重点监控金额标准：年度资金500万元（含）。"
    assert not support("预警后逾期没处理，单位要被罚款多少？", params, IDF).has_answer_type
    assert support("逾期不改正的罚多少？", "第九条　逾期不改正的，处二万元以下的罚款。", IDF).has_answer_type
    talk = "第三十三条　对整改不力的部门，区财政局可以采取通报、约谈等方式督促整改。"
    assert not support("整改不力被约谈的话，是财政局哪位领导来谈？", talk, IDF).has_answer_type
    assert not support("结论是调整后予以支持的，预算最多能核减多少比例？", "第二十一条　评分80分（含）以上的，予以支持。", IDF).has_answer_type
    assert support("结论是调整后予以支持的，预算最多能核减多少比例？", "第二十二条　核减幅度一般不超过申请金额的30%。", IDF).has_answer_type
    assert not support("实施期8年的项目，中期评价放在第几年做？", "第七条　实施期在5年以上的项目应当开展中期评价。", IDF).has_answer_type
    assert not support("事前评估论证至少得请几个专家？", "第十三条　评估围绕五个方面进行，专家论证意见作为附件。", IDF).has_answer_type
    assert support("事前评估论证至少得请几个专家？", "第十三条　专家论证的，专家不少于3名。", IDF).has_answer_type
    assert not support("财政评价每年至少要评多少个项目", "第四条　绩效评价分为单位自评、部门评价和财政评价三种方式。", IDF).has_answer_type
    assert support("同一件事情可以拆成几个项目分开报吗？", "第二十六条　同一事项不得拆分为多个项目申报。", IDF).has_answer_type


def test_the_figure_asked_for_belongs_to_the_verb_before_the_asking_phrase() -> None:
    from review_assistant.kb.question import governing_verb

    assert governing_verb("会计凭证和账簿要保管多少年？") == "保管"
    assert governing_verb("采购文件要留多少年？") is None  # one-character speech: nothing decided by it
    idf = {**IDF, "会计凭证": 3.0, "账簿": 3.5, "保管": 3.0}
    keep = "第二十三条　各单位对会计凭证、会计账簿应当建立档案，妥善保管。保管期限由国务院财政部门规定。"
    ban = "第四十条　有前款行为的会计人员，五年内不得从事会计工作。"
    q = "会计凭证和账簿要保管多少年？"
    # the five years of the ban are not years of keeping, and the keeping clause states none
    assert not answerable(q, [keep, ban], idf)[0]
    assert answerable(q, ["第十条　会计凭证和会计账簿应当保管十五年以上。", ban], idf)[0]
    # a verb no retrieved clause uses is the asker's wording: the period alone answers
    assert answerable("审计通知书要提前几天送到？", ["第四十二条　审计机关应当在实施审计三日前送达审计通知书。"],
                      {**IDF, "审计": 2.0, "通知书": 3.0, "送达": 2.0})[0]


def test_facts_are_asked_by_the_asking_clauses_not_by_the_story() -> None:
    story = "我们单位先把项目报上去了，报告过了两个礼拜才补，报告日期比申报截止日还晚，这样算做过事前评估吗？"
    assert answer_types(story) == ()  # "截止日" is in the story; the question asks yes or no
    assert answer_types("评估报告落款日期比申报日期晚了几天，会不会被当成没做评估？") == ()  # "晚了几天": a few days
    assert answer_types("报告出具后有效期多长，隔一年还能继续用吗") == ("period",)
    # the asker's everyday words are not subjects the texts leave out
    assert unknown_terms("目标审核意见下来后几天内要改完重报？", {**IDF, "目标": 1.0, "审核意见": 3.0}) == []


def test_cutting_a_budget_asks_for_a_share() -> None:
    assert answer_types("去年评价结果拿了个“中”，下一年的预算大概会被压掉多少？") == ("share",)
    assert answer_types("第二年的预算会被砍掉多少？") == ("share",)


def test_everyday_names_of_things_the_laws_name_otherwise() -> None:
    from review_assistant.kb.answerable import _mentions

    assert _mentions("第四十条　私设会计账簿的，由县级以上人民政府财政部门责令限期改正。", "账本")
    assert _mentions("第三十八条　担任会计机构负责人的，应当具备会计师以上专业技术职务资格。", "职称")
    assert _mentions("第十六条　满意度指标的指标值原则上不低于85%。", "目标值")
    assert _mentions("第十三条　五个方面各占20分，合计100分。", "总分")


def test_a_question_none_of_whose_words_the_texts_use_is_not_covered() -> None:
    from review_assistant.kb.answerable import coverage
    from review_assistant.kb.keywords import tokenize

    clause = {"审核", "问题", "分为", "三类"}
    assert coverage(tokenize("明天区里会不会下雨？"), clause, IDF) == 0.0
    assert coverage(tokenize("怎么办？"), clause, IDF) == 1.0  # nothing asked about: nothing to miss
    assert not answerable("明天区里会不会下雨？", ["第三十二条　审核中发现的问题按照影响程度分为三类。"], IDF)[0]


def test_comparisons_comparatives_and_working_days() -> None:
    from review_assistant.kb.question import key_terms

    idf = {**IDF, "权重": 3.0, "国家": 4.0, "区里": 4.5, "自评": 2.0}
    assert "国家" not in key_terms("单位自评各部分权重国家和区里规定的一样吗？", idf, n=3)
    assert "国家" in key_terms("国家规定的自评权重是多少？", idf, n=3)
    assert unknown_terms("这种越小越好的指标没完成，分数是怎么算的？", {**IDF, "指标": 1.0, "分数": 2.0}) == []
    assert answer_types("先谁审后谁审，各有几个工作日？") == ("period", "who")


def test_a_compound_asked_for_must_be_known_as_a_whole() -> None:
    idf = {**IDF, "第三方": 3.0, "机构": 1.5, "等级": 2.0, "评价": 1.0, "业务": 2.0}
    clause = "第二十九条　委托第三方机构应当按照政府采购规定选择具备相应能力的机构。"
    why = answerable("接我们评价业务的第三方机构需要什么资质等级？", [clause], idf)
    assert not why[0] and "资质等级" in why[1]
    assert answer_types("每个月几号之前报？") == ("period",)
    assert not support("每个月几号之前报？", "第十二条　区财政局可以对特定项目实行按月监控。", IDF).has_answer_type


def test_a_last_question_without_a_question_mark_and_points_as_a_share() -> None:
    idf = {**IDF, "整改": 3.0, "方案": 2.0, "预算": 1.0, "中": 2.0}
    cut = '第十四条　评价结果为"中"的，下年度预算按不低于10%的比例压减。'
    plan = "第八条　被评价部门应当自收到反馈之日起30日内制定整改方案。"
    assert answerable("评价结果是“中”，明年预算至少砍多少？整改方案多少天要交", [cut, plan], idf)[0]
    assert support("定性指标部分达成给几分", "第二十一条　部分达成的，得该指标分值的50%（含）至80%。", IDF).has_answer_type


def test_trainees_wrong_names_and_variant_characters_are_read_as_the_texts_write_them() -> None:
    from review_assistant.kb.keywords import normalize_question
    from review_assistant.kb.question import key_terms

    assert normalize_question("考核指标最少几个") == "绩效指标最少几个"
    assert normalize_question("绩效验收报告什么时候交，帐目要附吗") == "绩效自评报告什么时候交，账目要附吗"
    assert normalize_question("34号文定的是用几年时间") == "34号文件定的是用几年时间"  # not "文定" (a betrothal)
    assert normalize_question("10号文件和文号") == "10号文件和文号"
    idf = {**IDF, "指标": 1.0, "绩效指标": 2.5, "三级指标": 3.0}
    clause = "第三十六条　本办法所称本地参数如下：（一）三级指标最少数量：3个。"
    assert answerable("考核指标最少几个", [clause], idf)[0]
    # "年度考核" is an appraisal of its own, not a word for 指标: it stays the key term and is not found
    assert key_terms("年度考核要扣几分", {**idf, "考核": 4.0, "年度": 1.5}) == ["考核"]
    assert not answerable("年度考核要扣几分", ["第十四条　监控表逾期报送的，扣2分。"], {**idf, "考核": 4.0})[0]


def test_how_much_of_it_and_who_has_the_last_word_are_speech() -> None:
    idf = {**IDF, "审核": 2.0, "工作日": 2.5, "材料": 2.0, "业务": 2.0, "专家": 3.0, "论证": 3.0, "复核": 3.5, "重点": 2.0, "部门评价": 3.0,
           "申请": 2.0, "审定": 3.0, "结论": 2.0}
    review = "第三十条　审核时限：业务科室5个工作日内完成初审；绩效管理科自收到之日起10个工作日内完成审核。"
    assert answerable("材料报上去以后业务科室和绩效科一共要审多少天？", [review], idf)[0]
    cycle = "第十条　部门评价以三年为一个周期，周期内重点项目全部评价一遍。"
    assert answerable("部门评价隔多少年要把本部门重点项目全部评一遍", [cycle], idf)[0]
    decide = "第三十三条　对审核结论有异议的，可以在5个工作日内申请复核，复核结论由分管局领导审定。"
    assert answerable("能申请再审一次吗？要在几天内提，最后谁说了算", [decide], idf)[0]


def test_a_plan_drawn_up_for_a_period_answers_how_often_it_is_drawn_up() -> None:
    plan = "第十条　绩效责任单位应当编制绩效管理规划，绩效管理规划期限为五年。"
    assert support("规划几年编一次", plan, IDF).has_answer_type
    assert not support("规划几年编一次", "第十一条　绩效管理规划应当包括主要职责和工作任务。", IDF).has_answer_type


def test_a_latin_letter_name_the_texts_never_use_is_unknown() -> None:
    clause = "第二十条　采购人依法委托采购代理机构办理采购事宜。"
    assert unknown_terms("ETC怎么办理", {**IDF, "办理": 2.0}) == ["ETC"]
    ok, why = answerable("ETC怎么办理", [clause], {**IDF, "办理": 2.0})
    assert not ok and "ETC" in why


def test_asking_whether_a_late_report_still_counts_asks_no_period() -> None:
    assert answer_types("评估报告的日期要是比申报日期晚几天，还算数吗") == ()
    assert answer_types("评估报告几天内报送？") == ("period",)


def test_whether_a_time_is_counted_in_is_speech_not_an_unknown_thing() -> None:
    idf = {**IDF, "材料": 2.0, "时间": 1.0}
    assert unknown_terms("我们补材料的时间算在里面吗", idf) == []
    assert unknown_terms("我们补材料的时间算进去吗", idf) == []


def test_a_keyword_question_naming_the_figure_by_its_noun_needs_it_for_that_act() -> None:
    from review_assistant.kb.question import governing_verb

    assert governing_verb("单位自评抽查比例") == "抽查"
    assert governing_verb("自评抽查的比例是多少") == "抽查"
    idf = {**IDF, "单位自评": 4.0, "抽查": 4.0, "比例": 2.0, "复核": 3.0}
    params = "第三十六条　本地参数如下：（一）单位自评报送截止日期：次年3月31日；（二）须说明原因的预算执行率：低于90%。"
    review = "第二十五条　单位自评报送区财政局。区财政局对单位自评结果进行抽查复核。"
    assert not answerable("单位自评抽查比例", [params, review], idf)[0]
    assert answerable("单位自评抽查比例", [params, review, "第九条　区财政局按单位自评项目数的20%抽查。"], idf)[0]


def test_a_figure_asked_of_a_thing_the_texts_never_name_is_refused() -> None:
    from review_assistant.kb.question import figure_of_unknown

    assert figure_of_unknown("济南绩效考核奖金每人发多少？", ("奖金",)) == "奖金"
    assert figure_of_unknown("奖金的事我不懂，考核结果几天内公布？", ("奖金",)) is None  # the figure is not of it
    idf = {**IDF, "济南": 5.0, "绩效考核": 4.0, "复核": 3.0}
    clause = "第二十六条　对绩效考核结果有异议的，可以自收到之日起十五个工作日内申请复核。"
    ok, why = answerable("济南绩效考核奖金每人发多少？", [clause], idf)
    assert not ok and "奖金" in why


def test_a_longest_span_needs_a_number_not_immediately() -> None:
    idf = {**IDF, "稽察": 5.0, "特派员": 6.0, "报告": 1.0}
    clause = "第三十条　稽察特派员每次稽察工作结束后，应当及时提交稽察报告；发现紧急情况的，应当立即报告。"
    assert not answerable("稽察特派员一次稽察最长多长时间？", [clause], idf)[0]
    assert answerable("稽察特派员一次稽察最长多长时间？", [clause + "每次稽察最长不超过三十日。"], idf)[0]
    # "立即" still answers how soon, only not how long at most
    assert support("稽察特派员发现紧急情况后多长时间内报告？", clause, idf).has_answer_type


def test_the_askers_story_goes_on_until_a_clause_asks() -> None:
    from review_assistant.kb.question import asking_focus

    q = "本人为财政学专业研究生，正在撰写学位论文，样本选取了云溪区。云溪区财政评价侧重哪类项目？"
    assert asking_focus(q) == "云溪区财政评价侧重哪类项目"
    # no clause asks after the story: only the clause saying "我" is the story
    assert asking_focus("来审计的人跟我们局长是亲戚，能让他回避不") == "能让他回避不"


def test_the_askers_case_figures_are_not_what_a_fact_is_about() -> None:
    from review_assistant.kb.question import key_terms

    idf = {**IDF, "培训": 6.0, "自评": 3.0, "人次": 4.0, "分值": 3.0}
    q = "年度指标值是≥1000人次，实际只培训了800人次，这项指标分值10分，自评能得几分？"
    assert "培训" not in key_terms(q, idf, n=3) and "人次" not in key_terms(q, idf, n=3)
    assert key_terms("培训能得几分？", idf) == ["培训"]


def test_a_who_question_needs_the_body_for_the_act_it_names() -> None:
    from review_assistant.kb.question import governing_verb

    assert governing_verb("评价人员申请回避的，由谁批准？") == "批准"
    assert governing_verb("哪个部门负责组织财政评价") == "负责"
    assert governing_verb("事前评估谁来做") is None  # a one-character verb is speech
    # a figure's verb is the one before it; one after ("多少天内报送") is mostly the asker's wording
    assert governing_verb("应在人代会闭会后多少天内报送？") is None
    idf = {**IDF, "评价": 1.5, "人员": 1.5, "回避": 4.0, "批准": 3.0, "机构": 2.0}
    avoid = "第三十条　评价人员与被评价单位有利害关系的，应当回避。回避情况应当记录，经批准更换的，记录更换原因。"
    q = "评价人员申请回避的，由谁批准？"
    # the clause names a body ("人员") and says "批准", but no sentence names who approves
    assert not answerable(q, [avoid], idf)[0]
    assert answerable(q, ["第三十条　评价人员与被评价单位有利害关系的，应当回避，由区财政局批准。"], idf)[0]


def test_working_days_asked_with_a_measure_word_are_a_period() -> None:
    assert answer_types("财政局多少个工作日内要给回复？") == ("period",)


def test_an_opinion_the_asker_reports_is_their_story_not_what_they_ask() -> None:
    from review_assistant.kb.question import asking_focus

    assert asking_focus("供应商觉得评标不公平，几天内能提质疑？") == "几天内能提质疑"
    assert asking_focus("评标不公平的，几天内能提质疑？") == "评标不公平的，几天内能提质疑"


def test_a_sentence_ending_with_a_full_stop_tells_the_case_when_another_asks() -> None:
    from review_assistant.kb.question import asking_focus, asking_part, clause_asks

    q = "今年想给几个街道添置一批音响设备，申请金额35万。市场询价最少要问几家？"
    # "几个街道" is "a few streets" in a sentence that ends with "。": only the sentence ending with "？" asks
    assert [asks for _, _, asks in clause_asks(q)] == [False, False, True]
    assert asking_part(q) == "市场询价最少要问几家"
    assert asking_focus("我们是区文旅局，" + q) == "市场询价最少要问几家"
    # with no question mark anywhere, an asking word still makes a clause ask
    assert [asks for _, _, asks in clause_asks("给几个街道添置设备要不要评估。")] == [True]


def test_the_choices_a_form_offers_are_not_an_unknown_thing() -> None:
    assert unknown_terms("完成目标可能性有哪几个选项？", {"完成": 1.0, "目标": 1.0, "可能性": 2.0}) == []


def test_a_fee_needs_a_fee_and_a_deduction_needs_a_figure_taken_off() -> None:
    idf = {**IDF, "第三方": 3.0, "重点": 2.0, "监控": 2.0, "费用": 3.0, "结果": 1.0, "预算": 1.0, "评价": 1.5}
    threshold = "第五条　年度资金500万元（含）以上的项目实行重点监控，必要时委托第三方机构参与。"
    q = "财政局请第三方参与重点监控，费用按什么标准付？"
    assert support(q, threshold, idf).has_answer_type is False  # a project size, not a fee
    assert support(q, "第五条　第三方机构参与重点监控的费用按每个项目2万元支付。", idf).has_answer_type
    cut = "第十四条　评价结果为“中”的，下年度预算按照不低于10%的比例压减。"
    bands = "第二十一条　90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中。"
    assert answer_types("评价结果是'中'的项目，明年预算要扣多少？") == ("share",)
    assert support("评价结果是'中'的项目，明年预算要扣多少？", cut, idf).has_answer_type
    assert not support("评价结果是'中'的项目，明年预算要扣多少？", bands, idf).has_answer_type


def test_how_many_grades_needs_grades_counted_or_listed() -> None:
    assert answer_types("考核结果分几个等次？") == ("count",)
    listed = "第二十一条　事前绩效评估结论分为\"予以支持\"\"调整后予以支持\"\"不予支持\"三类。"
    use = "第二十九条　评价组织方对第三方机构的工作质量进行考核，考核结果作为以后委托的参考，共3项要求。"
    assert support("评估结论分几档？", listed, IDF).has_answer_type
    assert not support("考核结果分几个等次？", use, IDF).has_answer_type


def test_everyday_names_of_lights_invoices_and_banks() -> None:
    from review_assistant.kb.question import synonyms_of

    assert "预警" in synonyms_of("亮灯")
    assert "原始凭证" in synonyms_of("发票")
    assert "金融机构" in synonyms_of("银行")
    assert unknown_terms("查个人名下的存款要谁批？", {"个人": 1.0, "存款": 2.0}) == []


def test_whether_or_who_signs_needs_a_clause_about_signing_or_stamping() -> None:
    idf = {**IDF, "单位": 1.0, "负责人": 3.0, "自评表": 3.0, "签字": 0.5, "盖章": 0.5, "主管部门": 2.0}
    due = "第二十五条　预算单位应当于次年3月31日前完成项目自评，填写项目支出绩效自评表，经单位负责人同意后报送区财政局。"
    ok, why = answerable("单位自评表交上去，需要单位负责人签字盖章吗？", [due], idf)
    assert not ok and "签字、盖章" in why
    signed = due.replace("填写项目支出绩效自评表", "填写项目支出绩效自评表并由单位负责人签字、加盖单位公章")
    assert answerable("单位自评表交上去，需要单位负责人签字盖章吗？", [signed], idf)[0]


def test_quoted_examples_speech_words_and_counted_things_are_not_unknown_subjects() -> None:
    idf = {**IDF, "产出": 3.0, "指标": 1.0, "效益": 3.0, "处理": 2.0}
    clause = "第十四条　产出指标反映提供的公共产品和服务；效益指标反映产出带来的影响和效果。"
    # "义诊" and "排队" are in the asker's quoted examples: the question asks which block each belongs to
    assert answerable("“举办义诊多少场”和“群众看病排队时间缩短”，哪个算产出指标、哪个算效益指标？", [clause], idf)[0]
    assert not answerable("举办义诊和群众排队的规定有哪些？", [clause], idf)[0]
    assert unknown_terms("事前评估有哪些红线？", IDF) == []
    assert unknown_terms("我没太明白问题出在哪儿？", IDF) == []
    assert unknown_terms("这两件事各该怎么处理？", idf) == []


def test_who_is_right_asks_no_body_and_a_scoring_rule_answers_how_many_points() -> None:
    assert "who" not in answer_types("校长说不用做，我觉得要做。到底谁说得对？")
    assert "who" in answer_types("到底谁说了算？")
    rule = "第二十条　未完成的，正向指标按照实际完成值占指标值的比例计分。"
    q = "正向指标年初定的是1000人次，实际完成850人次，这项10分能得几分？"
    assert support(q, rule, IDF).has_answer_type
    assert not support(q, "第二十条　未完成的，应当说明原因。", IDF).has_answer_type


def test_a_period_asked_of_an_authority_must_be_that_authoritys() -> None:
    from review_assistant.kb.answerable import period_actor

    unit_period = "第三十三条　预算单位对审核结论有异议的，可以在收到意见之日起3个工作日内书面申请复核一次。"
    unit_then_bureau = "第二十二条　收到预警的预算单位，应当在10个工作日内提出处理意见，报区财政局。"
    bureau_period = "第三十四条　区财政局应当在收到复核申请后5个工作日内作出复核决定。"
    nobody = "第三十四条　复核决定在收到复核申请后5个工作日内作出。"
    q = "我们对审核结论申请了复核，财政局得在几天之内给答复？"
    assert period_actor(q) == "finance"
    assert not support(q, unit_period, IDF).has_answer_type
    assert not support(q, unit_then_bureau, IDF).has_answer_type  # the bureau is named, but as the recipient
    assert support(q, bureau_period, IDF).has_answer_type
    assert support(q, nobody, IDF).has_answer_type  # no body named: the period may be the bureau's
    # the unit's own period, or a clause that asks without naming an authority, is not narrowed
    assert period_actor("财政局把意见退回单位以后，单位几天内要改完？") is None
    assert period_actor("自评表是直接送财政局吗，最晚哪天？") is None
    assert support("复核申请最晚几天内要提？", unit_period, IDF).has_answer_type
    # a compound name: "市人民政府财政部门" is the finance department, "收到财经委员会的……后" is not who acts
    law = "第三十九条　市人民政府财政部门应当在收到财经委员会的初步审查意见后10日内，将研究处理情况书面反馈财经委员会。"
    assert support("财经委提出初审意见后，市财政部门要在多少天内反馈？", law, IDF).has_answer_type
    # the procurement law's supervising department is the finance department
    complaint = "第五十六条　政府采购监督管理部门应当在收到投诉后三十个工作日内，对投诉事项作出处理决定。"
    assert support("投诉交上去以后，财政部门多长时间内要作出处理决定？", complaint, IDF).has_answer_type


def test_going_to_court_is_bringing_a_suit_and_equipment_is_goods() -> None:
    idf = {"审计": 2.0, "决定": 1.5, "不服": 3.0, "复议": 3.5, "法院": 4.0, "诉讼": 4.0, "政府": 1.5, "裁决": 4.0,
           "合同": 2.0, "补充": 3.0, "设备": 3.0, "货物": 3.0, "追加": 3.0, "软件": 3.0}
    appeal = "第五十三条　被审计单位对审计决定不服的，可以依法申请行政复议或者提起行政诉讼，或者提请本级人民政府裁决。"
    assert support("对审计决定不服，是去复议、去法院，还是找政府裁决？", appeal, idf).coverage == 1.0
    extra = "第四十九条　采购人需追加与合同标的相同的货物的，可以签订补充合同，金额不得超过原合同的百分之十。"
    assert support("合同签完了还要再加点一样的设备，补充合同最多能加多少", extra, idf).coverage > \
        support("合同签完了还要再加点一样的软件，补充合同最多能加多少", extra, idf).coverage


def test_forms_of_address_festive_speech_and_the_askers_own_body_are_not_asked_of_the_texts() -> None:
    from review_assistant.kb.question import asking_focus, synonyms_of

    idf = {**IDF, "审核": 2.0, "礼品": 4.0, "接受": 2.0, "宴请": 4.0}
    assert unknown_terms("审核的同志能不能收项目单位逢年过节送的礼品？", idf) == []
    assert "纪检监察" in synonyms_of("纪委")
    # "纪委这边想了解：" introduces the asker; the matter follows the colon
    focus = asking_focus("纪委这边想了解：事后评价与事前评估结论差得很远，会追谁的责任？")
    assert "纪委" not in focus and "追谁的责任" in focus


def test_a_figure_question_leads_with_the_sentence_stating_the_figure() -> None:
    """"多少天之内" is answered by the article giving the days, though another article ranked first."""
    warning = _hit("某区运行监控办法", "第十四条", "第十四条　预算执行进度实行预警管理。项目截至6月末执行率低于40%的，系统发出预警。",
                   "区", "2024-04-01", "某财绩〔2024〕3号")
    period = _hit("某区运行监控办法", "第二十二条", "第二十二条　收到预警的预算单位，应当在10个工作日内分析原因，报区财政局。",
                  "区", "2024-04-01", "某财绩〔2024〕3号")
    idf = {"预警": 3.0, "执行进度": 3.0, "进度": 2.0, "收到": 1.5, "财政": 1.0}
    answer = extractive_answer("收到执行进度预警以后，多少天之内要给财政回复？", [warning, period], idf)
    assert answer.startswith("收到预警的预算单位，应当在10个工作日内分析原因，报区财政局。〔2〕")
    # the best-ranked article is still shown, after the sentence that answers
    assert "〔1〕" in answer and answer.index("〔2〕") < answer.index("〔1〕")
    # a question asking no figure keeps the best-ranked article first
    assert extractive_answer("执行进度预警是怎么回事？", [warning, period], idf).startswith("预算执行进度实行预警管理。〔1〕")


def test_two_thresholds_are_shown_side_by_side() -> None:
    """Two articles each setting an amount for the same act: the asker sees both, not only the first."""
    finance = _hit("某区内部规程", "第九条", "第九条　年度资金500万元（含）以上的新增项目，由区财政局另行组织财政事前绩效评估。",
                   "区", "2024-04-01", "某财绩〔2024〕1号")
    unit = _hit("某区内部规程", "第十条", "第十条　区级预算单位申请纳入项目库的下列项目，年度资金20万元（含）以上的，"
                "应当开展事前绩效评估，并随项目申报一并提交报告：\n（一）新增项目；\n（二）延续项目。",
                "区", "2024-04-01", "某财绩〔2024〕1号")
    answer = extractive_answer("多少万元以上的新增项目要做事前绩效评估？", [finance, unit], IDF)
    assert "500万元" in answer and "20万元" in answer and "（一）新增项目；" in answer
    # without a figure asked the second article's weaker sentence stays out
    assert "20万元" not in extractive_answer("新增项目由谁组织财政事前绩效评估？", [finance, unit], IDF)


def test_the_name_of_the_askers_project_is_not_asked_of_the_texts() -> None:
    from review_assistant.kb.question import project_name_words

    q = "社区卫生服务中心的家庭医生签约项目，满意度指标值填80%能通过吗？"
    assert {"社区卫生", "家庭医生", "签约"} <= project_name_words(q)
    idf = {"满意度": 3.0, "指标值": 3.0, "指标": 1.0, "项目": 1.0, "通过": 1.0, "服务": 1.0, "中心": 1.0}
    assert unknown_terms(q, idf) == []
    # a thing asked about, not a project's name, stays unknown ("伙食补助" is what is asked)
    assert "伙食" in unknown_terms("职工食堂伙食补助发放标准是多少？", idf)
    # an intensifier is speech: "一分钱都不给" asks whether the funds stop, not about a sum
    assert unknown_terms("评价评了个差，明年是不是一分钱都不给了？", {"评价": 2.0, "明年": 1.0}) == []


def test_a_section_or_a_meeting_of_the_bureau_answers_who() -> None:
    clause = "第四十条　本地参数的调整由绩效管理科提出，经局长办公会研究后发文公布。"
    assert support("这个门槛如果要改，由谁提出？", clause, {"门槛": 2.0, "提出": 1.0}).has_answer_type
    assert not support("这个门槛如果要改，由谁提出？", "第四十一条　本规程自发布之日起施行。", {}).has_answer_type


def test_an_authority_asked_by_another_of_its_names_is_the_one_the_clause_names() -> None:
    """The procurement law's 政府采购监督管理部门 is the finance department a trainee calls "财政"."""
    clause = "第五十六条　政府采购监督管理部门应当在收到投诉后三十个工作日内，对投诉事项作出处理决定。"
    idf = {"投诉": 3.0, "财政部门": 2.0, "财政": 1.5, "处理": 1.0, "决定": 1.0}
    assert answerable("投诉交上去以后，财政部门多长时间内要作出处理决定？", [clause], idf)[0]
    assert answerable("投诉到财政以后，财政那边多长时间处理完？", [clause], idf)[0]
    # another authority is not the finance department
    audit = "第二十条　审计机关应当在收到申请后三十个工作日内作出处理决定。"
    assert not answerable("投诉交上去以后，财政部门多长时间内要作出处理决定？", [audit], idf)[0]


def test_which_persons_sign_asks_who_not_how_many() -> None:
    """"哪几个人签字盖章" asks who signs; "需要几个人" still asks a number of people."""
    assert answer_types("财务报告上要哪几个人签字盖章？") == ("who",)
    clause = "第二十一条　财务会计报告应当由单位负责人和会计机构负责人签名并盖章。"
    idf = {"财务": 2.0, "报告": 1.0, "财务报告": 3.0, "签字": 2.0, "盖章": 2.0, "签名": 2.0, "负责人": 1.5}
    assert answerable("财务报告上要哪几个人签字盖章？", [clause], idf)[0]
    assert "count" in answer_types("询价小组需要几个人？")


def test_a_quote_in_plain_quotes_is_the_askers_example() -> None:
    """'培训人次≥500' is the asker's indicator: its words are not what the scoring rule must name."""
    rule = "第二十条　定量指标未达到指标值的，按照实际完成值占指标值的比例计分。"
    idf = {"定量": 2.0, "指标": 1.0, "定量指标": 3.0, "培训": 3.0, "人次": 2.0, "实际": 1.0, "完成": 1.0,
           "分值": 2.0, "自评": 2.0, "计分": 2.0}
    question = "定量指标'培训人次≥500'，实际只完成了400人次，这项分值10分，自评应该得几分？"
    assert answerable(question, [rule], idf)[0]
    # without the quotes the indicator's words are the question's own and must be covered
    assert not answerable("培训人次实际只完成了400人次，这项分值10分，自评应该得几分？", [rule], idf)[0]


def test_a_units_or_sections_name_and_everyday_speech_are_not_unknown_subjects() -> None:
    idf = {"成本": 2.0, "指标": 1.0, "一级": 2.0, "二级": 2.0, "指标值": 2.0, "审核": 2.0, "联合体": 3.0,
           "责任": 2.0, "姓名": 3.0, "举报": 3.0, "材料": 1.0}
    assert unknown_terms("区教育局计财科在做绩效目标表：成本指标是一级还是二级？", idf) == []
    assert unknown_terms("指标值跟去年一模一样，审核时会不会被挑毛病？", idf) == []
    assert unknown_terms("联合体里一家干砸了，另一家要不要担责任？", idf) == []
    # "名字" is the texts' "姓名"
    assert unknown_terms("会不会把我的名字和举报材料转给单位？", idf) == []
    # a thing asked about that the texts never name stays unknown
    assert "驾驶证" in unknown_terms("驾驶证的名字写错了怎么改？", idf)


def test_a_reading_put_for_confirmation_asks_no_fact() -> None:
    """"我理解……调查对象是谁……都不用写，对吗" asks whether the reading holds; its "谁" is not asked of the texts."""
    q = "我理解，满意度指标只要把指标值定在85%以上就算合格了，调查对象是谁、用什么方式调查都不用写，对吗？"
    assert answer_types(q) == ()
    assert answer_types("调查对象由谁确定？") == ("who",)


def test_according_to_the_rules_is_no_key_term() -> None:
    from review_assistant.kb.keywords import tokenize
    from review_assistant.kb.question import key_terms

    clause = "第二十一条　定性指标按规定分档计分，部分达成的，得该指标分值的60%至80%。"
    assert "按规定" not in tokenize(clause)  # so no index ever weighs it
    idf = {t: 2.0 for t in tokenize(clause)}
    assert "按规定" not in key_terms("定性指标这一项按规定最多能给几分？", idf)


def test_how_a_rule_is_asked_about_is_no_key_term() -> None:
    """"有没有统一规定": whether a rule is uniform is asked of the rule, not a thing the clause must name."""
    from review_assistant.kb.keywords import tokenize
    from review_assistant.kb.question import key_terms

    idf = {"决策": 2.0, "过程": 1.5, "权重": 3.0, "统一": 4.0, "明确": 4.0, "财政部": 1.0}
    assert "统一" not in key_terms("决策、过程各占多少权重，财政部有没有统一规定？", idf, n=3)
    assert "明确" not in key_terms("决策、过程各占多少权重，有没有明确要求？", idf, n=3)
    # whether the case is in order, and where the rule comes from, are asked of the rule
    halt = "第五十七条　监督管理部门处理投诉期间，可以书面通知采购人暂停采购活动，暂停时间最长不得超过三十日。"
    asked = "供应商投诉后，财政部门书面通知我们暂停采购，已经停了40天。这样一直停着合规吗？法律上最长能停多久？"
    words = {t: 2.0 for t in tokenize(halt)} | {"合规": 5.0, "法律": 5.0}
    assert not {"合规", "法律"} & set(key_terms(asked, words, n=3))
    assert answerable(asked, [halt], words)[0]
    clause = "第十七条　（≈）权重：决策、过程、产出、效益的权重一般为20%、20%、40%、20%。"
    assert answerable("决策、过程各占多少权重，财政部有没有统一规定？", [clause], idf)[0]


def test_a_ceiling_asked_of_clauses_that_set_only_a_floor_is_refused() -> None:
    """"三级指标最多能设多少个" asked of "合计不少于3个": the texts set a floor, not the ceiling asked."""
    idf = {"三级": 2.0, "指标": 1.0, "三级指标": 3.0, "项目": 1.0, "设置": 1.0, "上限": 2.0, "预算": 1.0,
           "结论": 2.0, "安排": 1.0, "控制数": 3.0}
    floor = "第十九条　项目的三级指标合计不少于3个（本地参数）。"
    ok, why = answerable("三级指标最多能设多少个？", [floor], idf)
    assert not ok and "下限" in why
    # the floor itself is what is asked
    assert answerable("三级指标最少要设几个？", [floor], idf)[0]
    assert answerable("三级指标至少设多少个？", [floor], idf)[0]
    # a ceiling stated, as a figure or as a named amount in a cited clause, answers
    assert answerable("三级指标最多能设多少个？", ["第十九条　项目的三级指标不少于3个、不超过20个。"], idf)[0]
    bands = "第二十一条　评分60分（含）以上、不足80分的，结论为“调整后予以支持”。"
    cap = "第十六条　结论为“调整后予以支持”的项目按意见完善后入库，预算不超过建议预算控制数。"
    assert answerable("结论是调整后予以支持，那预算最多能安排多少？", [bands, cap], idf)[0]


def test_a_document_named_by_its_number_is_no_key_term() -> None:
    from review_assistant.kb.question import key_terms

    idf = {"中发": 6.0, "绩效": 1.0, "管理": 1.0, "体系": 3.0, "建成": 4.0}
    assert "中发" not in key_terms("中发34号文提出的预算绩效管理体系，计划用多长时间基本建成？", idf, n=3)
    assert "中发" not in key_terms("财预〔2020〕10号里自评多长时间报一次？", {"中发": 6.0, "自评": 2.0}, n=3)


def test_speech_around_a_comparison_or_a_choice_and_the_bosss_other_name() -> None:
    idf = {"上海": 3.0, "重庆": 3.0, "部门": 1.0, "预算": 1.0, "批复": 2.0, "公开": 2.0, "单位负责人": 3.0, "会计": 2.0,
           "私设会计账簿": 4.0}
    assert unknown_terms("上海、重庆两地的部门预算批复以后，分别要在多少天内公开？", idf) == []
    assert unknown_terms("老板让会计做的账，会计要担责吗？", idf) == []
    assert unknown_terms("单位另外弄了一本小账，会怎么处罚？", idf) == []


def test_the_sentence_with_the_question_mark_asks_though_no_asking_word_is_in_it() -> None:
    """The story's "几个民生项目" asks no count: the question is "报市政府批准就行了，还是还得提请市人大常委会？"."""
    q = ("今年市里年度政府总投资原定80亿元，下半年几个民生项目提速，想调增到89.6亿元。"
         "请问这个调整方案报市政府批准就行了，还是还得提请市人大常委会？")
    assert "count" not in answer_types(q)
    # a message that is one sentence keeps its own asking words
    assert "count" in answer_types("下半年几个民生项目提速了？")


def test_the_things_of_a_case_told_in_full_sentences_are_the_askers() -> None:
    """A case told in sentences ending in "。" and a question ending in "？": the case's things (停车场, 运营公司) are
    not what the texts must name; the same words in the question itself still are."""
    from review_assistant.kb.question import asked_sentences

    told = ("街道想给辖区里的一家停车场运营公司发补贴，补贴的钱全部由财政出。我们业务科室觉得运营公司该承担一部分。"
            "这种情况按规程应该从哪个方面去审？")
    assert asked_sentences(told) == "这种情况按规程应该从哪个方面去审"
    assert asked_sentences("停车场运营公司的补贴从哪个方面审？") == "停车场运营公司的补贴从哪个方面审？"
    idf = {"街道": 2.0, "财政": 1.0, "业务": 1.0, "科室": 2.0, "承担": 2.0, "部分": 1.0, "规程": 3.0, "方面": 2.0, "审核": 1.0}
    clause = "第十三条　业务科室审核围绕立项必要性、投入经济性、绩效目标合理性、实施方案可行性、筹资合规性五个方面进行。"
    assert answerable(told, [clause], idf)[0]
    assert not answerable("停车场运营公司的停车费补贴标准是多少？", [clause], idf)[0]


def test_how_many_kinds_is_answered_by_a_clause_listing_the_kinds() -> None:
    """"目标按范围分几类" asked of a clause that lists three kinds without saying "三类"."""
    idf = {"目标": 1.0, "范围": 3.0, "支出": 1.0, "绩效": 1.0, "基本": 2.0, "项目": 1.0, "整体": 2.0, "内容": 1.0}
    listing = "第五条　按支出范围和内容分类：绩效目标分为基本支出绩效目标、项目支出绩效目标和部门（单位）整体支出绩效目标。"
    assert answer_types("目标按范围分几类") == ("kinds",)
    assert answerable("目标按范围分几类", [listing], idf)[0]
    # a clause about the same words that lists nothing and gives no number does not say how many
    assert not answerable("目标按范围分几类", ["第二条　绩效目标的适用范围为纳入部门预算管理的支出。"], idf)[0]


def test_a_time_in_the_askers_story_asks_no_period() -> None:
    """"几年后被发现……还能追究吗" asks whether, not how long; "几年以后才能" asks how long."""
    assert "period" not in answer_types("如果一项重大政策几年后被发现决策失误，还能追究负责人的责任吗？")
    assert "period" not in answer_types("几天以后发现填错了，还能改吗？")
    assert "period" in answer_types("停止委托的机构几年以后才能重新参加评价？")
    idf = {"政策": 1.0, "决策": 2.0, "失误": 3.0, "负责人": 2.0, "责任": 1.0, "追究": 2.0, "重大": 1.0}
    clause = "第三十六条　重大政策和项目实行绩效责任追溯，对决策失误、实施不力造成严重后果的，追究相关负责人的责任。"
    assert answerable("如果一项重大政策几年后被发现决策失误，还能追究负责人的责任吗？", [clause], idf)[0]


def test_a_synonym_written_in_the_clause_names_the_askers_word() -> None:
    """"毛病" asked, "监控发现的问题" written ("问题" is too common a word to be indexed); "明确……时限" answers
    whether a time limit is set."""
    idf = {"监控": 1.0, "整改": 2.0, "时限": 3.0, "措施": 1.0, "责任": 1.0, "报告": 1.0}
    clause = "第二十七条　主管部门和预算单位应当对监控发现的问题制定整改措施，明确整改责任和时限，整改情况纳入下一次监控报告。"
    assert answerable("监控查出来的毛病，整改要写到哪儿、定不定时限？", [clause], idf)[0]
    assert not answerable("监控查出来的毛病，整改要写到哪儿、定不定时限？", ["第九条　监控报告报送区财政局。"], idf)[0]


def test_a_month_end_the_rule_does_not_list_is_not_answered_by_the_others() -> None:
    idf = {"执行率": 2.0, "预警": 3.0, "执行": 1.0, "进度": 1.0}
    lines = "第十四条　项目预算执行率低于下列标准的发出执行进度预警：（一）4月末，低于25%；（二）6月末，低于40%；（三）8月末，低于60%。"
    assert answerable("6月末执行率低于多少会预警？", [lines], idf)[0]
    assert answerable("六月底执行率低于多少会预警？", [lines], idf)[0]
    assert not answerable("12月末执行率低于多少会预警？", [lines], idf)[0]


def test_a_this_and_that_count_and_a_glued_reckon_are_no_terms() -> None:
    from review_assistant.kb.keywords import normalize_question

    assert unknown_terms("请问这两项各能得几分？", {"得分": 1.0}) == []
    # pointing back at what was said ("这两块", "这样的话") names nothing the texts must contain
    known = {"监控": 1.0, "评价": 1.0, "业务": 1.0, "科室": 1.0, "指标": 1.0, "年度": 1.0}
    assert unknown_terms("业务科室在监控和评价这两块分别要做些什么？", known) == []
    assert unknown_terms("年度指标里能不能写这样的话？", known) == []
    assert unknown_terms("年度指标里能不能写这种满意度？", known) == ["满意度"]
    # a verb said twice round "一" is a casual way of saying it; an order asked is what 依次 lists
    assert "比一比" not in unknown_terms("要不要把两种办法的效果放在一起比一比？", known)
    assert unknown_terms("五个方面按什么顺序写？", {**known, "依次": 2.0, "方面": 1.0}) == []
    assert "数算" not in normalize_question("执行率拿哪个数算？")


def test_the_story_told_after_the_question_gives_no_key_term() -> None:
    """"多少天内要送……？上海市财政局刚印发了一份……文件。": the asked point comes first, the story after it."""
    idf = {"印发": 6.0, "工委": 4.0, "财经委": 3.0, "预算": 1.0, "政策": 1.0, "文件": 1.0, "发布": 2.0, "重大": 1.0,
           "人大": 1.0, "人大常委会": 1.0, "财政": 1.0, "收支": 2.0, "上海市": 2.0, "财政局": 1.0}
    clause = "第十四条　政府财政部门制定的重大财政收支政策文件应当在发布后的十五日内送本级人大财经委、人大常委会预算工委。"
    assert answerable("多少天内要送人大财经委和预算工委？上海市财政局刚印发了一份重大财政收支政策文件。", [clause], idf)[0]
    # asked in the question itself, the same word still has to be in the clause
    assert not answerable("印发以后多少天内要送人大财经委和预算工委？", [clause], idf)[0]


def test_a_choice_asked_with_no_asking_word_is_a_sub_question() -> None:
    idf = {"审计": 1.0, "决定": 1.0, "行政": 2.0, "复议": 3.0, "裁决": 3.0, "政府": 1.0, "期限": 2.0, "提请": 2.0,
           "不服": 2.0, "申请": 1.0, "送达": 2.0, "诉讼": 2.0}
    review = "第五十三条　被审计单位对审计机关作出的其他审计决定不服的，可以依法申请行政复议或者提起行政诉讼。"
    ruling = "第五十二条　被审计单位对该审计决定不服的，可以在申请期限内，即自审计决定送达之日起60日内，提请本级人民政府裁决。"
    assert answerable("对审计决定不服，是申请行政复议还是找政府裁决？有没有期限？", [review, ruling], idf)[0]
    assert not answerable("对审计决定不服，是申请行政复议还是找政府裁决？有没有期限？", [review], idf)[0]


def test_a_level_glued_to_the_verb_and_a_foreign_script_are_no_unknown_terms() -> None:
    assert unknown_terms("决算草案什么时候报市人大常委会？", {"决算": 1.0, "草案": 1.0, "人大常委会": 2.0}) == []
    assert unknown_terms("账能用英文记吗", {"外国文字": 3.0, "会计": 1.0}) == []


def test_a_seal_asked_of_a_clause_that_only_asks_for_signatures_is_refused() -> None:
    idf = {"申报表": 2.0, "绩效": 1.0, "目标": 1.0, "单位": 1.0, "公章": 4.0, "签署": 3.0, "负责人": 2.0, "填报人": 3.0}
    signing = "第十一条　申报表包括以下内容：（六）签署信息：填报人、单位负责人、填报日期和主管部门审核意见。"
    ok, why = answerable("绩效目标申报表交上去之前，要不要加盖单位公章？", [signing], idf)
    assert not ok and "盖章" in why
    assert answerable("绩效目标申报表要不要加盖单位公章？", [signing + "申报表应当加盖单位公章。"], idf)[0]
    # a signature asked of the same clause is answered
    assert answerable("绩效目标申报表要不要单位负责人签字？", [signing], idf)[0]


def test_a_day_of_a_month_is_no_number_of_days() -> None:
    idf = {"自评": 2.0, "重新": 2.0, "报送": 1.0, "项目": 1.0, "次年": 2.0, "完成": 1.0}
    date = "第二十五条　被责令重新自评的，预算单位应当于次年3月31日前重新报送自评结果。"
    assert not answerable("被责令重新自评的，要在多少天内重新报？", [date], idf)[0]
    days = "第二十六条　被责令重新自评的，应当在15日内重新报送自评结果。"
    assert answerable("被责令重新自评的，要在多少天内重新报？", [days], idf)[0]


def test_a_fraction_and_a_weight_are_shares() -> None:
    idf = {"谈判": 3.0, "小组": 2.0, "专家": 2.0, "社会": 1.0, "评价": 1.0, "结果": 1.0, "评估": 1.0, "绩效": 1.0}
    panel = "第三十八条　谈判小组由采购人的代表和有关专家共三人以上的单数组成，其中专家的人数不得少于成员总数的三分之二。"
    assert answerable("谈判小组专家占几成", [panel], idf)[0]
    assert "share" in answer_types("社会评价占多大比重？")
    plain = "第二十条　绩效管理机构对目标考核、社会评价等结果进行汇总，形成绩效评估结果。"
    assert not answerable("年度绩效评估结果里，社会评价占多大比重？", [plain], idf)[0]


def test_a_number_of_sessions_needs_a_count_of_sessions() -> None:
    idf = {"专题": 3.0, "审查": 1.0, "会议": 1.0, "预算": 1.0, "召开": 2.0}
    clause = "第十九条　人民代表大会会议期间，财政经济委员会可以召开预算专题审查会。"
    assert not answerable("预算专题审查会，一次会议最少要开几场？", [clause], idf)[0]
    assert answerable("预算专题审查会，一次会议最少要开几场？", [clause + "每次会议召开预算专题审查会不少于两场。"], idf)[0]


def test_the_issuer_naming_a_document_is_no_key_term() -> None:
    from review_assistant.kb.question import key_terms

    idf = {"财政部": 5.0, "比例": 2.0, "压减": 3.0, "评价": 1.0, "结果": 1.0}
    assert "财政部" not in key_terms("财政部10号文有没有定具体比例", idf, n=3)
    assert "财政部" in key_terms("财政部有没有定具体比例", idf, n=3)


def test_a_report_asked_as_汇报_and_a_use_asked_as_用场() -> None:
    from review_assistant.kb.keywords import normalize_question

    idf = {"结果": 1.0, "应用": 2.0, "情况": 1.0, "报告": 1.0, "人大常委会": 3.0, "区政府": 2.0}
    clause = "第三十一条　区财政局每年将结果应用情况向区政府报告，并随决算报送区人大常委会。"
    assert answerable("结果应用情况向谁汇报", [clause], idf)[0]
    assert "用场" not in normalize_question("考核结果派什么用场？")


def test_a_qualification_a_grade_a_panel_and_a_source_of_money_need_their_answer() -> None:
    idf = {"第三方": 3.0, "机构": 1.0, "资质": 4.0, "等级": 3.0, "评价": 1.0, "会计": 2.0, "科长": 3.0,
           "资格": 3.0, "专家组": 3.0, "经费": 2.0, "评审": 2.0, "专家": 2.0}
    able = "第十八条　委托第三方机构开展绩效评价的，第三方机构应当具备相应的专业能力。"
    assert "qualification_grade" in answer_types("第三方机构需要什么资质等级？")
    assert not answerable("第三方机构需要什么资质等级？", [able], idf)[0]
    graded = able + "承担评价的机构应当具有乙级以上资质。"
    assert answerable("第三方机构需要什么资质等级？", [graded], idf)[0]
    chief = "第三十八条　担任单位会计机构负责人（会计主管人员）的，应当具备会计师以上专业技术职务资格。"
    assert "qualification" in answer_types("会计科长要什么资格")
    assert answerable("会计科长要什么资格", [chief], idf)[0]
    review = "第十二条　财政局组织专家对事前绩效评估报告进行评审，评审意见作为审核绩效目标的依据。"
    assert "source" in answer_types("评审的钱从哪出？")
    assert not answerable("专家评审的钱从哪出？", [review], idf)[0]
    assert answerable("专家评审的钱从哪出？", [review + "评审所需经费在财政局部门预算中列支。"], idf)[0]
    assert "composition" in answer_types("专家组由哪些人组成？")
    assert not answerable("评审专家组由哪些人组成？", [review], idf)[0]


def test_how_often_is_answered_by_a_frequency_however_far_the_act_is_from_once() -> None:
    q = "区财政局和区税务局多长时间向区人大预算工委报送一次收支执行情况？"
    every = "第九条　区财政局和区税务局应当每季度向区人大常委会预算工作委员会报送收支执行情况。"
    once = "第九条　区财政局和区税务局应当在年度终了后30日内向区人大常委会报送收支执行情况。"
    assert support(q, every, IDF).has_answer_type
    assert not support(q, once, IDF).has_answer_type  # a time limit does not say how often


def test_a_count_after_a_done_act_is_some_not_how_many() -> None:
    assert answer_types("计划里列了几家企业，审计机关要在多长时间内通知这些企业？") == ("period",)
    assert "count" in answer_types("评审要请几家机构？")
    clause = "第十一条　审计机关确定审计对象后，应当自确定之日起7日内通知被审计的企业。"
    assert support("计划里列了几家企业，审计机关要在多长时间内通知这些企业？", clause, IDF).has_answer_type


def test_a_validity_period_needs_a_span_not_a_time_of_handing_in() -> None:
    q = "事前评估报告有效期多长？"
    assert not support(q, "第十条　事前评估报告应当随项目申报一并提交。", IDF).has_answer_type
    assert support(q, "第十条　事前评估报告自出具之日起两年内有效。", IDF).has_answer_type
    # handed in with another paper is a time for "什么时候"
    assert support("绩效目标什么时候报？", "第七条　绩效目标随部门预算一并报送区财政局。", IDF).has_answer_type


def test_a_list_item_is_read_with_the_sentence_naming_its_doer() -> None:
    clause = "第五条　区绩效管理机构负责本区绩效管理工作，履行下列职责：\n（一）拟定年度工作方案；\n（二）制定自评报告的范本。"
    assert support("自评报告的范本是谁制定的？", clause, IDF, verb="制定").has_answer_type
    assert answerable_module._mentions("市人民政府应当在20日内提交清单。", "市政府")
    assert not answerable_module._mentions("区财政局应当在20日内提交清单。", "市政府")


def test_a_choice_of_frequencies_needs_a_frequency_not_regularly() -> None:
    q = "考核结果是每年公布一次还是每半年公布一次？"
    assert answer_types(q) == ("period",)
    assert not support(q, "第六十条　主管部门应当定期考核代理机构，并如实公布考核结果。", IDF).has_answer_type
    assert support(q, "第六十条　主管部门应当每年考核代理机构一次，并公布考核结果。", IDF).has_answer_type


def test_who_pays_is_answered_by_a_clause_bearing_the_cost_not_a_liability() -> None:
    q = "请检测机构参加验收，检测费用由谁来出？"
    assert "source" in answer_types(q)
    liability = "第四十条　大型项目应当邀请检测机构参加验收，验收人员承担相应的法律责任。"
    cost = "第四十条　大型项目应当邀请检测机构参加验收，检测费用由采购人承担。"
    assert not support(q, liability, IDF).has_answer_type
    assert support(q, cost, IDF).has_answer_type


def test_a_requirement_of_something_no_clause_names_is_refused() -> None:
    clause = "第十一条　申报表包括以下内容：（一）项目名称、项目负责人及联系电话。"
    idf = {**IDF, "申报表": 2.0, "项目负责人": 3.0, "负责人": 2.5}
    ok, why = answerable("申报表上的项目负责人是不是必须由班子成员担任？", [clause], idf)
    assert not ok and "班子成员" in why
    # a requirement of what the clause names is answered
    assert answerable("申报表是不是必须写项目负责人？", [clause], idf)[0]


def test_a_requirement_of_a_body_the_cited_clauses_do_not_name_is_refused() -> None:
    """"是不是必须经过领导班子会议审议" asked of the clause on where the report goes: the words are all known to the
    knowledge base (so no unknown word refuses it), yet no cited clause requires a meeting of the leadership."""
    clause = "第二十五条　单位自评报告报主管部门审核后，于次年3月31日前报送区财政局。"
    other = "第八条　下列事项提交局长办公会集体研究：（一）领导班子调整后的分工。"
    idf = {**IDF, "自评": 3.0, "主管部门": 2.0, "领导": 3.0, "班子": 4.0, "领导班子": 4.5, "会议": 2.5, "审议": 3.5}
    q = "单位自评报告报出去之前，是不是必须经过单位领导班子会议审议？"
    ok, why = answerable(q, [clause], idf)
    assert not ok and "领导班子" in why
    # the clause requiring it answers; the asker's verb "经过" is not what has to be found
    required = "第二十五条　单位自评报告应当经单位领导班子会议审议后，报主管部门审核。"
    assert answerable(q, [required], idf)[0]
    assert answerable(q, [clause, other], idf)[0]  # a cited clause naming the body is left to the answer


def test_a_signer_the_cited_clauses_do_not_name_is_refused() -> None:
    """"要不要村民代表签字" asked of the form's signing line (填报人、单位负责人): signing is regulated, but not by
    that signer."""
    form = "第十一条　申报表包括以下内容：（六）签署信息：填报人、单位负责人签字，填报日期。"
    idf = {**IDF, "申报表": 2.0, "村民": 4.0, "代表": 2.5, "签字": 3.0, "填报人": 3.5}
    q = "村里实施的项目，绩效目标申报表要不要村民代表签字确认？"
    ok, why = answerable(q, [form], idf)
    assert not ok and "村民代表" in why
    assert answerable("申报表要不要填报人签字？", [form], idf)[0]


def test_one_unknown_word_among_many_is_the_askers_speech() -> None:
    """"用问卷还是座谈" in a long question whether an indicator may be left out: one word the texts never use
    among seven is the asker's wording, and the no-fact threshold holds; among two it is what is asked."""
    from review_assistant.kb.keywords import tokenize

    clause = "第十六条　没有直接服务对象的项目，可以不设满意度指标。"
    long_q = "满意度指标要调查哪些人、用问卷还是座谈，没有直接服务对象的培训项目能不能不设？"
    short_q = "满意度指标用问卷还是座谈，能不能不设？"
    idf = {t: 1.0 for t in {*tokenize(long_q), *tokenize(clause)} if t != "座谈"}
    idf.update({"问卷": 5.0, "调查": 5.0, "培训": 5.0})
    assert 0.15 < support(long_q, clause, idf).coverage < 0.3
    assert answerable(long_q, [clause], idf)[0]
    ok, why = answerable(short_q, [clause], idf)
    assert not ok and "座谈" in why


def test_a_threshold_of_the_askers_no_clause_sets_is_refused() -> None:
    """"核减超过三成，是不是得上局长办公会研究" asked of a clause that lists what goes to the meeting with no share in it:
    no rule sets that threshold; asked of a clause stating a share, it may be answered."""
    from review_assistant.kb.keywords import tokenize

    meeting = "第八条　下列事项由分管局领导审定，必要时提交局长办公会集体研究：（一）建议核减的项目。"
    share = "第八条　建议核减金额超过申请数30%的项目，提交局长办公会集体研究。"
    asked = "建议核减的金额要是超过申请数的三成，是不是得上局长办公会研究？"
    idf = {t: 2.0 for t in {*tokenize(meeting), *tokenize(share), *tokenize(asked)}}
    ok, why = answerable(asked, [meeting], idf)
    assert not ok and "三成" in why
    assert answerable(asked, [share], idf)[0]
    assert answerable("建议核减的项目，是不是得上局长办公会研究？", [meeting], idf)[0]  # no threshold of its own



@pytest.mark.parametrize(("asked", "answers", "does_not"), [
    # "执行率应该按多少填" with the asker's own figures: the clause giving the formula answers it
    ("年初预算300万元，6月份调剂增加了60万元，实际支出180万元。集中监控时执行率应该按多少填？",
     "第十三条　集中监控时，预算执行率按照实际支出数除以调整后年度预算数计算。",
     "第十四条　集中监控时预算单位填写监控表。"),
    # "多久要提供一次": "按月提供" states a frequency; "按年度预算数计算" does not
    ("财政部门多久要提供一次预算收支报表？",
     "第二十二条　财政部门应当按月提供预算收支报表等有关资料。",
     "第十三条　执行率按年度预算数计算，财政部门提供预算收支报表。"),
])
def test_a_clause_stating_the_asked_kind_of_fact_answers(asked: str, answers: str, does_not: str) -> None:
    from review_assistant.kb.keywords import tokenize

    idf = {t: 2.0 for t in {*tokenize(answers), *tokenize(does_not), *tokenize(asked)}}
    assert answerable(asked, [answers], idf)[0]
    assert not answerable(asked, [does_not], idf)[0]

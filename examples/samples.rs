//! Writes `samples/`: the seeds transcribed cell for cell. Three monitoring
//! reports (000 → Priority 7, 001 → Priority 2, 004 → Priority 1), with the
//! focus areas merged down their rows as officers do; the Written Statement of
//! Action (002), its introduction on a cover sheet and its priorities as
//! section rows of one sheet; and the implementation plan (003).
//!
//! Run: `cargo run --example samples` (writes into `samples/`), or give a
//! folder: `cargo run --example samples -- /tmp/out`.
//!
//! The text is exactly the seeds' (HTML fragments, `Gr`, `G/A`, the Cyrillic
//! `А` at `'Priority 1'!F12`, typos and all). Layout decisions the text
//! exports do not record: each preamble paragraph is its own cell; the seed
//! 000 rows F–I, which the export printed as a separate table without the
//! focus-area column, continue the same table; Priority 1's period headers are
//! text, the other two are real date cells formatted `mmm-yy`; Priority 1's
//! status cells are hand-filled in the RAG colours, the others are not. In
//! the WSoA, each paragraph of the introduction is a row of the cover sheet
//! and each line of the plan a row (blank lines kept). In the implementation
//! plan, the text export's `-----` separator line is left out.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

struct Row {
    /// 1-based, as Excel shows it.
    row: u32,
    /// 0-based column of the first cell.
    col: u16,
    cells: &'static [&'static str],
}

struct SheetSpec {
    name: &'static str,
    /// Write the period header row as date cells (`mmm-yy`) instead of text.
    date_periods: bool,
    /// Fill the status cells in their RAG colour, as officers do by hand.
    fill_statuses: bool,
    /// 1-based row of the period labels (0: none).
    period_row: u32,
    /// Merged ranges in A1 notation.
    merges: &'static [&'static str],
    rows: &'static [Row],
}

struct Sample {
    file: &'static str,
    sheets: &'static [SheetSpec],
}

const PRIORITY_1: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &[
            "Priority 1: Leaders in education, health and social care have not worked together to organise roles and responsibilities, establish a united vision and strategic plan, communicate effectively, drive improvement or share what works well.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "Overall Status of the Priority Area Blue - outcomes agreed, and embedded and being delivered Red - Work in progress or not started and there are concerns that the outcomes may not be delivered in time, Amber - Work in progress, and expected to be completed in time for the outcomes to be delivered by the date in the plan. Green - Completed. Grey - work not started but there are no concerns that outcomes may not be delivered.",
        ],
    },
    Row {
        row: 2,
        col: 0,
        cells: &[
            "Vision for the future: Develop a clear Governance Structure which ensures active collaboration, strategic development and joint operations in relation to local area SEND provision between Health, Social Care, Education, schools, children, young people and their families",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "G",
        ],
    },
    Row {
        row: 3,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Progress Red - Delayed Amber - In progress Green - Completed Grey - not yet started",
            "",
            "",
            "",
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See PR 1 Position Statement)",
        ],
    },
    Row {
        row: 4,
        col: 4,
        cells: &["Dec-19", "Jan-20", "Apr-21", "Dec-21"],
    },
    Row {
        row: 5,
        col: 0,
        cells: &[
            "1.1 Roles and responsibilities to drive improvement",
            "A. Co-produce and clearly define accountability and responsibility descriptors for each layer of the Governance structure including a review of membership.",
            "Tim Moss/Lynn Tolley",
            "SEND Inslusion & Partnership Group (IPG) ToR & minutes demonstrate clear accountability and a culture of challenge",
            "G",
            "G",
            "G",
            "G",
            "Feb 2021: Several sub groups, inc Joint Comm and EHCP, have reviewed their ToR inc membership, and delivery plans. Apr 2021: Sub group chairs (Mng Group) to attend meetings of the SEND IPG",
            "Written Statement of Action (WSoA) (monitoring report) WSoA Presentation (SIPG) SEND Governance structure Sub Group Status Reports WSoA (Position Statements) WSoA (Positive Practice examples)",
        ],
    },
    Row {
        row: 6,
        col: 1,
        cells: &[
            "B. Co-produce a comprehensive Performance Framework to ensure strategic governance is effective and accountabilities are clear.",
            "Lynsey Bissell",
            "Performance reports produced, at least termly, demonstrating a culture of challenge and accountability.",
            "G",
            "G",
            "G",
            "G",
            "Feb 2021: Monthly performance (SEND) presented to SEND IPG",
            "Performance Reports to SIPG Performance Framework Power BI Reports (Screen shots)",
        ],
    },
    Row {
        row: 7,
        col: 1,
        cells: &[
            "C. Establish SEND sub-groups which report (to the IPG) and ensure pace of change.",
            "Tim Moss/Lynn Tolley",
            "Sub-groups and agreed reporting structures are in place and linked to service development plans.",
            "G",
            "G",
            "G",
            "G",
            "Feb 2021: Early Years Sub Group currently being chaired by Emma Dodd (Sn EP) and taking a lead on the group's joint focus of Early Years and SEND, reporting to the EYAB and to the management group, which then reports to the S&IPG. plan at next meeting * Transition guidance document developed •Develop links with SEND locality hubs •Develop work on case studies",
            "As above",
        ],
    },
    Row {
        row: 8,
        col: 1,
        cells: &[
            "D. Establish appropriate resources and capacity across the partnership to include: i. LA permanent Lead for Education ii. LA permanent Head of Vulnerable Learners iii. CCG Children's Commissioner iv. Project management secured to support the development and implementation of the action plans",
            "Tim Moss/Lynn Tolley",
            "Strategic lead posts recruited to and driving implementation of action plans",
            "G",
            "G",
            "G",
            "G",
            "Dec 2021: Following Children's Transformtion (Oct 2021), a new Head of SEND has been appointed.",
            "SEND IPG Mins",
        ],
    },
    Row {
        row: 9,
        col: 1,
        cells: &[
            "Local area continues to explore good practice and national research to influence developments",
            "Tim Moss/Lynn Tolley",
            "SEND IPG mins and feedback from service areas. WSoA Positive Practice examples recieved and in EB.",
            "A",
            "G",
            "G",
            "G",
            "",
            "SEND IPG Mins WSoA Positive Practice examples",
        ],
    },
    Row {
        row: 11,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Progress Red - Delayed Amber - In progress Green - Completed Grey - not yet started",
            "",
            "",
            "",
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See PR 1 Position Statement)",
        ],
    },
    Row {
        row: 12,
        col: 0,
        cells: &[
            "1.2 United vision and strategic planning to drive improvement",
            "A. Develop and agree a shared SEND JSNA. Use our needs analysis intelligence to inform commissioning, policy and practice.",
            "Wendy Tompson",
            "JSNA meeting minutes, policies and practice guidance",
            "A",
            "\u{0410}",
            "G",
            "G",
            "Feb 2021: Joint Comm sub group report is ongoing Apr 21: NM reported that JSNA is responsibility of JC Group and monitored via the ongoing JC Action Plan. Dec 2021: SEND JSNA completed (See link in Priority 4 Position Statement)",
            "JSNA (SEND focus) Position Statement 4 (EHC)",
        ],
    },
    Row {
        row: 13,
        col: 1,
        cells: &[
            "B. Undertake a SEND consultation to identify essential elements of partnership for the SEND Strategy.",
            "N/A",
            "Consultation information is used to inform SEND Strategy.",
            "A",
            "A",
            "G",
            "G",
            "Feb 2021: Completed",
            "SEND Strategy Consultation report",
        ],
    },
    Row {
        row: 14,
        col: 1,
        cells: &[
            "C. Co-produce a SEND Strategy that includes: i. Defined aspirations and high expectations ii. A Special School's Strategy iii. Protocols that align commissioning and where appropriate jointly commission, especially around children in educational settings with complex health needs iv. A review of resources and capacity of the SEND Assessment team with particular emphasis on transition and vulnerable groups. v. A review of resources and capacity of specialist services to enable full participation in the graduated response and the EHCP process",
            "Tim Moss/Lynn Tolley",
            "Meetings in districts contribute to the co-production inc Headteachers and Academy CEOs Strategy approved by SEND IPG.",
            "A",
            "A",
            "G",
            "G",
            "Feb 2021: Completed (See SEND Strategy)",
            "SEND Stategy SEND IPG Mins SEND SEF",
        ],
    },
    Row {
        row: 15,
        col: 1,
        cells: &[
            "D. Roll out and dissemination of the SEND Strategy",
            "Tim Moss/Lynn Tolley",
            "Action plan to implement the SEND Strategy is in place",
            "A",
            "A",
            "G",
            "G",
            "See SEND Strategy",
        ],
    },
    Row {
        row: 16,
        col: 0,
        cells: &[
            "1.3 Effective communication to drive improvement",
            "A. Sub-group to co-produce a Communication strategy that includes i. A process for gathering the voice of the child ii. Use of digital platforms, information sharing",
            "Tim Moss/Lynn Tolley",
            "SEND Strategy is approved by the SEND IPG.",
            "A",
            "A",
            "G",
            "G",
            "",
            "Early Help TAC Principles adopted by SEND",
        ],
    },
];

const PRIORITY_2: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &[
            "<p>Priority 2: Aspirations and expectations for children and young people are not routinely high enough.</p> <p>This priority is embedded within the other priorities within the Written Statement of Action. Co-production with parents and carers will increase at all levels from the development of high level strategies, to undertaking policy and provision reviews, to young person level assessment and planning. It will introduce challenge, explore higher aspirations and enable reflection on current practice, attitude and approach.</p>",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "<p>Overall Status of the Priority Area Blue - outcomes agreed, and embedded and being delivered Red - Work in progress or not started and there are concerns that the outcomes may not be delivered in time, Amber – Work In progress, and expected to be completed in time for the outcomes to be delivered by the date in the plan. Green - Completed. Grey - work not started but there are no concerns that outcomes may not be delivered.</p>",
        ],
    },
    Row {
        row: 2,
        col: 0,
        cells: &[
            "<p>Vision for the future: To provide mechanisms that help providers to implement the C&F Act/ CoP/ Staffordshire SEND Strategy. This priority is embedded within each of the other priority areas.</p>",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "G/A",
        ],
    },
    Row {
        row: 3,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead October",
            "Evidence (Impact)",
            "Progress Red - Delayed Amber – In progress Green - Completed Grey - not yet started",
            "",
            "",
            "",
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See PR 2 Position Statement)",
        ],
    },
    Row {
        row: 4,
        col: 4,
        cells: &["Dec-19", "Jan-20", "Apr-21", "Dec-21"],
    },
    Row {
        row: 5,
        col: 0,
        cells: &[
            "Ref - 1.1 Roles and responsibilities to drive improvement",
            "A. Co-produce and clearly define accountability and responsibility descriptors for each layer of the Governance structure including a review of membership.",
            "Tim Moss/ Lynn Tolley",
            "SEND Inclusion & Partnership Group (IPG) ToR & minutes demonstrate clear accountability and a culture of challenge",
            "G",
            "G",
            "G",
            "G",
            "<p>Feb 2021: Several sub groups, inc Joint Comm and EHCP, have reviewed their ToR inc membership, and delivery plans.</p> <p>Apr 2021: Sub group chairs (Mng Group) to attend meetings of the SEND IPG</p>",
            "<p>1. Written Statement of Action (WSoA) (monitoring report)</p> <p>2. WSoA Presentation (SIPG)</p> <p>3. SEND</p>",
        ],
    },
    Row {
        row: 6,
        col: 0,
        cells: &[
            "Ref -1.2 United vision and strategic planning to drive improvement",
            "C. Co-produce a SEND Strategy that includes: i. Defined aspirations and high expectation",
            "SCM SEND",
            "<p>Meetings in districts contribute to the co-production inc Headteachers and Academy CEOs</p> <p>Strategy approved by SEND IPG.</p>",
            "A",
            "A",
            "G",
            "G",
            "Feb 2021: Completed (See SEND Strategy)",
            "<p>SEND Strategy</p> <p>SEND IPG Mins</p> <p>SEND SEF</p>",
        ],
    },
    Row {
        row: 7,
        col: 0,
        cells: &[
            "Ref -3.1 Co-production is strong across the local area",
            "F. Through a TAC principle, all stakeholders engaged in the development and review of plans including children in care, which include aspirational outcomes through the EHCP Portal.",
            "Head od SEND/ Dorne Collinson",
            "<p>Greater parent/carers satisfaction.</p> <p>EHCPs reflect a full description of the CYP SEN and any health and social care needs</p>",
            "A",
            "A",
            "G",
            "G/A",
            "<p>Apr 2021: EHC Sub group have flagged this as Amber and the following progress has been reported: 1. Quality standards for the assessment pathway have been developed and approved. 2. Positive engagement of partnership with electronic EHCP Hub. 3. Central Panel for the EHCNA has been established with multi agency involvement.</p>",
            "<p>1. Quality Standards document</p> <p>2. EHC sub group ToR</p> <p>3. EHC status reports/action plan</p>",
        ],
    },
    Row {
        row: 8,
        col: 0,
        cells: &[
            "Ref - 3.3 The local area's relationships with education providers are productive and meaningful.",
            "C. In partnership with CEOs/HTs/ Education leaders, develop a protocol to embed the NASEN SEND review standards or equivalent to provide peer to peer support and challenge between education providers incorporated within a QA framework. Broker use of SEND peer reviewers to enable the peer reviews of SEND.",
            "Chris Rogers",
            "Provider level data for SEND is used by education providers and partners in providing support and challenge to local area schools and settings to raise expectations",
            "A",
            "A",
            "G",
            "G",
            "<p>Feb 2021: GR sub group report this as amber. Audits are available via the GR tool-kit. Discussions with NASEN are ongoing. Regular meetings with SENCOs, HTs and Special School Heads are in place. District Hubs are in place and attended by specialist support services.</p> <p>Apr 2021: Implemented the Whole School SEND/NASEN project with support from DfE and national and regional leaders.</p> <p>May 2021: All ISPGs established, membership under review. Further NASEN training and implementation of audits being rolled out. Evidence from SENCO network meetings highlighted the positive impact of the NASEN materials. District hub developments include: ~ financial and commissioning arrangements finalised and shared with professionals and schools ~ Plan to provide prompts for discussion and points to consider related to data and PowerBi ~ needs analysis taking place to establish existing provision and any</p>",
            "Position Statement (GR)",
        ],
    },
    Row {
        row: 10,
        col: 0,
        cells: &[
            "Ref - 4 EHC plans are effective in identifying and addressing the holistic needs of CYP They are understandable to parents and have clear, smart outcomes",
            "D. Develop a co-produced QA process and agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually.",
            "Lynsey Bissell/Cathy Morris",
            "EHCP assessments use child centred approaches, transparent decision making processes with clear lines of governance involving education, health and social care. Reports by the assessment and planning group formally delivered at SPG",
            "R",
            "G",
            "G",
            "G",
            "<p>Oct 2019: DCOs have developed a QA Standards to guide review of the health element of EHCPs and ensure consistency of checks. Additional step in process made to request all health service reports that have contributed to informing the assessment are sent with draft EHCPs to enable QA process. Over time, this will allow DCOs to target areas/services that require further training or support in providing information that informs development of the EHCP.</p> <p>Jan 2020: QA documents completed and will go through the SEND IPG for approval. Feb 2021: See [4a above]</p> <p>December 2021: Co-Produced multiagency standards developed and signed off, approved by SEND and Inclusion Partnership. Published on Local Offer. Pilot Planned for multi agency auditing in January 2022. Co-produced Partnership Framework planned to be launched April 2022.</p>",
            "As above",
        ],
    },
    Row {
        row: 11,
        col: 0,
        cells: &[
            "Ref - 5 Arrangements for the review of the children and young people's needs at transition points between key stages, from one phase of education to another and then into employment/work readiness and independence are effective.",
            "C. Co-produce with education providers good practice guidance for protocols of effective transitions between phases and education providers.",
            "Julia Anderson",
            "Agreed protocols and guidance documents are approved by the SPG Transition standards, good practice guidance and agreed protocols are published on the Local Offer web-site.",
            "A",
            "A",
            "A",
            "G",
            "<p>Feb 2021: EYs Transition survey to schools, parents and EYs settings completed and summary of findings undertaken. SALT communication pathway in development and prototype for interactive pathway also developed (Req. for EB). Early Outcomes fund project has finished, but SCC continuing for another 12 months. New EYFS levels due to be in place by Sept 2021 - 1/3 of SCC reception/nursery classes are early adopters. EY's GR is in place, but concerns that settings may not be aware of it so information to be sent again. Two year-old progress check workshop taking place in Nov 2021. Three issues to be discussed 1. consistent format 2. sharing information electronically 3. quality of information shared.</p> <p>Case studies to be undertaken: 1. Looking at joined up working across health and education and highlighting any issues. 2. Looking at EHC requests in reception for children known to EYF. 3. Exclusion in KS1. Graduated Response sub group report that principles have been drafted and shared with IPG Group. Awaiting direction on further requirements. GR Sub group also report that transition needs are now discussed at District Hubs and that the guidance is in progress. December 2021: Principles in place. Transition projects in place across EY/Primary/ Middle and Secondary school. These continue to be rolled out and embedded into practice.</p>",
            "<p>1. Pfa Guidance (2021)</p> <p>2. Transitions Principles (2021)</p> <p>3. Pfa Standard</p> <p>4. Early Years' Questionnaire summary</p>",
        ],
    },
    Row {
        row: 12,
        col: 1,
        cells: &[
            "F. Review the EHCP outcomes for post 16 students to ensure that they demonstrate aspirations, progression and independence, making best use of advice and guidance within the Pfa outcomes framework.",
            "Cathy Morris/Lynsey Bissell",
            "EHCP Audit and Analysis",
            "A",
            "A",
            "A",
            "A",
            "<p>Apr 2021: SEND Assessment Team temp Focus Group (Phase Transfers/post 16) to improve quality of EHCPs December 2021: Agreed that review will link with the Audit process to ensure all aspects of quality are considered as one.</p>",
            "<p>1. Positive Practice eg (Transitions) 2.</p>",
        ],
    },
    Row {
        row: 13,
        col: 0,
        cells: &[
            "Ref - 6 A transparent, informative and effective Graduated Response supports, challenges and develops an understanding of inclusive practice.",
            "E. Co-produce with HTs and SENCOs good practice guidance on supporting CYP at risk of exclusion",
            "Karl Hobson",
            "The number of fixed term and permanent exclusions of CYP with SEND is reducing and is lower than all pupils nationally",
            "A",
            "A",
            "A",
            "A",
            "SEE 6E",
        ],
    },
    Row {
        row: 14,
        col: 1,
        cells: &[
            "F. Review expectations in attendance and inclusion policy, with reference to permanent exclusion.",
            "Karl Hobson",
            "The number of fixed term and permanent exclusions of CYP with SEND is reducing and is lower than all pupils nationally",
            "A",
            "A",
            "A",
            "A",
            "SEE 6F",
        ],
    },
];

const PRIORITY_7: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &[
            "Priority 7: The oversight of improvement work in schools, alternative provision and the independent sector is weak.",
        ],
    },
    Row {
        row: 2,
        col: 0,
        cells: &[
            "Overall Status of the Priority Area\nBlue - outcomes agreed, and embedded and being delivered\nRed - Work in progress or not started and there are concerns that the outcomes may not be delivered in time,\nAmber – Work In progress, and expected to be completed in time for the outcomes to be delivered by the date in the plan.\nGreen - Completed.\nGrey - work not started but there are no concerns that outcomes may not be delivered.",
        ],
    },
    Row {
        row: 3,
        col: 0,
        cells: &[
            "Vision for the future: There is effective oversight of improvement work in schools, alternative provision and the independent sector",
        ],
    },
    Row {
        row: 4,
        col: 0,
        cells: &["G/A"],
    },
    Row {
        row: 5,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Progress Red - Delayed Amber – In progress Green - Completed Grey - not yet started",
            "",
            "",
            "",
            "Sub Group Action to date (Implementation)",
            "EVIDENCE (See PR 7 Position Statement)",
        ],
    },
    Row {
        row: 6,
        col: 4,
        cells: &["Dec-19", "Jan-20", "Apr-21", "Dec-21"],
    },
    Row {
        row: 7,
        col: 0,
        cells: &[
            "[7] There is effective oversight of improvement work in schools, alternative provision and the independent sector",
            "A. With CEOs/ HTs/ education leaders develop the strategic plan to roll out the SEND system within a locality district model.",
            "Chris Rodgers",
            "New SEND system and local governance arrangements are operational and 95% of governing bodies approve and sign a local area working agreement",
            "A",
            "A",
            "A",
            "G",
            "SEE 6H",
            "1. SEND Strategy 2. SEND Strategy Update 3. SEND Governance Structure 4. SEND IPG Mins 5. PCF resources 6. Joint Comm Action Plan",
        ],
    },
    Row {
        row: 8,
        col: 1,
        cells: &[
            "B. Develop agreed local area working arrangements including district governance to devolve decision making and accountability.",
            "Chris Rogers/Paul a Ricketts",
            "Schools report greater knowledge of local services and confidence about meeting SEND needs",
            "A",
            "G",
            "G",
            "G",
            "SEE 6I",
        ],
    },
    Row {
        row: 9,
        col: 1,
        cells: &[
            "C. Implement district governance arrangements involving all education providers to devolve decision making and accountability.",
            "Chris Rogers/Paul a Ricketts",
            "Improved educational, health and social care outcomes for CYP with EHCPs",
            "A",
            "A",
            "G",
            "G",
            "SEE 6I",
        ],
    },
    Row {
        row: 10,
        col: 1,
        cells: &[
            "D. Implement a transparent, informative and effective Graduated Response to support, challenge and develop an understanding of what good support looks.",
            "Julia Anderson/Jo Ward",
            "The SEND support registers identify children early. Provider level data for SEND is used by education providers and partners in providing support and challenge to local area schools and settings. Schools have been provided with information that enables them to compare SEND performance and outcomes with other Staffs schools",
            "G/A",
            "G",
            "G",
            "G",
            "SEE 6B",
            "",
            "See Graduated Response evidence inc Position Statement (Priority 6)",
        ],
    },
    Row {
        row: 11,
        col: 1,
        cells: &[
            "E. In partnership with CEOs and HTs, develop a protocol to embed the NASEN SEND review standards or equivalent to provide peer to peer challenge. Broker use of SEND peer reviewers to enable the peer reviews of SEND.",
            "Chris Rodgers",
            "Schools have been provided with information that enables them to compare SEND performance and outcomes with other Staffordshire schools",
            "A",
            "A",
            "G",
            "G",
            "SEE 3.1 C <b>Apr 2021:</b> Implemented the Whole School SEND/NASEN project with support from DfE and national and regional leaders.",
            "",
            "As above",
        ],
    },
    Row {
        row: 12,
        col: 1,
        cells: &[
            "F. Agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually",
            "Cathy Morris/ Lynsey Bissell",
            "EHCP assessment use child centred approaches, transparent decision making processes with clear lines of governance involving education, health and care",
            "R",
            "G",
            "G",
            "G",
            "SEE 4D",
            "See EHC evidence inc Position Statement (Priority 4)",
        ],
    },
    Row {
        row: 13,
        col: 1,
        cells: &[
            "G. Through the EHCP assessment & planning task group, conduct multi-agency audit and report findings and implications to the SEND IPG. <i>Information being rolled out through Power BI</i>",
            "Lynsey Bissell/ Cathy Morris",
            "Multi agency audit report published on the local offer",
            "R",
            "G",
            "G",
            "G/A",
            "Feb 2021: See [4b/d] Apr 2021: EHCP dashboard shows the current performance, which is monitored weekly to measure any trends emerging.",
            "1. MA Audit Tool (see Local Offer website)",
        ],
    },
    Row {
        row: 14,
        col: 1,
        cells: &[
            "H. Commission quality assurance and monitoring of contracts through visits and attendance at annual reviews in schools, AP and independent settings",
            "Lesley Calverly",
            "District Model Contract management of Independent Schools and AP Commissioning of AP through the DPS with clear a specification, checks, monitoring and oversight APP annual review report PRU KPI Report QA visits of AP undertaken by Entrust Summary of Behaviour Audits",
            "A",
            "A",
            "A",
            "G/A",
            "Sept 2019: Termly pupil and standards QA visits in residential special schools has been commissioned Oct 2019: QA visits have been commissioned in AP settings through Entrust. This needs to be extended to PRUs. Additional capacity being requested to deliver this. Jan 2020: Annual SIP visits now funded within our maintained PRUs September 2020: Independent schools scrutiny through robust contract management December 2021: QA visits in place across AP. Independent schools contract management has improved relationships and maintained positive outcomes. EHCP Quality Standards audit developed to promote consistency and improve quality in preparing and issuing EHCPs and",
            "1. SEND Joint Comm Plan",
        ],
    },
    Row {
        row: 15,
        col: 1,
        cells: &[
            "I. Undertake biennial reviews of local area provision",
            "Carolyn Knight",
            "Sufficiency Strategy",
            "Gr",
            "Gr",
            "A",
            "G",
            "Oct 2019: L&G sub group reporting this work not due to be started. Jan 2020: . An update required from Head of Education in Local Authority December 2021: Draft Sufficiency Strategy developed for approval by the SEND and",
            "1. SEND Joint Comm Plan (EB)",
        ],
    },
];

const INTRODUCTION: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &["Local Area SEND Inspection Staffordshire"],
    },
    Row {
        row: 2,
        col: 0,
        cells: &["Written Statement of Action"],
    },
    Row {
        row: 3,
        col: 0,
        cells: &["April 2019"],
    },
    Row {
        row: 4,
        col: 0,
        cells: &["Introduction"],
    },
    Row {
        row: 5,
        col: 0,
        cells: &[
            "Staffordshire was inspected by OFSTED and CQC in November 2018 to judge the effectiveness of the area in implementing the special educational needs and disability (SEND) reforms as set out in the Children and Families Act 2014.",
        ],
    },
    Row {
        row: 6,
        col: 0,
        cells: &[
            "This action plan sets out how Staffordshire County Council and the Clinical Commissioning Group (CCG) will work together with partners, parents/carers and young people and with school leaders, to improve outcomes for children and young people with special educational needs and or disabilities (SEND). It is expected that this plan will support the collective drive for improvement.",
        ],
    },
    Row {
        row: 7,
        col: 0,
        cells: &[
            "Co-production across the system, with all partners and stakeholders, needs to be the norm and the collective ambition is that this will be achieved at all levels across the system. Leaders in education, health and care have not worked together to organise roles and responsibilities, establish a united vision and strategic plan, communicate effectively to drive improvement or share what works well. Indeed, parents feel that the local area does not listen to them or their child and they feel that the 'tell it once' approach is not embedded. There is a sense that aspirations and expectations for children and young people are not high enough and there is little confidence in the local area's relationships with schools and families which are fragile.",
        ],
    },
    Row {
        row: 8,
        col: 0,
        cells: &[
            "The quality of Education Health and Care plans (EHCP) is poor and practitioners do not contribute to the process effectively. The annual reviews of EHCP's are often not completed on time or do not contribute effectively to reassess the child's support or needs. Similarly transition points between key stages in education and from one phase of education to another is weak. As a result, children and young people are often not prepared for the next stage of learning, training or adulthood.",
        ],
    },
    Row {
        row: 9,
        col: 0,
        cells: &[
            "A wide range of leaders and families raised concerns about the quality of the graduated response and the spirit of inclusion across Staffordshire's education system. The oversight to drive further improvements in schools, alternative provision and the independent sector is weak. Children, young people and their families do not yet have access to the right help and support and arrangements for accessing some services are confusing and complicated.",
        ],
    },
    Row {
        row: 10,
        col: 0,
        cells: &[
            "This action plan sets out how our local area will work together with partners, parents/carers and young people and with school leaders, to improve outcomes for children and young people with special educational needs and/or disabilities (SEND). It is the document for driving forward the improvement.",
        ],
    },
    Row {
        row: 11,
        col: 0,
        cells: &["DRAFT"],
    },
    Row {
        row: 12,
        col: 0,
        cells: &["Helen Riley"],
    },
    Row {
        row: 13,
        col: 0,
        cells: &["Deputy CEO SCC"],
    },
    Row {
        row: 14,
        col: 0,
        cells: &["Marcus Warnes"],
    },
    Row {
        row: 15,
        col: 0,
        cells: &["Accountable Officer CCG"],
    },
    Row {
        row: 16,
        col: 0,
        cells: &["SEND Governance Model"],
    },
    Row {
        row: 17,
        col: 0,
        cells: &[
            "The developments have been structured into four key phases of development to ensure that improvements and impact are delivered at pace as well as developing an accountable and self-sustaining improvement system.",
        ],
    },
    Row {
        row: 18,
        col: 0,
        cells: &[
            "Assess - Confirm through consultation with those key stakeholders how coproduction and partnership working will be achieved",
        ],
    },
    Row {
        row: 19,
        col: 0,
        cells: &["Plan - Jointly develop a case for change"],
    },
    Row {
        row: 20,
        col: 0,
        cells: &["Do - Implementation"],
    },
    Row {
        row: 21,
        col: 0,
        cells: &[
            "Review - continuous cycle of improvement and evaluation of our new delivery model.",
        ],
    },
    Row {
        row: 22,
        col: 0,
        cells: &[
            "The governance diagram sets out the structures for reporting and monitoring of the progress of the Written Statement of Action.",
        ],
    },
    Row {
        row: 23,
        col: 0,
        cells: &[
            "The SEND Partnership Group will ensure the timely production of reports from subgroups that will highlight progress, barriers and potential risks. The SEND Partnership Group will review the reports and will be able to seek clarification from subgroup leads on specific issues.",
        ],
    },
    Row {
        row: 24,
        col: 0,
        cells: &[
            "The Family Strategic Partnership Board (FSPB) includes senior representatives from Staffordshire Commissioner's Office, Police, Fire, Voluntary and Community Sector (VCS), Local Authorities (including County/District/Boroughs), NHS England, Clinical Commissioning Groups and Education colleagues. The Partnership works on behalf of the Health and Wellbeing Board and closely with the Children's Safeguarding Board.",
        ],
    },
    Row {
        row: 25,
        col: 0,
        cells: &[
            "Through the Children's Improvement Board, the Lead Elected Member for Children's Services will meet to interrogate progress in the Written Statement of Action and explore any specific issues of concern. Update reports will be taken to scrutiny and cabinet following a quarterly cycle for the first 12 months.",
        ],
    },
    Row {
        row: 26,
        col: 0,
        cells: &[
            "CCG Governing Bodies meet XX monthly and progress reports will be prepared and presented by executive officers who attend the FSPB.",
        ],
    },
    Row {
        row: 27,
        col: 0,
        cells: &[
            "Termly reports will be prepared by the Director of Families and Communities and the Accountable Officer for the CCGs, for publication on the Local Offer web-site, and for Local Area Partners' own web-sites.",
        ],
    },
    Row {
        row: 28,
        col: 0,
        cells: &[
            "Confirm through consultation, with those key stakeholders, a collective view of what co-production means and what partnership working will achieve",
        ],
    },
];

const WRITTEN_STATEMENT: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &["Priority 1"],
    },
    Row {
        row: 2,
        col: 0,
        cells: &[
            "Leaders in education, health and social care have not worked together to organise roles and responsibilities, establish a united vision and strategic plan, communicate effectively, drive improvement or share what works well.",
        ],
    },
    Row {
        row: 4,
        col: 0,
        cells: &["Milestone"],
    },
    Row {
        row: 5,
        col: 0,
        cells: &[
            "Develop a clear, transparent and compelling Governance Structure which ensures active collaboration within strategy and operation issues from Health, Care and Education, schools, children, young people and their families",
        ],
    },
    Row {
        row: 7,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress Red Amber Green",
        ],
    },
    Row {
        row: 8,
        col: 0,
        cells: &[
            "1.1 Roles and responsibilities to drive improvement",
            "<ul style=\"list-style-type: none\"> To have co-produced and clearly defined accountability and responsibility descriptors for each layer of the governance structure. To co-produce a comprehensive performance framework to ensure that strategic governance can be effective and accountabilities are clear Formulate sub groups of SEND partnership group as appropriate to ensure accelerated pace of change Establish appropriate resources and capacity across the partnership to include: LA permanent Lead for Education LA permanent Head of Vulnerable Learners CCG defined increase strategic capacity Local area continues to explore areas of good practice and national research to influence developments ",
            "DCS/ CCG lead",
            "<p>SEND partnership board/ FSPB ToRs. Minutes demonstrate a culture of challenge Performance reports produced at least termly.</p> <p>Sub groups in place and agreed reporting structures are in place and clearly linked to</p>",
            "<p>Aug 19</p> <p>Aug 19</p>",
        ],
    },
    Row {
        row: 10,
        col: 3,
        cells: &[
            "<p>service development plans</p> <p>SEND partnership board minutes and feedback from service areas</p> <p>Report back to SEND partnership board</p>",
            "Sept 19",
        ],
    },
    Row {
        row: 11,
        col: 0,
        cells: &[
            "1.2 United vision and strategic planning to drive improvement",
            "<ul style=\"list-style-type: none\"> • Coproduce a SEND Strategy • Coproduce a Special Schools Strategy • Develop joint commissioning protocols, especially around children in educational settings with complex health needs • Intelligently use our needs analysis to inform commissioning, policy and practice ",
            "",
            "Strategy is endorsed and implemented",
            "Jan 2020",
        ],
    },
    Row {
        row: 12,
        col: 0,
        cells: &[
            "1.3 Effective communication to drive improvement",
            "<ul style=\"list-style-type: none\"> • Coproduce a communication strategy ",
            "",
            "Strategy is approved",
            "July 19",
        ],
    },
    Row {
        row: 14,
        col: 0,
        cells: &["Priority 2"],
    },
    Row {
        row: 16,
        col: 0,
        cells: &[
            "Aspirations and expectations for children and young people are not routinely high enough.",
        ],
    },
    Row {
        row: 18,
        col: 0,
        cells: &["Milestone"],
    },
    Row {
        row: 20,
        col: 0,
        cells: &[
            "To provide mechanisms that help providers to implement the CoP/ Staffordshire SEND Strategy. This priority is embedded within each of the other priority areas.",
        ],
    },
    Row {
        row: 22,
        col: 0,
        cells: &["DRAFT"],
    },
    Row {
        row: 24,
        col: 0,
        cells: &["Priority 3"],
    },
    Row {
        row: 25,
        col: 0,
        cells: &[
            "Co-production is weak. Parents feel that the local area does not listen to them or their child. The ‘tell it once’ approach is not embedded. The local area’s relationships with schools and families are fragile.",
        ],
    },
    Row {
        row: 27,
        col: 0,
        cells: &["Milestone"],
    },
    Row {
        row: 28,
        col: 0,
        cells: &[
            "Parents state that the local area listens to them or their child. The ‘tell it once’ approach is embedded. The local area’s relationships with schools and families are productive and meaningful which results in strong coproduction.",
        ],
    },
    Row {
        row: 30,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 31,
        col: 0,
        cells: &[
            "3.1 Co-production is strong across the local area",
            "<ul style=\"list-style-type: none\"> Explore how the Integrated Care Programme includes SEND to enhance coproduction. Transparent, informative and effective Graduate Response to support, challenge and develop an understanding of what good looks like. Embed the NASEN SEND review standards to provide peer to peer challenge. The relaunch of the Local Offer provides clear signposting of provision. A systemic review of processes through graduated response through to EHCP assessment and review. LAC Initial and Review Health Assessments are consistently integrated within the SEND assessment process. Through a team around the child principle all stakeholders are engaged in the development and review of plans. ",
            "HoE/ CCG commissioner/ CSC lead",
            "<p>The Graduated Response is developed with stakeholders, parents and young people, and available on the Local Offer</p> <p>Reduction in complaints in the number of SEND tribunals</p> <p>EHCPs reflect a full description of the CYP SEN and any health and social care needs</p>",
            "July 19",
        ],
    },
    Row {
        row: 33,
        col: 0,
        cells: &[
            "<p>3.2 Parents/ carers and families state that the local area listens to them or their child. The 'tell it once' approach is embedded.</p>",
            "<ul style=\"list-style-type: none\"> • The graduated response provides access to information from different providers • Confirm the terms of reference for the existing parent groups and how they effectively support the coproduction of SEND systems and processes • Fully engage with existing CYP forums and how they effectively support the coproduction of SEND systems and processes. • Through a team around the child principle all stakeholders are engaged in the development and review of plans. ",
            "",
            "<p>Improved satisfaction rates and reduction in complaints and tribunals</p> <p>EHCPs establish and record the views, interests and aspirations of the CYP and parent/carer</p>",
            "<p>Sept 19</p> <p>Oct 19</p> <p>Jan 2020</p>",
        ],
    },
    Row {
        row: 34,
        col: 0,
        cells: &[
            "<p>3.3 The local area's relationships with education providers are productive and meaningful.</p>",
            "<ul style=\"list-style-type: none\"> • Education providers are fully engaged in the development and roll out of the SEND system • Implement district governance arrangements to devolve decision making and accountability. • Embed the NASEN SEND review standards to provide peer to peer support. ",
            "",
            "<p>New SEND system and local governance arrangements are operational</p> <p>provider level data for SEND is used by schools and partners in providing support and challenge to local area schools and settings</p>",
            "<p>April 19 – April 2020</p>",
        ],
    },
    Row {
        row: 36,
        col: 0,
        cells: &[
            "<p>Priority 4 The quality of EHC plans is poor. Health and social care workers do not contribute to the process effectively. The targets and outcomes in the plans are not aspirational enough. The annual reviews of EHC plans are often not completed on time or do not contribute effectively to the review of the children and young people’s needs and the support and help they receive.</p>",
        ],
    },
    Row {
        row: 37,
        col: 0,
        cells: &[
            "<p>Milestone EHC plans are effective in identifying and addressing the holistic needs of CYP. The targets and outcomes in the plans are aspirational and have high expectations</p>",
        ],
    },
    Row {
        row: 39,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 40,
        col: 0,
        cells: &[
            "4 EHC plans are effective in identifying and addressing the holistic needs of CYP",
            "<ul style=\"list-style-type: none\"> • Agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually. • Support the increased uptake of annual health checks by inclusion within the CCG Universal Offer to GPs. • Provide CPD opportunities for multi-agency professionals (including education providers) focused on effective person-centred planning and outcomes. • Through a team around the child principle agree the relationship between TACAF/ PEP / EHCP record keeping and meetings. • Review resources and capacity of specialist services as part of the graduated response and the EHCP process ",
            "HoVL/ DCOs",
            "<p>EHCP assessments use child centred approaches, transparent decision making processes with clear lines of governance involving education, health and care.</p> <p>Improved educational, health and social care outcomes for CYP with EHCPs</p> <p>Parents/carers report increasing levels of satisfaction with the SEND services in the local area.</p>",
            "<p>Apr 19- Jul 19</p> <p>Jan 2020</p> <p>May 19</p>",
        ],
    },
    Row {
        row: 42,
        col: 0,
        cells: &[
            "<p>Priority 5 The review of the children and young people’s needs at transition points between key stages in education and from one phase of education to another is weak. As a result, children and young people are often not prepared for the next stage of learning, training or adulthood.</p>",
        ],
    },
    Row {
        row: 43,
        col: 0,
        cells: &[
            "<p>Milestone Arrangements for the review of the children and young people’s needs at transition points between key stages in education and from one phase of education to another are effective.</p>",
        ],
    },
    Row {
        row: 45,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 46,
        col: 0,
        cells: &[
            "<p>Arrangements for the review of the children and young people’s needs at transition points between key stages in education and from one phase of education to another are effective.</p>",
            "<ul style=\"list-style-type: none\"> • Agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually and at the points of transition • Implement recommendations of PFA work stream • Coproduce an agreed protocol of bringing forward annual reviews. ",
            "",
            "<p>EHCP assessments use child centred approaches, transparent decision making processes with clear lines of governance involving education, health and care</p> <p>All parents whose CYP EHCP will be reviewed pending Transition, receive clear information that explains the process and how decisions are made about their child's next phase of education.</p>",
            "<p>Apr 19- Jul 19</p> <p>From Sept 19</p>",
        ],
    },
    Row {
        row: 48,
        col: 0,
        cells: &[
            "<p>Priority 6 A wide range of leaders and families raised concerns about the quality of the graduated response and spirit of inclusion in Staffordshire.</p>",
        ],
    },
    Row {
        row: 49,
        col: 0,
        cells: &[
            "<p>Milestone A transparent, informative and effective Graduate Response supports, challenges and develops an understanding of inclusive practice.</p>",
        ],
    },
    Row {
        row: 51,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 52,
        col: 0,
        cells: &[
            "<p>A transparent, informative and effective Graduate Response supports, challenges and develops an understanding of inclusive practice.</p>",
            "<ul style=\"list-style-type: none\"> Implement a transparent, informative and effective Graduate Response to support, challenge and develop an understanding of what good looks like. Further develop the Graduated Response platform to provide guidance for Early Years and Post 16 education. Embed the NASEN SEND review standards to provide peer to peer challenge including reference to attendance and exclusion of SEND CYP Review expectations in attendance and inclusion policy, with reference to permanent exclusion, and adapt if necessary Education providers are fully engaged in the development and roll out of the SEND system. Implement district governance arrangements to devolve decision making and accountability. ",
            "<p>HoVL</p>",
            "<p>The Graduated Response is developed with stakeholders, parents and young people, and available to all on the Local Offer web-site</p>",
            "<p>Mar 19 onwards</p>",
        ],
    },
    Row {
        row: 53,
        col: 3,
        cells: &[
            "<p>There has been a reduction in the numbers of requests for EHCNAs</p>",
            "<p>Apr 19 – Apr 20</p>",
        ],
    },
    Row {
        row: 54,
        col: 3,
        cells: &[
            "<p>The number of fixed term and permanent exclusions of CYP with SEND is reducing and is lower than all pupils nationally</p>",
        ],
    },
    Row {
        row: 56,
        col: 0,
        cells: &[
            "<p>Priority 7 The oversight of improvement work in schools, alternative provision and the independent sector is weak.</p>",
        ],
    },
    Row {
        row: 57,
        col: 0,
        cells: &[
            "<p>Milestone There is effective oversight of improvement work in schools, alternative provision and the independent sector</p>",
        ],
    },
    Row {
        row: 58,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 59,
        col: 0,
        cells: &[
            "<p>There is effective oversight of improvement work in schools, alternative provision and the independent sector</p>",
            "<ul style=\"list-style-type: none\"> • Education providers are fully engaged in the development and roll out of the SEND system. • Implement district governance arrangements to devolve decision making and accountability. • Implement a transparent, informative and effective Graduate Response to support, challenge and develop an understanding of what good looks. • Embed the NASEN SEND review standards to provide peer to peer challenge and support. • Agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually ",
            "<p>HoE</p>",
            "<p>New SEND system and local governance arrangements are operational</p> <p>Improved educational, health and social care outcomes for CYP with EHCPs</p> <p>EHCP assessments use child centred approaches, transparent decision making processes with clear lines of governance involving education, health and care</p>",
            "<p>Apr 19 – Apr 20</p>",
        ],
    },
    Row {
        row: 61,
        col: 0,
        cells: &[
            "<p>Priority 8 Children and young people and their families do not yet have access to the right help and support. Arrangements for accessing some services are confusing and complicated.</p>",
        ],
    },
    Row {
        row: 62,
        col: 0,
        cells: &[
            "<p>Milestone Children and young people and their families have access to the right help and support. Arrangements for accessing some services are clear and transparent.</p>",
        ],
    },
    Row {
        row: 64,
        col: 0,
        cells: &[
            "Focus Area (Intent)",
            "Actions (Implementation)",
            "Lead",
            "Evidence (Impact)",
            "Date",
            "Progress",
        ],
    },
    Row {
        row: 65,
        col: 0,
        cells: &[
            "<p>Children and young people and their families have access to the right help and support. Arrangements for accessing some services are clear and transparent.</p>",
            "<ul style=\"list-style-type: none\"> • The relaunch of the Local Offer provides clear signposting of provision. • Fully engage with existing CYP forums and how they effectively support the coproduction of SEND systems and processes. • Through a team around the child principle all stakeholders are engaged in the development and review of plans • Agree a joint multi-agency standards and quality assurance framework for EHCPs, to ensure that plans are thorough, comprehensive and detailed, and coproduced within agreed timeframes, and reviewed annually • Review the opportunities for redesigning pathways for CAMHS and ASD services post 18 ",
            "<p>CCG commissioner/ CSC lead</p>",
            "<p>Parents/carers report increasing levels of satisfaction with the SEND services in the local area.</p> <p>EHCPs reflect a full description of the CYP SEN and any health and social care needs</p>",
            "<p>Mar 19</p>",
        ],
    },
];

const IMPLEMENTATION_PLAN: &[Row] = &[
    Row {
        row: 1,
        col: 0,
        cells: &[
            "Strategy for SEN and SEND operations implementation plan April 2017 - March 2018",
        ],
    },
    Row {
        row: 3,
        col: 0,
        cells: &[
            "Priority",
            "Reference",
            "Delivery Objectives",
            "Task and Finish Group",
            "Lead",
            "Group members",
            "Success Measures",
            "Monitoring and Evaluation",
            "Timeframe",
            "Review Impact (RAG)",
        ],
    },
    Row {
        row: 4,
        col: 0,
        cells: &[
            "1",
            "1.1",
            "To develop a monitoring framework for schools to self assess SEND provision with a particular focus on SEN support.",
            "High Need Provision Review",
            "Andy Cooke",
            "Severn Teaching School",
            "1.F: Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.G: Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "Provision across schools mapped and shared via Secondary Heads and Principals group. Parental satisfaction surveys used to evaluate parental confidence in the offer from schools.",
            "September - December",
            "In progress - initial framework now being developed further with schools",
        ],
    },
    Row {
        row: 5,
        col: 1,
        cells: &[
            "1.2",
            "To develop programme of local leaders in specialist education to audit, monitor and develop SEND quality mark and link with general school improvement process (categorisation).",
            "High Need Provision Review",
            "Andy Cooke",
            "Severn Teaching School.",
            "1.A Outcomes at the end of each key stage for students identified with SEND will be above national averages for equivalent groups. 1.B Progress made between key stages for students identified with SEND will be above national averages for equivalent groups. 1.C Outcomes and progress for students identified with SEND will demonstrate that they are closing the gap on their peers. 1.D Every school and setting will be graded by Ofsted as 'Good' or better. 1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND. 1.G Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "The self evaluation tool will be shared across all schools, however, to achieve the quality mark there will be an expectation that the self evaluation is moderated by and SLE. The work of the SLEs will then be quality assured by the Teaching School. Summaries of moderation of self-evaluation will be reported through Aiming High. Consideration of whether a school has the quality mark will be built into the annual school improvement categorisation process. Quality assurance process to include report on SEN Information Reports - summaries of SEN Information Report completeness and quality presented to Aiming High.",
            "November - March",
            "To follow on from previous",
        ],
    },
    Row {
        row: 6,
        col: 1,
        cells: &[
            "1.3",
            "To refresh SEN guidance for early years, schools and colleges focusing on developing a consistent high quality graduated response.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Natalie Bevan, Laura Goodfellow, Jane Cook, Joy Simpson, Alison Parkison, Social care team lead.",
            "1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND. 1.F Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.G Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "Tracking attendance at Graduated Response workshops to ensure all schools involved; reported up through Aiming High. Parental satisfaction surveys for children at SEN Support used to evaluate the quality of graduated response in schools.",
            "April - September",
        ],
    },
    Row {
        row: 7,
        col: 1,
        cells: &[
            "1.4",
            "To complete a review of high need provision and support to understand sufficiency requirements and current gaps in provision.",
            "Education Sufficiency",
            "Simon Wellman",
            "Andy Cooke, Rob Tozer, Tim Smart, Tim Davies, EY, school and post 16 reps, SEND4change",
            "1.H All children have a school placement with improved levels of attendance.",
            "Sufficiency report to be published July, with proposals to be developed September. Consultation over proposals shared with all partners. Outcomes of consultation presented to Aiming High.",
            "June- December",
        ],
    },
    Row {
        row: 8,
        col: 1,
        cells: &[
            "1.5",
            "To develop a localised Autism Strategy 0 to 25.",
            "Autism Strategy",
            "Karen Grandison",
            "Belinda Simpson, Louise Carr, Manny Jhavar-Gill",
            "1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND. 1.F Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.I Reduced permanent and fixed term exclusions for pupils with SEND.",
            "Consultation over strategy autumn term. Strategy to link into adult autism strategy and autism provision in special schools. Also links into the 0-25 Emotional Health and Wellbeing with multi-agency support available. Consultation to feed into Aiming High and action plan developed.",
            "May - December",
        ],
    },
    Row {
        row: 9,
        col: 1,
        cells: &[
            "1.6",
            "To develop effective communication channels to share best practice between educational providers including forums, networks, online systems, newsletters etc",
            "SEND leadership team",
            "Simon Wellman",
            "Natalie Bevan, Bev Porter",
            "1.D Every school and setting will be graded by Ofsted as 'Good' or better. 1.F Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.G Parents express an improved level of confidence with provision for SEND in mainstream schools. (increased confidence in strategic oversight of SEND)",
            "Feedback from schools and settings through network meetings on effectiveness of communications. Ultimately, good communication should lead to improved practice in schools at meeting needs of young people and therefore this should be picked up through student and parent surveys and reported to Aiming High.",
            "April - December",
        ],
    },
    Row {
        row: 10,
        col: 1,
        cells: &[
            "1.7",
            "To develop transition guidance for schools between year 6 and 7 for those with and Special Educational Needs focusing on those at SEN Support.",
            "High Need Provision Review",
            "Andy Cooke / Simon Wellman",
            "Bev Porter, Kate Jordan, Mark Wadhams, Karen Grandison, SIS lads, Clare Osborne, Natalie Bevan",
            "2c 1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND. 1.F Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.G Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "Increased parental and student satisfaction reported through surveys to Aiming High.",
            "November-March",
        ],
    },
    Row {
        row: 11,
        col: 1,
        cells: &[
            "1.8",
            "To redesign LA SEND services to provide a unified offer of support and challenge to early years, schools and colleges focusing on SEN support.",
            "SEND leadership team",
            "Simon Wellman /Andy Cooke",
            "Bev Porter, Kate Jordan, Mark Wadhams, Karen Grandison, SIS leads, Natalie Bevan",
            "1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND. 1.F Provision across the graduated response is mapped, gaps identified and filled with all provision shared through the Local Offer. 1.G Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "Increased parental and student satisfaction reported through surveys to Aiming High.",
            "September -March",
        ],
    },
    Row {
        row: 12,
        col: 1,
        cells: &[
            "1.9",
            "To strengthen the use of data for SEND feeding into the School Quality Assurance process, in particular to include data (dashboards?) on SEND students and exclusions, absence and EHE.",
            "SEND leadership team",
            "Simon Wellman",
            "Jane Cook, Natalie Bevan",
            "1.E Individual school and setting Ofsted reports will recognise the good level of support for young people with SEND",
            "Dashboards to be evaluated by SEND Leadership Team and to feed into the School Quality Assurance process.",
            "September - March",
        ],
    },
    Row {
        row: 14,
        col: 0,
        cells: &[
            "Strategy for SEN and SEND operations implementation plan April 2017 - March 2018",
        ],
    },
    Row {
        row: 16,
        col: 0,
        cells: &[
            "Priority",
            "Reference",
            "Delivery Objectives",
            "Task and Finish Group",
            "Lead",
            "Group members",
            "Success Measures",
            "Monitoring and Evaluation",
            "Timeframe",
            "Review Impact (RAG)",
        ],
    },
    Row {
        row: 17,
        col: 0,
        cells: &[
            "2",
            "2.1",
            "To use existing relationships with parents and carers to complete the 1 page profiles for EHCNAs and develop family conversations (co-production meetings) as part of the EHC assessment process.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Natalie Bevan, Mark Wadhams, Jane Cook, Joy Simpson, Alison Parkison, Social care team lead.",
            "2A Parental feedback demonstrates that they have been provided with accurate and appropriate information in a timely manner.",
            "Where co-production meetings don't include Health or Social Care colleagues, ensure there is feedback and that they have the opportunity to comment on whether outcomes match the advice given. Training provided for SEND Officers to ensure consistency of co-production meetings. Co-production meetings sampled by the Group Manager SEND to ensure consistency. Report to Aiming High.",
            "April - September",
        ],
    },
    Row {
        row: 18,
        col: 1,
        cells: &[
            "2.2",
            "To develop a 5 to 16 Inclusion Panel that is led by educational settings focusing on peer support and challenge and more flexible access to high need funding.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Head Teacher rep (TBC) Andy Cooke, Tim Davis, Jane Cook, Joy Simpson.",
            "2C Earlier intervention strategies lead to a reduced number of requests for Education, Health and Care Needs Assessments especially for children of secondary age. 2D Reduced demand for special school places",
            "Numbers of requests, parental satisfaction, student satisfaction, correlation between inclusion panel funding and satisfaction reported to Aiming High.",
            "June - December",
        ],
    },
    Row {
        row: 19,
        col: 1,
        cells: &[
            "2.3",
            "To enhance further the Local Offer based on parental, child and young person feedback with a particular focus on promoting the voice of the child young person, and developing greater awareness across the borough (including health and community nurses support in schools). To raise awareness of routes to access advocacy ie via IASS young person advocate.",
            "Local Offer Steering Group",
            "Natalie Bevan",
            "PODS, Jamie Hayward,",
            "2A Parental feedback demonstrates that they have been provided with accurate and appropriate information in a timely manner. 2B Increased parental satisfaction in the assessment process is demonstrated by a reduced number of complaints and tribunals.",
            "Parental satisfaction surveys used to monitor the accessibility of the Local Offer. IASS contract monitoring to receive reports on advocacy and engagement, fed through to Aiming High.",
            "July - December",
            "In progress Parent carer forums are completing a \"mystery customer\" experience from Feb 2018",
        ],
    },
    Row {
        row: 20,
        col: 1,
        cells: &[
            "2.4",
            "To streamline the EHC pathway to assessment and specialist provision for children who require multi-disciplinary assessment.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Andy Cooke, Time Davis, Natalie Bevan, Laura Goodfellow, Kate Jordan, Alison Parkison, Social care",
            "2C Earlier intervention strategies lead to a reduced number of requests for Education, Health and Care Needs Assessments especially for children of secondary age. 2D Reduced demand for special school places.",
            "Numbers of requests, parental satisfaction, student satisfaction, correlation between inclusion panel funding and satisfaction reported to Aiming High.",
            "April - September",
        ],
    },
    Row {
        row: 21,
        col: 1,
        cells: &[
            "2.5",
            "To develop parental, child and young person satisfaction surveys focusing initially on EHC assessments and transfers.",
            "Communication and Young Person Consultation Group",
            "Natalie Bevan",
            "Jane Cook, PODS, IASS, SEN team",
            "2A Parental feedback demonstrates that they have been provided with accurate and appropriate information in a timely manner. 2B Increased parental satisfaction in the assessment process is demonstrated by a reduced number of complaints and tribunals.",
            "Increases in confidence in the EHCP process and access to the Local Offer incorporated into surveys at both EHCP and SEN Support levels. Summaries reported to Aiming High.",
            "April - June",
            "Our feedback for EHCP's is positive and feedback through the group of the recent changes to information (timeline, website information) is much better, however more to be completed. Our tribunals are currently low",
        ],
    },
    Row {
        row: 22,
        col: 1,
        cells: &[
            "2.6",
            "To develop education and health Personal Budgets offer through pilots with interested families and clarify offer between education (including transport) , health and care.",
            "Personal Budget",
            "Sam Wells",
            "Simon Wellman, Natalie Bevan, Sam Wells, Tim Davis, Maureen Cooper, Colin Evans.",
            "2B Increased parental satisfaction in the assessment process is demonstrated by a reduced number of complaints and tribunals.",
            "Parental satisfaction surveys used to monitor the effectiveness and accessibility of personal budgets. Reported through to Aiming High.",
            "September - March",
        ],
    },
    Row {
        row: 23,
        col: 1,
        cells: &[
            "2.7",
            "To increase early dispute resolution through joint work and collaboration between LA and services that support parents (IASS / IS / PODS) focusing on agreed pathway when requests for EHC assessments do not meet criteria to proceed.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "IASS, IS, Kerry Rushton, Mark Wadhams, Natalie Bevan, PODS..",
            "2B Increased parental satisfaction in the assessment process is demonstrated by a reduced number of complaints and tribunals.",
            "SEND Officers to continue to review provision for children at SEN Support, particularly where EHCP requests have been turned down. Annual reports on the effectiveness of this to Aiming High.",
            "June - March",
        ],
    },
    Row {
        row: 24,
        col: 1,
        cells: &[
            "2.8",
            "To develop wider mechanisms for parental engagement to ensure representative groups of parents are able to contribute towards consultations to inform strategy and developments.",
            "Communication and Young Person Consultation Group",
            "Natalie Bevan",
            "",
            "2A Parental feedback demonstrates that they have been provided with accurate and appropriate information in a timely manner.",
            "Feedback on consultations and make up of consultation groups reported to Aiming High.",
            "September - March",
            "Our feedback for EHCP's is positive and feedback through the group of the recent changes to information (timeline, website information) is much better, however more to be",
        ],
    },
    Row {
        row: 25,
        col: 1,
        cells: &[
            "2.9",
            "To review communication and recording processes to streamline and ensure the development of a 'tell it once' culture.",
            "All Groups",
            "Andy Cooke / Simon Wellman",
            "",
            "2A Parental feedback demonstrates that they have been provided with accurate and appropriate information in a timely manner. 2B Increased parental satisfaction in the assessment process is demonstrated by a reduced number of complaints and tribunals.",
            "Process maps shared with Aiming High and used for team training. Evaluation of parental satisfaction surveys and parental focus group outcomes.",
            "September - March",
        ],
    },
    Row {
        row: 27,
        col: 0,
        cells: &[
            "Strategy for SEN and SEND operations implementation plan April 2017 - March 2018",
        ],
    },
    Row {
        row: 29,
        col: 1,
        cells: &[
            "Priority",
            "Reference",
            "Delivery Objectives",
            "Task and Finish Group",
            "Lead",
            "Group members",
            "Success Measures",
            "Monitoring and Evaluation",
            "Timeframe",
            "Review Impact (RAG)",
        ],
    },
    Row {
        row: 30,
        col: 0,
        cells: &[
            "3",
            "To develop smooth progression to adulthood for all young people with SEND.",
            "3.1",
            "To undertake a review of post 16 destinations and NEETs/not knows to understand the effectiveness of current post 16 provision.",
            "Transition and Preparing for Adulthood",
            "Andy Cooke",
            "Natalie Bevan, Tim Smart, Sue Marston, Simon Wellman.",
            "3A The number of young people with SEND aged 16-25 engaged in education, employment and training will increase. 3B All EHCPs for children aged 14 and beyond reflect aspirations for future training or employment. (future success measures)",
            "Data on post 16 destinations built into performance dashboards and included in reviews of school provision.",
            "November - March",
        ],
    },
    Row {
        row: 31,
        col: 2,
        cells: &[
            "3.2",
            "To clean up post 16 SEND data between SEND and Future Focus teams.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Natalie Bevan, Tim Smart, Joy Simpson, Jamie Hayward",
            "3A The number of young people with SEND aged 16-25 engaged in education, employment and training will increase. 3B All EHCPs for children aged 14 and beyond reflect aspirations for future training or employment. (future success measures)",
            "One shared dataset for post 16 with plans appropriately ceased where provision is now meeting needs",
            "April - January",
        ],
    },
    Row {
        row: 32,
        col: 2,
        cells: &[
            "3.3",
            "To develop robust phase transition process between year 11 and 12 for those with an Education Health and Care Plan ensuring that statutory deadlines (i.e. March 31st) is met.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Natalie Bevan, Tim Smart, Sue Marston, Joy Simpson.",
            "3A The number of young people with SEND aged 16-25 engaged in education, employment and training will increase. 3B All EHCPs for children aged 14 and beyond reflect aspirations for future training or employment. 3C There is an increased uptake of college courses and apprenticeships for students with SEND aged 16-19. 3D All students with SEND have access to independent advice and guidance and those with the greatest need have access to a personal adviser. (defined process in place to meet 31st March deadline for transition)",
            "Data on post 16 destinations built into performance dashboards. Reports on meeting 31st March deadline to Aiming High.",
            "April - June",
        ],
    },
    Row {
        row: 33,
        col: 2,
        cells: &[
            "3.4",
            "To develop awareness of statutory duties on LA and post 16 providers with regard to those with an EHC plan (i.e. annual reviews, transition planning)",
            "Transition and Preparing for Adulthood",
            "Andy Cooke",
            "Natalie Bevan, Tim Smart, Sue Marston, Joy Simpson Simon Wellman.",
            "3B All EHCPs for children aged 14 and beyond reflect aspirations for future training or employment. 3C There is an increased uptake of college courses and apprenticeships for students with SEND aged 16-19.",
            "Data on post 16 Annual Reviews to be included in other Annual Review data on dashboards presented to Aiming High",
            "September - March",
            "Increased number of annual reviews post 16 - need to develop further with post 16 SEND Officer post",
        ],
    },
    Row {
        row: 34,
        col: 2,
        cells: &[
            "3.5",
            "To map AS IS pathway between education, health and care provision 16 to 25 and propose TO BE;.",
            "Transition and Preparing for Adulthood",
            "Andy Cooke",
            "Natalie Bevan, Tim Smart, Joy Simpson Simon Wellman, Health and Social Care",
            "3E Those students with continuing care needs have future support and transitions to adult care mapped into EHCPs.",
            "Review of practice from age 14 to demonstrate clear alignment of assessments from all agencies and supporting the Tell It Once approach.",
            "April - December",
            "Pathway for one group of students (open to DCT, potential for Adult Social Care)",
        ],
    },
    Row {
        row: 35,
        col: 2,
        cells: &[
            "3.6",
            "To develop the market focusing on increasing post 16 provision and opportunities for 19 to 25.",
            "Transition and Preparing for Adulthood",
            "Andy Cooke / Sue Marston",
            "Natalie Bevan, Tim Smart, Joy Simpson Simon Wellman, Health and Social Care",
            "3A The number of young people with SEND aged 16-25 engaged in education, employment and training will increase. 3E Those students with continuing care needs have future support and transitions to adult care mapped into EHCPs.",
            "Clear mapping of post 16 pathways in the local offer.",
            "September - March",
        ],
    },
    Row {
        row: 36,
        col: 2,
        cells: &[
            "3.7",
            "To develop a common set of outcomes measures in a scorecard to determine effectiveness of E,H,C provision in local area for young people with SEND.",
            "Transition and Preparing for Adulthood",
            "Andy Cooke",
            "Natalie Bevan, Rebecca Johnson, Nick Benison, Alison Parkinson",
            "1.C Outcomes and progress for students identified with SEND will demonstrate that they are closing the gap on their peers. 3A The number of young people with SEND aged 16-25 engaged in education, employment and training will increase. 3C There is an increased uptake of college courses and apprenticeships for students with SEND aged 16-19.3a,c",
            "Performance dashboards for overall performance shared at Aiming High, school level dashboards reviewed by SEND Leadership Team and used in annual categorisation processes.",
            "April - December",
        ],
    },
    Row {
        row: 38,
        col: 0,
        cells: &[
            "Strategy for SEN and SEND operations implementation plan April 2017 - March 2018",
        ],
    },
    Row {
        row: 40,
        col: 0,
        cells: &[
            "Priority",
            "Reference",
            "Delivery Objectives",
            "Task and Finish Group",
            "Lead",
            "Group members",
            "Success Measures",
            "Monitoring and Evaluation",
            "Timeframe",
            "Review Impact (RAG)",
        ],
    },
    Row {
        row: 41,
        col: 0,
        cells: &[
            "4",
            "4.1",
            "Embed performance culture through introduction of dashboards and scorecards relating to KPI and impact measures.",
            "All groups",
            "Leads for all groups",
            "",
            "4B Data reports are available monthly and demonstrate progress against key success measures.",
            "Performance dashboards for overall performance shared at Aiming High, school level dashboards reviewed by SEND Leadership Team and used in annual categorisation processes.",
            "April - March",
        ],
    },
    Row {
        row: 42,
        col: 1,
        cells: &[
            "4.2",
            "To develop effective reporting on waiting times for services, to include Portage, Speech and Language, Physiotherapy, occupational therapy, CAMHS and community paediatrics to enable Aiming High to challenge over waiting times.",
            "Joint Commissioning",
            "Andy Cooke, Anna Hammond",
            "Laura Thorogood, Simon Wellman, Samantha Wells, Angela Yapp, Helen Didlock, Roger",
            "4B Data reports are available monthly and demonstrate progress against key success measures.",
            "Reports on waiting times presented at each Aiming High Meeting from January 2018.",
            "September - March",
        ],
    },
    Row {
        row: 43,
        col: 1,
        cells: &[
            "4.3",
            "To develop a JSNA focusing on SEND to support needs analysis across local area.",
            "Joint Commissioning",
            "Laura Thorogood",
            "Cooke, Simon Wellman, Samantha Wells, Angela Yapp, Helen Didlock, Roger Graham, Anna",
            "4A A Governance Board is in place which meets regularly and demonstrates challenge to the delivery of the SEND processes. (an agreed joint commissioning strategy linked to a refreshed SEN strategy.)",
            "JSNA published and reviewed every 3 years.",
            "April - March",
        ],
    },
    Row {
        row: 44,
        col: 1,
        cells: &[
            "4.4",
            "To strengthen SEND governance structure by aligning with Early Help Partnership and Health and Wellbeing boards and focusing on strategic partnership with parents, children and young people and links to local offer.",
            "Joint Commissioning / Local Offer Steering Group",
            "Andy Cooke / Natalie Bevan",
            "",
            "4A A Governance Board is in place which meets regularly and demonstrates challenge to the delivery of the SEND processes.",
            "Reports from Aiming High workstreams to both Early Help Partnership Board and Health and Wellbeing Board as published in the minutes of each of these.",
            "September - December",
            "Need governance arrangements to be clear on the local offer",
        ],
    },
    Row {
        row: 45,
        col: 1,
        cells: &[
            "4.5",
            "To provide clarification of pathways and introduce effective decision making forums for EHC plans, specialist placements and additional high need funding requests.",
            "Education Sufficiency",
            "Simon Wellman",
            "Andy Cooke, Rob Tozer, Tim Smart, Tim Davies, EY, school and post 16 reps,",
            "4D There is an increase in the proportion of EHCPs published within statutory timescales. 4F There is a reduction in children out of school or waiting for special school placements. 4G All young people in need on tripartite funding identified with evidence of timely interventions including placements where needed.",
            "Dashboards to be presented at Aiming High to demonstrate a reduction in the number of young people out of education.",
            "April - December",
        ],
    },
    Row {
        row: 46,
        col: 1,
        cells: &[
            "4.6",
            "Develop effective quality assurance frameworks and audit processes across education, health and care advice providers to improve content of EHC plans, ensuring outcomes reflect advices from all providers.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Natalie Bevan, Sue Burrell, Jane Cook, Joy Simpson, Alison Parkison, Social care team lead.",
            "4E There is demonstrable progress in the quality of EHC plans published.",
            "QA activity and outcomes presented to Aiming High.",
            "June - November",
        ],
    },
    Row {
        row: 47,
        col: 1,
        cells: &[
            "4.7",
            "To develop service satisfaction surveys across education, health and care to identify areas of strength and issues that require resolution.",
            "Joint Commissioning",
            "Laura Thorogood",
            "Natalie Bevan, Andy Cooke, Simon Wellman, Samantha Wells, Angela Yapp, Helen Didlock, Roger Graham, Anna Hammond, Colin Evans",
            "4C Surveys demonstrate an increased level of satisfaction with the SEND processes.",
            "Suite of surveys agreed by Aiming High, with feedback on outcomes of these to feed into Aiming High.",
            "November - March",
        ],
    },
    Row {
        row: 48,
        col: 1,
        cells: &[
            "4.8",
            "To map AS IS commissioning arrangements between LA and CCG relating to services for SEND 0 to 25. To produce a Joint Commissioning Framework and a Joint Commissioning Strategy .",
            "Joint Commissioning",
            "Laura Thorogood",
            "Cooke, Simon Wellman, Samantha Wells, Angela Yapp, Helen Didlock, Roger Graham, Anna",
            "4G All young people in need on tripartite funding identified with evidence of timely interventions including placements where needed.",
            "Feedback on operation of the Joint Commissioning Strategy to Aiming High via the Joint Commissioning Task and Finish Group.",
            "June - December",
        ],
    },
    Row {
        row: 49,
        col: 1,
        cells: &[
            "4.9",
            "To develop the DCO role to ensure a single point of contact and to develop clearer pathways to communicate need between local partners.",
            "Joint Commissioning",
            "Anna Hammond",
            "Cooke, Simon Wellman, Samantha Wells, Angela Yapp, Helen Didlock, Roger Graham, Anna",
            "4G All young people in need on tripartite funding identified with evidence of timely interventions including placements where needed.",
            "DCO report as common agenda item on Aiming High. DCO Job Description to be approved at Aiming High.",
            "September - March",
        ],
    },
    Row {
        row: 50,
        col: 1,
        cells: &[
            "4.10",
            "To embed 0-25 Emotional Health and Wellbeing Service, to gain feedback on the effectiveness of this and to reduce waiting times for services",
            "Joint Commissioning",
            "Anna Hammond",
            "",
            "4G All young people in need on tripartite funding identified with evidence of timely interventions including placements where needed.",
            "Waiting lists and waiting times reported through to Aiming High, satisfaction surveys reported to Aiming High.",
            "May - March",
        ],
    },
    Row {
        row: 51,
        col: 1,
        cells: &[
            "4.11",
            "To review and align high need funding resource allocation systems across educational providers and age phases and plan for sufficiency in light of increased demand with limited increase in central funding.",
            "Education Sufficiency",
            "Simon Wellman / Andy Cooke",
            "Simon Wellman, Tim Davies",
            "(make sure there is a fair, equitable, transparent system for allocating funding within available resource)",
            "Budget reports to be presented at Aiming High from January 2018 onwards.",
            "April - March",
        ],
    },
    Row {
        row: 52,
        col: 1,
        cells: &[
            "4.12",
            "To continually refresh OFSTED/CQC self evaluation form of local area relating to SEND 0-25 in light of developments. To include Acute / Hospital Trust.",
            "Local Area Inspection Readiness Group",
            "Andy Cooke / Anna Hammond",
            "Simon Wellman, Deana Briggs",
            "4B Data reports are available monthly and demonstrate progress against key success measures.",
            "SEF reviewed periodically and presented at Aiming High annually.",
            "April - March",
        ],
    },
    Row {
        row: 53,
        col: 1,
        cells: &[
            "4.13",
            "To further embed recent improvement in timeliness undertaking EHC assessments/transfers and focus on completion of EHC reviews.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Sue Burrell, Jane Cook, Natalie Bevan",
            "4B Data reports are available monthly and demonstrate progress against key success measures. 4D There is an increase in the proportion of EHCPs published within statutory timescales. 4E There is demonstrable progress in the quality of EHC plans published.",
            "Data Dashboards presented at Aiming High. Aiming High to challenge over performance.",
            "May - December",
        ],
    },
    Row {
        row: 54,
        col: 1,
        cells: &[
            "4.14",
            "To develop robust procedures and senior oversight that focus on ensuring every child with EHC plans have access to full time educational provision.",
            "Coordinated EHC pathway",
            "Simon Wellman",
            "Sue Burrell, Kerry Rushton, Mark Wadhams, Joy Simpson, Sarah Ansell",
            "4F There is a reduction in children out of school or waiting for special school placements. 1H All children have a school placement with improved levels of attendance.",
            "Complex cases panel to meet weekly to ensure plan and provision in place for each young person. Number of children with no school place reviewed at Aiming High through the Dashboard.",
            "April - September",
        ],
    },
    Row {
        row: 55,
        col: 1,
        cells: &[
            "4.15",
            "To develop an area wide accessibility strategy and ensure this is reflected in school accessibility plans.",
            "Aiming High",
            "Simon Wellman",
            "Schools",
            "1.G: Parents express an improved level of confidence with provision for SEND in mainstream schools.",
            "Overarching Accessibility Strategy published. School websites monitored to ensure Accessibility Plans are in place, summary report to Aiming High. Accessibility Plan on agenda for annual conversation with schools through the school improvement process.",
            "May - December",
        ],
    },
    Row {
        row: 57,
        col: 0,
        cells: &[
            "Transport",
            "",
            "To support the review of the SEND section of the education transport policy to deliver more enabling solutions to travel assistance including personal transport budgets",
            "Personal Budget Steering Group / future leaders programme",
            "Andy Cooke / Simon Wellman",
            "Natalie Bevan / Martyna Migas / Sarah Bass / Damon Pope",
            "Greater choice and control for families. Overall reduction in spend.",
            "",
            "September - March",
        ],
    },
    Row {
        row: 60,
        col: 0,
        cells: &[
            "Strategy for SEN and SEND operations implementation plan April 2017 - March 2018",
        ],
    },
    Row {
        row: 62,
        col: 0,
        cells: &[
            "Priority",
            "Reference",
            "Delivery Objectives",
            "Task and Finish Group",
            "Lead",
            "Group members",
            "Success Measures",
            "Monitoring and Evaluation",
            "Timeframe",
            "Review Impact (RAG)",
        ],
    },
    Row {
        row: 63,
        col: 0,
        cells: &["Public Health"],
    },
    Row {
        row: 64,
        col: 2,
        cells: &[
            "Review commissioning of universal health assessments at developmental stages including starting school and through schooling",
        ],
    },
    Row {
        row: 65,
        col: 2,
        cells: &["Ensure Health services focus on outcomes rather than delivery of services."],
    },
    Row {
        row: 66,
        col: 0,
        cells: &["Health Providers"],
    },
    Row {
        row: 67,
        col: 2,
        cells: &[
            "Ensure health providers have access to SEND information so that they can identify needs through universal services.",
        ],
    },
    Row {
        row: 68,
        col: 2,
        cells: &["Improve access to community services such as physiotherapy."],
    },
    Row {
        row: 69,
        col: 0,
        cells: &["CCG"],
    },
    Row {
        row: 70,
        col: 2,
        cells: &[
            "Develop the oversight and monitoring of registers and annual health checks by GPs for those who have a learning disability.",
        ],
    },
    Row {
        row: 71,
        col: 2,
        cells: &[
            "Implement robust training for frontline staff about how to implement the SEND code of practice and how to write quality advice for EHCNAs.",
        ],
    },
];

const SAMPLES: [Sample; 5] = [
    Sample {
        file: "priority-1.xlsx",
        sheets: &[SheetSpec {
            name: "Priority 1",
            date_periods: false,
            fill_statuses: true,
            period_row: 4,
            merges: &["E3:H3", "E11:H11", "A5:A9", "A12:A15"],
            rows: PRIORITY_1,
        }],
    },
    Sample {
        file: "priority-2.xlsx",
        sheets: &[SheetSpec {
            name: "PR2",
            date_periods: true,
            fill_statuses: false,
            period_row: 4,
            merges: &["E3:H3", "A11:A12", "A13:A14"],
            rows: PRIORITY_2,
        }],
    },
    Sample {
        file: "priority-7.xlsx",
        sheets: &[SheetSpec {
            name: "P7 Oversight",
            date_periods: true,
            fill_statuses: false,
            period_row: 6,
            merges: &["E5:H5", "A7:A15"],
            rows: PRIORITY_7,
        }],
    },
    Sample {
        file: "written-statement.xlsx",
        sheets: &[
            SheetSpec {
                name: "Introduction",
                date_periods: false,
                fill_statuses: false,
                period_row: 0,
                merges: &[],
                rows: INTRODUCTION,
            },
            SheetSpec {
                name: "WSoA",
                date_periods: false,
                fill_statuses: false,
                period_row: 0,
                merges: &[],
                rows: WRITTEN_STATEMENT,
            },
        ],
    },
    Sample {
        file: "implementation-plan.xlsx",
        sheets: &[SheetSpec {
            name: "Implementation plan",
            date_periods: false,
            fill_statuses: false,
            period_row: 0,
            merges: &[],
            rows: IMPLEMENTATION_PLAN,
        }],
    },
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("samples"), PathBuf::from);
    std::fs::create_dir_all(&out)?;
    for sample in &SAMPLES {
        let path = out.join(sample.file);
        write(sample, &path)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// `A5:A9` → ((row, col), (row, col)), 0-based.
fn range(a1: &str) -> ((u32, u16), (u32, u16)) {
    let cell = |s: &str| {
        let letters: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let col = letters
            .bytes()
            .fold(0u16, |acc, b| acc * 26 + u16::from(b - b'A' + 1))
            - 1;
        let row: u32 = s[letters.len()..].parse().expect("row number");
        (row - 1, col)
    };
    let (a, b) = a1.split_once(':').expect("range");
    (cell(a), cell(b))
}

fn fill_for(code: &str) -> Option<u32> {
    match code.trim() {
        "R" => Some(0xFF0000),
        "A" | "\u{0410}" => Some(0xFFC000),
        "G" => Some(0x00B050),
        "B" => Some(0x0070C0),
        "Gr" | "Grey" => Some(0xBFBFBF),
        _ => None,
    }
}

fn write(sample: &Sample, path: &Path) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed date keeps the files byte-for-byte reproducible.
    workbook.set_properties(
        &DocProperties::new()
            .set_title(sample.sheets[0].name)
            .set_author("ragplan samples")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2022, 1, 10)?),
    );
    for spec in sample.sheets {
        write_sheet(&mut workbook, spec)?;
    }
    workbook.save(path)
}

fn write_sheet(workbook: &mut Workbook, sample: &SheetSpec) -> Result<(), XlsxError> {
    let sheet = workbook.add_worksheet().set_name(sample.name)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = wrap.clone().set_bold();
    let date = Format::new()
        .set_num_format("mmm-yy")
        .set_bold()
        .set_align(FormatAlign::Center);
    let merges: Vec<_> = sample.merges.iter().map(|m| range(m)).collect();
    let header_rows: Vec<u32> = sample
        .rows
        .iter()
        .filter(|r| {
            r.cells.contains(&"Actions (Implementation)")
                || r.cells.contains(&"Delivery Objectives")
        })
        .map(|r| r.row - 1)
        .collect();

    for row in sample.rows {
        let r = row.row - 1;
        for (i, text) in row.cells.iter().enumerate() {
            let c = row.col + i as u16;
            if text.is_empty() {
                continue;
            }
            let format = if header_rows.contains(&r) || r == 0 || row.row == sample.period_row {
                &bold
            } else {
                &wrap
            };
            if let Some(((r1, c1), (r2, c2))) =
                merges.iter().copied().find(|(first, _)| *first == (r, c))
            {
                sheet.merge_range(r1, c1, r2, c2, text, format)?;
                continue;
            }
            if row.row == sample.period_row && sample.date_periods {
                let (mon, yy) = text.split_once('-').expect("period label like Dec-19");
                let month = [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ]
                .iter()
                .position(|m| *m == mon)
                .expect("month") as u8
                    + 1;
                let year = 2000 + yy.parse::<u16>().expect("year");
                sheet.write_datetime_with_format(
                    r,
                    c,
                    &ExcelDateTime::from_ymd(year, month, 1)?,
                    &date,
                )?;
                continue;
            }
            let is_status = (4..=7).contains(&c)
                && sample.period_row > 0
                && r + 1 > sample.period_row
                && !header_rows.contains(&r);
            match fill_for(text).filter(|_| sample.fill_statuses && is_status) {
                Some(colour) => {
                    sheet.write_string_with_format(
                        r,
                        c,
                        *text,
                        &wrap.clone().set_background_color(colour),
                    )?;
                }
                None => {
                    sheet.write_string_with_format(r, c, *text, format)?;
                }
            }
        }
    }
    for (col, width) in [
        (0, 28.0),
        (1, 48.0),
        (2, 18.0),
        (3, 36.0),
        (4, 8.0),
        (5, 8.0),
        (6, 8.0),
        (7, 8.0),
        (8, 60.0),
        (9, 36.0),
        (10, 30.0),
    ] {
        sheet.set_column_width(col, width)?;
    }
    sheet.set_landscape();
    Ok(())
}

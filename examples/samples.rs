//! Writes `samples/`: the three monitoring-report workbooks transcribed cell
//! for cell from the seeds (000 → Priority 7, 001 → Priority 2, 004 →
//! Priority 1), with the focus areas merged down their rows as officers do.
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
//! status cells are hand-filled in the RAG colours, the others are not.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};

struct Row {
    /// 1-based, as Excel shows it.
    row: u32,
    /// 0-based column of the first cell.
    col: u16,
    cells: &'static [&'static str],
}

struct Sample {
    file: &'static str,
    sheet: &'static str,
    /// Write the period header row as date cells (`mmm-yy`) instead of text.
    date_periods: bool,
    /// Fill the status cells in their RAG colour, as officers do by hand.
    fill_statuses: bool,
    /// 1-based row of the period labels.
    period_row: u32,
    /// Merged ranges in A1 notation.
    merges: &'static [&'static str],
    rows: &'static [Row],
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

const SAMPLES: [Sample; 3] = [
    Sample {
        file: "priority-1.xlsx",
        sheet: "Priority 1",
        date_periods: false,
        fill_statuses: true,
        period_row: 4,
        merges: &["E3:H3", "E11:H11", "A5:A9", "A12:A15"],
        rows: PRIORITY_1,
    },
    Sample {
        file: "priority-2.xlsx",
        sheet: "PR2",
        date_periods: true,
        fill_statuses: false,
        period_row: 4,
        merges: &["E3:H3", "A11:A12", "A13:A14"],
        rows: PRIORITY_2,
    },
    Sample {
        file: "priority-7.xlsx",
        sheet: "P7 Oversight",
        date_periods: true,
        fill_statuses: false,
        period_row: 6,
        merges: &["E5:H5", "A7:A15"],
        rows: PRIORITY_7,
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
            .set_title(sample.sheet)
            .set_author("ragplan samples")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2022, 1, 10)?),
    );
    let sheet = workbook.add_worksheet().set_name(sample.sheet)?;
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
        .filter(|r| r.cells.first() == Some(&"Focus Area (Intent)"))
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
            let is_status =
                (4..=7).contains(&c) && r + 1 > sample.period_row && !header_rows.contains(&r);
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
    workbook.save(path)
}

namespace BoardPapers;

/// <summary>A media folder the papers go in.</summary>
internal sealed record Folder(Guid Key, string Name);

/// <summary>One example paper: its media item, file and words (markup: see ReportMarkup).</summary>
internal sealed record Paper(Guid Key, Guid Parent, int SortOrder, string MediaFolder, string FileName, string Title, string Publication, string Body);

/// <summary>
/// The example papers of the 2026/27 Management Board meetings and a few member resources. Every figure is
/// made up and aggregate, and every paper says so on its first page: there is no child's data here.
/// </summary>
internal static class Papers
{
    public const string Subtitle =
        "EXAMPLE PAPER written for the portal's seed content. Every figure in it is made up and aggregate; it contains no child's data.";

    public static readonly Folder BoardPapers = new(Guid.Parse("a4c2e8f1-3b7d-4f60-9e15-7c8d2b4a6e90"), "Board papers");
    public static readonly Folder MemberResources = new(Guid.Parse("de90b5e6-4761-4e04-87ca-0de251135860"), "Member resources");
    public static readonly Folder MemberOnlyResources = new(Guid.Parse("d19e7b35-2f4c-4a86-b0d3-5e6f8a1c2b47"), "Member-only resources");

    public static readonly IReadOnlyList<Folder> Folders = [BoardPapers, MemberResources, MemberOnlyResources];

    public static readonly IReadOnlyList<Paper> All =
    [
        new(Guid.Parse("de2c10a2-9e17-4f97-9431-92ab54f60d35"), BoardPapers.Key, 0, "vsmb2601", "agenda-autumn-2026.docx",
            "Agenda: autumn term 2026", "Virtual School Management Board, Thursday 15 October 2026, 2pm to 4pm.",
            """
            # Agenda

            | Item | Subject | Paper | Lead |
            | 1 | Welcome, apologies and declarations of interest | None | Chair |
            | 2 | Minutes of the summer 2026 meeting and matters arising | Minutes | Chair |
            | 3 | Termly data report: autumn 2026 | Paper B | Virtual School Head |
            | 4 | Virtual School Head's report: progress against priorities | Paper C | Virtual School Head |
            | 5 | Pupil Premium Plus: use of the grant in 2026/27 | Paper D | Virtual School Head |
            | 6 | Summary report to the Corporate Parenting Board | Verbal | Chair |
            | 7 | Any other business and dates of the next meetings | None | Clerk |

            ## Dates of the next meetings

            - Spring term: Thursday 4 February 2027, 2pm.
            - Summer term: Thursday 17 June 2027, 2pm.
            """),
        new(Guid.Parse("689edfe3-3539-456d-8da7-6de09b074b39"), BoardPapers.Key, 1, "vsmb2602", "termly-data-report-autumn-2026.docx",
            "Termly data report: autumn 2026", "Paper B. Virtual School Management Board, 15 October 2026.",
            """
            # Purpose

            This report gives the board the Virtual School's termly data: the attainment of children in care at key stages 2 and 4, attendance, exclusions and the quality of Personal Education Plans (PEPs). It is an example: the figures below are invented for the portal's seed content.

            # Who the figures are about

            | Measure | Autumn 2026 (example) | Autumn 2025 (example) |
            | Children in care of statutory school age | 412 | 398 |
            | Placed outside the county | 37% | 35% |
            | With an education, health and care plan | 29% | 27% |

            # Attainment

            ## Key stage 2 (2026 results)

            | Measure | Children in care (example) | All pupils nationally (example) |
            | Reading, writing and mathematics at the expected standard | 38% | 61% |
            | Reading at the expected standard | 55% | 74% |

            ## Key stage 4 (2026 results)

            | Measure | Children in care (example) | All pupils nationally (example) |
            | Average Attainment 8 score | 21.4 | 46.1 |
            | English and mathematics at grade 4 or above | 24% | 65% |

            # Attendance and exclusions

            - Overall attendance in the autumn half-term: 91.8% (example).
            - Persistent absence (below 90%): 17% of children (example).
            - Suspensions this half-term: 23, affecting 15 children (example). No permanent exclusions.

            # Questions for the board

            - Which schools show the strongest progress, and what can others learn from them?
            - What is the plan for the children whose attendance fell below 90%?
            """),
        new(Guid.Parse("d8a9949d-5301-4b09-836b-edf9f47eb91d"), BoardPapers.Key, 2, "vsmb2603", "head-report-autumn-2026.docx",
            "Virtual School Head's report: autumn 2026", "Paper C. Virtual School Management Board, 15 October 2026.",
            """
            # Progress against priorities

            The five-year strategic plan has five priorities. This report says where each stands at the start of 2026/27. All numbers are examples.

            ## 1. PEPs are dynamic, live and relevant

            - 94% of PEPs were completed within the term (example).
            - The quality audit rated 81% of a sample of 60 PEPs good or better (example).

            ## 2. Increased access to high quality education

            - 88% of children attend a school rated good or outstanding (example).

            ## 3. Increased inclusion within education

            - Children on part-time timetables: 9, each reviewed every four weeks (example).

            ## 4. Aspirational education for all

            - 31 young people are in higher education this autumn (example).

            ## 5. A collective responsibility

            - 214 designated teachers and 96 governors attended Virtual School training last year (example).

            # New priorities for the year

            - Raise attendance for children placed outside the county.
            - Make every PEP target measurable and reviewed each term.
            """),
        new(Guid.Parse("99527f73-39af-4a7a-a9d3-9f63ec5c7d1f"), BoardPapers.Key, 3, "vsmb2604", "pupil-premium-plus-2026-27.docx",
            "Pupil Premium Plus: use of the grant in 2026/27", "Paper D. Virtual School Management Board, 15 October 2026.",
            """
            # The grant

            Pupil Premium Plus is paid to the Virtual School Head for each child in care and is managed for the benefit of the children's education. This paper sets out the plan for 2026/27. The amounts are examples.

            | Use | Planned amount (example) | Share |
            | Passed to schools through PEP targets | £1,020,000 | 78% |
            | Tutoring and mentoring | £145,000 | 11% |
            | Training for designated teachers and governors | £72,000 | 6% |
            | Early years and post-16 | £65,000 | 5% |

            # How schools account for it

            - Each payment is tied to a PEP target and reviewed at the next PEP meeting.
            - Schools that cannot show impact receive support from a Virtual School adviser.
            """),
        new(Guid.Parse("618dc234-59fd-42cd-8978-44f817c96a89"), BoardPapers.Key, 4, "vsmb2701", "agenda-spring-2027.docx",
            "Agenda: spring term 2027", "Virtual School Management Board, Thursday 4 February 2027, 2pm to 4pm.",
            """
            # Agenda

            | Item | Subject | Paper | Lead |
            | 1 | Welcome, apologies and declarations of interest | None | Chair |
            | 2 | Minutes of the autumn 2026 meeting and matters arising | Minutes | Chair |
            | 3 | Termly data report: spring 2027 | Paper B | Virtual School Head |
            | 4 | Personal Education Plans: quality audit | Paper C | Virtual School Head |
            | 5 | Any other business | None | Clerk |
            """),
        new(Guid.Parse("b3837240-968d-4bea-9c64-bbfa93e498dc"), BoardPapers.Key, 5, "vsmb2702", "termly-data-report-spring-2027.docx",
            "Termly data report: spring 2027", "Paper B. Virtual School Management Board, 4 February 2027.",
            """
            # Purpose

            The spring update of the termly data: attendance, exclusions and progress towards the targets the board set in the autumn. Every figure is an example.

            | Measure | Spring 2027 (example) | Target (example) |
            | Overall attendance | 92.4% | 93% |
            | Persistent absence | 15% | 12% |
            | PEPs completed in the term | 96% | 95% |
            | Children with a current PEP target funded by Pupil Premium Plus | 89% | 90% |
            """),
        new(Guid.Parse("aa15a569-c48f-497f-9afe-22f7078b4ea2"), BoardPapers.Key, 6, "vsmb2703", "pep-quality-audit-spring-2027.docx",
            "Personal Education Plans: quality audit, spring 2027", "Paper C. Virtual School Management Board, 4 February 2027.",
            """
            # How the audit was done

            Virtual School advisers read a sample of PEPs from the autumn term against the Virtual School's quality standard. The numbers are examples.

            | Rating | Number of PEPs (example) |
            | Outstanding | 9 |
            | Good | 41 |
            | Requires improvement | 8 |
            | Inadequate | 2 |

            # What we found

            - The child's voice is recorded in almost every PEP, but often in the same words each term.
            - Targets are more often measurable than last year.
            """),
        new(Guid.Parse("75ab0b0f-bbf0-45d4-a23e-e9e3f7ff05a3"), MemberResources.Key, 0, "vsres001", "governors-guide-children-in-care.docx",
            "A governor's guide to children in care", "For school governors. Published September 2026.",
            """
            # What governors need to know

            Every maintained school and academy must have a designated teacher for looked-after and previously looked-after children, and the governing board must make sure that teacher has the training and time the role needs.

            - Ask for the designated teacher's annual report.
            - Ask how Pupil Premium Plus is used and what difference it makes.
            - Ask how the school avoids excluding children in care.
            """),
        new(Guid.Parse("a26a8271-4494-466b-b8cd-27b31aebfa91"), MemberResources.Key, 1, "vsres002", "peps-guide-for-foster-carers.docx",
            "Personal Education Plans: a guide for foster carers", "For foster carers. Published September 2026.",
            """
            # Your part in the PEP

            You know the child best at home. Before each PEP meeting, talk with the child about what is going well at school and what is hard, and bring that to the meeting.
            """),
        new(Guid.Parse("49d7d7b3-2673-440b-990e-3e4dd2d62df4"), MemberOnlyResources.Key, 0, "vsres003", "designated-teacher-termly-checklist.docx",
            "Designated teacher's termly checklist", "For designated teachers (members only). Published September 2026.",
            """
            # Each term

            - Hold a PEP meeting for every child in care and agree measurable targets.
            - Check each child's attendance and act on any fall below 95%.
            - Tell the Virtual School about any suspension on the day it is decided.
            """),
        new(Guid.Parse("f4e138d2-184d-4c87-8854-cba96f3996a3"), MemberOnlyResources.Key, 1, "vsres004", "governors-questions-pupil-premium-plus.docx",
            "Questions for governing boards on Pupil Premium Plus", "For governors (members only). Published September 2026.",
            """
            # Questions to ask

            - Which PEP targets did the grant pay for this year, and were they met?
            - How does the designated teacher know the support is working?
            - What does the school add from its own budget?
            """),
    ];
}

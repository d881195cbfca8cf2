namespace LocalOfferReport;

/// <summary>
/// The words of the report. The headings follow the list of what an SEN information report covers in
/// the SEND Code of Practice: 0 to 25 years (paragraph 6.79), read for a virtual school, which works
/// through schools rather than teaching children itself. Markup: see <see cref="ReportMarkup"/>.
/// </summary>
internal static class ReportText
{
    public const string Title = "SEND information report";

    public const string Subtitle =
        "How Cambridgeshire Virtual School supports children in care, and children who were previously in care, "
        + "who have special educational needs and disabilities";

    public const string Publication = "Published March 2026. Next review due by March 2027.";

    public const string Body = """
        # About this report

        Schools and other education settings publish an information report that explains how they support children and young people with special educational needs and disabilities (SEND). The Children and Families Act 2014 and the SEND Code of Practice: 0 to 25 years set out what the report should cover.

        The Virtual School is not a school that children attend. It is a team within Cambridgeshire County Council that promotes the education of the children the council looks after, wherever they live and go to school. We have written this report using the same headings as a school's report, so that carers, parents, young people and professionals can see what we add to the support a child receives, and where to find the rest.

        Please read it alongside two other documents:
        - the SEN information report of the child's own school, college or early years setting, which describes the support that the setting itself provides;
        - Cambridgeshire's SEND Local Offer, which describes the education, health and care services available to all children and young people with SEND aged 0 to 25, and how to use them.

        ## Words we use in this report

        - Children in care: children looked after by Cambridgeshire County Council. This includes children placed with foster carers, in children's homes, with family members who are approved as carers, and children who live outside Cambridgeshire.
        - Previously looked-after children: children who left care because they were adopted, or because a special guardianship order or a child arrangements order was made. It includes children who were in state care outside England and left it because they were adopted.
        - Children with a social worker: children who have, or have had in the last six years, a social worker because they were a child in need or subject to a child protection plan.
        - SEN support: the help a school gives from its own resources to a child with special educational needs who does not have an education, health and care (EHC) plan.
        - EHC plan: a legal document, issued by a local authority, that describes a child's special educational needs, the outcomes sought and the provision that must be made to meet them.

        A glossary at the end of this report explains the other terms and abbreviations.

        # How the Virtual School works

        Every local authority in England must appoint an officer, known as the Virtual School Head, to carry out its duty to promote the educational achievement of the children it looks after. The Virtual School Head leads a team of education advisers and support staff. Together we act as if all of Cambridgeshire's children in care attended one school, and we track their attendance, progress and attainment as a head teacher would.

        We do not teach children ourselves. We work through the adults around each child: designated teachers, special educational needs co-ordinators (SENCOs), head teachers, social workers, foster carers and residential carers, independent reviewing officers, and the council's SEND and inclusion services.

        ## The Personal Education Plan

        Every child in care has a Personal Education Plan (PEP) as part of their care plan, from early years until the end of year 13. The PEP records the child's strengths and needs, their views, the targets agreed for them and the support that will help them meet those targets. It is reviewed every term at a meeting that normally includes the designated teacher, the social worker, the carer and, where they wish, the child.

        For a child with SEND, the PEP should link to the school's SEN support plan or to the child's EHC plan rather than repeat them. The PEP is where everyone checks that the plans fit together and that the child's care arrangements support their education.

        ## Pupil Premium Plus

        The Department for Education gives the council a Pupil Premium Plus grant for each child in care of school age. The Virtual School Head manages the grant and passes most of it to schools through the PEP, to pay for support linked to the targets in the plan. Pupil Premium Plus adds to the provision that a child's school or EHC plan must make; it does not replace it. Schools receive Pupil Premium Plus for previously looked-after children directly, when the child's parents tell the school about their status.

        ## Designated teachers

        Every maintained school and academy must appoint a designated teacher for looked-after and previously looked-after children. The designated teacher leads on the PEP in school and makes sure that staff understand the needs of children in care. Where a child has SEND, the designated teacher and the SENCO work closely together, and in smaller schools they are often the same person.

        ## Our school advisory model

        We used to give each adviser a caseload of individual children. We now work to a school advisory model: each education adviser works with a group of schools to improve practice for every child in care on their roll, and works closely on an individual child's plan when the child's needs or circumstances call for it. This lets us spread good practice and reach the children placed outside Cambridgeshire as well as those in local schools.

        ## Who does what

        | Person or service | Their part in the education of a child in care with SEND |
        | Virtual School Head | Leads the council's duty to promote the educational achievement of the children it looks after; manages Pupil Premium Plus; reports to the Virtual School Management Board and the Corporate Parenting Board. |
        | Virtual School education adviser | Works with a group of schools; quality assures PEPs; advises on SEND, admissions, attendance and exclusions; brokers specialist advice. |
        | Designated teacher | Leads on the PEP in school; makes sure staff understand the child's needs; works with the SENCO on SEN support and EHC plans. |
        | SENCO | Co-ordinates the school's SEN provision, including SEN support plans and EHC plan reviews. |
        | Social worker | Starts the PEP when a child comes into care; makes sure education is considered in every decision about the child's care; shares parental responsibility on behalf of the council. |
        | Foster carer or residential carer | Supports learning day to day; attends PEP meetings and reviews; tells the school and social worker about changes that may affect the child. |
        | Independent reviewing officer | Chairs the child's looked-after reviews and checks that the education part of the care plan is working. |
        | SEND service | Carries out EHC needs assessments; issues, maintains and reviews EHC plans; names the school or setting in the plan. |
        | Child or young person | Gives their views at every review, with help if they want it, and, from age 16, takes their own decisions about their EHC plan. |

        # The kinds of special educational needs we support

        Children in care are much more likely than other children to have special educational needs. Nationally, more than half of the children who have been in care for a year or more have a special educational need, compared with fewer than one in five of all pupils. Many of the children we work with have an EHC plan.

        We support children with needs in each of the four broad areas described in the SEND Code of Practice:
        - communication and interaction, including speech, language and communication needs and autism;
        - cognition and learning, including moderate, severe, profound and multiple, and specific learning difficulties such as dyslexia;
        - social, emotional and mental health difficulties, including difficulties linked to attachment, trauma and loss;
        - sensory and physical needs, including vision impairment, hearing impairment, multi-sensory impairment and physical disability.

        Many children have needs in more than one area. Early adversity, separation from family, and changes of home and school can affect concentration, memory, language and behaviour in ways that look like a special educational need or that sit alongside one. We help schools look beneath a child's behaviour and ask what it is telling them, so that needs are identified accurately rather than assumed or missed.

        We support children in care at every stage of education and in every kind of setting: early years settings, mainstream schools, resource bases and special schools, alternative provision, independent and non-maintained special schools, further education colleges and training providers, in Cambridgeshire and across England.

        # Identifying and assessing special educational needs

        ## When a child comes into care

        When a child comes into care, the social worker starts the child's PEP and the Virtual School is told. We check whether the child has any identified special educational needs, whether an EHC plan is in place or an assessment is under way, and whether anything has been missed because of earlier moves between homes or schools. We ask previous schools for records so that nothing has to start again from the beginning.

        ## At each PEP review

        Each term the PEP review looks at the child's attainment, progress, attendance and wellbeing. Where a child is not making the progress expected of them, or their needs seem to have changed, the adviser asks the school whether the child's needs have been assessed and whether the school's graduated approach (assess, plan, do, review) is in place. We can help schools gather evidence and secure specialist advice, for example from an educational psychologist, a specialist teacher or a speech and language therapist.

        ## Education, health and care needs assessments

        Where a child may need more support than their school can provide from its own resources, an EHC needs assessment may be needed. A request can be made by the school, by a person with parental responsibility (for a child in care this includes the council as corporate parent), or by a young person aged 16 or over. The Virtual School can make a request or support one.

        The local authority must decide whether to carry out an assessment within six weeks of the request, and, if it decides to issue a plan, must issue the final EHC plan within 20 weeks of the request. We make sure that the SEND service knows when a child is in care, contribute education advice where it helps, and check that the EHC plan, the care plan and the PEP are consistent, including when a child moves home.

        ## Children placed outside Cambridgeshire

        Many of Cambridgeshire's children in care live and go to school outside the county. Their needs are identified and assessed in the same way, and we work with the SEND service and the virtual school of the area where the child lives so that assessments and reviews are not delayed by a move between areas.

        # Involving children and young people

        The voice of the child is central to everything we do. Children and young people are asked for their views at every PEP review, and a section of the PEP records what they say about school, what helps them learn, and what they want to achieve. Children can take part in their review meeting, speak to a trusted adult beforehand, or write or draw their contribution. Their views are also recorded in their EHC plan where they have one.

        Young people aged 16 and over have the right under the Children and Families Act 2014 to make requests and decisions about their own EHC plan, and we support them to do so. Children in care can also speak to their independent reviewing officer, ask for an independent advocate, and join the council's Children in Care Council, which tells senior leaders what matters to children in care. What children and young people tell us shapes our training and our priorities.

        # Involving parents and carers

        For a child in care, parental responsibility is usually shared between the council and the child's parents. Foster carers and residential carers know the child day to day and are key partners in the child's education. Carers are invited to every PEP review and should be involved in SEN support planning and EHC plan reviews. We offer carers training on the education system, special educational needs, and how to support learning at home.

        Birth parents are involved in their child's education where this is consistent with the child's care plan, and the social worker agrees with them how they will be kept informed.

        Parents of previously looked-after children, including adoptive parents and special guardians, can ask us for information and advice about their child's education. We can explain how support in school works, what Pupil Premium Plus their child's school receives, how to request an EHC needs assessment, and how school admissions work, and we can help them prepare for a conversation with their child's school.

        # Assessing and reviewing progress

        We review the progress of every child in care every term. Schools record attainment, progress, attendance, suspensions and SEND status in the PEP, and we analyse that information across all our children to decide where to focus support and challenge.

        For children with SEND, progress is measured against their own starting points and the outcomes in their SEN support plan or EHC plan, not only against age-related expectations. Small steps, such as better attendance, a settled start to the day or a new friendship, are recorded and celebrated.

        Where a child has an EHC plan, the annual review and a PEP review can be held together when that suits the child, provided that the requirements of both are met. The child's independent reviewing officer also reviews the education part of the care plan at each looked-after review.

        The Virtual School Management Board receives a report on the progress of our children every term and challenges us on what we are doing to improve it.

        ## What happens at a PEP review

        A PEP review usually takes place in school and lasts about an hour. Before the meeting, the designated teacher gathers up-to-date information about attainment, progress and attendance, and someone the child trusts asks for the child's views. At the meeting, everyone:
        - looks at what has gone well since the last review and celebrates it;
        - checks progress against the targets set last time, including targets in the SEN support plan or EHC plan;
        - agrees two or three clear targets for the coming term and the support that will help the child meet them;
        - agrees how Pupil Premium Plus will be used and how its impact will be checked;
        - notes anything in the child's care arrangements, such as a planned change of home, that could affect their education.

        The designated teacher records the review in the PEP, and the Virtual School checks its quality. If a PEP is not good enough, we ask for it to be improved and we help the school to do so.

        # Our approach to teaching

        High-quality teaching is the first and most important response to a child's special educational needs, and it is the responsibility of the child's school. We support schools to provide it by:
        - promoting relational, attachment-aware and trauma-informed practice, in which every child in care has at least one trusted adult in school;
        - encouraging high expectations, so that a child's care status or special educational needs never set a ceiling on what they can achieve;
        - sharing evidence about what works, including the guidance of the Education Endowment Foundation on supporting pupils with SEND;
        - using Pupil Premium Plus to fund targeted support agreed in the PEP, such as one-to-one or small group tuition, literacy and numeracy interventions, speech and language support, mentoring and therapeutic approaches.

        We expect the support funded through the PEP to have clear outcomes that are checked at the next review, so that what is not working can be changed quickly.

        # Adapting the curriculum and the learning environment

        Schools must make reasonable adjustments for disabled pupils under the Equality Act 2010, and must use their best endeavours to make the provision that a child with special educational needs requires. We advise schools on adaptations that help children in care in particular, including:
        - a key adult and a safe, predictable place to go when the child is overwhelmed;
        - careful planning for changes in the day, in staff and in routines, which can be harder for children who have experienced loss;
        - behaviour approaches that take account of a child's history and needs, and that avoid exclusion wherever possible;
        - sensitive handling of lessons and projects about families, birthdays or personal histories;
        - applying for exam access arrangements where a child is eligible.

        A part-time timetable should be used only in exceptional circumstances, for the shortest possible time, with a clear plan to return to full-time education, and with the agreement of the social worker and the Virtual School. When alternative provision is used, we check that it is suitable and registered where it needs to be, and that the child's progress and safety are monitored.

        # Expertise and training of staff

        Our team includes qualified teachers, former designated teachers and SENCOs, and staff with experience of early years, post-16 education and children's social care. Team members keep their knowledge up to date through regular training on special educational needs, attachment and trauma, and changes in law and guidance.

        We provide training for designated teachers, school governors, social care staff, foster carers and other professionals. Our programme covers the role of the designated teacher, writing effective PEPs, using Pupil Premium Plus, attachment and trauma-informed practice, special educational needs and the EHC process, school admissions, and avoiding exclusion. Every Cambridgeshire school can use our training and our information on statutory requirements, whether or not it has a child in our care on its roll, and the information applies equally to children in care from other local authorities.

        When a child needs specialist expertise, we help schools secure it through the council's SEND services, including educational psychologists and specialist teachers, and through health services such as child and adolescent mental health services (CAMHS) and therapy services. Specialist equipment and adaptations to buildings are arranged by the child's school, the SEND service or health services, and Pupil Premium Plus can pay for smaller resources that support a PEP target.

        # Evaluating the effectiveness of our work

        We judge how well our work supports children with SEND by:
        - analysing the attendance, progress, attainment and exclusions of children in care each term, including children with SEN support and those with EHC plans;
        - quality assuring PEPs against an agreed standard and giving schools and social workers feedback;
        - asking children, carers, schools and social workers what has helped and what has not;
        - checking the impact of support funded by Pupil Premium Plus at each PEP review;
        - reporting to the Virtual School Management Board every term, and to the Corporate Parenting Board in the Virtual School Head's annual report.

        What we learn shapes our priorities and our training programme for the following year.

        # Taking part in activities

        Children in care and children with SEND should be able to take part in the same activities as other children: clubs, trips, residential visits, sport, music and the arts. We encourage schools to plan reasonable adjustments early, so that no child is left out.

        Foster carers are usually given the authority to sign consent forms for day-to-day activities, so that a child does not miss out while permission is sought. Pupil Premium Plus can support a child to take part in activities that help them meet the targets in their PEP, and we promote enrichment opportunities for children in care during the school holidays.

        # Emotional, mental health and social development

        Many children in care have experienced trauma and loss, and their emotional wellbeing is as important to their education as their attainment. We support schools to:
        - make sure each child has a trusted adult and a plan for the times of day they find hardest;
        - use the information from the Strengths and Difficulties Questionnaire, which carers complete each year for every child in care, where it is shared to support the child's PEP;
        - work with the school's mental health lead, mental health support teams and CAMHS;
        - prevent and respond to bullying, including bullying related to a child's care status or disability;
        - listen to the child's views about what helps them feel safe and settled.

        Children in care are at greater risk of suspension and permanent exclusion than other children, and children with SEND are more so. We ask schools to contact us as soon as a child in care is at risk of suspension or exclusion, so that we can work together to find another way. Where a previously looked-after child is at risk of exclusion, their parents and their school can ask us for advice.

        # Working with other services

        We cannot support children well on our own. We work with:
        - children's social care, including social workers, independent reviewing officers, fostering and residential services, and the leaving care service;
        - the council's SEND services, including the statutory assessment team, educational psychologists and specialist teachers;
        - health services, including the looked-after children's health team, CAMHS and therapy services;
        - admissions, attendance and inclusion services, and early years and post-16 teams;
        - the virtual schools of other local authorities, when a child moves between areas;
        - careers advisers, colleges, training providers and employers;
        - voluntary organisations that support children, families and carers;
        - the Corporate Parenting Board, which holds the council to account for the outcomes of the children it looks after.

        Since 2021, virtual school heads have also had a strategic, non-statutory role to champion the education of children with a social worker. In that role we work with schools and social care to improve attendance, attainment and inclusion for those children, many of whom also have special educational needs.

        # Moving between schools and preparing for adulthood

        ## Moves between schools

        Changes of school are a particular risk for children in care. We work with social care so that the effect on a child's education is considered before any change of home, and we aim to avoid moves of school during key stage 4 and in the middle of a school year. When a child in care needs a school place, they have the highest priority in school admissions, and we help social workers and schools secure a place quickly.

        When a child moves school, we make sure their records, PEP and any EHC plan move with them, and that the new school knows about their needs before they arrive. We pay particular attention to the start of school, to the move from primary to secondary school, and to the move into post-16 education.

        ## Preparing for adulthood

        For young people with EHC plans, reviews from year 9 onwards focus on preparing for adulthood: employment, independent living, being part of the community, and good health. We make sure that the young person's pathway plan, PEP and EHC plan support the same goals.

        Young people in care continue to have a PEP while they are in education or training up to the end of year 13. We work with careers advisers, colleges and the leaving care service so that each young person has a suitable place in education, employment or training, and knows about the financial support available to them, including the 16 to 19 bursary for vulnerable students and the support that universities and colleges offer to care leavers. An EHC plan can continue up to the age of 25 while a young person remains in education or training and needs it.

        # Information, advice and support

        Cambridgeshire's SEND Information, Advice and Support Service gives free, impartial and confidential information and advice about special educational needs and disabilities to children, young people, parents and carers. It can help with school support, EHC needs assessments, plans and reviews, and disagreements. Its contact details are published in the Local Offer.

        Foster carers can also ask their supervising social worker or the Virtual School for advice about a child's education, and parents of previously looked-after children can contact the Virtual School directly.

        # Complaints and disagreements

        If you are worried about the support a child receives, please tell us early: most concerns can be resolved by talking.
        - About support in school: speak first to the child's class teacher, the designated teacher or the SENCO. If that does not resolve the concern, use the school's complaints procedure.
        - About an EHC needs assessment or plan: contact the council's SEND service. Disagreement resolution and mediation are available, and parents and young people have the right to appeal certain decisions to the First-tier Tribunal (Special Educational Needs and Disability). Before most appeals, you need to contact a mediation adviser.
        - About the Virtual School: contact the Virtual School Head. If we cannot resolve the matter, you can use the council's complaints procedure. Children in care, and people acting on their behalf, can also use the children's social care complaints procedure and can be helped by an advocate.
        - If you are still not satisfied after the council's complaints procedure, you can ask the Local Government and Social Care Ombudsman to look at your complaint.

        Complaints of disability discrimination by a school can be made to the First-tier Tribunal (Special Educational Needs and Disability).

        # Questions carers and parents often ask

        ## Does a child in care with SEND get priority for a school place?

        Yes. Children in care, and previously looked-after children, have the highest priority in the oversubscription criteria of every state-funded school, and a school named in a child's EHC plan must admit the child. If a child in care cannot get a place quickly, the council can direct a maintained school to admit them, and can ask the Secretary of State to direct an academy.

        ## Who can ask for an EHC needs assessment for a child in care?

        The child's school, the council as the child's corporate parent, and any parent with parental responsibility can ask. Foster carers can raise their concerns with the school, the social worker or the Virtual School, who will help to make the request where it is needed. A young person aged 16 or over can make the request for themselves.

        ## Can Pupil Premium Plus pay for support named in an EHC plan?

        Pupil Premium Plus is meant to add to the support a child already receives. The provision in an EHC plan must be made by the school or the local authority whether or not Pupil Premium Plus is available. Pupil Premium Plus can pay for extra support that helps the child meet their PEP targets.

        ## What happens to the EHC plan when a child moves home?

        The plan moves with the child. We work with the SEND services of both areas, and with the new school, so that the provision in the plan continues and the child's needs are known before they start.

        ## My adopted child is struggling at school. Can the Virtual School help?

        Yes. We give information and advice to the parents of previously looked-after children and to their schools. We cannot take over the school's responsibility for meeting your child's needs, but we can help you understand what support should be available and how to ask for it.

        # Law and guidance this report draws on

        | Title | Publisher and date |
        | Children Act 1989, section 22 (duty to promote the educational achievement of looked-after children) | UK Parliament, 1989, as amended |
        | Children and Families Act 2014, Part 3 (children and young people in England with special educational needs or disabilities) | UK Parliament, 2014 |
        | Special educational needs and disability code of practice: 0 to 25 years | Department for Education and Department of Health, January 2015 |
        | Promoting the education of looked-after children and previously looked-after children | Department for Education, February 2018 |
        | The designated teacher for looked-after and previously looked-after children | Department for Education, February 2018 |
        | School Admissions Code | Department for Education, September 2021 |
        | Promoting the education of children with a social worker: virtual school head role extension | Department for Education, June 2021 |
        | Equality Act 2010 | UK Parliament, 2010 |

        # The local authority's Local Offer

        Cambridgeshire County Council publishes its SEND Local Offer on its website. It brings together information about education, health and social care services for children and young people with SEND from birth to 25, including short breaks, transport, preparing for adulthood, and how to request an EHC needs assessment. Every local authority publishes a Local Offer, so when a child lives outside Cambridgeshire, the Local Offer of the area where they live will also be relevant.

        # Reviewing this report

        We review this report every year, and sooner if law, guidance or our services change. If you need the report in another format, such as large print, easy read or a version that works better with assistive technology, please ask the Virtual School and we will provide it.

        # Glossary

        | Term | What it means |
        | Care plan | The plan that a local authority must make for every child it looks after, setting out how it will meet the child's needs. The PEP is part of it. |
        | CAMHS | Child and adolescent mental health services. |
        | Corporate parent | The council, and everyone who works for it, in its role as the parent of the children it looks after. |
        | Designated teacher | The teacher in each school who leads on the education of looked-after and previously looked-after children. |
        | EHC plan | An education, health and care plan: a legal document describing a child's special educational needs and the provision that must be made for them. |
        | Graduated approach | The cycle of assess, plan, do and review that schools use to identify and meet special educational needs. |
        | Independent reviewing officer | An experienced social worker, independent of the child's case, who chairs the child's looked-after reviews and checks that the care plan is working. |
        | Local Offer | The information every local authority publishes about services for children and young people with SEND from birth to 25. |
        | PEP | Personal Education Plan: the part of a child's care plan that sets out their education needs, targets and support, reviewed every term. |
        | Pupil Premium Plus | Extra funding for the education of children in care, managed by the Virtual School Head, and for previously looked-after children, paid to their schools. |
        | SENCO | Special educational needs co-ordinator: the teacher in a school who co-ordinates support for pupils with SEN. |
        | SEN support | Support for a child with special educational needs that a school provides from its own resources, without an EHC plan. |
        | Virtual School Head | The council officer responsible for promoting the educational achievement of the children the council looks after. |
        """;
}

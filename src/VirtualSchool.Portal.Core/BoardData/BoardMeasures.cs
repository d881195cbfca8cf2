namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>The Board's termly measures (its terms of reference: attainment at Key Stages 2 and 4, attendance, PEPs, the use of Pupil Premium Plus), in the order the dashboard shows them.</summary>
public static class BoardMeasures
{
    public const string Cohort = "cohort";

    public static readonly IReadOnlyList<BoardMeasure> All =
    [
        new(Cohort, "Children looked after of school age", "The children", MeasureKind.Count, false, "Children of compulsory school age looked after by the council on the last day of the term."),
        new("ehc-plan", "Children with an education, health and care plan", "The children", MeasureKind.Percentage, true, "Children with an EHC plan, of the children looked after of school age.") { HigherIsBetter = null },
        new("ks2-reading", "Key Stage 2: reading at the expected standard", "Attainment", MeasureKind.Percentage, true, "Pupils at the end of Key Stage 2 reaching the expected standard in reading.") { HigherIsBetter = true },
        new("ks2-writing", "Key Stage 2: writing at the expected standard", "Attainment", MeasureKind.Percentage, true, "Pupils at the end of Key Stage 2 reaching the expected standard in writing (teacher assessment).") { HigherIsBetter = true },
        new("ks2-maths", "Key Stage 2: maths at the expected standard", "Attainment", MeasureKind.Percentage, true, "Pupils at the end of Key Stage 2 reaching the expected standard in maths.") { HigherIsBetter = true },
        new("ks2-rwm", "Key Stage 2: reading, writing and maths at the expected standard", "Attainment", MeasureKind.Percentage, true, "Pupils at the end of Key Stage 2 reaching the expected standard in all three.") { HigherIsBetter = true },
        new("ks4-attainment8", "Key Stage 4: Attainment 8 (average score)", "Attainment", MeasureKind.Average, true, "The average Attainment 8 score of pupils at the end of Key Stage 4.") { HigherIsBetter = true },
        new("ks4-english-maths-4", "Key Stage 4: grade 4 or above in English and maths", "Attainment", MeasureKind.Percentage, true, "Pupils at the end of Key Stage 4 with grade 4 or above in both English and maths GCSEs.") { HigherIsBetter = true },
        new("attendance", "Attendance", "Attendance and exclusions", MeasureKind.Rate, true, "Sessions attended, as a percentage of possible sessions, this term.") { HigherIsBetter = true },
        new("persistent-absence", "Persistent absence", "Attendance and exclusions", MeasureKind.Percentage, true, "Pupils missing 10% or more of their possible sessions this term.") { HigherIsBetter = false },
        new("suspensions", "Pupils with one or more suspensions", "Attendance and exclusions", MeasureKind.Count, false, "Pupils suspended at least once this term.") { HigherIsBetter = false },
        new("permanent-exclusions", "Permanent exclusions", "Attendance and exclusions", MeasureKind.Count, false, "Pupils permanently excluded this term.") { HigherIsBetter = false },
        new("pep-on-time", "Personal Education Plans completed on time", "Personal Education Plans", MeasureKind.Percentage, false, "Children whose PEP was reviewed within the term's timescale.") { HigherIsBetter = true },
        new("pep-good", "Personal Education Plans rated good or better", "Personal Education Plans", MeasureKind.Percentage, false, "PEPs the Virtual School's quality assurance rated good or better, of those reviewed.") { HigherIsBetter = true },
        new("ppplus-allocated", "Pupil Premium Plus allocated", "Pupil Premium Plus", MeasureKind.Money, false, "Pupil Premium Plus passed to schools this term, in pounds."),
        new("ppplus-spent", "Pupil Premium Plus spent", "Pupil Premium Plus", MeasureKind.Money, false, "Pupil Premium Plus schools report as spent this term, in pounds."),
        new("neet", "Young people not in education, employment or training", "Post-16", MeasureKind.Percentage, true, "Care leavers aged 16 to 18 not in education, employment or training.") { HigherIsBetter = false },
    ];

    /// <summary>The measure with this code (case-insensitive), or null: an unknown measure.</summary>
    public static BoardMeasure? Find(string? code) =>
        All.FirstOrDefault(m => string.Equals(m.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}

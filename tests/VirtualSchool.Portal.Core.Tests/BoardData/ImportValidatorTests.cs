using System.Text;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.BoardData.Import;

namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>The upload's row-by-row checks: every error listed with its row and column, figures only from a valid file.</summary>
[Trait("Category", "Unit")]
public sealed class ImportValidatorTests
{
    private const string Header = "measure,group,count,cohort,value,national,name\n";

    private static BoardImportResult Check(string rows) =>
        BoardFileReader.Check(new MemoryStream(Encoding.UTF8.GetBytes(Header + rows)), "term.csv");

    [Fact]
    public void A_valid_file_gives_its_figures_with_percentages_worked_out_in_the_catalogue_order()
    {
        var result = Check("""
            attendance,all,,148,91.2%,90.1,
            cohort,all,148,,,,Children looked after
            ks2-reading,all,7,14,,62,
            ppplus-spent,all,,148,"£118,500",,
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(["cohort", "ks2-reading", "attendance", "ppplus-spent"], result.Figures.Select(f => f.Measure));
        Assert.Equal(new BoardFigure("ks2-reading", "all", 7, 14, 50.0m, 62m), result.Figures[1]);
        Assert.Equal(new BoardFigure("attendance", "all", null, 148, 91.2m, 90.1m), result.Figures[2]);
        Assert.Equal(118_500m, result.Figures[3].Value);
        Assert.Equal(148, result.Figures[0].Value);
    }

    [Fact]
    public void Every_error_is_listed_with_its_row_and_column_and_no_figures_are_returned()
    {
        var result = Check("""
            attendance,all,,148,91.2,90.1,
            reading-age,all,3,10,,,
            ks2-maths,all,12,10,,,
            attendance,girls,,70,104,,
            ks2-reading,pupils,4,10,,,
            suspensions,all,2.5,,,,
            cohort,all,148,,,3,
            """);

        Assert.False(result.IsValid);
        Assert.Empty(result.Figures);
        var errors = result.Errors.Select(e => e.Text).ToList();
        Assert.Contains(errors, e => e.StartsWith("Row 3, column measure: “reading-age” is not a measure", StringComparison.Ordinal));
        Assert.Contains("Row 4, column count: The count (12) is larger than its cohort (10)", errors);
        Assert.Contains("Row 5, column value: A rate is a percentage: it cannot be over 100", errors);
        Assert.Contains(errors, e => e.StartsWith("Row 6, column group: “pupils” is not a group", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Row 7, column count: The count must be a whole number", StringComparison.Ordinal));
        Assert.Contains("Row 8, column national: No national figure is published for this measure: leave national empty", errors);
        Assert.Equal(6, errors.Count);
        Assert.Equal(result.Errors.OrderBy(e => e.Row).Select(e => e.Row), result.Errors.Select(e => e.Row));
    }

    [Fact]
    public void A_percentage_typed_over_100_or_not_matching_its_count_is_refused()
    {
        var over = Check("ks2-reading,all,7,14,150,,\n");
        var wrong = Check("ks2-reading,all,7,14,60,,\n");
        var right = Check("ks2-reading,all,7,14,50.0,,\n");

        Assert.Equal("Row 2, column value: A percentage cannot be over 100", Assert.Single(over.Errors).Text);
        Assert.Contains("is not the count divided by the cohort (50.0%)", Assert.Single(wrong.Errors).Text, StringComparison.Ordinal);
        Assert.True(right.IsValid);
    }

    [Fact]
    public void A_measure_and_group_given_twice_is_refused_on_the_second_row()
    {
        var result = Check("suspensions,all,12,,,,\nsuspensions,ALL,13,,,,\n");

        Assert.Equal("Row 3: The measure suspensions for the group all is already on row 2: give each measure and group once", Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void A_breakdown_whose_parts_do_not_add_up_to_all_children_is_refused()
    {
        var result = Check("suspensions,all,12,,,,\nsuspensions,girls,3,,,,\nsuspensions,boys,8,,,,\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("count", error.Column);
        Assert.Contains("girls and boys add up to 11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_figures_are_left_out_and_a_file_with_none_is_refused()
    {
        var some = Check("attendance,all,,,,,Attendance\n\nsuspensions,all,4,,,,\n");
        var none = Check("attendance,all,,,,,Attendance\n");

        Assert.Equal("suspensions", Assert.Single(some.Figures).Measure);
        Assert.Contains("no figures", Assert.Single(none.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_kind_of_measure_needs_its_own_columns()
    {
        var result = Check("""
            attendance,all,140,,91.2,,
            ks4-attainment8,all,,12,95,,
            ehc-plan,all,,148,,,
            ppplus-allocated,all,3,,,,
            """);

        var errors = result.Errors.Select(e => e.Text).ToList();
        Assert.Contains("Row 2, column count: Leave the count empty for a rate: give the value and the cohort", errors);
        Assert.Contains("Row 2, column cohort: Enter the cohort", errors);
        Assert.Contains("Row 3, column value: An average score (Attainment 8) cannot be over 90", errors);
        Assert.Contains("Row 4, column count: Enter the count", errors);
        Assert.Contains("Row 5, column count: Leave the count empty for an amount of money: give the value in pounds", errors);
        Assert.Contains("Row 5, column value: Enter the amount in pounds", errors);
    }

    [Fact]
    public void A_file_with_more_rows_than_any_term_needs_is_refused_whole()
    {
        var result = Check(string.Concat(Enumerable.Repeat("nonsense,all,1,,,,\n", XlsxSheetReader.MaxRows + 1)));

        Assert.Contains("more than 2000", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_template_columns_is_refused_before_any_row()
    {
        var result = BoardFileReader.Check(new MemoryStream(Encoding.UTF8.GetBytes("measure,group,amount\nsuspensions,all,4\n")), "term.csv");

        Assert.Equal(["count", "cohort", "value", "national"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(1, e.Row));
    }

    [Fact]
    public void The_template_checks_as_a_file_with_no_figures_and_every_row_names_a_known_measure_and_group()
    {
        var result = BoardFileReader.Check(new MemoryStream(BoardTemplate.Csv()), BoardTemplate.CsvFileName);

        Assert.Contains("no figures", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
        Assert.Equal(BoardMeasures.All.Count * BoardGroups.Known.Count, BoardTemplate.Rows().Count());
    }
}

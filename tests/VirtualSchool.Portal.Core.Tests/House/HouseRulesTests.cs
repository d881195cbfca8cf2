using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VirtualSchool.Portal.Core.Tests.House;

/// <summary>
/// The size limits the style guide sets, checked on every C# file under src/ and tests/ (not migrations or
/// generated code): a file over 400 lines or a method over 80 is a sign that it does more than one thing. Syntax
/// only, so it runs in a moment; a failure lists every offender with its path from the repository root.
/// </summary>
[Trait("Category", "House")]
public sealed class HouseRulesTests
{
    private const int MaxFileLines = 400;
    private const int MaxMemberLines = 80;

    private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    [Fact]
    public void No_source_file_is_over_400_lines()
    {
        var offenders = SourceFiles()
            .Select(f => (f.Path, Lines: LineCount(File.ReadAllText(f.FullPath))))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.Path}: {f.Lines} lines")
            .ToList();

        Assert.True(offenders.Count == 0, $"{offenders.Count} file(s) over {MaxFileLines} lines:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void No_method_constructor_local_function_or_accessor_is_over_80_lines()
    {
        var offenders = new List<string>();
        foreach (var (path, fullPath) in SourceFiles())
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(fullPath), Parse, fullPath);
            foreach (var member in tree.GetRoot().DescendantNodes().Where(IsMeasured))
            {
                var span = tree.GetLineSpan(member.Span);
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMemberLines)
                {
                    offenders.Add($"{path}:{span.StartLinePosition.Line + 1} {NameOf(member)}: {lines} lines");
                }
            }
        }

        Assert.True(offenders.Count == 0, $"{offenders.Count} method(s) over {MaxMemberLines} lines:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_check_measures_a_method_from_its_first_line_to_its_last()
    {
        // A check that finds nothing must be able to find something: a method of 81 lines is one too many.
        var body = string.Concat(Enumerable.Repeat("        Console.WriteLine();\n", 78));
        var tree = CSharpSyntaxTree.ParseText($"class C\n{{\n    void M()\n    {{\n{body}    }}\n}}\n", Parse);
        var method = tree.GetRoot().DescendantNodes().Single(IsMeasured);
        var span = tree.GetLineSpan(method.Span);

        Assert.Equal(81, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        Assert.Equal("C.M", NameOf(method));
        Assert.Equal(400, LineCount(string.Concat(Enumerable.Repeat("line\n", 400))));
    }

    private static bool IsMeasured(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax;

    private static string NameOf(SyntaxNode member)
    {
        var name = member switch
        {
            MethodDeclarationSyntax m => m.Identifier.Text,
            ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
            LocalFunctionStatementSyntax l => l.Identifier.Text + " (local function)",
            AccessorDeclarationSyntax a => $"{(a.Parent?.Parent as BasePropertyDeclarationSyntax) switch { PropertyDeclarationSyntax p => p.Identifier.Text, IndexerDeclarationSyntax => "this[]", EventDeclarationSyntax e => e.Identifier.Text, _ => "?" }}.{a.Keyword.Text}",
            _ => member.Kind().ToString(),
        };
        var type = member.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return type is null ? name : $"{type.Identifier.Text}.{name}";
    }

    /// <summary>Lines as an editor numbers them: a last line without a newline still counts.</summary>
    private static int LineCount(string text) =>
        text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

    /// <summary>Every C# file under src/ and tests/, by its path from the repository root, without build output, migrations or generated code.</summary>
    private static IEnumerable<(string Path, string FullPath)> SourceFiles()
    {
        var root = RepositoryRoot();
        return new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(full => (Path: Path.GetRelativePath(root, full).Replace('\\', '/'), FullPath: full))
            .Where(f => !IsExcluded(f.Path) && !IsGenerated(f.FullPath))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    private static bool IsExcluded(string path) =>
        path.Contains("/obj/", StringComparison.Ordinal) || path.Contains("/bin/", StringComparison.Ordinal)
        || path.Contains("/Migrations/", StringComparison.Ordinal)
        || path.EndsWith(".g.cs", StringComparison.Ordinal) || path.EndsWith(".Designer.cs", StringComparison.Ordinal);

    private static bool IsGenerated(string fullPath)
    {
        using var reader = new StreamReader(fullPath);
        return reader.ReadLine()?.Contains("<auto-generated", StringComparison.Ordinal) == true;
    }

    /// <summary>The folder with the solution file, found by walking up from where the tests run.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VirtualSchool.Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No VirtualSchool.Portal.sln above {AppContext.BaseDirectory}");
    }
}

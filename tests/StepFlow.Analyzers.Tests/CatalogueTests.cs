using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StepFlow.Analyzers.Tests.Support;
using StepFlow.Asl.Validation;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>The Roslyn descriptors, the rule catalogue, the docs and release tracking stay in step.</summary>
public sealed class CatalogueTests
{
    private static readonly AslRuleDescriptor[] Catalogue = AslValidator.Descriptors.Concat(CodeFirstRules.All).OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_catalogue_entry_has_a_matching_descriptor()
    {
        Assert.Equal(Catalogue.Select(d => d.Id), Descriptors.All.Select(d => d.Id));
        foreach (var (rule, descriptor) in Catalogue.Zip(Descriptors.All))
        {
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
            Assert.Equal(Severity(rule.Severity), descriptor.DefaultSeverity);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_id_has_a_documentation_page_with_what_why_bad_and_good()
    {
        var docs = Path.Combine(RepositoryRoot.Find(), "docs", "diagnostics");
        foreach (var rule in Catalogue)
        {
            var page = Path.Combine(docs, rule.Id + ".md");
            Assert.True(File.Exists(page), page + " is missing");
            var text = File.ReadAllText(page);
            Assert.All(new[] { "## What", "## Why", "## Bad", "## Good" }, heading => Assert.Contains(heading, text));
        }
    }

    [Fact]
    public void Every_id_is_release_tracked()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "analyzers", "StepFlow.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(Catalogue, rule => Assert.Contains(rule.Id + " | " + rule.Category + " | " + rule.Severity + " |", unshipped));
    }

    private static DiagnosticSeverity Severity(AslSeverity severity) => severity switch
    {
        AslSeverity.Error => DiagnosticSeverity.Error,
        AslSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}

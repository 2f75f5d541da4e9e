using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests;

/// <summary>
/// The pipeline caches: an edit that does not touch a workflow leaves every step Cached or Unchanged, a changed
/// retry changes the output, and no step's value holds a symbol, syntax node or compilation.
/// </summary>
public sealed class IncrementalTests
{
    private const string Unrelated = "namespace Other { public static class Helper { public static int Value => 1; } }";

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compile(Inputs.DataPipeline().Append(Unrelated).ToArray());
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = ReplaceTree(compilation, Unrelated, Unrelated.Replace("Value => 1", "Value => 2"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.Workflows, TrackingNames.ValidWorkflows })
        {
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                name + " was " + output.Reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_a_retry_modifies_the_output()
    {
        var sources = Inputs.DataPipeline();
        var compilation = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var before = GeneratorHarness.Generated(driver.GetRunResult(), ".StateMachine.g.cs");

        var edited = ReplaceTree(compilation, sources[0], ReplaceOnce(sources[0], "MaxAttempts = 5", "MaxAttempts = 6"));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.ValidWorkflows].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        var after = GeneratorHarness.Generated(driver.GetRunResult(), ".StateMachine.g.cs");
        Assert.NotEqual(before, after);
        Assert.Contains("\"\"MaxAttempts\"\": 6", after); // inside the verbatim literal
    }

    [Fact]
    public void Pipeline_values_hold_no_symbols_syntax_or_compilations()
    {
        var compilation = GeneratorHarness.Compile(Inputs.DataPipeline());
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        // Only StepFlow's own steps: Roslyn's internal attribute-lookup steps legitimately hold syntax.
        var values = new[] { TrackingNames.Workflows, TrackingNames.ValidWorkflows }
            .SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), "value");
        }
    }

    private static void AssertNoBannedTypes(object? node, HashSet<object> visited, string path)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree, path + " holds a " + node.GetType().Name);
        if (node is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, visited, path + "[" + i++ + "]");
            }

            return;
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(node), visited, path + "." + field.Name);
        }
    }

    private static CSharpCompilation ReplaceTree(CSharpCompilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString() == oldText);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
    }

    private static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, "'" + oldValue + "' not found");
        return text.Substring(0, index) + newValue + text.Substring(index + oldValue.Length);
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Validation;

namespace StepFlow.Analyzers;

/// <summary>
/// Reports once per id and place, and lets the more precise C# diagnostic win: the parser and the rule engine can
/// both notice a missing StartAt, and a nameof(NotAState) target is also an unknown state to the engine.
/// </summary>
internal sealed class DiagnosticReporter
{
    private readonly Compilation _compilation;
    private readonly System.Action<Diagnostic> _report;
    private readonly HashSet<(string Id, Location Location)> _reported = new();
    private readonly HashSet<string> _reportedIds = new();
    private readonly HashSet<Location> _codeFirstLocations = new();

    public DiagnosticReporter(Compilation compilation, System.Action<Diagnostic> report)
    {
        _compilation = compilation;
        _report = report;
    }

    public void Report(AslRuleDescriptor rule, Location location, string message)
    {
        if (location.IsInSource && !_compilation.ContainsSyntaxTree(location.SourceTree))
        {
            location = Location.None;
        }

        if (_reported.Add((rule.Id, location)))
        {
            _reportedIds.Add(rule.Id);
            if (rule.Id.StartsWith("SF1", System.StringComparison.Ordinal))
            {
                _codeFirstLocations.Add(location);
            }

            _report(Diagnostic.Create(Descriptors.For(rule), location, message));
        }
    }

    /// <summary>A rule engine finding, unless the parser already reported its id or a C# check already explained that spot.</summary>
    public void ReportFinding(AslRuleDescriptor rule, Location location, string message)
    {
        if ((rule.Id == StepFlow.Asl.Validation.Rules.StartAtRule.Missing.Id && _reportedIds.Contains(rule.Id)) || _codeFirstLocations.Contains(location))
        {
            return;
        }

        Report(rule, location, message);
    }
}

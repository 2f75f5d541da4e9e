using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// The build as csc runs it: the analyzers are attached to the compilation that is emitted (so they read the binding
/// the emit did), then their pass drains the queued events. No analyzers: a plain emit.
/// </summary>
public static class CscBuild
{
    /// <summary>True when the project emitted and the analyzers reported nothing.</summary>
    public static async Task<bool> RunAsync(IReadOnlyList<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = SyntheticProject.Compile(trees);
        using var stream = new MemoryStream();
        if (analyzers.IsEmpty)
        {
            return compilation.Emit(stream).Success;
        }

        var withAnalyzers = compilation.WithAnalyzers(analyzers);
        var emitted = withAnalyzers.Compilation.Emit(stream).Success;
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return emitted && diagnostics.IsEmpty;
    }
}

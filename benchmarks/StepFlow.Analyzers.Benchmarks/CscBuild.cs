using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// An in-process build with analyzers: emit, then the analyzer pass of <see cref="CompilationWithAnalyzers"/>. Unlike
/// csc, which attaches the analyzers to the compilation it emits, that pass analyzes a clone of the compilation that
/// it binds again, so the driver costs far more here than in the compiler (an empty analyzer: +86% against +2% to
/// +16% with the SDK's csc, `real-csc` in the generator benchmarks). No analyzers: a plain emit.
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

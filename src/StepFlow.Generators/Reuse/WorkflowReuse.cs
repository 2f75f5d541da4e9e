using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Reuse;

/// <summary>
/// Lets a re-run skip parsing a workflow whose source files are the very same syntax trees as last time, in an
/// equivalent compilation environment. ForAttributeWithMetadataName re-runs its transform for every workflow on
/// every compilation change, and binding the attributes again cost about as much as a third of a compile on a
/// 100-workflow project after an edit to an unrelated file. Syntax trees are immutable and a host keeps the ones
/// it did not change, so "same tree objects" means "same text", and the dependency set says which texts count.
/// Only successful parses are kept; entries live as long as the class declaration they belong to.
/// </summary>
internal static class WorkflowReuse
{
    private static readonly ConditionalWeakTable<SyntaxNode, Slot> Entries = new();
    private static int s_reused;

    /// <summary>How many parses were skipped since the process started (for tests).</summary>
    public static int ReusedCount => Volatile.Read(ref s_reused);

    public static WorkflowSpec? TryReuse(SyntaxNode declaration, Compilation compilation)
    {
        if (!Entries.TryGetValue(declaration, out var slot) || slot.Entry is not { } entry || !entry.Environment.IsEquivalentTo(CompilationEnvironment.Of(compilation)))
        {
            return null;
        }

        foreach (var dependency in entry.Dependencies)
        {
            if (!dependency.TryGetTarget(out var tree) || !compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }
        }

        Interlocked.Increment(ref s_reused);
        return entry.Spec;
    }

    public static void Remember(SyntaxNode declaration, Compilation compilation, SourceDependencies dependencies, WorkflowSpec spec)
    {
        if (!dependencies.IsReusable)
        {
            return;
        }

        // Weak: a dependency that was edited is gone from newer compilations, and its old tree must not be kept alive.
        var trees = new List<WeakReference<SyntaxTree>>();
        foreach (var tree in dependencies.Trees)
        {
            trees.Add(new WeakReference<SyntaxTree>(tree));
        }

        Entries.GetValue(declaration, static _ => new Slot()).Entry = new Entry(CompilationEnvironment.Of(compilation), trees.ToArray(), spec);
    }

    /// <summary>The latest entry of one declaration, replaced as a whole (netstandard2.0's table has no AddOrUpdate).</summary>
    private sealed class Slot
    {
        private volatile Entry? _entry;

        public Entry? Entry
        {
            get => _entry;
            set => _entry = value;
        }
    }

    private sealed class Entry
    {
        public Entry(CompilationEnvironment environment, WeakReference<SyntaxTree>[] dependencies, WorkflowSpec spec)
        {
            Environment = environment;
            Dependencies = dependencies;
            Spec = spec;
        }

        public CompilationEnvironment Environment { get; }

        public WeakReference<SyntaxTree>[] Dependencies { get; }

        public WorkflowSpec Spec { get; }
    }
}

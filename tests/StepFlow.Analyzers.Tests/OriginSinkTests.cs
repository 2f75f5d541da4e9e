using System;
using Microsoft.CodeAnalysis;
using StepFlow.Analyzers.Tests.Support;
using StepFlow.Asl;
using StepFlow.Asl.Json;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>
/// The origin table is reused by the next workflow analyzed on the same thread: it must come back empty, or a value
/// the next workflow shares by identity (<see cref="AslObject.Empty"/>) would keep the previous workflow's origin, and
/// the first recording of it, which wins, would be lost: its diagnostic would point into the wrong class.
/// </summary>
public sealed class OriginSinkTests
{
    private static readonly ISymbol Declaring = TestCompilation.Create("class Declaring { }").GetTypeByMetadataName("Declaring")!;

    [Fact]
    public void A_table_handed_back_serves_the_next_workflow_empty()
    {
        var shared = AslObject.Empty;
        var state = new AslObject(EquatableArray<AslProperty>.Empty);
        using (var first = new OriginSink())
        {
            first.Declared(shared, Declaring, attribute: null);
            first.Declared(state, Declaring, attribute: null);
            Assert.True(first.TryGet(shared, out var origin));
            Assert.Same(Declaring, origin.Symbol);
        }

        using var next = new OriginSink();
        Assert.False(next.TryGet(shared, out _));
        Assert.False(next.TryGet(state, out _));
    }

    [Fact]
    public void Two_sinks_open_on_one_thread_keep_their_own_origins()
    {
        var value = new AslString("Next");
        using var outer = new OriginSink();
        outer.Declared(value, Declaring, attribute: null);
        using (var inner = new OriginSink())
        {
            Assert.False(inner.TryGet(value, out _));
        }

        Assert.True(outer.TryGet(value, out _));
    }

    [Fact]
    public void A_disposed_sink_refuses_to_be_used()
    {
        var sink = new OriginSink();
        sink.Dispose();
        Assert.Throws<ObjectDisposedException>(() => sink.TryGet(AslObject.Empty, out _));
    }
}

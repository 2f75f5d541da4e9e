using System.Linq;
using StepFlow.Asl.Json;
using Xunit;

namespace StepFlow.Generators.Tests.Asl;

/// <summary>The canonical member order: known ASL fields by their rank, unknown names after them in insertion order.</summary>
public sealed class CanonicalOrderTests
{
    [Fact]
    public void Known_fields_sort_by_rank_and_unknown_names_keep_their_order_last()
    {
        var built = new AslObjectBuilder()
            .Set("zeta", "1")
            .Set("Next", "B")
            .Set("alpha", "2")
            .Set("Type", "Task")
            .Set("Comment", "c")
            .ToCanonicalObject();

        Assert.Equal(new[] { "Comment", "Type", "Next", "zeta", "alpha" }, built.Properties.Select(p => p.Name));
    }

    [Fact]
    public void A_member_moved_back_carries_its_rank_along()
    {
        // Highest rank first, then the lowest, then the middle one: the middle one must still pass the highest.
        var built = new AslObjectBuilder().Set("Next", "B").Set("Comment", "c").Set("Type", "Pass").ToCanonicalObject();

        Assert.Equal(new[] { "Comment", "Type", "Next" }, built.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Objects_larger_than_the_rank_scratch_array_sort_the_same_way()
    {
        // 70 members: more than the per-thread scratch array holds, so the sort takes its own array.
        var builder = new AslObjectBuilder();
        for (var i = 69; i >= 0; i--)
        {
            builder.Set("custom" + i, "x");
        }

        builder.Set("Type", "Pass").Set("Comment", "c");
        var names = builder.ToCanonicalObject().Properties.Select(p => p.Name).ToArray();

        Assert.Equal(new[] { "Comment", "Type" }.Concat(Enumerable.Range(0, 70).Select(i => "custom" + (69 - i))), names);
    }

    [Fact]
    public void A_small_object_sorted_after_a_large_one_is_not_confused_by_the_reused_ranks()
    {
        var large = new AslObjectBuilder();
        for (var i = 0; i < 40; i++)
        {
            large.Set("custom" + i, "x");
        }

        large.Set("Type", "Pass").ToCanonicalObject();
        var small = new AslObjectBuilder().Set("End", new AslBoolean(true)).Set("Type", "Succeed").ToCanonicalObject();

        Assert.Equal(new[] { "Type", "End" }, small.Properties.Select(p => p.Name));
    }
}

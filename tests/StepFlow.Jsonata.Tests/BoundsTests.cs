using System;
using System.Diagnostics;
using System.Threading;
using Xunit;

namespace StepFlow.Jsonata.Tests;

/// <summary>Runaway expressions end with U1001 (never a hang or a process-killing stack overflow).</summary>
public sealed class BoundsTests
{
    [Fact]
    public void Unbounded_recursion_stops_with_U1001_under_default_options()
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("($f := function($n){ $n + $f($n + 1) }; $f(0))"));
        Assert.Equal("U1001", e.Code);
    }

    [Fact]
    public void Recursion_is_stopped_even_with_an_unreasonable_depth_limit()
    {
        // The depth option is huge, so only the real-stack probe can stop this before the process dies.
        var options = new JsonataEvaluationOptions { MaxDepth = int.MaxValue };
        var e = Assert.Throws<JsonataException>(() => Eval.Run("($f := function($n){ 1 + $f($n) }; $f(0))", options: options));
        Assert.Equal("U1001", e.Code);
    }

    [Fact]
    public void Depth_limit_is_configurable()
    {
        var shallow = new JsonataEvaluationOptions { MaxDepth = 40 };
        string factorial = "($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(20))";
        Assert.Equal("U1001", Assert.Throws<JsonataException>(() => Eval.Run(factorial, options: shallow)).Code);
        Assert.Equal("2432902008176640000", Eval.Json(factorial));
    }

    [Fact]
    public void Tail_calls_run_in_constant_stack()
    {
        string countdown = "($loop := function($n, $acc){ $n = 0 ? $acc : $loop($n - 1, $acc + 1) }; $loop(100000, 0))";
        Assert.Equal("100000", Eval.Json(countdown));
    }

    [Fact]
    public void Infinite_loop_stops_at_the_time_limit()
    {
        var options = new JsonataEvaluationOptions { Timeout = TimeSpan.FromMilliseconds(300) };
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<JsonataException>(() => Eval.Run("($f := function(){ $f() }; $f())", options: options));
        Assert.Equal("U1001", e.Code);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Cancellation_stops_an_evaluation()
    {
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var options = new JsonataEvaluationOptions { CancellationToken = source.Token, Timeout = Timeout.InfiniteTimeSpan };
        var e = Assert.Throws<JsonataException>(() => Eval.Run("($f := function(){ $f() }; $f())", options: options));
        Assert.Equal("U1001", e.Code);
    }

    /// <summary>$reduce builds the nesting iteratively, so only the value walkers see the depth.</summary>
    private const string Deep = "$reduce([1..200000], function($a, $v){ {\"x\": $a} }, {})";

    [Theory]
    [InlineData("$string($deep)")]
    [InlineData("$deep = " + Deep)]
    [InlineData("$deep ~> |$|{}|")]
    public void Deeply_nested_values_end_with_U1001_instead_of_a_crash(string use)
    {
        var e = Assert.Throws<JsonataException>(() => Eval.Run("($deep := " + Deep + "; " + use + ")"));
        Assert.Equal("U1001", e.Code);
    }

    [Fact]
    public void Converting_a_deeply_nested_result_ends_with_U1001()
    {
        JsonataResult result = Eval.Run(Deep);
        Assert.False(result.IsUndefined);
        Assert.Equal("U1001", Assert.Throws<JsonataException>(() => result.ToJsonNode()).Code);
    }

    [Fact]
    public void Dates_outside_the_calendar_are_a_range_error()
    {
        Assert.Equal("D1001", Assert.Throws<JsonataException>(() => Eval.Run("$fromMillis(1e20)")).Code);
        Assert.Equal("D1001", Assert.Throws<JsonataException>(() => Eval.Run("$formatInteger(1/0, 'w')")).Code);
    }

    [Fact]
    public void Oversized_ranges_are_refused()
    {
        Assert.Equal("D2014", Assert.Throws<JsonataException>(() => Eval.Run("[1..20000000]")).Code);
    }
}

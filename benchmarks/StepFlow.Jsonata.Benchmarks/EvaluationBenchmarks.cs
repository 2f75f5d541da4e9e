using System.Collections.Generic;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;

namespace StepFlow.Jsonata.Benchmarks;

/// <summary>
/// One evaluation of a typical Step Functions expression per operation. <see cref="Prepared"/> evaluates against
/// an input converted once (what the engine does for a state's <c>$states</c>); <see cref="FromJsonNode"/> includes
/// converting the JsonNode input on every call.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private JsonataExpression _expression = null!;
    private JsonataResult _prepared;
    private JsonNode _node = null!;

    [ParamsSource(nameof(Names))]
    public string Expression { get; set; } = string.Empty;

    public static IEnumerable<string> Names => BenchmarkInputs.Expressions.Keys;

    [GlobalSetup]
    public void Setup()
    {
        _expression = JsonataExpression.Parse(BenchmarkInputs.Expressions[Expression]);
        _node = BenchmarkInputs.Data;
        _prepared = JsonataResult.FromJson(_node);
    }

    [Benchmark(Baseline = true)]
    public JsonataResult Prepared() => _expression.Evaluate(_prepared, null);

    [Benchmark]
    public JsonataResult FromJsonNode() => _expression.Evaluate(_node);
}

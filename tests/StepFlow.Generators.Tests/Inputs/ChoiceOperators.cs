using StepFlow;

namespace Rules;

/// <summary>Every JSONPath comparison, a compound rule, and data flow with explicit nulls.</summary>
[StateMachine]
public partial class ChoiceOperators
{
    [Choice(StartAt = true, Default = nameof(Other), InputPath = "$.payload", OutputPath = "$")]
    [When("$.s", StringEquals = "a", Next = nameof(Matched))]
    [When("$.s", StringEqualsPath = "$.t", Next = nameof(Matched))]
    [When("$.s", StringLessThan = "m", Next = nameof(Matched))]
    [When("$.s", StringGreaterThanEquals = "n", Next = nameof(Matched))]
    [When("$.s", StringMatches = "log-*.txt", Next = nameof(Matched))]
    [When("$.n", NumericEquals = 42, Next = nameof(Matched))]
    [When("$.n", NumericLessThan = -1.5, Next = nameof(Matched))]
    [When("$.n", NumericGreaterThanPath = "$.limit", Next = nameof(Matched))]
    [When("$.b", BooleanEquals = false, Next = nameof(Matched))]
    [When("$.ts", TimestampLessThan = "2026-01-01T00:00:00Z", Next = nameof(Matched))]
    [When("$.maybe", IsPresent = false, Next = nameof(Matched))]
    [When("$.maybe", IsNull = true, Next = nameof(Matched))]
    [When(Rule = """{"And": [{"Variable": "$.n", "IsNumeric": true}, {"Not": {"Variable": "$.n", "NumericEquals": 0}}]}""", Next = nameof(Matched))]
    partial void Decide();

    [Pass(Parameters = """{"matched": true, "input.$": "$", "upper.$": "States.Format('{}', $.s)"}""", ResultPath = "$.result", End = true)]
    partial void Matched();

    [Pass(InputPath = null, Result = """{"matched": false}""", End = true)]
    partial void Other();
}

using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;

namespace StepFlow.Local.States;

/// <summary>A boolean test of a Choice rule.</summary>
internal abstract class ChoiceCondition
{
    public abstract bool Evaluate(StateVisit visit, JsonNode? input);
}

/// <summary><c>And</c>: every nested rule, stopping at the first false.</summary>
internal sealed class AndCondition(IReadOnlyList<ChoiceCondition> operands) : ChoiceCondition
{
    public override bool Evaluate(StateVisit visit, JsonNode? input)
    {
        foreach (var operand in operands)
        {
            if (!operand.Evaluate(visit, input))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary><c>Or</c>: any nested rule, stopping at the first true.</summary>
internal sealed class OrCondition(IReadOnlyList<ChoiceCondition> operands) : ChoiceCondition
{
    public override bool Evaluate(StateVisit visit, JsonNode? input)
    {
        foreach (var operand in operands)
        {
            if (operand.Evaluate(visit, input))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>Not</c>.</summary>
internal sealed class NotCondition(ChoiceCondition operand) : ChoiceCondition
{
    public override bool Evaluate(StateVisit visit, JsonNode? input) => !operand.Evaluate(visit, input);
}

/// <summary>A JSONata <c>Condition</c>: a boolean literal or an expression that must yield a boolean.</summary>
internal sealed class JsonataCondition(JsonataTemplate condition) : ChoiceCondition
{
    public override bool Evaluate(StateVisit visit, JsonNode? input)
    {
        var value = condition.Evaluate(visit, visit.JsonataBindings());
        if (value is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
        {
            return v.GetValue<bool>();
        }

        throw new StatesErrorException(
            StatesErrorNames.QueryEvaluationError,
            "An error occurred while executing the state '" + visit.State.Name + "' (entered at the event id #" + visit.EnteredEventId +
            "). The Condition must evaluate to a boolean but was " + JsonNodes.ToCompactJson(value) + ".");
    }
}

namespace StepFlow.Local.Jsonata;

/// <summary>
/// Plug-in point for JSONata (QueryLanguage "JSONata"). Register one through
/// <see cref="LocalEngineOptions.JsonataEvaluator"/>; without one, entering a JSONata state fails the execution with
/// <c>StepFlow.JsonataNotSupported</c>. The engine finds <c>{% ... %}</c> strings in Arguments, Output, Assign,
/// Condition, Items, ItemSelector, Wait and Fail fields and hands the text between the markers to the evaluator.
/// </summary>
public interface IJsonataEvaluator
{
    /// <summary>Evaluates one expression. Must not throw for expression errors: return <see cref="JsonataResult.Failure"/>.</summary>
    /// <param name="expression">The text between <c>{%</c> and <c>%}</c>.</param>
    /// <param name="bindings"><c>$states</c> and the workflow variables visible to the expression.</param>
    JsonataResult Evaluate(string expression, JsonataBindings bindings);
}

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// The shared tokenizer interns field names for the evaluator's lookups. The validators parse each expression once
/// and must not keep a process-wide cache inside the compiler, so here a name is simply itself.
/// </summary>
internal static class KeyPool
{
    public static string Share(string key) => key;
}

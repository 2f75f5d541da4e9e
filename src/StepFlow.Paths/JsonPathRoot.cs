namespace StepFlow.Paths
{
    /// <summary>What a path is evaluated against.</summary>
    public enum JsonPathRoot
    {
        /// <summary><c>$</c>: the state's input (or the document handed to the evaluator).</summary>
        Input,

        /// <summary><c>$$</c>: the Context Object.</summary>
        Context,

        /// <summary><c>$name</c>: a workflow variable.</summary>
        Variable,
    }
}

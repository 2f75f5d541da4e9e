namespace StepFlow.Visualization.Rendering;

/// <summary>How a state fared in an execution; the report colours states by it.</summary>
public enum StateOutcome
{
    /// <summary>The execution never entered the state.</summary>
    NotReached,
    /// <summary>Every run succeeded at the first attempt.</summary>
    Succeeded,
    /// <summary>Some run succeeded only after retries.</summary>
    Retried,
    /// <summary>Some run failed and a Catcher handled the error.</summary>
    Caught,
    /// <summary>Some run failed and the error was not caught there.</summary>
    Failed,
    /// <summary>Some run was entered but never finished (still running, aborted or cut off).</summary>
    Unfinished,
}

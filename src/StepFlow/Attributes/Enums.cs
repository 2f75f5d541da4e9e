namespace StepFlow;

/// <summary>
/// Standard or Express. Standard: up to a year, exactly-once state transitions, full history, callbacks and
/// <c>.sync</c> jobs. Express: up to five minutes, at-least-once, priced per request, for high-volume short work.
/// </summary>
public enum WorkflowType
{
    Standard,
    Express,
}

/// <summary>The query language of a machine or a state (ASL <c>QueryLanguage</c>).</summary>
public enum QueryLanguage
{
    /// <summary>Paths, payload templates with <c>.$</c> keys, and intrinsic functions.</summary>
    JsonPath,

    /// <summary><c>{% %}</c> JSONata expressions, <c>Arguments</c> and <c>Output</c>; what AWS recommends for new work.</summary>
    Jsonata,
}

/// <summary>ASL <c>JitterStrategy</c> of a retrier.</summary>
public enum JitterStrategy
{
    /// <summary>No jitter: the exact backoff sequence.</summary>
    None,

    /// <summary>Each delay is drawn uniformly between 0 and the backoff delay, spreading retries of many executions.</summary>
    Full,
}

/// <summary>How a Map state runs its item processor.</summary>
public enum MapMode
{
    /// <summary>Iterations inside this execution, up to 40 at a time and its history limits.</summary>
    Inline,

    /// <summary>Child executions, up to 10,000 at a time, items read from S3 and results written to S3.</summary>
    Distributed,
}

/// <summary>The workflow type of a distributed Map's child executions.</summary>
public enum MapExecutionType
{
    Standard,
    Express,
}

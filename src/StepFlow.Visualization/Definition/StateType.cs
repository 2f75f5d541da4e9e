namespace StepFlow.Visualization.Definition;

/// <summary>The eight ASL state types, plus <see cref="Unknown"/> for a type this library does not know.</summary>
public enum StateType
{
    /// <summary>A type name that is not one of the ASL state types; drawn as a plain box.</summary>
    Unknown,
    /// <summary><c>Task</c>.</summary>
    Task,
    /// <summary><c>Pass</c>.</summary>
    Pass,
    /// <summary><c>Choice</c>.</summary>
    Choice,
    /// <summary><c>Wait</c>.</summary>
    Wait,
    /// <summary><c>Succeed</c>.</summary>
    Succeed,
    /// <summary><c>Fail</c>.</summary>
    Fail,
    /// <summary><c>Parallel</c>.</summary>
    Parallel,
    /// <summary><c>Map</c>.</summary>
    Map,
}

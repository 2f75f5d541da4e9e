using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace StepFlow.Local.Tasks;

/// <summary>
/// Runs a Task state. Return the task result; throw <see cref="Errors.TaskFailedException"/> for an exact
/// error/cause, or any other exception to fail Lambda-style (Error = exception type name, Cause = Lambda's JSON).
/// For <c>.waitForTaskToken</c> resources the return value is the submit response and the task then waits for
/// <see cref="LocalStepFunctionsEngine.SendTaskSuccessAsync"/> with <see cref="TaskInvocation.TaskToken"/>.
/// </summary>
public delegate ValueTask<JsonNode?> TaskHandler(TaskInvocation invocation);

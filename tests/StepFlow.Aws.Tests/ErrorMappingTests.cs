using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Client;
using Xunit;

namespace StepFlow.Aws.Tests;

/// <summary>AWS error bodies become typed exceptions with code, status and request id.</summary>
public sealed class ErrorMappingTests
{
    public static TheoryData<string, Type> Codes => new()
    {
        { "ExecutionAlreadyExists", typeof(ExecutionAlreadyExistsException) },
        { "ExecutionDoesNotExist", typeof(ExecutionDoesNotExistException) },
        { "ExecutionLimitExceeded", typeof(ExecutionLimitExceededException) },
        { "ExecutionNotRedrivable", typeof(ExecutionNotRedrivableException) },
        { "StateMachineDoesNotExist", typeof(StateMachineDoesNotExistException) },
        { "StateMachineDeleting", typeof(StateMachineDeletingException) },
        { "StateMachineTypeNotSupported", typeof(StateMachineTypeNotSupportedException) },
        { "InvalidArn", typeof(InvalidArnException) },
        { "InvalidExecutionInput", typeof(InvalidExecutionInputException) },
        { "InvalidName", typeof(InvalidNameException) },
        { "InvalidOutput", typeof(InvalidOutputException) },
        { "InvalidToken", typeof(InvalidTokenException) },
        { "TaskDoesNotExist", typeof(TaskDoesNotExistException) },
        { "TaskTimedOut", typeof(TaskTimedOutException) },
        { "ValidationException", typeof(ValidationException) },
        { "KmsThrottlingException", typeof(StepFunctionsException) },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Maps_the_error_code_to_its_exception(string code, Type expected)
    {
        var handler = new ScriptedHandler().Error(HttpStatusCode.BadRequest, "com.amazonaws.swf.service.v2.model#" + code, "It went wrong");
        var transport = TestTransports.Create(handler);

        var error = await Assert.ThrowsAnyAsync<StepFunctionsException>(() => transport.DescribeExecutionAsync("arn:aws:states:eu-west-1:1:execution:M:x", CancellationToken.None));

        Assert.Equal(expected, error.GetType());
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(400, error.HttpStatusCode);
        Assert.Equal("req-123", error.RequestId);
        Assert.Equal("DescribeExecution: It went wrong", error.Message);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("ExecutionDoesNotExist", "ExecutionDoesNotExist")]
    [InlineData("aws.protocoltests#InvalidArn:http://internal.amazon.com/", "InvalidArn")]
    [InlineData("com.amazonaws.states#TaskTimedOut", "TaskTimedOut")]
    public void Error_type_is_stripped_to_the_code(string type, string code)
        => Assert.Equal(code, Protocol.AwsErrorReader.Code(type));

    [Fact]
    public async Task A_body_that_is_not_json_still_gives_the_status()
    {
        var handler = new ScriptedHandler().Reply(HttpStatusCode.Forbidden, "<html>denied</html>");
        var transport = TestTransports.Create(handler);

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => transport.SendTaskHeartbeatAsync("t", CancellationToken.None));

        Assert.Equal(403, error.HttpStatusCode);
        Assert.Equal("HttpError", error.ErrorCode);
    }
}

using System.Collections.Generic;
using StepFlow.Ports.Tests.Workflows;
using Xunit;

namespace StepFlow.Ports.Tests;

/// <summary>
/// The ported workflows by their corpus name: the original each reproduces (a file in the shared corpus) and what
/// the generator made of its class. Tests take the short name, so test names stay readable.
/// </summary>
public static class PortCatalog
{
    private const string Collection = "step-functions-workflows-collection__";

    private static readonly Dictionary<string, Port> Ports = new()
    {
        ["quorum-with-parallel-pattern"] = new(
            Collection + "quorum-with-parallel-pattern__statemachine__statemachine.asl.json",
            QuorumWithParallelPatternWorkflow.StateMachineName,
            QuorumWithParallelPatternWorkflow.AslDefinition),
        ["account-vending-machine"] = new(
            Collection + "account-vending-machine__statemachine__statemachine.asl.json",
            AccountVendingMachineWorkflow.StateMachineName,
            AccountVendingMachineWorkflow.AslDefinition),
        ["curbside-pickup"] = new(
            Collection + "curbside-pickup__statemachine__statemachine.asl.json",
            CurbsidePickupWorkflow.StateMachineName,
            CurbsidePickupWorkflow.AslDefinition),
        ["distributed-data-stream-aggregator"] = new(
            Collection + "distributed-data-stream-aggregator__statemachine__statemachine.asl.json",
            DistributedDataStreamAggregatorWorkflow.StateMachineName,
            DistributedDataStreamAggregatorWorkflow.AslDefinition),
        ["app-dataquality-using-lambda"] = new(
            "aws-stepfunctions-examples__sam__app-dataquality-using-lambda__statemachine__dataquality.asl.json",
            DataQualityUsingLambdaWorkflow.StateMachineName,
            DataQualityUsingLambdaWorkflow.AslDefinition),
        ["s3-bucket-nested-distributed-map"] = new(
            Collection + "s3-bucket-nested-distributed-map__statemachine__statemachine.asl.json",
            S3BucketNestedDistributedMapWorkflow.StateMachineName,
            S3BucketNestedDistributedMapWorkflow.AslDefinition),
        ["either-or-parallel-pattern"] = new(
            Collection + "either-or-parallel-pattern__statemachine__statemachine.asl.json",
            EitherOrParallelPatternWorkflow.StateMachineName,
            EitherOrParallelPatternWorkflow.AslDefinition),
        ["eventbridge-stepfunction-lambda-getfunctionstatus"] = new(
            "serverless-patterns__eventbridge-stepfunction-lambda-getfunctionstatus__statemachine__definition.asl.json",
            LambdaFunctionStatusWorkflow.StateMachineName,
            LambdaFunctionStatusWorkflow.AslDefinition),
        ["sfn-cfn-stacksets-workflow-cdk"] = new(
            Collection + "sfn-cfn-stacksets-workflow-cdk__statemachine__statemachine.asl.json",
            CloudFormationStackSetsWorkflow.StateMachineName,
            CloudFormationStackSetsWorkflow.AslDefinition),
        ["uml-statemachine BlogServiceRequestSM"] = new(
            Collection + "uml-statemachine__statemachine__BlogServiceRequestSM.asl.json",
            BlogServiceRequestWorkflow.StateMachineName,
            BlogServiceRequestWorkflow.AslDefinition),
        ["data-processing (cdk)"] = new(
            Collection + "data-processing__cdk__statemachine__statemachine.asl.json",
            ImageDataProcessingWorkflow.StateMachineName,
            ImageDataProcessingWorkflow.AslDefinition),
        ["idempotent-workflow"] = new(
            Collection + "idempotent-workflow__statemachine__statemachine.asl.json",
            IdempotentWorkflow.StateMachineName,
            IdempotentWorkflow.AslDefinition),
    };

    /// <summary>Every port's short name, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Ports.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    public static Port Get(string name) => Ports[name];

    /// <param name="OriginalFile">The corpus file the port reproduces.</param>
    /// <param name="StateMachineName">The generated machine name (its build output is statemachines/&lt;name&gt;.asl.json).</param>
    /// <param name="AslDefinition">The ASL the generator produced for the port's class.</param>
    public sealed record Port(string OriginalFile, string StateMachineName, string AslDefinition);
}

using System;
using StepFlow.Local.Definition;

namespace StepFlow.Local.Execution;

/// <summary>A created state machine.</summary>
internal sealed record StateMachineRecord(string Arn, string Name, string DefinitionText, string RoleArn, string Type, StateMachineDefinition Definition, DateTimeOffset CreationDate);

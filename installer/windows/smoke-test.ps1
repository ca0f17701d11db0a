<#
.SYNOPSIS
  Installs a built KMS Tray MSI silently with policy properties, checks what it wrote, starts the command-line
  launcher, and uninstalls it again, checking that the Run value, the event source and the policy are gone.
  Needs an elevated prompt (the Windows runner is one). Changes the machine: run it on a build or test box.

    powershell -ExecutionPolicy Bypass -File installer\windows\smoke-test.ps1 target\installer\kms-tray-1.0.0-en.msi
#>
param([Parameter(Mandatory)] [string] $Msi)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$failures = @()
function Check([bool] $ok, [string] $what) {
    if ($ok) { Write-Host "ok    $what" } else { Write-Host "FAIL  $what"; $script:failures += $what }
}

$policy = 'HKLM:\SOFTWARE\Policies\KMS Tray'
$run = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
$source = 'HKLM:\SYSTEM\CurrentControlSet\Services\EventLog\Application\KMS Tray'
$log = Join-Path $env:TEMP 'kms-tray-install.log'

$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/i', "`"$((Resolve-Path $Msi).Path)`"", '/qn', '/l*v', "`"$log`"",
    'KMS_HOST=kms.example.edu.tw', 'KMS_PORT=1688', 'CAMPUS_NETS=140.112.0.0/16', 'WARN_DAYS=45')
Check ($p.ExitCode -eq 0) "msiexec /i exits 0 (was $($p.ExitCode); log $log)"

$values = Get-ItemProperty $policy -ErrorAction SilentlyContinue
Check ($values -and $values.'kms.host' -eq 'kms.example.edu.tw') 'KMS_HOST is written as kms.host'
Check ($values -and $values.'campus.networks' -eq '140.112.0.0/16') 'CAMPUS_NETS is written as campus.networks'
Check ($values -and $values.'warn.days' -eq '45') 'WARN_DAYS is written as warn.days'
Check (-not ($values -and $values.PSObject.Properties.Name -contains 'vpn.client')) 'a property not given writes nothing'

$runValue = (Get-ItemProperty $run -ErrorAction SilentlyContinue).'KMS Tray'
Check ($runValue -like '"*\KMS Tray.exe" --autostart') "the Run value starts the tray with --autostart ($runValue)"
$launcher = ($runValue -split '"')[1]
Check (Test-Path $launcher) "the Run value names an installed file ($launcher)"
Check ((Get-Item $launcher).VersionInfo.FileDescription -eq 'KMS Tray') 'the launcher describes itself as KMS Tray (notification title)'
Check (Test-Path $source) 'the event source is registered'

$cli = Join-Path (Split-Path $launcher) 'kmstray.exe'
$json = & $cli status --demo --json | Out-String
Check ($LASTEXITCODE -eq 1 -and $json -match '"daysLeft": 12') 'kmstray status --demo --json answers (exit 1, 12 days)'
& $cli status --demo --demo-days 40 | Out-Null
Check ($LASTEXITCODE -eq 1) 'the policy is read: 40 days left count as expiring with WARN_DAYS=45 (built-in: 30)'

$p = Start-Process msiexec.exe -Wait -PassThru -ArgumentList @('/x', "`"$((Resolve-Path $Msi).Path)`"", '/qn')
Check ($p.ExitCode -eq 0) "msiexec /x exits 0 (was $($p.ExitCode))"
Check (-not (Get-ItemProperty $run -ErrorAction SilentlyContinue).'KMS Tray') 'uninstall removes the Run value'
Check (-not (Test-Path $source)) 'uninstall removes the event source'
Check (-not ((Get-ItemProperty $policy -ErrorAction SilentlyContinue) -and (Get-ItemProperty $policy).'kms.host')) 'uninstall removes the policy values it wrote'
Check (-not (Test-Path $launcher)) 'uninstall removes the files'

if ($failures.Count) { Write-Error "$($failures.Count) check(s) failed"; exit 1 }

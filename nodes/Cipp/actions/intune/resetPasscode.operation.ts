import { deviceActionOperation } from '../shared/intune';

export const resetPasscode = deviceActionOperation({
	value: 'resetPasscode',
	name: 'Reset Passcode',
	action: "Reset a mobile device's passcode",
	description:
		"Remove the passcode of an iOS/iPadOS or Android device (Intune's Reset passcode), e.g. for a user locked out of a company phone. Intune queues it for the device's next check-in.",
	graphAction: 'resetPasscode',
	followUp:
		"The device accepts it at its next check-in; on Android Enterprise devices Intune shows the new passcode in the device's overview.",
});

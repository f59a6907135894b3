# Machine-drafted translation (Arabic), awaiting review by a native speaker.
# machine-drafted
parked-login-note = انتهت جلستكم. يُرجى تسجيل الدخول مرة أخرى – ما كتبتموه لم يضِع.
# machine-drafted
parked-form-note = احتفظنا بما أدخلتموه – يُرجى مراجعته ثم حفظه. لم يُحفظ شيء بعد.
